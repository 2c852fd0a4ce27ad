// Stored records a buggy or older build wrote wrongly are set aside and described, never used.
import { describe, expect, it } from 'vitest';
import { readableEntries } from '../../../utils/store/stored-entry';

const GOOD = {
  id: 'e1',
  name: 'Acme Robotics',
  aliases: ['Acme'],
  status: 'open',
  source: { kind: 'own' },
  createdAt: 1,
  updatedAt: 2,
};

describe('reading stored entries', () => {
  it('keeps well-formed entries as they are (the same objects)', () => {
    const team = { ...GOOD, id: 'e2', source: { kind: 'team', listId: 'emea' }, matchCase: true, guardUntil: '2027-01-31', note: 'n' };
    const { entries, unreadable } = readableEntries([GOOD, team]);
    expect(entries[0]).toBe(GOOD);
    expect(entries[1]).toBe(team);
    expect(unreadable).toEqual([]);
  });

  it.each([
    ['no name', { ...GOOD, name: undefined }, { key: 'e1', field: 'name', problem: 'missing' }],
    ['an empty name', { ...GOOD, name: '' }, { key: 'e1', field: 'name', problem: 'invalid' }],
    ['a number for a name', { ...GOOD, name: 42 }, { key: 'e1', field: 'name', problem: 'invalid' }],
    ['aliases as text', { ...GOOD, aliases: 'Acme' }, { key: 'e1', name: 'Acme Robotics', field: 'aliases', problem: 'invalid' }],
    [
      'a contact that is not text',
      { ...GOOD, contacts: [7] },
      { key: 'e1', name: 'Acme Robotics', field: 'contacts.0', problem: 'invalid' },
    ],
    ['an unknown status', { ...GOOD, status: 'pending' }, { key: 'e1', name: 'Acme Robotics', field: 'status', problem: 'invalid' }],
    ['no source', { ...GOOD, source: undefined }, { key: 'e1', name: 'Acme Robotics', field: 'source', problem: 'missing' }],
    ['no timestamps', { ...GOOD, createdAt: undefined }, { key: 'e1', name: 'Acme Robotics', field: 'createdAt', problem: 'missing' }],
    ['a number for a key', { ...GOOD, id: 12 }, { key: '12', name: 'Acme Robotics', field: 'id', problem: 'invalid' }],
  ])('sets aside a record with %s and says which field', (_case, record, described) => {
    const { entries, unreadable } = readableEntries([record, { ...GOOD, id: 'e9', name: 'Globex' }]);
    expect(entries.map((entry) => entry.name)).toEqual(['Globex']);
    expect(unreadable).toEqual([described]);
  });
});
