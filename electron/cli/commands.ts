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
import { fleetJoinCommand, fleetReportCommand, fleetSetupCentreCommand, fleetStatusCommand, fleetSyncCommand } from './fleet';

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
  // Two-word names: `fleet sync` is argv ['fleet', 'sync', ...].
  'fleet setup-centre': fleetSetupCentreCommand,
  'fleet join': fleetJoinCommand,
  'fleet sync': fleetSyncCommand,
  'fleet report': fleetReportCommand,
  'fleet status': fleetStatusCommand,
};
