// The one error an import file can raise: where (1-based line in the file) and what to fix.

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly line: number,
    /** A full sentence naming the problem, without the line. */
    readonly problem: string,
    /** 1-based column, where the reader knows it (a minified JSON file is all on line 1). */
    readonly column?: number,
  ) {
    super(`Line ${line}: ${problem}`);
  }
}

/** One prospect read from a file, before it is merged with the watchlist. */
export interface ImportedEntry {
  source: import('../model/watchlist').EntrySource;
  /** Absent fields (undefined) keep what the watchlist has; present ones replace or add to it. */
  fields: import('../model/entry-rules').EntryFieldsInput;
}
