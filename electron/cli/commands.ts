import { searchCommand } from './search';

/** Every CLI command, one file each. */
export const cliCommands = {
  search: searchCommand,
};
