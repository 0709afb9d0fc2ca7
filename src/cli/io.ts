/** Where a command's lines go: the process's streams for the binary, arrays for in-process tests. */

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress lines: only when stderr is a terminal. */
  progress: (line: string) => void;
}

export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(line + "\n"),
    err: (line) => process.stderr.write(line + "\n"),
    progress: (line) => {
      if (process.stderr.isTTY) process.stderr.write(line + "\n");
    },
  };
}

export interface CapturedIo extends Io {
  readonly stdout: string[];
  readonly stderr: string[];
}

export function captureIo(): CapturedIo {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), progress: () => undefined };
}
