import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rescanChanged } from '../../../utils/editing/incremental-scan';

interface Found {
  start: number;
  end: number;
  term: string;
}

// A tiny whole-word scanner over fixed names, enough to specify how rescans combine results.
const names = ['Acme Robotics', 'Acme', 'Globex'];
function scan(text: string): Found[] {
  const found: Found[] = [];
  const pattern = /(?<![\p{L}\p{N}])(Acme\s+Robotics|Acme|Globex)(?![\p{L}\p{N}])/gu;
  for (const match of text.matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length, term: match[0] });
  }
  return found;
}

describe('rescanChanged', () => {
  it.each([
    ['typing the end of a name', 'Hi Acm', 'Hi Acme'],
    ['extending a name to a longer one', 'Hi Acme Rob\nbye Globex', 'Hi Acme Robotics\nbye Globex'],
    ['breaking a name', 'Acme Robotics rocks', 'Acme Ro botics rocks'],
    ['inserting lines above a match', 'x\n\nGlobex', 'x\nnew line\n\nGlobex'],
    ['a name joined across a line break', 'Acme\nRob', 'Acme\nRobotics'],
    ['deleting a whole paragraph', 'Acme\n\nGlobex\n\nAcme', 'Acme\n\nAcme'],
    ['clearing everything', 'Acme and Globex', ''],
    ['pasting into empty text', '', 'Globex\nAcme Robotics\nAcme'],
    ['a word glued to a name', 'Acme is here', 'Acmeis here'],
  ])('%s gives the same matches as a full scan', (_case, previous, next) => {
    const result = rescanChanged(previous, scan(previous), next, scan);
    expect(result).toEqual(scan(next));
  });

  it('scans only the lines around the edit', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i} about Globex`);
    const previous = lines.join('\n');
    const next = previous.replace('line 50 about', 'line 50 with Acme about');
    const scannedLengths: number[] = [];
    rescanChanged(previous, scan(previous), next, (text) => {
      scannedLengths.push(text.length);
      return scan(text);
    });
    expect(scannedLengths).toHaveLength(1);
    expect(scannedLengths[0]).toBeLessThan(100);
  });

  it('matches a full scan after any sequence of edits', () => {
    const alphabet = fc.constantFrom('A', 'c', 'm', 'e', ' ', '\n', 'R', 'o', 'b', 't', 'i', 's', 'G', 'l', 'x', 'z');
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.string({ unit: alphabet, maxLength: 8 }) });
    const seed = fc.constantFrom('', ...names, 'Acme Robotics\nand Globex\n\nAcme');
    fc.assert(
      fc.property(seed, fc.array(edit, { maxLength: 12 }), (start, edits) => {
        let text = start;
        let matches = scan(text);
        for (const { at, remove, insert } of edits) {
          const position = at % (text.length + 1);
          const next = text.slice(0, position) + insert + text.slice(position + remove);
          matches = rescanChanged(text, matches, next, scan);
          text = next;
          expect(matches).toEqual(scan(text));
        }
      }),
    );
  });

  it.each([
    ['typing a name at the end', (text: string) => `${text} Acme`],
    ['typing in the middle', (text: string) => text.replace('word 500 ', 'word 500 Globex ')],
    ['extending a name that started far before the cut', (text: string) => text.replace('Acme Rob word 700', 'Acme Robotics word 700')],
    ['breaking a name', (text: string) => text.replace('Acme Robotics word 300', 'Acme Ro botics word 300')],
  ])('in one long line (a text input), %s scans only the words around the edit and matches a full scan', (_case, edit) => {
    const words = Array.from({ length: 1000 }, (_, i) =>
      i === 300 ? 'Acme Robotics word 300' : i === 700 ? 'Acme Rob word 700' : `word ${i}`,
    );
    const previous = words.join(' ');
    const next = edit(previous);
    const scannedLengths: number[] = [];
    const result = rescanChanged(previous, scan(previous), next, (text) => {
      scannedLengths.push(text.length);
      return scan(text);
    });
    expect(result).toEqual(scan(next));
    expect(scannedLengths).toHaveLength(1);
    expect(scannedLengths[0]).toBeLessThan(1000);
  });

  it('matches a full scan after any sequence of edits, when the window is cut within lines', () => {
    const alphabet = fc.constantFrom('A', 'c', 'm', 'e', ' ', ' ', ' ', 'R', 'o', 'b', 't', 'i', 's', 'G', 'l', 'x', 'z');
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.string({ unit: alphabet, maxLength: 8 }) });
    const seed = fc.constantFrom('', 'Acme Robotics and Globex and Acme Robotics again and Globex and Acme', 'x '.repeat(40));
    fc.assert(
      fc.property(seed, fc.array(edit, { maxLength: 12 }), (start, edits) => {
        let text = start;
        let matches = scan(text);
        for (const { at, remove, insert } of edits) {
          const position = at % (text.length + 1);
          const next = text.slice(0, position) + insert + text.slice(position + remove);
          // 40 characters: longer than any name these edits can make, as the default is for real names.
          matches = rescanChanged(text, matches, next, scan, 1, 40);
          text = next;
          expect(matches).toEqual(scan(text));
        }
      }),
    );
  });
});
