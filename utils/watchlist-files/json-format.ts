// The documented, versioned JSON watchlist format (see docs/storage.md):
//   { "format": "prospect-guard.watchlist", "version": 1, "exportedAt": "…", "entries": [ … ] }
import * as v from 'valibot';
import type { ProspectEntry } from '../model/watchlist';
import { EntryFieldsSchema, issueSentence, SourceSchema } from '../model/entry-rules';
import { ImportError, type ImportedEntry } from './import-error';
import { entriesToImport, warnRows, type ImportReading, type ReadRow } from './import-reading';
import { parseJsonWithLines, type JsonPath } from './json-with-lines';

export const JSON_FORMAT_NAME = 'prospect-guard.watchlist';
export const JSON_FORMAT_VERSION = 1;

/** One entry as written in the file: ids and timestamps stay local to each browser. */
export interface WatchlistFileEntry {
  name: string;
  aliases: string[];
  contacts: string[];
  domains: string[];
  status: ProspectEntry['status'];
  matchCase: boolean;
  guardUntil?: string;
  note?: string;
  source: ProspectEntry['source'];
}

export interface WatchlistFile {
  format: typeof JSON_FORMAT_NAME;
  version: typeof JSON_FORMAT_VERSION;
  exportedAt: string;
  entries: WatchlistFileEntry[];
}

export function exportWatchlistJson(entries: readonly ProspectEntry[], now: Date): string {
  const file: WatchlistFile = {
    format: JSON_FORMAT_NAME,
    version: JSON_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    entries: entries.map((entry) => ({
      name: entry.name,
      aliases: entry.aliases ?? [],
      contacts: entry.contacts ?? [],
      domains: entry.domains ?? [],
      status: entry.status,
      matchCase: entry.matchCase ?? false,
      ...(entry.guardUntil ? { guardUntil: entry.guardUntil } : {}),
      ...(entry.note ? { note: entry.note } : {}),
      source: entry.source,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const EnvelopeSchema = v.object({
  format: v.literal(JSON_FORMAT_NAME, `This JSON file is not a Prospect Guard watchlist: its "format" must be "${JSON_FORMAT_NAME}".`),
  version: v.pipe(
    v.number('The file\'s "version" must be a number.'),
    v.integer('The file\'s "version" must be a whole number.'),
    v.minValue(1, 'The file\'s "version" must be 1 or more.'),
    v.maxValue(
      JSON_FORMAT_VERSION,
      (issue) =>
        `This watchlist was written by a newer Prospect Guard (format version ${String(issue.input)}); update the extension to import it.`,
    ),
  ),
  entries: v.array(v.unknown(), 'The file\'s "entries" must be a list of prospects.'),
});

const FileEntrySchema = v.object(
  { ...EntryFieldsSchema.entries, source: v.optional(SourceSchema, { kind: 'own' }) },
  'Each item of "entries" must be an object with at least a "name".',
);

/** Reads a watchlist file strictly; throws ImportError naming the line of the first problem. */
export function parseWatchlistJson(text: string): ImportedEntry[] {
  return entriesToImport(readWatchlistJson(text), false);
}

/**
 * Reads a watchlist file entry by entry: a broken file or envelope throws ImportError (with the
 * line and column of a syntax error); an entry that breaks the rules is listed as a bad row.
 */
export function readWatchlistJson(text: string): ImportReading {
  // The native parser is fast; the line-tracking one runs only to locate a problem.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    parseJsonWithLines(text); // throws, naming the line and column
    throw new ImportError(1, 'The file is not valid JSON.');
  }
  let lines: ReturnType<typeof parseJsonWithLines> | null = null;
  const lineOf = (path: JsonPath) => {
    lines ??= parseJsonWithLines(text);
    return lines.lineOf(path);
  };

  const envelope = v.safeParse(EnvelopeSchema, value);
  if (!envelope.success) {
    const issue = envelope.issues[0]!;
    const path = issue.path?.map((item) => item.key as string) ?? [];
    const problem =
      typeof value !== 'object' || value === null || Array.isArray(value)
        ? `This JSON file is not a Prospect Guard watchlist: it must be an object with "format": "${JSON_FORMAT_NAME}".`
        : issueSentence(issue);
    throw new ImportError(lineOf(path), problem);
  }

  const reading: ImportReading & { kind: 'rows' } = { kind: 'rows', headers: [], rows: [], leftOut: [], bad: [] };
  envelope.output.entries.forEach((raw, index) => {
    const entry = v.safeParse(FileEntrySchema, raw);
    if (!entry.success) {
      const issue = entry.issues[0]!;
      const path = ['entries', index, ...(issue.path?.map((item) => item.key as string | number) ?? [])];
      const problem =
        issue.path?.[0]?.key === 'name' && issue.kind === 'schema' && raw !== null && typeof raw === 'object' && !('name' in raw)
          ? `Prospect ${index + 1} has no "name"; every entry needs the prospect’s name.`
          : issueSentence(issue);
      reading.bad.push({ line: lineOf(path), problem });
      return;
    }
    const { source, ...fields } = entry.output;
    const from: ReadRow['from'] = { name: 'name' };
    for (const field of ['status', 'aliases', 'contacts', 'domains', 'note'] as const) {
      if (raw !== null && typeof raw === 'object' && field in raw) from[field] = field;
    }
    // Lines are looked up only when asked for: a large valid file is never parsed twice.
    reading.rows.push({
      get line() {
        return lineOf(['entries', index]);
      },
      entry: { source, fields },
      from,
      warnings: [],
    });
  });
  warnRows(reading.rows);
  return reading;
}
