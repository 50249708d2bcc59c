import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bootKiosk, type Kiosk } from '../boot';
import { sampleDir } from '../paths';
import { consoleLog } from '../services/runtime';
import { cliCommands } from './commands';
import type { CliCommand } from './command';

const usage = () =>
  ['Usage: npm run -s cli -- <command> [options] --data DIR', '', ...Object.entries(cliCommands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)].join('\n');

export async function runCli(argv: string[], print: (line: string) => void = (l) => process.stdout.write(l + '\n')): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || !Object.hasOwn(cliCommands, name)) {
    process.stderr.write(usage() + '\n');
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  const command = cliCommands[name as keyof typeof cliCommands] as CliCommand;
  const { values, positionals } = parseArgs({
    args: rest,
    options: { data: { type: 'string' }, ...command.options },
    allowPositionals: true,
    strict: true,
  });
  const dataDir = resolve(String(values.data ?? process.env.KIOSK_DATA_DIR ?? 'kiosk-data'));
  const kiosk = command.opensDataItself
    ? (undefined as unknown as Kiosk)
    : await bootKiosk({ dataDir, sampleDir: sampleDir(), log: { ...consoleLog, info: () => {} } });
  return command.run({ kiosk, values: { ...values, data: dataDir }, positionals, print });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`Error: ${(error as Error).message}\n`);
      process.exit(2);
    },
  );
}
