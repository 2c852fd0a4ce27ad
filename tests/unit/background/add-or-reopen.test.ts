// The one rule for adding a prospect by name, which the popup's form and the context menu share.
import { describe, expect, it } from 'vitest';
import { addOrReopen } from '../../../utils/background/add-or-reopen';
import type { NewEntry } from '../../../utils/model/messages';
import type { EntrySource, ProspectEntry, ProspectStatus } from '../../../utils/model/watchlist';

const TEAM: EntrySource = { kind: 'team', listId: 'sales-emea' };

function stored(name: string, status: ProspectStatus = 'open', source: EntrySource = { kind: 'own' }): ProspectEntry {
  return { id: `id-${name}-${status}-${source.kind}`, name, status, source, createdAt: 1, updatedAt: 1 };
}

const typed = (name: string, details: Partial<NewEntry> = {}): NewEntry => ({ name, status: 'open', ...details });

describe('adding a prospect by name', () => {
  it('adds a name the watchlist does not hold, as typed', () => {
    const entry = typed('Globex', { aliases: ['Globex Corp'] });
    expect(addOrReopen([stored('Acme Robotics'), stored('Initech', 'won')], entry)).toEqual({ kind: 'add', entry });
  });

  it.each([
    ['case', 'Acme Robotics', 'ACME ROBOTICS'],
    ['accents', 'Société Générale', 'societe generale'],
    ['spacing and dashes', 'Jean-Pierre Conseil', 'jean  pierre conseil'],
    ['curly apostrophes', 'L’Oréal', "l'oreal"],
  ])('finds an open name whatever its %s: “%s” is already open when “%s” is added', (_what, onList, added) => {
    const open = stored(onList);
    expect(addOrReopen([stored('Other'), open], typed(added))).toEqual({ kind: 'already-open', existing: open });
  });

  it('counts an open entry of a team list as already open', () => {
    const teamEntry = stored('Acme Robotics', 'open', TEAM);
    expect(addOrReopen([teamEntry], typed('Acme Robotics'))).toEqual({ kind: 'already-open', existing: teamEntry });
  });

  it.each(['won', 'lost'] as const)('reopens the person’s own %s prospect of that name, keeping its spelling', (status) => {
    const closed = stored('Initech', status);
    expect(addOrReopen([closed], typed('INITECH'))).toEqual({ kind: 'reopen', existing: closed, changes: { status: 'open' } });
  });

  it('reopens with the details just typed', () => {
    const closed = stored('Initech', 'lost');
    const step = addOrReopen([closed], typed('initech', { aliases: ['INTC'], domains: ['initech.com'], guardUntil: '2027-03-31' }));
    expect(step).toEqual({
      kind: 'reopen',
      existing: closed,
      changes: { status: 'open', aliases: ['INTC'], domains: ['initech.com'], guardUntil: '2027-03-31' },
    });
  });

  it('prefers an open entry to a closed one of the same name', () => {
    const open = stored('Acme Robotics', 'open', TEAM);
    expect(addOrReopen([stored('Acme Robotics', 'won'), open], typed('Acme Robotics'))).toEqual({ kind: 'already-open', existing: open });
  });

  it('adds rather than reopens a name that only a team list closed: that entry is the list’s', () => {
    const entry = typed('Acme Robotics');
    expect(addOrReopen([stored('Acme Robotics', 'lost', TEAM)], entry)).toEqual({ kind: 'add', entry });
  });

  it('tells apart names that differ by more than spelling', () => {
    const entry = typed('Acme Robotics Europe');
    expect(addOrReopen([stored('Acme Robotics'), stored('Acme', 'won')], entry)).toEqual({ kind: 'add', entry });
  });
});
