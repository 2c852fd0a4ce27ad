// What every command shares: its output streams, an error a person reads, and writing a file
// only once everything is known to be good (a temporary file renamed into place).
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  now: () => Date;
}

/** An error a command reports as it is (a full sentence naming the file), exit code 1. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** A usage mistake (missing or bad option): exit code 2, with a pointer to --help. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(`${message} Run “npx prospect-guard team --help” for the options.`, 2);
  }
}

/** Writes `text` to `path` whole or not at all. */
export function writeWhole(path: string, text: string, mode = 0o644): void {
  const temporary = join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, text, { mode, flag: 'wx' });
    renameSync(temporary, path);
  } finally {
    if (existsSync(temporary)) rmSync(temporary);
  }
}
