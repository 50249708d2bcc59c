/*
 * The writer killed by catalogue-store.test.ts: saves documents into the catalogue store of
 * argv[2], one unit at a time, and prints "ack <n>" after each unit was acknowledged (written
 * and flushed). Every few units one carries a large body, so a kill often lands mid-append.
 */
import { generatedDocument, openStore } from './catalogue-store-support';

const dataDir = process.argv[2]!;
const from = Number(process.argv[3] ?? 1);
const { unit } = await openStore(dataDir);
for (let n = from; ; n++) {
  const doc = generatedDocument(n);
  const big = n % 3 === 0 ? { ...doc, body: doc.body!.repeat(80) } : doc;
  await unit((draft) => { draft.documents.push(big); });
  process.stdout.write(`ack ${n}\n`);
}
