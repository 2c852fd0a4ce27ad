import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unmovedSpans } from '../../../utils/editing/unmoved-spans';

/** The spans of `names` in `text`, in order. */
function spansOf(text: string, ...names: string[]) {
  return names.map((name) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`${name} is not in ${text}`);
    return { name, start, end: start + name.length };
  });
}
const kept = (previous: string, next: string, ...names: string[]) =>
  unmovedSpans(previous, next, spansOf(previous, ...names)).map((span) => span.name);

describe('unmovedSpans: the names an edit cannot have moved, in text set from the left', () => {
  it.each([
    ['typing a space, then a word, after the names', 'Met Acme and Globex', 'Met Acme and Globex t', ['Acme', 'Globex']],
    ['typing on in the word after a name', 'Met Globex to', 'Met Globex tod', ['Globex']],
    ['deleting the last word', 'Met Globex today', 'Met Globex ', ['Globex']],
    ['a space typed right after a name, before a space', 'Met Globex today', 'Met Globex  today', ['Globex']],
    ['deleting the comma after a name (the word shrinks, may move up)', 'Met Globex, then', 'Met Globex then', []],
    ['a space typed between a name and its comma', 'Met Globex, then', 'Met Globex , then', []],
    ['typing right after a name (it grows, may wrap)', 'Met Acme and Globex', 'Met Acme and Globexx', ['Acme']],
    ['typing inside a name', 'Met Acme and Globex', 'Met Acme and Glxobex', ['Acme']],
    ['typing before the names', 'Met Acme and Globex', 'We met Acme and Globex', []],
    ['a new line before a name', 'Acme\nGlobex', 'Acme\n\nGlobex', ['Acme']],
    ['nothing changed', 'Met Acme', 'Met Acme', ['Acme']],
  ])('%s', (_case, previous, next, expected) => {
    expect(kept(previous, next, ...spansOfNames(previous))).toEqual(expected);
  });

  it('treats a no-break space as part of the word: "Globex\\u00a0?" moves as one', () => {
    expect(kept('Met Globex\u00a0', 'Met Globex\u00a0?', 'Globex')).toEqual([]);
    expect(kept('Met Globex\u202f', 'Met Globex\u202f!', 'Globex')).toEqual([]);
  });

  it('allows no break between a space and closing punctuation: "Globex ?" moves as one', () => {
    expect(kept('Met Globex ', 'Met Globex ?', 'Globex')).toEqual([]);
    expect(kept('Met Globex ', 'Met Globex ,', 'Globex')).toEqual([]);
    expect(kept('Met Globex ', 'Met Globex a', 'Globex')).toEqual(['Globex']);
  });

  it('keeps nothing when no break is found within 256 characters before the edit', () => {
    const previous = `Globex ${'x'.repeat(300)}`;
    expect(kept(previous, `${previous}y`, 'Globex')).toEqual([]);
  });

  // Letters, breaking and no-break spaces, a line break and punctuation that may not start a line.
  const letters = fc.constantFrom('a', 'b', ' ', ' ', '\u00a0', '\n', '?', ',');

  it('keeps only spans wholly before the edit with a place to break between them and it', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: letters, maxLength: 40 }),
        fc.string({ unit: letters, maxLength: 40 }),
        fc.string({ unit: letters, maxLength: 5 }),
        (head, tail, inserted) => {
          const previous = head + tail;
          const next = head + inserted + tail;
          fc.pre(previous !== next);
          let firstDifference = 0;
          while (previous[firstDifference] === next[firstDifference]) firstDifference++;
          const spans = [];
          for (let start = 0; start < previous.length; start++)
            for (let end = start + 1; end <= previous.length; end++) spans.push({ start, end });
          for (const span of unmovedSpans(previous, next, spans)) {
            expect(span.end).toBeLessThanOrEqual(firstDifference);
            // ...in both texts: the word the span ends is the same before and after the edit.
            expect(/[\t\n\r ]/.test(next.slice(span.end, firstDifference + 1))).toBe(true);
            expect(/[\t\n\r ]/.test(previous.slice(span.end, firstDifference + 1)) || previous.length <= firstDifference).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The capitalised words of a text: the names in these cases. */
function spansOfNames(text: string): string[] {
  return text.match(/\b[A-Z]\w+/g)?.filter((word) => word !== 'Met' && word !== 'We') ?? [];
}
