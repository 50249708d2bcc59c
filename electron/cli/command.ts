import type { ParseArgsConfig } from 'node:util';
import type { RemoteKiosk } from '../adminChannel/channelClient';
import type { Caller } from '../dispatch';

/** How long a command waits for another CLI command on the same folder before it gives up. */
export const WAIT_FOR_FOLDER_MS = 5_000;

/** The admin CLI runs as an administrator: whoever can run it can already read the data folder. */
export const cliCaller: Caller = { transport: 'cli', actor: { id: 'cli', name: 'admin CLI', role: 'admin' } };

export interface CliCommand {
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code. */
  run(context: { kiosk: RemoteKiosk; values: Record<string, string | boolean | string[] | undefined>; positionals: string[]; print: (line: string) => void }): Promise<number>;
  /** Commands that read the folder's files themselves (verify, backup): no kiosk is opened for them. */
  opensDataItself?: boolean;
  /** Replaces the whole folder (restore): refused while a kiosk runs on it, and done holding the folder. */
  replacesFolder?: boolean;
  /**
   * Only reads the folder (report, export, search, lists): a folder that does not exist is refused
   * (a mistyped --data), never made with the sample.
   */
  readsOnly?: (positionals: string[]) => boolean;
  /**
   * Is how a new folder is set up (staff create-admin): it makes the folder it is given. Any other
   * command that changes data makes one only when `--new-folder` asks: a mistyped --data on an
   * import would otherwise fork the catalogue into a new folder, exit 0.
   */
  setsUpFolder?: (positionals: string[]) => boolean;
  /** Searches at once (search): the search index cache is read while the folder opens. */
  searches?: boolean;
}

