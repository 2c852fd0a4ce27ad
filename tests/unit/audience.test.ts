import { describe, expect, it } from 'vitest';
import { isSalesTeamOnly } from '../../utils/audience';
import type { Audience } from '../../entrypoints/content/sites/site-adapter';
import type { SalesTeam } from '../../utils/settings';

const team: SalesTeam = { emails: ['boss@partner.org'], domains: ['sales.example.com'], channels: ['#Deals', 'sales team'] };

describe('isSalesTeamOnly', () => {
  it.each<[string, Audience, boolean]>([
    ['unknown audience counts as outside', { kind: 'unknown' }, false],
    ['no recipient yet counts as outside', { kind: 'recipients', addresses: [] }, false],
    ['a listed email', { kind: 'recipients', addresses: ['Boss@Partner.org'] }, true],
    ['an address on a team domain', { kind: 'recipients', addresses: ['ann@sales.example.com'] }, true],
    ['an address on a team subdomain', { kind: 'recipients', addresses: ['ann@eu.sales.example.com'] }, true],
    ['a look-alike domain', { kind: 'recipients', addresses: ['ann@notsales.example.com'] }, false],
    ['one outsider among team members', { kind: 'recipients', addresses: ['ann@sales.example.com', 'joe@acme.com'] }, false],
    ['a team channel with a leading #', { kind: 'channel', name: '#deals' }, true],
    ['a team channel written without #', { kind: 'channel', name: 'DEALS' }, true],
    ['a team channel listed without #', { kind: 'channel', name: '#Sales Team' }, true],
    ['another channel', { kind: 'channel', name: '#general' }, false],
    ['an empty channel name', { kind: 'channel', name: '#' }, false],
  ])('%s', (_case, audience, expected) => {
    expect(isSalesTeamOnly(audience, team)).toBe(expected);
  });
});
