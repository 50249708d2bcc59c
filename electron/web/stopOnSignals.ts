/** How long stopping may take before the process ends anyway. */
const STOP_MS = 10_000;
/** How often the process that started this one is looked for. */
const PARENT_CHECK_MS = 1_000;

/**
 * Ends the process once `stop` (letting go of the data folder) is done: at the first of
 * `signals`, or when the process that started this one is gone. `npm run serve` runs the server
 * under a shell that a SIGTERM to npm ends at once (npm relays it to the shell only), which left
 * the server running as an orphan, still answering and still holding the folder.
 * Later signals while stopping are ignored: a service manager that signals the whole process group
 * reaches this process twice (directly, and relayed by npm), and the default action of the second
 * would end it before it let go. A stop that hangs ends the process after STOP_MS.
 */
export function stopOnSignals(stop: () => Promise<void>, signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): void {
  let stopping = false;
  const leave = () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), STOP_MS).unref();
    void stop().finally(() => process.exit(0));
  };
  for (const signal of signals) process.on(signal, leave);
  // An orphan is adopted by another process (init, or a subreaper): its parent's pid changes.
  // (Windows does not adopt orphans: there this never fires, and npm's signals do not apply.)
  const parent = process.ppid;
  setInterval(() => { if (process.ppid !== parent) leave(); }, PARENT_CHECK_MS).unref();
}
