import type { ParseArgsConfig } from 'node:util';
import type { Kiosk } from '../boot';
import type { Caller } from '../dispatch';

/** The admin CLI runs as an administrator: whoever can run it can already read the data folder. */
export const cliCaller: Caller = { transport: 'cli', actor: { id: 'cli', name: 'admin CLI', role: 'admin' } };

export interface CliCommand {
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code. */
  run(context: { kiosk: Kiosk; values: Record<string, string | boolean | string[] | undefined>; positionals: string[]; print: (line: string) => void }): Promise<number>;
  /** Commands that must not open the data folder first (e.g. restore). */
  opensDataItself?: boolean;
}

