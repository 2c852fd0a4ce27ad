// The marks under prospect names in a textarea and a text input sit exactly over the names as the
// field itself draws them, while the person types before, after and inside the text, the field
// or the page scrolls, and the field is restyled. The truth is the browser's own hit testing:
// document.caretPositionFromPoint over a field gives an index into its value, so every mark must
// cover the characters of one name, and every name in view must be covered from its first
// character to its last.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Box } from '../../utils/editing/screen-box';
import { startHarness, type Harness } from './caution-harness';
import { drawnMarks } from './support/drawn-marks';
import { waitUntil } from './support/wait-until';

// The textareas are monospace and sized in `ch`, so their lines break at known columns on any
// machine (40 a line). The inputs have padding, which hides their scrolled text.
const PAGES: Record<string, string> = {
  '/paragraphs': `<!doctype html><textarea id="field"
    style="font: 16px/24px monospace; width: 40.5ch; height: 240px; padding: 4px 6px; border: 1px solid"></textarea>`,
  // Five lines in view.
  '/scrolling': `<!doctype html><textarea id="field"
    style="font: 16px/24px monospace; width: 40.5ch; height: 120px; padding: 0 6px; border: 1px solid"></textarea>`,
  '/long-input': `<!doctype html><input id="field" type="text"
    style="font: 16px sans-serif; width: 220px; padding: 6px 12px; border: 1px solid">`,
  '/centred-input': `<!doctype html><input id="field" type="text"
    style="font: 16px sans-serif; width: 360px; padding: 6px 12px; border: 1px solid; text-align: center">`,
  '/restyle': `<!doctype html><textarea id="field"
    style="font: 14px/1.4 sans-serif; width: 360px; height: 200px; padding: 4px 6px; border: 1px solid"></textarea>`,
  // A class on <body> changes the font through a stylesheet; the field keeps its size.
  '/themed': `<!doctype html><style>#field { font: 14px/1.4 sans-serif } .large #field { font-size: 20px }</style>
    <textarea id="field" style="width: 360px; height: 200px; padding: 4px 6px; border: 1px solid; box-sizing: border-box"></textarea>`,
  '/tall-page': `<!doctype html><body style="height: 3000px; margin: 0; padding-top: 500px">
    <textarea id="field" style="font: 16px/24px monospace; width: 40.5ch; height: 120px; padding: 4px 6px; border: 1px solid"></textarea>`,
};

// Word-bounded, like the extension's matcher, for the prospects seeded below.
const NAME_PATTERN = /\b(?:Acme Robotics|Globex)\b/gi;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(PAGES, ['Acme Robotics', 'Globex']);
});

afterAll(async () => {
  await harness?.close();
});

/** A name in the field with the marks over it. */
interface MarkedName {
  name: string;
  start: number;
  marks: Box[];
}

/** What hit testing found under each mark, and where the field shows text. */
interface FieldProbe {
  value: string;
  /** Where the field's text can show, in viewport px. */
  textArea: { left: number; top: number; right: number; bottom: number };
  /** The offsets at the text area's top-left and bottom-right corners: the span of the value in view. */
  firstInView: number;
  lastInView: number;
  /**
   * For each mark, the value's offsets under points 2 px in from its left edge, at its centre and
   * 2 px in from its right edge; null where the point is not over the field's text.
   */
  offsetsUnder: (number | null)[][];
}

// Longer than a rescan can wait for the browser to be idle (150 ms) plus a frame: marks that held
// this long are not about to be redrawn.
const SETTLED_MS = 250;

/**
 * Waits until the marks over `#field` sit exactly over its prospect names in view and stay there,
 * and returns those names with their marks. Fails with what is wrong when they do not get there.
 */
async function marksOverNames(page: Page): Promise<MarkedName[]> {
  let agreeing: { since: number; marks: string } | null = null;
  return waitUntil(
    async () => {
      const marks = await drawnMarks(page);
      const probe = await probeField(page, marks);
      const { named, problems } = judge(probe, marks);
      if (problems.length > 0) {
        agreeing = null;
        throw new Error(`in ${JSON.stringify(probe.value)}: ${problems.join('; ')}`);
      }
      const drawn = JSON.stringify(marks);
      if (agreeing?.marks !== drawn) agreeing = { since: Date.now(), marks: drawn };
      return Date.now() - agreeing.since >= SETTLED_MS && named;
    },
    'the marks to sit over the names in view',
    5_000,
  );
}

function probeField(page: Page, marks: Box[]): Promise<FieldProbe> {
  return page.evaluate((marks) => {
    const field = document.getElementById('field') as HTMLTextAreaElement | HTMLInputElement;
    const offsetAt = (x: number, y: number) => {
      const position = document.caretPositionFromPoint(x, y);
      return position?.offsetNode === field ? position.offset : null;
    };
    const rect = field.getBoundingClientRect();
    const style = getComputedStyle(field);
    const left = rect.left + field.clientLeft;
    const top = rect.top + field.clientTop;
    const isInput = field instanceof HTMLInputElement;
    // A textarea shows its text scrolled into its padding; an input clips it to its content box.
    const inset = isInput ? [parseFloat(style.paddingLeft), parseFloat(style.paddingRight)] : [0, 0];
    const textArea = { left: left + inset[0]!, top, right: left + field.clientWidth - inset[1]!, bottom: top + field.clientHeight };
    // Points on the first and last lines in view (an input's padding hits as offset 0), at the
    // same x as a mark's own samples when it is cut at the text area's edge.
    const middle = (textArea.top + textArea.bottom) / 2;
    return {
      value: field.value,
      textArea,
      firstInView: offsetAt(textArea.left + 2, isInput ? middle : textArea.top + 4) ?? -1,
      lastInView: offsetAt(textArea.right - 2, isInput ? middle : textArea.bottom - 4) ?? -1,
      offsetsUnder: marks.map((mark) => {
        const y = mark.top + mark.height / 2;
        const xs = mark.width > 6 ? [mark.left + 2, mark.left + mark.width / 2, mark.left + mark.width - 2] : [mark.left + mark.width / 2];
        return xs.map((x) => offsetAt(x, y));
      }),
    };
  }, marks);
}

/** Checks the marks against the names found by hit testing; lists what is wrong. */
function judge(probe: FieldProbe, marks: Box[]): { named: MarkedName[]; problems: string[] } {
  const problems: string[] = [];
  const names = [...probe.value.matchAll(NAME_PATTERN)].map((match) => ({
    name: match[0],
    start: match.index,
    end: match.index + match[0].length,
    marks: [] as Box[],
    offsets: [] as number[],
  }));
  const { textArea } = probe;
  marks.forEach((mark, index) => {
    const where = `mark ${index} at ${describeBox(mark)}`;
    if (!inside(mark, textArea)) problems.push(`${where} reaches out of the field's text area ${describeBox(textArea)}`);
    const offsets = probe.offsetsUnder[index]!;
    // Each offset lies between a name's first and last character (its edges included).
    const under = names.find((name) => offsets.every((offset) => offset !== null && offset >= name.start && offset <= name.end));
    if (!under) {
      problems.push(
        `${where} is over offsets ${offsets.join(', ')}, not over one name (names at ${names.map((name) => `${name.start}-${name.end}`).join(', ')})`,
      );
      return;
    }
    // Over blank space (past a line's end) every point hits the same caret position.
    if (mark.width >= 12 && offsets[0] === offsets.at(-1)) problems.push(`${where} is over blank space at offset ${offsets[0]}`);
    under.marks.push(mark);
    under.offsets.push(...(offsets as number[]));
  });
  // A name wholly in view is covered from its first character to its last.
  for (const name of names) {
    if (name.start < probe.firstInView || name.end > probe.lastInView) continue;
    const covered = name.offsets.length > 0 ? `${Math.min(...name.offsets)}-${Math.max(...name.offsets)}` : 'nothing';
    if (covered !== `${name.start}-${name.end}`)
      problems.push(`"${name.name}" at ${name.start}-${name.end} is in view but its marks cover ${covered}`);
  }
  const named = names.filter((name) => name.marks.length > 0).map(({ name, start, marks }) => ({ name, start, marks }));
  return { named, problems };
}

const inside = (mark: Box, area: FieldProbe['textArea']) =>
  mark.left >= area.left - 0.5 &&
  mark.top >= area.top - 0.5 &&
  mark.left + mark.width <= area.right + 0.5 &&
  mark.top + mark.height <= area.bottom + 0.5;

const describeBox = (box: object) =>
  JSON.stringify(box, (_key, value: unknown) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value));

/** Puts the caret at `offset` in the field, as a click there would (no edit). */
const caretAt = (page: Page, offset: number) =>
  page.evaluate((offset) => (document.getElementById('field') as HTMLTextAreaElement).setSelectionRange(offset, offset), offset);

/** Scrolls the field to `top` px, as the person's wheel would. */
const scrollField = (page: Page, top: number) => page.evaluate((top) => (document.getElementById('field')!.scrollTop = top), top);

const namesIn = (marked: MarkedName[]) => marked.map((name) => name.name);
const topOf = (marked: MarkedName[], name: string) => marked.find((candidate) => candidate.name === name)!.marks[0]!.top;

describe('marks under prospect names in a textarea', () => {
  it('follow the names as the person types after, before and between them', async () => {
    const { page } = await harness.open('/paragraphs');
    await page.click('#field');
    // Line 1 is exactly 40 columns, ending with the name; "Acme Robotics" runs from line 2 onto 3.
    const firstLine = 'Notes from our call on the pilot: Globex';
    await page.keyboard.type(`${firstLine} wants to start in March, and Acme Robotics asked for a quote before the end of the quarter.`);
    const typed = await marksOverNames(page);
    expect(namesIn(typed)).toEqual(['Globex', 'Acme Robotics']);
    const lineOne = topOf(typed, 'Globex');

    // Typing on after the names moves none of them.
    await page.keyboard.type(' Next step: send both teams the draft contract on Monday.');
    expect(await marksOverNames(page)).toEqual(typed);

    // A comma right after the name makes "Globex," too long for line 1: both move to line 2.
    await caretAt(page, firstLine.length);
    await page.keyboard.type(',');
    const wrapped = await marksOverNames(page);
    expect(topOf(wrapped, 'Globex')).toBeGreaterThan(lineOne);

    // Deleting the comma pulls the name back up onto line 1.
    await page.keyboard.press('Backspace');
    expect(await marksOverNames(page)).toEqual(typed);

    // Text typed before the name on its line pushes it along and onto the next line.
    await caretAt(page, 'Notes from our call'.length);
    await page.keyboard.type(' today');
    const pushed = await marksOverNames(page);
    expect(namesIn(pushed)).toEqual(['Globex', 'Acme Robotics']);
    expect(topOf(pushed, 'Globex')).toBeGreaterThan(lineOne);

    // Deleting it again pulls the name back up.
    for (let count = 0; count < ' today'.length; count++) await page.keyboard.press('Backspace');
    expect(await marksOverNames(page)).toEqual(typed);
    await page.close();
  });

  it('follow the field as it scrolls, cut at its edges, and leave the names scrolled out', async () => {
    const { page } = await harness.open('/scrolling');
    await page.click('#field');
    const lines = Array.from({ length: 12 }, (_, index) =>
      index % 3 === 2 ? `${index + 1}. Acme Robotics wants a quote` : `${index + 1}. call Globex about the pilot`,
    );
    await page.keyboard.type(lines.join('\n'));
    // The caret at the end keeps lines 8 to 12 in view.
    expect(namesIn(await marksOverNames(page))).toEqual(['Globex', 'Acme Robotics', 'Globex', 'Globex', 'Acme Robotics']);

    await scrollField(page, 0);
    expect(namesIn(await marksOverNames(page))).toEqual(['Globex', 'Globex', 'Acme Robotics', 'Globex', 'Globex']);

    // Lines 2 and 7 half in view: their marks are cut at the field's edges.
    await scrollField(page, 36);
    const halfway = await marksOverNames(page);
    expect(namesIn(halfway)).toEqual(['Globex', 'Acme Robotics', 'Globex', 'Globex', 'Acme Robotics', 'Globex']);
    const fullHeight = halfway[1]!.marks[0]!.height;
    expect(halfway[0]!.marks[0]!.height).toBeLessThan(fullHeight);
    expect(halfway.at(-1)!.marks[0]!.height).toBeLessThan(fullHeight);
    await page.close();
  });

  it('follow a name that a no-break space and the punctuation after it carry onto the next line', async () => {
    const { page } = await harness.open('/paragraphs');
    await page.click('#field');
    // Line 1 is 39 columns, ending with the name: there is room for one more character.
    const firstLine = 'Notes from our call on the pilot Globex';
    await page.keyboard.type(`${firstLine} wants to start in March.`);
    const typed = await marksOverNames(page);
    const lineOne = topOf(typed, 'Globex');

    // French typography: "Globex\u00a0?" cannot break at the no-break space, so it moves as one.
    await caretAt(page, firstLine.length);
    await page.keyboard.type('\u00a0?');
    expect(topOf(await marksOverNames(page), 'Globex')).toBeGreaterThan(lineOne);

    await page.keyboard.press('Backspace');
    expect(await marksOverNames(page)).toEqual(typed);
    await page.close();
  });
});

describe('marks under prospect names in a text input', () => {
  it('follow the name as the field scrolls sideways while the person types, and after Home', async () => {
    const { page } = await harness.open('/long-input');
    await page.click('#field');
    await page.keyboard.type('Meeting with Globex tomorrow');
    // Whether this much text already scrolls the field depends on the machine's sans-serif font:
    // the reference is the field scrolled to its start.
    await page.keyboard.press('Home');
    const typed = await marksOverNames(page);
    expect(namesIn(typed)).toEqual(['Globex']);

    // The field scrolls to keep the caret in view: the name goes out on the left.
    await page.keyboard.press('End');
    await page.keyboard.type(' to agree on the pilot scope, the price list and the dates of the first deliveries');
    expect(await page.$eval('#field', (field) => field.scrollLeft)).toBeGreaterThan(0);
    expect(namesIn(await marksOverNames(page))).toEqual([]);

    await page.keyboard.press('Home');
    expect(await marksOverNames(page)).toEqual(typed);
    await page.keyboard.press('End');
    expect(namesIn(await marksOverNames(page))).toEqual([]);

    // Scrolled so the name's first 20 px are out: its mark is cut where the field stops showing text.
    const textLeft = await page.$eval('#field', (field) => {
      return field.getBoundingClientRect().left + field.clientLeft + parseFloat(getComputedStyle(field).paddingLeft);
    });
    const nameLeft = typed[0]!.marks[0]!.left;
    await page.$eval('#field', (field, scrollLeft) => (field.scrollLeft = scrollLeft), nameLeft - textLeft + 20);
    const cut = await marksOverNames(page);
    expect(namesIn(cut)).toEqual(['Globex']);
    expect(cut[0]!.marks[0]!.width).toBeLessThan(typed[0]!.marks[0]!.width - 15);
    await page.close();
  });

  it('follow centred text as it grows and shrinks around the name', async () => {
    const { page } = await harness.open('/centred-input');
    await page.click('#field');
    await page.keyboard.type('Globex');
    const alone = await marksOverNames(page);
    expect(namesIn(alone)).toEqual(['Globex']);

    // Typing after the name re-centres the line: the name moves left.
    await page.keyboard.type(' joins the pilot');
    const followed = await marksOverNames(page);
    expect(followed[0]!.marks[0]!.left).toBeLessThan(alone[0]!.marks[0]!.left);

    for (let count = 0; count < ' joins the pilot'.length; count++) await page.keyboard.press('Backspace');
    expect(await marksOverNames(page)).toEqual(alone);
    await page.close();
  });
});

describe('marks after the field or the page changed around the names', () => {
  it('follow a new font size once the person types again', async () => {
    const { page } = await harness.open('/restyle');
    await page.click('#field');
    await page.keyboard.type('We met Globex and Acme Robotics at the trade fair in Lyon');
    const before = await marksOverNames(page);
    expect(namesIn(before)).toEqual(['Globex', 'Acme Robotics']);

    // A restyle by itself fires no event: the next keystroke finds it.
    await page.$eval('#field', (field) => (field.style.fontSize = '22px'));
    await page.keyboard.type('.');
    const after = await marksOverNames(page);
    expect(namesIn(after)).toEqual(['Globex', 'Acme Robotics']);
    expect(after[0]!.marks[0]!.width).toBeGreaterThan(before[0]!.marks[0]!.width * 1.4);
    await page.close();
  });

  it('follow a font change made by a class on an ancestor, with no keystroke after it', async () => {
    const { page } = await harness.open('/themed');
    await page.click('#field');
    await page.keyboard.type('We met Globex and Acme Robotics at the trade fair in Lyon');
    const before = await marksOverNames(page);
    expect(namesIn(before)).toEqual(['Globex', 'Acme Robotics']);

    // Neither the field's class, its style nor its size changes: only a later look at its style can tell.
    await page.evaluate(() => document.body.classList.add('large'));
    const after = await marksOverNames(page);
    expect(namesIn(after)).toEqual(['Globex', 'Acme Robotics']);
    expect(after[0]!.marks[0]!.width).toBeGreaterThan(before[0]!.marks[0]!.width * 1.3);
    await page.close();
  });

  it('stay over the names as the page scrolls', async () => {
    const { page } = await harness.open('/tall-page');
    await page.click('#field');
    await page.keyboard.type('Call Globex and Acme Robotics today');
    const before = await marksOverNames(page);
    expect(namesIn(before)).toEqual(['Globex', 'Acme Robotics']);

    await page.evaluate(() => window.scrollTo(0, 300));
    const after = await marksOverNames(page);
    expect(after[0]!.marks[0]!.top).toBe(before[0]!.marks[0]!.top - 300);
    await page.close();
  });
});
