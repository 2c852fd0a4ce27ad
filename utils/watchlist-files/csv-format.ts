// CSV import (our own columns and common CRM exports, see csv-columns.ts) and export.
import Papa from 'papaparse';
import * as v from 'valibot';
import type { EntrySource, ProspectEntry, ProspectStatus } from '../model/watchlist';
import {
  booleanFromCell,
  columnRole,
  DEAL_TITLE_PRIORITY,
  foldHeader,
  OWN_HEADERS,
  statusFromStage,
  statusFromStatecode,
  statusRank,
  type ColumnRole,
} from './csv-columns';
import { nameKey } from '../matcher/normalize';
import { entriesToImport, warnRows, type ColumnMapping, type ImportReading, type MappableRole, type ReadRow } from './import-reading';
import { findTrailer, isSummaryRow, loneCell } from './report-lines';
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

type NameRole = { role: 'name'; priority: number };

/** A header row is looked for among this many first lines (a report's title and filters come first). */
const LINES_BEFORE_TABLE = 15;
const SAMPLE_ROWS = 5;

/** Reads a CSV file strictly: the first bad row is the error (see readWatchlistCsv for row by row). */
export function parseWatchlistCsv(text: string): ImportedEntry[] {
  return entriesToImport(readWatchlistCsv(text), false);
}

/**
 * Reads a CSV file row by row. A report's title, footer and the company's own name are left
 * out; a row that cannot be read is listed as bad rather than stopping the file. Without a
 * recognised name column (and no `mapping` from the person) it asks for the columns to be mapped.
 */
export function readWatchlistCsv(text: string, mapping?: ColumnMapping): ImportReading {
  const rows = readRows(text);
  const filled = rows.filter((row) => !isBlank(row.cells));
  const first = filled[0];
  if (!first) {
    throw new ImportError(1, 'The file is empty; a CSV watchlist starts with a header row such as “Name,Aliases,Contacts”.');
  }
  let header: Row;
  let roles: (ColumnRole | null)[];
  if (mapping) {
    const mapped = rows.find((row) => row.line === mapping.headerLine);
    if (!mapped) throw new ImportError(1, 'The column choices were made for another file; choose the file again.');
    header = mapped;
    roles = header.cells.map((_, column) => roleOfMapped(mapping.roles[column] ?? null));
  } else {
    const found = filled.slice(0, LINES_BEFORE_TABLE).find((row) => row.cells.some((cell) => columnRole(cell)?.role === 'name'));
    if (!found) {
      return {
        kind: 'needs-mapping',
        headerLine: first.line,
        headers: first.cells,
        samples: filled.slice(1, 1 + SAMPLE_ROWS).map((row) => row.cells),
        problem: `The header row has no column for the prospect name; name one column “Name”, “Company”, “Account Name” or “Deal Name” (found: ${first.cells.map((cell) => `“${cell}”`).join(', ')}).`,
      };
    }
    header = found;
    roles = header.cells.map(columnRole);
    // With a deal's won/closed state (Dynamics statecode, Salesforce IsWon/IsClosed) the file lists
    // opportunities: its plain "Name" is the opportunity's name, not the company's.
    if (roles.some((role) => role?.role === 'statecode' || role?.role === 'isWon' || role?.role === 'isClosed')) {
      roles = roles.map((role, column) =>
        role?.role === 'name' && foldHeader(header.cells[column]!) === 'name' ? { role: 'name', priority: DEAL_TITLE_PRIORITY } : role,
      );
    }
  }
  const nameColumns = roles
    .map((role, column) => ({ role, column }))
    .filter((item): item is { role: NameRole; column: number } => item.role?.role === 'name')
    .sort((a, b) => a.role.priority - b.role.priority);
  if (nameColumns.length === 0) throw new ImportError(header.line, 'Choose which column holds the prospect name.');

  const reading: ImportReading & { kind: 'rows' } = { kind: 'rows', headers: header.cells, rows: [], leftOut: [], bad: [] };
  for (const row of rows) {
    if (row.line >= header.line) break;
    const text = row.cells
      .map((cell) => cell.trim())
      .filter(Boolean)
      .join(' ');
    if (text) reading.leftOut.push({ line: row.line, text, reason: 'report-header' });
  }
  const data = rows.filter((row) => row.line > header.line);
  const trailer = findTrailer(data.map((row) => row.cells));
  const ownCompany = trailer.ownCompany === null ? null : nameKey(trailer.ownCompany);

  data.forEach((row, index) => {
    if (isBlank(row.cells)) return;
    const trailerReason = trailer.reasons.get(index);
    if (trailerReason) {
      reading.leftOut.push({ line: row.line, text: loneCell(row.cells) ?? '', reason: trailerReason });
      return;
    }
    const summary = row.cells.find((cell) => isSummaryRow(cell));
    if (summary !== undefined) {
      reading.leftOut.push({ line: row.line, text: summary.trim(), reason: 'summary-row' });
      return;
    }
    if (row.cells.length > header.cells.length && row.cells.slice(header.cells.length).some((cell) => cell.trim() !== '')) {
      reading.bad.push({
        line: row.line,
        problem: `This row has ${row.cells.length} cells but the header has ${header.cells.length} columns; put any value containing a comma between double quotes.`,
      });
      return;
    }
    try {
      const read = readEntry(row, header.cells, roles, nameColumns);
      if (ownCompany !== null && nameKey(read.entry.fields.name) === ownCompany) {
        reading.leftOut.push({ line: row.line, text: read.entry.fields.name, reason: 'own-company' });
      } else reading.rows.push(read);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      reading.bad.push({ line: error.line, problem: error.problem });
    }
  });
  warnRows(reading.rows);
  return reading;
}

function roleOfMapped(role: MappableRole | null): ColumnRole | null {
  if (role === null) return null;
  return role === 'name' ? { role: 'name', priority: 0 } : { role };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

type StatusRole = 'status' | 'isWon' | 'isClosed' | 'statecode';

function readEntry(row: Row, headers: string[], roles: (ColumnRole | null)[], nameColumns: { role: NameRole; column: number }[]): ReadRow {
  const fail: (problem: string) => never = (problem) => {
    throw new ImportError(row.line, problem);
  };
  const cell = (column: number) => unescapeFormula(row.cells[column] ?? '').trim();
  // When the file has a company column, a deal's title never stands in for a missing company:
  // "Acme – 50 seats" would then be a prospect that matches nothing anyone types.
  const companyColumns = nameColumns.filter((item) => item.role.priority < DEAL_TITLE_PRIORITY);
  const candidates = companyColumns.length > 0 ? companyColumns : nameColumns;
  const nameColumn = candidates.find((item) => cell(item.column) !== '');
  if (nameColumn === undefined) {
    const dealTitle = nameColumns.find((item) => item.role.priority >= DEAL_TITLE_PRIORITY && cell(item.column) !== '');
    if (dealTitle && companyColumns.length > 0) {
      fail(
        `This row names no company (its deal is “${cell(dealTitle.column)}”); fill in the “${headers[companyColumns[0]!.column]}” column or skip the row.`,
      );
    }
    fail(`This row has no prospect name; fill in the “${headers[nameColumns[0]!.column]}” column or delete the row.`);
  }

  const from: ReadRow['from'] = { name: headers[nameColumn.column] };
  const warnings: ReadRow['warnings'] = nameColumn.role.priority >= DEAL_TITLE_PRIORITY ? ['deal-title'] : [];
  const raw: Record<string, unknown> = { name: cell(nameColumn.column) };
  const append = (field: 'aliases' | 'contacts' | 'domains', items: string[], header: string) => {
    raw[field] = [...((raw[field] as string[] | undefined) ?? []), ...items];
    from[field] = from[field] && from[field] !== header ? `${from[field]}, ${header}` : header;
  };
  let source: EntrySource = { kind: 'own' };
  const flags: Partial<Record<StatusRole, { value: string; header: string }>> = {};

  roles.forEach((role, column) => {
    // A note is kept exactly, spaces and line breaks included: only an empty cell means "no note".
    const value = role?.role === 'note' ? unescapeFormula(row.cells[column] ?? '') : cell(column);
    if (!role || value === '') return;
    const header = headers[column]!;
    switch (role.role) {
      case 'aliases':
      case 'contacts':
        append(role.role, splitList(value), header);
        break;
      case 'emails':
        for (const email of value.split(EMAIL_SEPARATOR).filter(Boolean)) {
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) fail(`“${email}” in the “${header}” column is not an email address.`);
          append('contacts', [email], header);
        }
        break;
      case 'domains':
        for (const website of value.split(/[;,\s]+/).filter(Boolean)) {
          const domain = domainFromWebsite(website);
          if (domain === null)
            fail(
              `“${website}” in the “${header}” column is not a web address or domain such as acme.com; correct it or leave the cell empty.`,
            );
          append('domains', [domain], header);
        }
        break;
      case 'status':
      case 'isWon':
      case 'isClosed':
      case 'statecode': {
        // Of several status columns, the most telling one decides (see statusRank).
        const current = flags[role.role];
        if (!current || statusRank(header, role.role) > statusRank(current.header, role.role)) flags[role.role] = { value, header };
        break;
      }
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
        from.note = header;
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

  const status = statusOf(flags, fail);
  if (status) {
    raw.status = status.status;
    from.status = status.header;
  }
  const fields = v.safeParse(EntryFieldsSchema, raw);
  if (!fields.success) fail(fields.issues[0]!.message);
  return { line: row.line, entry: { source, fields: fields.output }, from, warnings };
}

/** Dynamics' statecode, then Salesforce's IsWon/IsClosed, then a status, then a stage. */
function statusOf(
  flags: Partial<Record<StatusRole, { value: string; header: string }>>,
  fail: (problem: string) => never,
): { status: ProspectStatus; header: string } | null {
  if (flags.statecode) {
    const status = statusFromStatecode(flags.statecode.value);
    if (status === null) fail(`“${flags.statecode.value}” in the “${flags.statecode.header}” column is not 0 (open), 1 (won) or 2 (lost).`);
    return { status, header: flags.statecode.header };
  }
  const flag = (name: 'isWon' | 'isClosed') => {
    const item = flags[name];
    if (!item) return null;
    const value = booleanFromCell(item.value);
    if (value === null) fail(`“${item.value}” in the “${item.header}” column is not true or false.`);
    return value;
  };
  const isWon = flag('isWon');
  const isClosed = flag('isClosed');
  if (isWon === true) return { status: 'won', header: flags.isWon!.header };
  if (isClosed === true) return { status: 'lost', header: flags.isClosed!.header };
  if (isClosed === false) return { status: 'open', header: flags.isClosed!.header };
  if (flags.status) return { status: statusFromStage(flags.status.value), header: flags.status.header };
  return null;
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
