// CSV import (our own columns and common CRM exports, see csv-columns.ts) and export.
import Papa from 'papaparse';
import * as v from 'valibot';
import type { EntrySource, ProspectEntry } from '../model/watchlist';
import { booleanFromCell, columnRole, OWN_HEADERS, statusFromStage, type ColumnRole } from './csv-columns';
import { domainFromWebsite } from '../model/domain-name';
import { EntryFieldsSchema, SourceSchema } from '../model/entry-rules';
import { NEEDS_FORMULA_ESCAPE, unescapeFormula } from './formula-escape';
import { ImportError, type ImportedEntry } from './import-error';

/** Items inside one cell (aliases, contacts, domains) are separated by semicolons or line breaks. */
const LIST_SEPARATOR = /[;\n]/;
/** An Email cell may hold several addresses separated by commas, semicolons or spaces. */
const EMAIL_SEPARATOR = /[;,\s]+/;

export function exportWatchlistCsv(entries: readonly ProspectEntry[]): string {
  const rows = entries.map((entry) => [
    entry.name,
    (entry.aliases ?? []).join('; '),
    (entry.contacts ?? []).join('; '),
    (entry.domains ?? []).join('; '),
    entry.status,
    entry.guardUntil ?? '',
    entry.matchCase ? 'yes' : 'no',
    entry.note ?? '',
    entry.source.kind === 'team' ? entry.source.listId : '',
  ]);
  // The byte-order mark lets spreadsheet apps read accents as UTF-8. Papa's own formula pattern
  // (`escapeFormulae: true`) misses cells holding a line break; ours also makes the escape reversible.
  const csv = Papa.unparse({ fields: [...OWN_HEADERS], data: rows }, { newline: '\r\n', escapeFormulae: NEEDS_FORMULA_ESCAPE });
  return `\uFEFF${csv}\r\n`;
}

interface Row {
  line: number;
  cells: string[];
}

export function parseWatchlistCsv(text: string): ImportedEntry[] {
  const rows = readRows(text);
  const header = rows[0];
  if (!header || header.cells.every((cell) => cell.trim() === '')) {
    throw new ImportError(1, 'The file is empty; a CSV watchlist starts with a header row such as “Name,Aliases,Contacts”.');
  }
  const roles = header.cells.map(columnRole);
  const nameColumns = roles
    .map((role, column) => ({ role, column }))
    .filter((item): item is { role: { role: 'name'; priority: number }; column: number } => item.role?.role === 'name')
    .sort((a, b) => a.role.priority - b.role.priority)
    .map((item) => item.column);
  if (nameColumns.length === 0) {
    throw new ImportError(
      header.line,
      `The header row has no column for the prospect name; name one column “Name”, “Company”, “Account Name” or “Deal Name” (found: ${header.cells.map((cell) => `“${cell}”`).join(', ')}).`,
    );
  }

  const entries: ImportedEntry[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((cell) => cell.trim() !== '')) {
      throw new ImportError(
        row.line,
        `This row has ${row.cells.length} cells but the header has ${header.cells.length} columns; put any value containing a comma between double quotes.`,
      );
    }
    entries.push(readEntry(row, header.cells, roles, nameColumns));
  }
  return entries;
}

function readEntry(row: Row, headers: string[], roles: (ColumnRole | null)[], nameColumns: number[]): ImportedEntry {
  const fail: (problem: string) => never = (problem) => {
    throw new ImportError(row.line, problem);
  };
  const cell = (column: number) => unescapeFormula(row.cells[column] ?? '').trim();
  const nameColumn = nameColumns.find((column) => cell(column) !== '');
  if (nameColumn === undefined) {
    fail(`This row has no prospect name; fill in the “${headers[nameColumns[0]!]}” column or delete the row.`);
  }

  const raw: Record<string, unknown> = { name: cell(nameColumn) };
  const append = (field: string, items: string[]) => {
    raw[field] = [...((raw[field] as string[] | undefined) ?? []), ...items];
  };
  let source: EntrySource = { kind: 'own' };

  roles.forEach((role, column) => {
    // A note is kept exactly, spaces and line breaks included: only an empty cell means "no note".
    const value = role?.role === 'note' ? unescapeFormula(row.cells[column] ?? '') : cell(column);
    if (!role || value === '') return;
    const header = headers[column];
    switch (role.role) {
      case 'aliases':
      case 'contacts':
        append(role.role, splitList(value));
        break;
      case 'emails':
        for (const email of value.split(EMAIL_SEPARATOR).filter(Boolean)) {
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(`“${email}” in the “${header}” column is not an email address.`);
          append('contacts', [email]);
        }
        break;
      case 'domains':
        for (const website of value.split(/[;,\s]+/).filter(Boolean)) {
          const domain = domainFromWebsite(website);
          if (domain === null)
            fail(
              `“${website}” in the “${header}” column is not a web address or domain such as acme.com; correct it or leave the cell empty.`,
            );
          append('domains', [domain]);
        }
        break;
      case 'status':
        raw.status = statusFromStage(value);
        break;
      case 'guardUntil':
        raw.guardUntil = value;
        break;
      case 'matchCase': {
        const matchCase = booleanFromCell(value);
        if (matchCase === null) fail(`“${value}” in the “${header}” column is not yes or no.`);
        raw.matchCase = matchCase;
        break;
      }
      case 'note':
        raw.note = value;
        break;
      case 'teamList': {
        const parsed = v.safeParse(SourceSchema, { kind: 'team', listId: value });
        if (!parsed.success) fail(parsed.issues[0]!.message);
        source = parsed.output;
        break;
      }
      case 'name':
      case 'ignored':
        break;
    }
  });

  const fields = v.safeParse(EntryFieldsSchema, raw);
  if (!fields.success) fail(fields.issues[0]!.message);
  return { source, fields: fields.output };
}

function splitList(value: string): string[] {
  return value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Rows with the 1-based line each starts on (a quoted cell may span several lines). */
function readRows(text: string): Row[] {
  const content = text.replace(/^\uFEFF/, '');
  // The header's line ending is the file's: line breaks inside quoted cells are kept as they are.
  const headerEnd = /\r\n|\n|\r/.exec(content);
  const newline = headerEnd?.[0] ?? '\n';
  const lineBreak = newline === '\r' ? 13 : 10;
  const rows: Row[] = [];
  let rowStart = 0;
  let line = 1;
  let problem: ImportError | null = null;

  Papa.parse<string[]>(content, {
    delimiter: guessDelimiter(content.slice(0, headerEnd?.index)),
    newline: newline as '\n',
    step(result, parser) {
      const error = result.errors.find((item) => item.type !== 'Delimiter');
      if (error) {
        problem = new ImportError(
          line,
          error.code === 'MissingQuotes'
            ? 'A quoted value starting on this line is never closed; add the missing double quote (") or remove the stray one.'
            : `The CSV is malformed here (${error.message}); put any value containing quotes, commas or line breaks between double quotes.`,
        );
        parser.abort();
        return;
      }
      rows.push({ line, cells: result.data });
      // The cursor stops before the newline that ends this row.
      const rowEnd = Math.min(result.meta.cursor + newline.length, content.length);
      for (let index = rowStart; index < rowEnd; index++) if (content.charCodeAt(index) === lineBreak) line++;
      rowStart = rowEnd;
    },
  });
  if (problem) throw problem;
  return rows;
}

/** Our exports use commas; spreadsheets in French locales write semicolons; some tools use tabs. */
function guessDelimiter(headerLine: string): string {
  const counts = [',', ';', '\t'].map((delimiter) => ({ delimiter, count: headerLine.split(delimiter).length - 1 }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 0 ? counts[0]!.delimiter : ',';
}
