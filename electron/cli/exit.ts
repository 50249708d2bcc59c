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
    process.stderr.write(`Error: ${describeFailure(error)}\n`);
    exitAfterOutput(2);
  });
}

/** What a command's failure tells staff: a file-system refusal in Thai and English with its path; anything else as it is. */
export function describeFailure(error: unknown): string {
  const { code, path, syscall } = (error ?? {}) as NodeJS.ErrnoException;
  const at = path ?? '';
  switch (code) {
    case 'ENOENT': return `ไม่พบไฟล์หรือโฟลเดอร์ ${at} / No such file or folder: ${at}`;
    case 'EISDIR': return `${at} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ / ${at} is a folder, not a file`;
    case 'ENOTDIR': return `${at} ไม่ใช่โฟลเดอร์ / ${at} is not a folder`;
    // mkdir of a data folder whose name an ordinary file already holds
    case 'EEXIST': return syscall === 'mkdir' ? `${at} ไม่ใช่โฟลเดอร์ / ${at} is not a folder` : `${at} มีอยู่แล้ว / ${at} already exists`;
    case 'EACCES': case 'EPERM': return `ไม่มีสิทธิ์เข้าถึง ${at} / Permission denied: ${at}`;
    case 'EROFS': return `${at} อยู่บนดิสก์ที่เขียนไม่ได้ / ${at} is on a read-only disk`;
    case 'ENOSPC': case 'EDQUOT': return at
      ? `พื้นที่ดิสก์เต็ม บันทึก ${at} ไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ / The disk is full: ${at} could not be written; earlier data is intact`
      : 'พื้นที่ดิสก์เต็ม บันทึกไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ / The disk is full: a file could not be written; earlier data is intact';
    // parseArgs: its own words name JavaScript's quoting rules, not the command's options.
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const option = /'(-[^']*)'/.exec((error as Error).message)?.[1] ?? '';
      return `ไม่รู้จักตัวเลือก ${option} (ดูตัวเลือกที่ใช้ได้ด้วย --help) / Unknown option ${option} (see --help for the options)`;
    }
    default: {
      // A refusal the services word in both languages (KioskError): both, as every other CLI refusal.
      const th = (error as { messageTh?: unknown })?.messageTh;
      const message = (error as Error)?.message ?? String(error);
      return typeof th === 'string' && th !== message ? `${th} / ${message}` : message;
    }
  }
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
