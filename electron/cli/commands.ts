import { searchCommand } from './search';
import { importCommand } from './import';
import { exportCommand } from './export';
import { verifyCommand } from './verify';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { reportCommand } from './report';
import { staffCommand } from './staff';
import { registerCommand } from './register';
import { holidaysCommand } from './holidays';

/** Every CLI command, one file each. */
export const cliCommands = {
  search: searchCommand,
  import: importCommand,
  export: exportCommand,
  verify: verifyCommand,
  backup: backupCommand,
  restore: restoreCommand,
  report: reportCommand,
  staff: staffCommand,
  register: registerCommand,
  holidays: holidaysCommand,
};
