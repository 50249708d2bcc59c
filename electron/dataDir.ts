import { resolve } from 'node:path';

/**
 * The one rule for the data folder, for Electron, the web mode, the CLI and `npm start`:
 * `--data DIR`, else `KIOSK_DATA_DIR`, else the caller's default; always an absolute path.
 */
export function dataDirFrom(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, fallback: string): string {
  return resolve(flag || env.KIOSK_DATA_DIR || fallback);
}

/**
 * The value of `--name VALUE` or `--name=VALUE` in a raw argv (Electron's carries Chromium's own
 * switches, so a strict parser cannot read it). Undefined when absent or empty.
 */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (at < 0) return undefined;
  const arg = argv[at] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  return value && !value.startsWith('--') ? value : undefined;
}
