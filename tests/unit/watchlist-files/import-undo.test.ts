import { describe, expect, it } from 'vitest';
import type { ProspectEntry } from '../../../utils/model/watchlist';
import { restoreRequest } from '../../../utils/watchlist-files/import-undo';

const entry = (id: string, name: string, extra: Partial<ProspectEntry> = {}): ProspectEntry => ({
  id,
  name,
  status: 'open',
  source: { kind: 'own' },
  createdAt: 1,
  updatedAt: 1,
  ...extra,
});

describe('undo of a change to the watchlist', () => {
  it('removes the entries the import added and writes back the ones it changed, leaving the rest alone', () => {
    const acme = entry('a', 'Acme');
    const globex = entry('g', 'Globex');
    const before = [acme, globex];
    const now = [acme, { ...globex, status: 'won' as const, updatedAt: 2 }, entry('i', 'Initech')];
    expect(restoreRequest(before, now)).toEqual({ removeIds: ['i'], entries: [globex] });
  });

  it('writes back every entry a delete removed', () => {
    const acme = entry('a', 'Acme');
    const globex = entry('g', 'Globex', { domains: ['globex.com'] });
    expect(restoreRequest([acme, globex], [acme])).toEqual({ removeIds: [], entries: [globex] });
  });

  it('asks for nothing when the list did not change', () => {
    const acme = entry('a', 'Acme');
    expect(restoreRequest([acme], [{ ...acme }])).toEqual({ removeIds: [], entries: [] });
  });
});
