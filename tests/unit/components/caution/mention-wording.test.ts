// @vitest-environment happy-dom
// How the caution and the dialog name prospects, in English and French, from the real catalogues:
// the name as in the list, the typed words when they differ, the team list's name, lists of two
// and of three, and singular against plural.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SendConfirmDialog } from '../../../../components/caution/SendConfirmDialog';
import { joinList, mentionLabel, mentionList, tPlural } from '../../../../components/caution/mention-wording';
import type { MentionView, Translate } from '../../../../components/caution/types';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** browser.i18n.getMessage as Chrome does it: named placeholders stand for $1…$9. */
function translator(locale: 'en' | 'fr'): Translate {
  const catalogue = JSON.parse(readFileSync(resolve(process.cwd(), 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalogue;
  return (key, substitutions) => {
    const entry = catalogue[key];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$([1-9])/g, (__, index: string) => values[Number(index) - 1] ?? '');
    });
  };
}

const en = translator('en');
const fr = translator('fr');
const NBSP = '\u00a0';

const acme: MentionView = { entryId: 'a', name: 'Acme Robotics', typed: 'acme', occurrences: 1 };
const globex: MentionView = { entryId: 'g', name: 'Globex', typed: 'GLOBEX', occurrences: 2 };
const globexAsListed: MentionView = { ...globex, typed: 'Globex' };
const initech: MentionView = { entryId: 'i', name: 'Initech', typed: 'initech.com', occurrences: 1 };

describe('mentionLabel', () => {
  it.each([
    ['the name alone when typed as the list writes it', { ...globex, typed: 'Globex' }, 'Globex', 'Globex'],
    ['the typed words when only their case differs', globex, 'Globex (typed “GLOBEX”)', `Globex (écrit «${NBSP}GLOBEX${NBSP}»)`],
    ['the typed words when they differ', acme, 'Acme Robotics (typed “acme”)', `Acme Robotics (écrit «${NBSP}acme${NBSP}»)`],
    ['a domain typed for the prospect', initech, 'Initech (typed “initech.com”)', `Initech (écrit «${NBSP}initech.com${NBSP}»)`],
    [
      'a team entry by its typed words (the caution adds its list)',
      { entryId: 't', typed: 'Umbrella', occurrences: 1, teamList: 'Key accounts' },
      'Umbrella',
      'Umbrella',
    ],
    ['the typed words when the list name is not known', { entryId: 'x', typed: 'Hooli', occurrences: 1 }, 'Hooli', 'Hooli'],
    [
      'accents count: "Societe Generale" is not how the list writes it',
      { entryId: 's', name: 'Société Générale', typed: 'Societe Generale', occurrences: 1 },
      'Société Générale (typed “Societe Generale”)',
      `Société Générale (écrit «${NBSP}Societe Generale${NBSP}»)`,
    ],
  ])('shows %s', (_case, mention, english, french) => {
    expect(mentionLabel(mention, en)).toBe(english);
    expect(mentionLabel(mention, fr)).toBe(french);
  });
});

describe('lists of names', () => {
  it.each([
    [['A'], 'A', 'A'],
    [['A', 'B'], 'A and B', 'A et B'],
    [['A', 'B', 'C'], 'A, B, and C', 'A, B et C'],
  ])('joins %j', (items, english, french) => {
    expect(joinList(items, en)).toBe(english);
    expect(joinList(items, fr)).toBe(french);
  });

  it('names a team entry in a sentence by its typed words and its list', () => {
    const team: MentionView = { entryId: 't', typed: 'Umbrella', occurrences: 1, teamList: 'Key accounts' };
    expect(mentionList([globexAsListed, team], en)).toBe('Globex and “Umbrella” on the team list Key accounts');
    expect(mentionList([globexAsListed, team], fr)).toBe(`Globex et «${NBSP}Umbrella${NBSP}» sur la liste d’équipe Key accounts`);
  });

  it('names each prospect as in the list, in the catalogue language', () => {
    expect(mentionList([globexAsListed, acme], en)).toBe('Globex and Acme Robotics (typed “acme”)');
    expect(mentionList([globexAsListed, initech, acme], fr)).toBe(
      `Globex, Initech (écrit «${NBSP}initech.com${NBSP}») et Acme Robotics (écrit «${NBSP}acme${NBSP}»)`,
    );
  });
});

describe('counts', () => {
  it.each([
    [1, 'This message names an open prospect', 'Ce message cite un prospect en cours'],
    [2, 'This message names 2 open prospects', 'Ce message cite 2 prospects en cours'],
    [3, 'This message names 3 open prospects', 'Ce message cite 3 prospects en cours'],
  ])('titles the caution for %i prospect(s)', (count, english, french) => {
    expect(tPlural('caution_title', count, en, [String(count)])).toBe(english);
    expect(tPlural('caution_title', count, fr, [String(count)])).toBe(french);
  });
});

describe('SendConfirmDialog', () => {
  const dialogText = (mentions: MentionView[], outside: string[], t: Translate) => {
    const root = document.createElement('div');
    render(h(SendConfirmDialog, { mentions, hint: null, outside, t, onSendAnyway() {}, onReview() {} }), root);
    const body = root.querySelector('#pg-dialog-body')!.textContent;
    render(null, root);
    return body;
  };

  it('says who, as in the list, and who is outside, in English', () => {
    expect(dialogText([acme], ['carol@example.com'], en)).toBe(
      'This message names an open prospect: Acme Robotics (typed “acme”). It may reach people outside the sales team.' +
        'carol@example.com is not in the sales team.',
    );
    expect(dialogText([acme, globexAsListed], ['carol@example.com', 'eve@example.org'], en)).toBe(
      'This message names 2 open prospects: Acme Robotics (typed “acme”) and Globex. It may reach people outside the sales team.' +
        'carol@example.com and eve@example.org are not in the sales team.',
    );
  });

  it('says the same in French, with French lists and plurals', () => {
    expect(dialogText([globexAsListed, acme, initech], [], fr)).toBe(
      `Ce message cite 3 prospects en cours${NBSP}: Globex, Acme Robotics (écrit «${NBSP}acme${NBSP}») et Initech (écrit «${NBSP}initech.com${NBSP}»). ` +
        'Il peut parvenir à des personnes extérieures à l’équipe commerciale.',
    );
    expect(dialogText([globexAsListed], ['a@x.com', 'b@y.com'], fr)).toBe(
      `Ce message cite un prospect en cours${NBSP}: Globex. Il peut parvenir à des personnes extérieures à l’équipe commerciale.` +
        'a@x.com et b@y.com ne sont pas dans l’équipe commerciale.',
    );
  });
});
