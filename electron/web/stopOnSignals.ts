/** How long stopping may take before the process ends anyway. */
const STOP_MS = 10_000;
/** How often the process that started this one is looked for. */
const PARENT_CHECK_MS = 1_000;

/**
 * Ends the process once what it runs has stopped (letting go of the data folder): at the first of
 * `signals`, or, with `whenParentEnds` (the process runs an npm script: npm runs it under a shell,
 * and relays a SIGTERM to that shell only, which ended at once and left the server an orphan,
 * still answering and holding the folder), when the process that started it is gone. Installed
 * before start-up, so a stop asked meanwhile is not lost: it is carried out once `started` is called.
 * Later signals while stopping are ignored: a service manager that signals the whole process group
 * reaches this process twice (directly, and relayed by npm), and the default action of the second
 * would end it before it let go. A stop that hangs ends the process after STOP_MS.
 */
export function stopOnSignals(signals: readonly NodeJS.Signals[], options: { whenParentEnds: boolean }): { started(stop: () => Promise<void>): void } {
  let stop: (() => Promise<void>) | undefined;
  let asked: string | undefined;
  let stopping = false;
  const leave = (why: string) => {
    if (stopping) return;
    if (!stop) {
      // Still starting: stopped as soon as it is up (or ended, should start-up hang).
      if (asked === undefined) setTimeout(() => process.exit(1), STOP_MS).unref();
      asked ??= why;
      return;
    }
    stopping = true;
    console.log(`Stopping: ${why}`);
    setTimeout(() => process.exit(1), STOP_MS).unref();
    void stop().finally(() => process.exit(0));
  };
  for (const signal of signals) process.on(signal, () => leave(signal));
  if (options.whenParentEnds) {
    // An orphan is adopted by another process (init, or a subreaper): its parent's pid changes.
    // (Windows does not adopt orphans: there this never fires.)
    // Already adopted by init when this runs: the script ended while this process was loading.
    const parent = process.ppid;
    const parentEnded = () => { if (process.ppid !== parent || parent === 1) leave('the npm script that started it has ended'); };
    parentEnded();
    setInterval(parentEnded, PARENT_CHECK_MS).unref();
  }
  return {
    started(stopWith) {
      stop = stopWith;
      if (asked !== undefined) leave(asked);
    },
  };
}
