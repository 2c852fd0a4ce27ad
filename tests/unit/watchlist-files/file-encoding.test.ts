// Import files arrive as bytes in whatever encoding the spreadsheet wrote. The fixtures hold the
// bytes each Excel export writes (fixtures/.gitattributes keeps git from touching them):
//   excel-fr-point-virgule.csv  "CSV (séparateur: point-virgule)" in French Excel: Windows-1252, ';', CRLF, no BOM
//   excel-csv-utf8.csv          "CSV UTF-8 (Comma delimited)": UTF-8 with a byte-order mark, ',', CRLF
//   excel-unicode-text.txt      "Unicode Text (*.txt)": UTF-16LE with a byte-order mark, tab-separated, CRLF
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeImportFile, type DecodedFile } from '../../../utils/watchlist-files/file-encoding';
import { readImportFile } from '../../../utils/watchlist-files/import-file';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

/** Decodes, then reads the file as the background would: the prospects' fields in file order. */
function importedFields(fileName: string, bytes: Uint8Array) {
  const decoded = decodeImportFile(bytes);
  if (!decoded.ok) throw new Error(`expected ${fileName} to decode, got ${JSON.stringify(decoded)}`);
  return { encoding: decoded.encoding, fields: readImportFile(fileName, decoded.text).entries.map((entry) => entry.fields) };
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
// The Encoding Standard's Windows-1252 above 0x7F (Node's own decoder gets 0x80–0x9F wrong).
const WINDOWS_1252_80_TO_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const high = WINDOWS_1252_80_TO_9F.indexOf(char);
    if (high >= 0) return 0x80 + high;
    if (char.charCodeAt(0) > 0xff) throw new Error(`“${char}” has no Windows-1252 byte`);
    return char.charCodeAt(0);
  });
}
/** Bytes of a one-byte code page Node decodes correctly (windows-1250, windows-1251, koi8-r). */
function codePage(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const byteOf = new Map(Array.from({ length: 256 }, (_, byte) => [decoder.decode(Uint8Array.of(byte)), byte]));
  return Uint8Array.from([...text], (char) => byteOf.get(char) ?? Number.NaN);
}

describe('spreadsheet exports, read byte for byte', () => {
  it('reads a French Excel “CSV (séparateur: point-virgule)” export as Windows-1252', () => {
    const bytes = fixture('excel-fr-point-virgule.csv');
    // What makes it that export: no byte-order mark, one byte per accented letter, € as 0x80, ’ as 0x92.
    expect([...bytes.subarray(0, 8)]).toEqual([...ascii('Soci'), 0xe9, ...ascii('t'), 0xe9, ...ascii(';')]);
    expect(bytes.includes(0x80) && bytes.includes(0x92)).toBe(true);

    expect(importedFields('Export CRM.csv', bytes)).toEqual({
      encoding: 'Windows-1252',
      fields: [
        { name: 'Brasserie Française', status: 'open', domains: ['brasserie-francaise.fr'], note: 'Rendez-vous avec l’équipe achats' },
        { name: 'Société Générale', status: 'won', domains: ['societegenerale.fr'], note: 'Contrat signé; reste la « phase 2 »' },
        { name: 'Cœur de Loire', status: 'lost' },
      ],
    });
  });

  it('reads an Excel “CSV UTF-8” export, byte-order mark and all', () => {
    const bytes = fixture('excel-csv-utf8.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(importedFields('deals.csv', bytes)).toEqual({
      encoding: 'UTF-8',
      fields: [
        { name: 'Brasserie Française', status: 'open', domains: ['brasserie-francaise.fr'] },
        { name: 'Société Générale', status: 'won', domains: ['societegenerale.fr'] },
        { name: 'Müller, Groß & Söhne', status: 'open' },
      ],
    });
  });

  it('reads the same export without its byte-order mark as UTF-8', () => {
    const { encoding, fields } = importedFields('deals.csv', fixture('excel-csv-utf8.csv').subarray(3));
    expect({ encoding, names: fields.map((field) => field.name) }).toEqual({
      encoding: 'UTF-8',
      names: ['Brasserie Française', 'Société Générale', 'Müller, Groß & Söhne'],
    });
  });

  it('reads an Excel “Unicode Text” export: UTF-16LE, tab-separated', () => {
    const bytes = fixture('excel-unicode-text.txt');
    expect([...bytes.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x41, 0x00]);
    expect(importedFields('accounts.txt', bytes)).toEqual({
      encoding: 'UTF-16LE',
      fields: [
        { name: 'Brasserie Française', status: 'open', domains: ['brasserie-francaise.fr'] },
        { name: 'Société Générale', status: 'won', domains: ['societegenerale.fr'], note: 'Signed; "phase 2" next' },
        { name: '東京エレクトロン', status: 'open' },
      ],
    });
  });

  it('reads UTF-16BE with its byte-order mark', () => {
    const littleEndian = fixture('excel-unicode-text.txt');
    const bigEndian = littleEndian.map((_, index) => littleEndian[index ^ 1]!);
    const { encoding, fields } = importedFields('accounts.txt', bigEndian);
    expect({ encoding, names: fields.map((field) => field.name) }).toEqual({
      encoding: 'UTF-16BE',
      names: ['Brasserie Française', 'Société Générale', '東京エレクトロン'],
    });
  });
});

describe('Western text in Windows-1252', () => {
  it.each([
    'Nom\r\nBrasserie Française\r\n',
    'Name\r\nCafé\r\n',
    'Nom;Note\r\nL’Oréal;aujourd’hui à 9 h, « urgent », 100 € HT, n°5\r\n',
    'Nom;Note\r\nRhône–Alpes Énergie;salarié·es, l´équipe, 2ème étage, ½ journée\r\n',
    'Firma;Status\r\nMüller GmbH;offen\r\nBäckerei Groß;gewonnen\r\n',
    'Empresa;Estado\r\nCompañía Española;¿abierto?\r\n',
    'Navn;Status;Note\r\nØresund Ærø A/S;åben;Møde på fredag\r\nKøbenhavns Lufthavne;vundet;Kontrakt underskrevet i går\r\n',
    'Nimi;Tila\r\nÄänekosken Öljy Oy;avoin\r\nHämeenlinnan Sähkö;voitettu\r\n',
    'Nome;Estado\r\nConstrução São João;aberto\r\nAçúcar Guarani;ganho\r\n',
    'Nom\r\nSociété\u00a0Générale\r\n',
  ])('reads %j as it was written', (text) => {
    expect(decodeImportFile(windows1252(text))).toEqual({ ok: true, text, encoding: 'Windows-1252' });
  });

  it('finds the accented rows after a long plain head', () => {
    const head = `Name\r\n${'Acme Robotics\r\n'.repeat(10_000)}`;
    const decoded = decodeImportFile(windows1252(`${head}Brasserie Française\r\nSociété Générale\r\n`));
    expect(decoded.ok && decoded.encoding).toBe('Windows-1252');
  });
});

describe('files whose encoding cannot be told with confidence are refused, naming what was found', () => {
  const refusal = (bytes: Uint8Array): DecodedFile => decodeImportFile(bytes);

  it.each([
    [
      'Polish from windows-1250',
      codePage('windows-1250', 'Firma;Status\r\nZakłady Łódź;otwarte\r\nŻabka Polska Spółka;wygrane\r\n'),
      'windows-1250',
    ],
    [
      'Czech from ISO-8859-2',
      codePage('iso-8859-2', 'Společnost;Stav\r\nŠkoda Auto;otevřeno\r\nČeská spořitelna;vyhráno\r\n'),
      'ISO-8859-2',
    ],
    [
      'Russian from windows-1251',
      codePage('windows-1251', 'Компания;Статус\r\nГазпром;открыта\r\nСбербанк России;выиграна\r\n'),
      'windows-1251',
    ],
    ['Russian from KOI8-R', codePage('koi8-r', 'Компания;Статус\r\nГазпром;открыта\r\nСбербанк России;выиграна\r\n'), 'KOI8-R'],
    // 会社名;状況 / 東京エレクトロン;商談中
    [
      'Japanese from Shift_JIS',
      Uint8Array.from([
        0x89, 0xef, 0x8e, 0xd0, 0x96, 0xbc, 0x3b, 0x8f, 0xf3, 0x8b, 0xb5, 0x0d, 0x0a, 0x93, 0x8c, 0x8b, 0x9e, 0x83, 0x47, 0x83, 0x8c, 0x83,
        0x4e, 0x83, 0x67, 0x83, 0x8d, 0x83, 0x93, 0x3b, 0x8f, 0xa4, 0x92, 0x6b, 0x92, 0x86, 0x0d, 0x0a,
      ]),
      'Shift_JIS',
    ],
    ['UTF-32 with its byte-order mark', Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x4e, 0x00, 0x00, 0x00]), 'UTF-32LE'],
  ])('%s', (_case, bytes, found) => {
    expect(refusal(bytes)).toEqual({ ok: false, problem: 'unsupported-encoding', found });
  });

  it('a single short row that chardet finds as likely to be Central European, where Ø and å would differ', () => {
    // Refusing asks for a UTF-8 file; guessing would risk "Øresund" stored as "Řresund".
    expect(refusal(windows1252('Navn;Status\r\nØresund Ærø A/S;åben\r\n'))).toEqual({
      ok: false,
      problem: 'unsupported-encoding',
      found: 'ISO-8859-2',
    });
  });

  it('a long plain head does not hide Cyrillic rows further down', () => {
    const head = codePage('windows-1251', `Name\r\n${'Acme Robotics\r\n'.repeat(10_000)}`);
    const tail = codePage('windows-1251', 'Газпром\r\nСбербанк России\r\nРоснефть\r\n');
    expect(refusal(Uint8Array.from([...head, ...tail]))).toEqual({ ok: false, problem: 'unsupported-encoding', found: 'windows-1251' });
  });

  it('a short Big5 file, which chardet ranks below Windows-1252, shows a symbol inside a word', () => {
    // 公司;狀態 / 台積電;進行中
    const big5 = Uint8Array.from([
      0xa4, 0xbd, 0xa5, 0x71, 0x3b, 0xaa, 0xac, 0xba, 0x41, 0x0d, 0x0a, 0xa5, 0x78, 0xbf, 0x6e, 0xb9, 0x71, 0x3b, 0xb6, 0x69, 0xa6, 0xe6,
      0xa4, 0xa4, 0x0d, 0x0a,
    ]);
    expect(refusal(big5)).toEqual({ ok: false, problem: 'garbled', found: 'Windows-1252', word: 'ª¬ºA' });
  });

  it('a DOS (code page 850) file, which chardet does not know, shows “Fran‡aise”', () => {
    const dos = Uint8Array.from([
      ...ascii('Nom\r\nBrasserie Fran'),
      0x87,
      ...ascii('aise\r\nSoci'),
      0x82,
      ...ascii('t'),
      0x82,
      ...ascii(' G'),
      0x82,
      ...ascii('n'),
      0x82,
      ...ascii('rale\r\n'),
    ]);
    expect(refusal(dos)).toEqual({ ok: false, problem: 'garbled', found: 'Windows-1252', word: 'Fran‡aise' });
  });

  it('bytes Windows-1252 leaves undefined', () => {
    const text = 'Nom;Note\r\nBrasserie Française;Réunion prévue à Besançon avec l’équipe\r\nSociété Générale;Gagné\r\n';
    const bytes = windows1252(text);
    bytes[bytes.indexOf(0x92)] = 0x81;
    expect(refusal(bytes)).toMatchObject({ ok: false, problem: 'invalid-bytes', found: 'Windows-1252' });
  });

  it('a UTF-8 byte-order mark followed by Windows-1252 bytes', () => {
    expect(refusal(Uint8Array.from([0xef, 0xbb, 0xbf, ...windows1252('Nom\r\nBrasserie Française\r\n')]))).toEqual({
      ok: false,
      problem: 'invalid-bytes',
      found: 'UTF-8',
    });
  });

  it('UTF-8 with one stray Windows-1252 byte (two files pasted together)', () => {
    const utf8 = new TextEncoder().encode('Nom\r\nSociété Générale\r\nCafé crème\r\n');
    expect(refusal(Uint8Array.from([...utf8, ...windows1252('Brasserie Française\r\n')]))).toEqual({
      ok: false,
      problem: 'invalid-bytes',
      found: 'UTF-8',
    });
  });

  it.each([
    ['UTF-16LE without a byte-order mark', Uint8Array.from([...'Name\r\nCafé\r\n'].flatMap((char) => [char.charCodeAt(0), 0]))],
    [
      'an Excel workbook (.xlsx, a zip archive)',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]),
    ],
  ])('%s is not text', (_case, bytes) => {
    expect(refusal(bytes)).toEqual({ ok: false, problem: 'not-text' });
  });
});
