import { describe, expect, it } from 'vitest';
import { parseWatchlistJson, readWatchlistJson } from '../../../utils/watchlist-files/json-format';
import { entriesToImport } from '../../../utils/watchlist-files/import-reading';
import { parseJsonWithLines } from '../../../utils/watchlist-files/json-with-lines';
import { ImportError } from '../../../utils/watchlist-files/import-error';

function problemIn(text: string): { line: number; message: string } {
  try {
    parseWatchlistJson(text);
  } catch (error) {
    if (error instanceof ImportError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('expected the file to be refused');
}

const file = (entries: string) => `{
  "format": "prospect-guard.watchlist",
  "version": 1,
  "entries": [${entries}
  ]
}`;

describe('reading JSON with lines', () => {
  it('parses what JSON.parse parses', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"], "b": {"c": {}}, "d": []}';
    expect(parseJsonWithLines(text).value).toEqual(JSON.parse(text));
  });

  it('knows the line where each value starts', () => {
    const document = parseJsonWithLines(
      '{\n  "entries": [\n    {\n      "name": "Acme",\n      "aliases": [\n        "A"\n      ]\n    }\n  ]\n}',
    );
    expect(document.lineOf([])).toBe(1);
    expect(document.lineOf(['entries'])).toBe(2);
    expect(document.lineOf(['entries', 0])).toBe(3);
    expect(document.lineOf(['entries', 0, 'name'])).toBe(4);
    expect(document.lineOf(['entries', 0, 'aliases', 0])).toBe(6);
    expect(document.lineOf(['entries', 0, 'missing'])).toBe(3);
  });

  it('does not let a "__proto__" key change the object’s prototype', () => {
    const value = parseJsonWithLines('{"__proto__": {"polluted": true}}').value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });

  it.each([
    [
      '{\n  "a": 1,\n}',
      3,
      'Line 3: The file is not valid JSON: a property name in double quotes was expected, but “}” was not expected there.',
    ],
    [
      '{\n  "a": 1\n  "b": 2\n}',
      3,
      'Line 3: The file is not valid JSON: a comma or a closing brace was expected after the property “a”, but “"b": 2” was not expected there.',
    ],
    [
      '[1,\n2',
      2,
      'Line 2: The file is not valid JSON: a comma or a closing bracket was expected after item 2 of a list, but the file ends too early.',
    ],
    [
      '{"a": "line\nbreak"}',
      1,
      'Line 1: The file is not valid JSON: a text value is not closed or holds a line break or an invalid escape.',
    ],
    ['{"a": tru}', 1, 'Line 1: The file is not valid JSON: a value was expected, but “tru}” was not expected there.'],
    ['{}\n\n{}', 3, 'Line 3: The file is not valid JSON: the file should end after its closing brace, but “{}” was not expected there.'],
    ['', 1, 'Line 1: The file is not valid JSON: a value was expected, but the file ends too early.'],
  ])('names the line of a syntax error in %j', (text, line, message) => {
    expect(() => parseJsonWithLines(text)).toThrow(message);
    try {
      parseJsonWithLines(text);
    } catch (error) {
      expect((error as ImportError).line).toBe(line);
    }
  });
});

describe('the JSON watchlist format', () => {
  it('reads entries with their source and only the fields present', () => {
    const entries = parseWatchlistJson(
      file(`
    {
      "name": "Acme Robotics",
      "aliases": ["Acme"],
      "status": "won",
      "source": { "kind": "team", "listId": "emea" }
    },
    { "name": "Globex", "matchCase": false, "guardUntil": "2027-01-31", "note": "a\\nb" }`),
    );
    expect(entries).toEqual([
      { source: { kind: 'team', listId: 'emea' }, fields: { name: 'Acme Robotics', aliases: ['Acme'], status: 'won' } },
      { source: { kind: 'own' }, fields: { name: 'Globex', matchCase: false, guardUntil: '2027-01-31', note: 'a\nb' } },
    ]);
  });

  it.each([
    [file('\n    { "name": "Acme" },'), 6, 'The file is not valid JSON: a value was expected, but “]” was not expected there.'],
    ['[]', 1, 'This JSON file is not a Prospect Guard watchlist: it must be an object with "format": "prospect-guard.watchlist".'],
    [
      '{"format": "other", "version": 1, "entries": []}',
      1,
      'This JSON file is not a Prospect Guard watchlist: its "format" must be "prospect-guard.watchlist".',
    ],
    [
      '{\n"format": "prospect-guard.watchlist",\n"version": 2,\n"entries": []}',
      3,
      'This watchlist was written by a newer Prospect Guard (format version 2); update the extension to import it.',
    ],
    ['{"format": "prospect-guard.watchlist", "version": 1,\n"entries": {}}', 2, 'The file\'s "entries" must be a list of prospects.'],
    [file('\n    { "name": "Acme" },\n    { "aliases": ["B"] }'), 6, 'Prospect 2 has no "name"; every entry needs the prospect’s name.'],
    [file('\n    { "name": "Acme" },\n    "Globex"'), 6, 'Each item of "entries" must be an object with at least a "name".'],
    [file('\n    {\n      "name": "Acme",\n      "status": "closed"\n    }'), 7, 'The status “closed” is not one of open, won or lost.'],
    [
      file('\n    {\n      "name": "Acme",\n      "domains": [\n        "acme.com",\n        "acme dot com"\n      ]\n    }'),
      9,
      '“acme dot com” is not a domain or web address such as acme.com; correct it or remove it.',
    ],
    [file('\n    { "name": "Acme", "source": { "kind": "team" } }'), 5, 'The "listId" field is missing.'],
    [
      file('\n    { "name": "Acme", "source": { "kind": "shared" } }'),
      5,
      'The source must be {"kind": "own"} or {"kind": "team", "listId": "…"}.',
    ],
  ])('refuses a bad file, naming line and problem: %j', (text, line, problem) => {
    expect(problemIn(text)).toEqual({ line, message: `Line ${line}: ${problem}` });
  });
});

describe('JSON errors in a minified file', () => {
  it('name the column as well as the line, since the whole file is on line 1', () => {
    const minified = '{"format":"prospect-guard.watchlist","version":1,"entries":[{"name":"Acme"},{"name":"Globex",}]}';
    try {
      parseWatchlistJson(minified);
      throw new Error('expected the file to be refused');
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      expect([error.line, error.column]).toEqual([1, minified.indexOf(',}') + 2]);
    }
  });

  it('count the column from the start of the line the error is on', () => {
    try {
      parseWatchlistJson('{\n  "format": "prospect-guard.watchlist",\n  "version": 1 2\n}');
      throw new Error('expected the file to be refused');
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      expect([error.line, error.column]).toEqual([3, 16]);
    }
  });
});

describe('JSON entries read one by one', () => {
  it('lists an entry that breaks the rules as a bad row and keeps the others when bad rows are skipped', () => {
    const reading = readWatchlistJson(file('\n    {"name": "Acme"},\n    {"aliases": ["x"]},\n    {"name": "Globex", "status": "won"}'));
    expect(reading.kind === 'rows' && reading.bad).toEqual([
      { line: 6, problem: 'Prospect 2 has no "name"; every entry needs the prospect’s name.' },
    ]);
    expect(entriesToImport(reading, true).map((entry) => entry.fields.name)).toEqual(['Acme', 'Globex']);
    expect(reading.kind === 'rows' && reading.rows.map((row) => [row.line, row.from])).toEqual([
      [5, { name: 'name' }],
      [7, { name: 'name', status: 'status' }],
    ]);
  });
});
