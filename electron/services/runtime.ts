/** What varies between production, the CLI and tests: injected, never imported (house rule 7). */
export interface Clock { now(): Date }
export interface Log {
  info(message: string, detail?: Record<string, unknown>): void;
  warn(message: string, detail?: Record<string, unknown>): void;
  error(message: string, detail?: Record<string, unknown>): void;
}

export const systemClock: Clock = { now: () => new Date() };

export const consoleLog: Log = {
  info: (m, d) => console.log(m, d ?? ''),
  warn: (m, d) => console.warn(m, d ?? ''),
  error: (m, d) => console.error(m, d ?? ''),
};

export const silentLog: Log = { info: () => {}, warn: () => {}, error: () => {} };
