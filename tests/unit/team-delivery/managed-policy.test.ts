// The organisation's policy as Chrome hands it over from a policy file: every key read on its own,
// a bad value named in a sentence and left out, the others still applied.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { EMPTY_POLICY } from '../../../utils/model/list-sources';
import { readManagedPolicy } from '../../../utils/team-delivery/managed-policy';
import { settingsWithPolicy } from '../../../utils/team-delivery/policy-settings';

const KEY = 'Hx0V3f0Qb1z8k2mRr2cB0a3xT1mM9GqWcYy0pQ6k2Ww=';
const emea = { id: 'sales-emea', name: 'Sales EMEA', url: 'https://lists.example.com/emea.json', publicKey: KEY };

describe('reading the managed policy', () => {
  it('is the empty policy when the browser has none', () => {
    expect(readManagedPolicy(undefined)).toEqual(EMPTY_POLICY);
    expect(readManagedPolicy({})).toEqual(EMPTY_POLICY);
  });

  it('reads every key of a complete policy', () => {
    const policy = readManagedPolicy({
      teamLists: [{ ...emea, refreshMinutes: 30 }],
      salesTeam: { addresses: ['alex@example.com'], domains: ['sales.example.com'], channels: ['#sales'] },
      quietSites: ['crm.example.com'],
      allowPersonalLists: false,
      lockSettings: true,
    });
    expect(policy).toEqual({
      teamLists: [{ ...emea, refreshMinutes: 30 }],
      salesTeam: { addresses: ['alex@example.com'], domains: ['sales.example.com'], channels: ['#sales'] },
      quietSites: ['crm.example.com'],
      allowPersonalLists: false,
      lockSettings: true,
      problems: [],
    });
  });

  it('raises a refresh interval under 15 minutes to 15', () => {
    expect(readManagedPolicy({ teamLists: [{ ...emea, refreshMinutes: 1 }] }).teamLists[0]!.refreshMinutes).toBe(15);
  });

  it.each([
    [{ teamLists: [{ ...emea, publicKey: 'not a key' }] }, 'Team list 1 of the policy “teamLists” was ignored'],
    [{ teamLists: [{ ...emea, url: 'ftp://lists.example.com/x' }] }, 'Team list 1 of the policy “teamLists” was ignored'],
    [{ teamLists: [emea, emea] }, 'Team list 2 of the policy “teamLists” repeats the id “sales-emea”; it was ignored.'],
    [{ teamLists: 'sales-emea' }, 'The policy “teamLists” must be a list; it was ignored.'],
    [{ lockSettings: 'yes' }, 'The policy “lockSettings” must be true or false; it was ignored.'],
    [{ quietSites: 'crm.example.com' }, 'The policy “quietSites” must be a list of site addresses; it was ignored.'],
  ])('names a bad value and keeps the rest: %j', (values, problem) => {
    const policy = readManagedPolicy({ ...values, allowPersonalLists: false });
    expect(policy.problems.join(' ')).toContain(problem);
    expect(policy.allowPersonalLists).toBe(false);
  });
});

describe('settings with the policy', () => {
  it('adds the policy’s sales team and quiet sites to the person’s own, normalised', () => {
    const mine = { ...DEFAULT_SETTINGS, salesTeam: { emails: ['me@example.com'], domains: [], channels: [] } };
    const { settings, problem } = settingsWithPolicy(mine, {
      ...EMPTY_POLICY,
      salesTeam: { addresses: ['Alex@Example.com'], domains: ['@sales.example.com'], channels: ['#sales'] },
      quietSites: ['https://crm.example.com/home'],
    });
    expect(problem).toBeUndefined();
    expect(settings.salesTeam).toEqual({
      emails: ['me@example.com', 'alex@example.com'],
      domains: ['sales.example.com'],
      channels: ['#sales'],
    });
    expect(settings.quietSites).toEqual(['crm.example.com']);
  });

  it('keeps the person’s settings and says why when a policy value is not an address', () => {
    const { settings, problem } = settingsWithPolicy(DEFAULT_SETTINGS, {
      ...EMPTY_POLICY,
      salesTeam: { addresses: ['nobody'], domains: [], channels: [] },
    });
    expect(settings).toBe(DEFAULT_SETTINGS);
    expect(problem).toMatch(/^The policy’s sales team or quiet sites were not applied: “nobody”/);
  });
});
