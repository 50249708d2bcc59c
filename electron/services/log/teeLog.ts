import type { Log } from '../runtime';

/** One log that writes to several (console and file): a failing one never stops the others. */
export function teeLog(...logs: readonly Log[]): Log {
  const each = (level: keyof Log) => (message: string, detail?: Record<string, unknown>) => {
    for (const log of logs) {
      try {
        log[level](message, detail);
      } catch {}
    }
  };
  return { info: each('info'), warn: each('warn'), error: each('error') };
}
