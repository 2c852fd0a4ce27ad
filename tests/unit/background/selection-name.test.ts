// "Add to prospect watchlist" on selected text: what becomes a name, and what the person sees.
import { describe, expect, it, vi } from 'vitest';

const badge = vi.hoisted(() => ({ texts: [] as string[], titles: [] as string[] }));
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: { getMessage: (key: string) => `msg:${key}` },
    action: {
      setBadgeText: async ({ text }: { text: string }) => void badge.texts.push(text),
      setTitle: async ({ title }: { title: string }) => void badge.titles.push(title),
    },
  },
}));

const { prospectNameFromSelection, MAX_NAME_LENGTH } = await import('../../../utils/background/selection-name');
const { addSelection } = await import('../../../entrypoints/background/menus');

describe('a selection as a prospect name', () => {
  it.each([
    ['Acme Robotics', 'Acme Robotics'],
    ['  Acme\n  Robotics\t', 'Acme Robotics'],
    ['“Société Générale”,', 'Société Générale'],
    ['(AT&T)', 'AT&T'],
    ['L’Oréal.', 'L’Oréal'],
    ['3M', '3M'],
    ['', null],
    ['   \n ', null],
    ['"…"', '…'],
    ['x'.repeat(MAX_NAME_LENGTH), 'x'.repeat(MAX_NAME_LENGTH)],
    ['x'.repeat(MAX_NAME_LENGTH + 1), null],
  ])('%j becomes %j', (selection, expected) => {
    expect(prospectNameFromSelection(selection)).toBe(expected);
  });
});

describe('adding from the context menu', () => {
  it.each([
    ['Acme Robotics', 'added', '✓', 'msg:common_badgeAdded', ['Acme Robotics']],
    ['Acme Robotics', 'already-open', '=', 'msg:common_badgeAlreadyOpen', ['Acme Robotics']],
    ['   ', 'not-a-name', '!', 'msg:common_badgeNotAName', []],
  ] as const)('%j → %s, badge %s', async (selection, outcome, text, title, added) => {
    badge.texts.length = 0;
    badge.titles.length = 0;
    const names: string[] = [];
    const result = await addSelection(
      {
        addProspect: async (name) => {
          names.push(name);
          return outcome === 'not-a-name' ? 'added' : outcome;
        },
      },
      selection,
      3,
    );
    expect(result).toBe(outcome);
    expect(names).toEqual(added);
    expect(badge.texts).toEqual([text]);
    expect(badge.titles).toEqual([title]);
  });
});
