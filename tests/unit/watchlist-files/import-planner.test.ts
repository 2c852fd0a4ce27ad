import { describe, expect, it } from 'vitest';
import { planImport } from '../../../utils/watchlist-files/import-planner';
import type { ImportedEntry } from '../../../utils/watchlist-files/import-error';
import type { ProspectEntry } from '../../../utils/model/watchlist';

const NOW = Date.UTC(2026, 10, 27);
const context = () => {
  let counter = 0;
  return { now: NOW, newId: () => `new-${++counter}` };
};

const existing = (name: string, extra: Partial<ProspectEntry> = {}): ProspectEntry => ({
  id: `old-${name}`,
  name,
  status: 'open',
  source: { kind: 'own' },
  createdAt: 1,
  updatedAt: 2,
  ...extra,
});
const row = (fields: ImportedEntry['fields'], source: ImportedEntry['source'] = { kind: 'own' }): ImportedEntry => ({ source, fields });

describe('planning an import', () => {
  it('adds prospects the watchlist lacks, in the canonical shape, open by default', () => {
    const plan = planImport([], [row({ name: 'Acme', aliases: [], matchCase: false })], context());
    expect(plan).toEqual({
      added: [{ id: 'new-1', name: 'Acme', status: 'open', source: { kind: 'own' }, createdAt: NOW, updatedAt: NOW }],
      updated: [],
      unchanged: 0,
      total: 1,
    });
  });

  it.each([
    ['SOCIETE GENERALE', 'Société Générale'],
    ['saint gobain', 'Saint-Gobain'],
    ["l'oreal", 'L’Oréal'],
  ])('treats “%s” as the existing “%s” and keeps the existing spelling', (imported, current) => {
    const plan = planImport([existing(current)], [row({ name: imported, status: 'won' })], context());
    expect(plan.added).toEqual([]);
    expect(plan.updated).toEqual([{ ...existing(current), status: 'won', updatedAt: NOW }]);
  });

  it('keeps the same name from another source apart', () => {
    const plan = planImport([existing('Acme')], [row({ name: 'Acme' }, { kind: 'team', listId: 'emea' })], context());
    expect(plan.added.map((entry) => entry.source)).toEqual([{ kind: 'team', listId: 'emea' }]);
  });

  it('counts an entry the file does not change as unchanged', () => {
    const current = existing('Acme', { aliases: ['ACME Corp'], guardUntil: '2027-01-01' });
    const plan = planImport([current], [row({ name: 'acme', aliases: ['acme corp'] })], context());
    expect(plan).toEqual({ added: [], updated: [], unchanged: 1, total: 1 });
  });

  it('adds list items, replaces the fields the file gives, and keeps the ones it leaves out', () => {
    const current = existing('Acme', {
      aliases: ['A1'],
      contacts: ['jane@acme.com'],
      guardUntil: '2027-01-01',
      note: 'kept',
      matchCase: true,
    });
    const plan = planImport([current], [row({ name: 'Acme', aliases: ['A2'], status: 'lost', matchCase: false })], context());
    expect(plan.updated).toStrictEqual([
      {
        id: 'old-Acme',
        name: 'Acme',
        aliases: ['A1', 'A2'],
        contacts: ['jane@acme.com'],
        status: 'lost',
        guardUntil: '2027-01-01',
        note: 'kept',
        source: { kind: 'own' },
        createdAt: 1,
        updatedAt: NOW,
      },
    ]);
  });

  it('merges rows naming the same prospect: one open deal keeps it open, lists join, the latest date wins', () => {
    const plan = planImport(
      [],
      [
        row({ name: 'Acme', status: 'won', contacts: ['a@acme.com'], guardUntil: '2027-01-01', note: 'deal 1' }),
        row({ name: 'ACME', status: 'open', contacts: ['b@acme.com'], guardUntil: '2027-03-01', note: 'deal 2' }),
        row({ name: 'acme', status: 'lost' }),
      ],
      context(),
    );
    expect(plan.total).toBe(1);
    expect(plan.added).toEqual([
      {
        id: 'new-1',
        name: 'Acme',
        contacts: ['a@acme.com', 'b@acme.com'],
        status: 'open',
        guardUntil: '2027-03-01',
        note: 'deal 1\n\ndeal 2',
        source: { kind: 'own' },
        createdAt: NOW,
        updatedAt: NOW,
      },
    ]);
  });

  it.each([
    [['won', 'lost'], 'won'],
    [['lost', 'lost'], 'lost'],
    [['lost', undefined], 'lost'],
  ] as const)('merges statuses %j to %s', (statuses, merged) => {
    const rows = statuses.map((status) => row({ name: 'Acme', ...(status ? { status } : {}) }));
    expect(planImport([], rows, context()).added[0]!.status).toBe(merged);
  });
});
