import { describe, expect, it } from 'vitest';
import { parseWatchlistCsv } from '../../../utils/watchlist-files/csv-format';
import { columnRole, statusFromStage } from '../../../utils/watchlist-files/csv-columns';
import { ImportError } from '../../../utils/watchlist-files/import-error';
import { importFormatOf, readImportFile } from '../../../utils/watchlist-files/import-file';

function problemIn(text: string): { line: number; message: string } {
  try {
    parseWatchlistCsv(text);
  } catch (error) {
    if (error instanceof ImportError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const fieldsOf = (text: string) => parseWatchlistCsv(text).map((entry) => entry.fields);

describe('CSV headers', () => {
  it.each([
    ['Name', 'name'],
    ['Company', 'name'],
    ['Account Name', 'name'],
    ['Deal Name', 'name'],
    ['Organization - Name', 'name'],
    ['Société', 'name'],
    ['Aliases', 'aliases'],
    ['Contacts', 'contacts'],
    ['Email', 'emails'],
    ['E-mail', 'emails'],
    ['Website', 'domains'],
    ['Company Domain Name', 'domains'],
    ['Domains', 'domains'],
    ['Stage', 'status'],
    ['Deal Stage', 'status'],
    ['Status', 'status'],
    ['Guard until', 'guardUntil'],
    ['Close Date', 'ignored'],
    ['Match case', 'matchCase'],
    ['Team list', 'teamList'],
    ['  NOTE ', 'note'],
  ])('maps “%s” to %s', (header, role) => {
    expect(columnRole(header)?.role).toBe(role);
  });

  it.each([['Amount'], ['Owner'], ['Created Date']])('ignores “%s”', (header) => {
    expect(columnRole(header)).toBeNull();
  });
});

describe('CRM stages', () => {
  it.each([
    ['Closed Won', 'won'],
    ['closedwon', 'won'],
    ['Won', 'won'],
    ['Gagné', 'won'],
    ['GAGNEE', 'won'],
    ['Closed Lost', 'lost'],
    ['Lost', 'lost'],
    ['Perdu', 'lost'],
    ['perdue', 'lost'],
    ['open', 'open'],
    ['Prospecting', 'open'],
    ['Negotiation/Review', 'open'],
    ['appointmentscheduled', 'open'],
  ])('reads “%s” as %s', (stage, status) => {
    expect(statusFromStage(stage)).toBe(status);
  });
});

describe('reading a CSV watchlist', () => {
  it('reads our own columns, with lists separated by semicolons or line breaks', () => {
    const csv = [
      'Name,Aliases,Contacts,Domains,Status,Guard until,Match case,Note,Team list',
      'Acme Robotics,"Acme; ACME Corp","Jane Doe\njane@acme.com",https://www.acme.com/,open,2027-06-30,no,"call, then ""demo""",',
      'Orange,,,,won,,yes,,emea-2026',
    ].join('\r\n');
    expect(parseWatchlistCsv(csv)).toEqual([
      {
        source: { kind: 'own' },
        fields: {
          name: 'Acme Robotics',
          aliases: ['Acme', 'ACME Corp'],
          contacts: ['Jane Doe', 'jane@acme.com'],
          domains: ['acme.com'],
          status: 'open',
          guardUntil: '2027-06-30',
          matchCase: false,
          note: 'call, then "demo"',
        },
      },
      { source: { kind: 'team', listId: 'emea-2026' }, fields: { name: 'Orange', status: 'won', matchCase: true } },
    ]);
  });

  it('reads a CRM deal export: company as name, stage as status, email as contact, website as domain', () => {
    const csv = [
      'Deal Name,Company,Stage,Close Date,Email,Website,Amount',
      'Acme - 50 seats,Acme Robotics,Closed Won,2026-10-01,"jane@acme.com, bob@acme.com",http://acme.com/en,50000',
      'Globex renewal,,Qualification,2025-01-01,,,',
    ].join('\n');
    expect(fieldsOf(csv.split('\n').slice(0, 2).join('\n'))).toEqual([
      { name: 'Acme Robotics', status: 'won', contacts: ['jane@acme.com', 'bob@acme.com'], domains: ['acme.com'] },
    ]);
    // No company on that row: it is flagged, never named after the deal's title (issue 12).
    expect(problemIn(csv)).toEqual({
      line: 3,
      message: 'Line 3: This row names no company (its deal is “Globex renewal”); fill in the “Company” column or skip the row.',
    });
  });

  it('reads a semicolon-separated export from a French spreadsheet, with a byte-order mark', () => {
    expect(fieldsOf('\uFEFFSociété;Étape;Site web\nÉnergies Côte d’Azur;Perdu;www.eca.fr\n')).toEqual([
      { name: 'Énergies Côte d’Azur', status: 'lost', domains: ['eca.fr'] },
    ]);
  });

  it('skips blank lines and keeps counting them', () => {
    expect(fieldsOf('Name\n\nAcme\n\n\nGlobex\n')).toEqual([{ name: 'Acme' }, { name: 'Globex' }]);
    expect(problemIn('Name,Website\r\n\r\nAcme,acme.com\r\n\r\n\r\nGlobex,n/a\r\n').line).toBe(6);
  });

  it('undoes the apostrophe our export puts before formula-like cells', () => {
    expect(fieldsOf("Name,Aliases\n'=Acme,'-acme\n")).toEqual([{ name: '=Acme', aliases: ['-acme'] }]);
  });

  it.each([
    ['', 1, 'The file is empty; a CSV watchlist starts with a header row such as “Name,Aliases,Contacts”.'],
    [
      'Amount,Owner\n100,Sam\n',
      1,
      'The header row has no column for the prospect name; name one column “Name”, “Company”, “Account Name” or “Deal Name” (found: “Amount”, “Owner”).',
    ],
    ['Company,Stage\nAcme,Won\n,Lost\n', 3, 'This row has no prospect name; fill in the “Company” column or delete the row.'],
    [
      'Name,Note\n"Acme\nRobotics",x\nGlobex,"unclosed\nquote\n',
      4,
      'A quoted value starting on this line is never closed; add the missing double quote (") or remove the stray one.',
    ],
    [
      'Name,Status\nAcme,open,extra\n',
      2,
      'This row has 3 cells but the header has 2 columns; put any value containing a comma between double quotes.',
    ],
    ['Name,Email\nAcme,jane at acme\n', 2, '“jane” in the “Email” column is not an email address.'],
    [
      'Name,Website\n"Multi\nline",acme.com\nGlobex,n/a\n',
      4,
      '“n/a” in the “Website” column is not a web address or domain such as acme.com; correct it or leave the cell empty.',
    ],
    [
      'Name,Website\n"Multi\nline",n/a\n',
      2,
      '“n/a” in the “Website” column is not a web address or domain such as acme.com; correct it or leave the cell empty.',
    ],
    ['Name,Match case\nAcme,maybe\n', 2, '“maybe” in the “Match case” column is not yes or no.'],
    [
      'Name,Guard until\nAcme,31/12/2026\n',
      2,
      'The “guard until” date “31/12/2026” is not a date in the form YYYY-MM-DD, such as 2026-12-31.',
    ],
    [`Name\n${'x'.repeat(201)}\n`, 2, 'The prospect name must be at most 200 characters long.'],
  ])('refuses a bad file, naming line and problem: %j', (text, line, problem) => {
    expect(problemIn(text)).toEqual({ line, message: `Line ${line}: ${problem}` });
  });
});

describe('choosing the format', () => {
  it.each([
    ['watchlist.json', '', 'json'],
    ['DEALS.CSV', '{', 'csv'],
    ['export.txt', '{', 'csv'],
    ['pasted', '  {"format": 1}', 'json'],
    ['pasted', 'Name\nAcme', 'csv'],
  ])('reads %s starting %j as %s', (fileName, text, format) => {
    expect(importFormatOf(fileName, text)).toBe(format);
  });

  it('refuses a file far too large to be a watchlist', () => {
    expect(() => readImportFile('huge.csv', 'x'.repeat(64 * 1024 * 1024 + 1))).toThrow(
      'Line 1: The file is larger than 64 MB; split it into smaller files.',
    );
  });
});
