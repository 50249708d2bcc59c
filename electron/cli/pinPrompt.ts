import type { Readable, Writable } from 'node:stream';

/** Asks for a secret; `again` is the confirmation of the one asked before. */
export type ReadPin = (prompt: string, again: boolean) => Promise<string>;

/**
 * The PIN is never an argument (it would sit in the shell history and the process list). At a
 * terminal it is typed twice without echo; piped in, the first line is the PIN and a second
 * line, if any, must repeat it.
 */
export function pinReader(input: Readable & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown } = process.stdin, output: Writable = process.stderr): ReadPin {
  if (input.isTTY && input.setRawMode) return (prompt) => readHidden(input as Readable & { setRawMode: (raw: boolean) => unknown }, output, prompt);
  let lines: Promise<string[]> | undefined;
  return async (_prompt, again) => {
    lines ??= readAll(input).then((text) => text.split(/\r?\n/).map((l) => l.trim()));
    const [first = '', second = ''] = await lines;
    return again && second !== '' ? second : first;
  };
}

async function readAll(input: Readable): Promise<string> {
  let text = '';
  for await (const chunk of input) text += String(chunk);
  return text;
}

function readHidden(input: Readable & { setRawMode: (raw: boolean) => unknown }, output: Writable, prompt: string): Promise<string> {
  output.write(prompt);
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      if (error) reject(error); else resolve(typed);
    };
    const onData = (chunk: Buffer | string) => {
      for (const c of String(chunk)) {
        if (c === '\r' || c === '\n') return done();
        if (c === '\u0003') return done(new Error('cancelled'));
        if (c === '\u007f' || c === '\b') typed = typed.slice(0, -1);
        else typed += c;
      }
    };
    input.on('data', onData);
  });
}
