import { createHash, randomBytes } from 'node:crypto';

/**
 * A label for the stored state of the catalogue, the same for two reads only when they found the
 * same catalogue. A generation holding a new state (seeded, converted, recovered) gets a random
 * label in its header; each committed record moves the label on (a hash of the label and the
 * record's crc and length); a compaction, which changes the files but not the catalogue, writes
 * the label it folded into the new generation's header. The search index cache is stamped with
 * the label of the state it was in step with, and a CLI search that finds the folder still in
 * that state answers from the cache without parsing the catalogue (currentItems.ts,
 * search/cacheOnlySearch.ts).
 */
export const freshLabel = (): string => randomBytes(12).toString('hex');

export const nextLabel = (label: string, recordCrc: number, recordBytes: number): string =>
  createHash('sha256').update(`${label} ${recordCrc >>> 0} ${recordBytes}`).digest('hex').slice(0, 24);

/** A generation written before labels existed: named by its number and crc (stable, so two reads agree). */
export const unlabelledGeneration = (n: number, itemsCrc: string): string => `g${n}-${itemsCrc}`;
