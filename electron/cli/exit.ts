/**
 * How a CLI process ends. process.exit() drops whatever stdout still holds: a `search --queries …
 * --json` piped into a reader slower than the search lost all but its first few hundred lines, with
 * exit code 0. So the exit waits for the output. A reader that stops reading (`| head`) is not the
 * command's failure: the rest of the output is dropped quietly and the command still finishes its
 * work (an import stopped half-way for want of a reader would be worse than output no one reads).
 */
export function runAsProcess(run: (argv: string[]) => Promise<number>, argv: string[]): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
    });
  }
  run(argv).then(exitAfterOutput, (error: unknown) => {
    process.stderr.write(`Error: ${(error as Error).message}\n`);
    exitAfterOutput(2);
  });
}

function exitAfterOutput(code: number): void {
  process.exitCode = code;
  let pending = 2;
  // An empty write's callback runs once every earlier write has been handed to the system (or failed).
  for (const stream of [process.stdout, process.stderr]) {
    stream.write('', () => {
      if (--pending === 0) process.exit(code);
    });
  }
}
