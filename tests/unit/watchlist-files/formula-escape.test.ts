// CSV injection: every cell a spreadsheet would run as a formula is defused on export, and import
// takes off exactly the apostrophe the export added, so export → import → export never drifts.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ProspectEntry } from '../../../utils/model/watchlist';
import { canonicalFields } from '../../../utils/model/entry-rules';
import { exportWatchlistCsv, parseWatchlistCsv } from '../../../utils/watchlist-files/csv-format';
import { unescapeFormula } from '../../../utils/watchlist-files/formula-escape';
import { planImport } from '../../../utils/watchlist-files/import-planner';

const FORMULA_STARTS = ['=', '+', '-', '@', '\t', '\r'] as const;

function entry(fields: Partial<ProspectEntry> & { name: string }): ProspectEntry {
  return { id: 'id-1', status: 'open', source: { kind: 'own' }, createdAt: 1, updatedAt: 1, ...fields };
}

/** The cells of the first data row exactly as written in the file, before any import logic. */
function writtenCells(entries: ProspectEntry[]): string[] {
  const rows = Papa.parse<string[]>(exportWatchlistCsv(entries).replace(/^\uFEFF/, ''), { newline: '\r\n' }).data;
  return rows[1]!;
}

describe('CSV export defuses formulas', () => {
  it.each(FORMULA_STARTS)('prefixes a note starting with %j, on one line or several', (start) => {
    for (const note of [`${start}HYPERLINK("http://x.example")`, `${start}1+1\nsecond line`, `${start}\r\nthird`]) {
      expect(writtenCells([entry({ name: 'Acme', note })])[7]).toBe(`'${note}`);
    }
  });

  it.each(FORMULA_STARTS.filter((start) => start.trim() !== ''))('prefixes every column whose cell starts with %j', (start) => {
    const cells = writtenCells([
      entry({
        name: `${start}cmd|' /C calc'!A0`,
        aliases: [`${start}alias`, 'plain'],
        contacts: [`${start}contact\nwith a break`],
        domains: ['acme.com'],
        source: { kind: 'team', listId: `${start}emea` },
      }),
    ]);
    expect(cells).toEqual([
      `'${start}cmd|' /C calc'!A0`,
      `'${start}alias; plain`,
      `'${start}contact\nwith a break`,
      'acme.com',
      'open',
      '',
      'no',
      '',
      `'${start}emea`,
    ]);
  });

  it('adds one more apostrophe to a cell already starting with apostrophes before a formula character', () => {
    const cells = writtenCells([entry({ name: "'=Acme", aliases: ["''+33 1 23"], note: "'@note" })]);
    expect([cells[0], cells[1], cells[7]]).toEqual(["''=Acme", "'''+33 1 23", "''@note"]);
  });

  it('leaves every other cell as typed, including a leading apostrophe before ordinary text', () => {
    const cells = writtenCells([
      entry({ name: "'90s Records", aliases: ['A=B', 'x-ray'], note: ' =not a formula in a spreadsheet\n=second line' }),
    ]);
    expect([cells[0], cells[1], cells[7]]).toEqual(["'90s Records", 'A=B; x-ray', ' =not a formula in a spreadsheet\n=second line']);
  });
});

describe('CSV import undoes the export’s escape, and only it', () => {
  it.each([
    ["'=SUM(A1)", '=SUM(A1)'],
    ["'+33 1 23", '+33 1 23'],
    ["'-minus", '-minus'],
    ["'@handle", '@handle'],
    ["'\tindented", '\tindented'],
    ["'\r\nline", '\r\nline'],
    ["''=kept apostrophe", "'=kept apostrophe"],
    ["'''-two kept", "''-two kept"],
    ["'90s Records", "'90s Records"],
    ["''", "''"],
    ["'", "'"],
    ['=raw formula from another tool', '=raw formula from another tool'],
    ['Acme', 'Acme'],
  ])('reads the cell %j as %j', (cell, value) => {
    expect(unescapeFormula(cell)).toBe(value);
  });

  it('keeps a note as written: leading and trailing spaces, line breaks, an escaped formula', () => {
    const csv = 'Name,Note\r\nAcme,"\'=1+1\r\n  indented  "\r\nGlobex,"   "\r\nInitech,\r\n';
    expect(parseWatchlistCsv(csv).map((item) => item.fields)).toEqual([
      { name: 'Acme', note: '=1+1\r\n  indented  ' },
      { name: 'Globex', note: '   ' },
      { name: 'Initech' },
    ]);
  });
});

// Text that starts the dangerous ways (and with the apostrophes a person may type) more often than chance.
const FORMULA_PREFIX = fc.constantFrom('', '', '=', '+', '-', '@', '\t', '\r', '\r\n', "'", "''", "'=", "''+", "'\t", ' =');
const tricky = (maxLength: number, body: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength })) =>
  fc.tuple(FORMULA_PREFIX, body).map(([prefix, rest]) => `${prefix}${rest}`);
const trimmedName = tricky(150)
  .map((text) => text.trim())
  .filter((text) => text !== '');
// List items cannot hold ; or a line break (they separate items), nor outer spaces (trimmed).
const listItem = tricky(
  30,
  fc.string({ unit: fc.constantFrom('a', 'Z', 'é', ' ', '=', '+', '-', '@', "'", ',', '"', '\t'), maxLength: 30 }),
)
  .map((text) => text.trim())
  .filter((text) => text !== '' && !/[;\n\r]/.test(text));
const distinctItems = fc.uniqueArray(listItem, { maxLength: 4, selector: (item) => item.toLowerCase() });

const ARBITRARY_ENTRY = fc.record({
  name: trimmedName,
  aliases: distinctItems,
  contacts: distinctItems,
  note: fc.option(tricky(400), { nil: undefined }),
  status: fc.constantFrom('open', 'won', 'lost'),
  matchCase: fc.boolean(),
  team: fc.option(trimmedName, { nil: undefined }),
});

describe('CSV export → import', () => {
  it('gives back exactly the names, lists, notes and team lists that were exported', () => {
    fc.assert(
      fc.property(ARBITRARY_ENTRY, (generated) => {
        const original = entry({
          ...canonicalFields({ ...generated, name: generated.name }),
          source: generated.team ? { kind: 'team', listId: generated.team } : { kind: 'own' },
        });
        const csv = exportWatchlistCsv([original]);
        const plan = planImport([], parseWatchlistCsv(csv), { now: 1, newId: () => 'id-1' });
        expect(plan.added).toEqual([original]);
        // Exporting what was imported writes the very same file: nothing gains an apostrophe per round.
        expect(exportWatchlistCsv(plan.added)).toBe(csv);
      }),
      { numRuns: 500 },
    );
  });
});
