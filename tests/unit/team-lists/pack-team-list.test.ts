// Packing a CRM export into a team list: open deals only, merged as an import merges them, and a
// hashed list that holds no readable name yet is found by the matcher like a plain one.
import { describe, expect, it } from 'vitest';
import { compileMatcher, createMatcher, matcherFromCompiled } from '../../../utils/matcher/matcher';
import { foldString, nameKey } from '../../../utils/matcher/normalize';
import { readImportFile } from '../../../utils/watchlist-files/import-file';
import { hashedListInput } from '../../../utils/team-lists/matcher-input';
import { openProspects, packPayload } from '../../../utils/team-lists/pack-team-list';
import { readTeamList } from '../../../utils/team-lists/read-team-list';
import { generateSigningKey, listHashingKey, readSigningKey } from '../../../utils/team-lists/signing-keys';
import { writeTeamList } from '../../../utils/team-lists/write-team-list';

const NOW = new Date('2026-11-27T10:00:00Z');
const publisher = readSigningKey(JSON.stringify(generateSigningKey(NOW)));

// A HubSpot-style deal export: one row per deal, so a company can appear twice.
const CRM_EXPORT = [
  'Deal Name,Associated Company,Deal Stage,Contact Name,Email,Company Domain Name',
  'Acme – 50 seats,Acme Robotics,Negotiation,Jean-Pierre Dubois,jp.dubois@acme.com,acme.com',
  'Acme – renewal,Acme Robotics,Closed Won,Marie Curie,marie@acme.com,acme.com',
  'Initech rollout,Initech,Closed Won,Bill Lumbergh,bill@initech.com,initech.com',
  'Globex pilot,Globex Corporation,Closed Lost,Hank Scorpio,hank@globex.com,globex.com',
  'Société Générale Assurances,Société Générale Assurances,Proposal,Élodie Martin,elodie.martin@sg-assurances.fr,sg-assurances.fr',
].join('\n');
const request = { id: 'sales-emea', name: 'Sales EMEA', version: 3, issued: NOW, expires: '2027-02-25' } as const;

describe('packing a CRM export', () => {
  const prospects = openProspects(readImportFile('deals.csv', CRM_EXPORT).entries, NOW);

  it('keeps the open deals, merging a company’s rows (one open deal keeps it open)', () => {
    expect(prospects.map((entry) => entry.name)).toEqual(['Acme Robotics', 'Société Générale Assurances']);
    expect(prospects[0]!.contacts).toEqual(['Jean-Pierre Dubois', 'jp.dubois@acme.com', 'Marie Curie', 'marie@acme.com']);
  });

  it('writes a plain list the sales team can read', () => {
    const payload = packPayload({ ...request, kind: 'plain' }, prospects, publisher.secretKey);
    expect(payload).toMatchObject({
      kind: 'plain',
      entries: [{ name: 'Acme Robotics', domains: ['acme.com'] }, { name: 'Société Générale Assurances' }],
    });
  });

  it('writes a hashed list in which no name, alias, contact, domain or word of one can be read', () => {
    const text = writeTeamList(packPayload({ ...request, kind: 'hashed' }, prospects, publisher.secretKey), publisher);
    const secrets = prospects.flatMap((entry) => [entry.name, ...(entry.contacts ?? []), ...(entry.domains ?? [])]);
    const words = secrets.flatMap((secret) => nameKey(secret).split(' ')).filter((word) => word.length >= 4);
    const haystack = text.toLowerCase();
    for (const needle of [...secrets.map((secret) => foldString(secret)), ...words]) expect(haystack).not.toContain(needle);
    expect(haystack).toContain('sales emea'); // the list's own name is not a secret
  });

  it('gives a hashed list the matcher finds as it would find the plain one', () => {
    const text = writeTeamList(packPayload({ ...request, kind: 'hashed' }, prospects, publisher.secretKey), publisher);
    const { payload } = readTeamList(text, { publicKey: publisher.publicKey, now: NOW });
    if (payload.kind !== 'hashed') throw new Error('expected a hashed list');
    const matcher = matcherFromCompiled(compileMatcher([], { hashedLists: [hashedListInput(payload)] }));
    const plainMatcher = createMatcher(prospects);
    const message =
      'Notes: ACME robotics call with jean-pierre DUBOIS (JP.Dubois@acme.com), see https://sales.acme.com/x; Societe Generale assurances too. Initech is done.';
    expect(matcher.scan(message).map((match) => [match.term, match.teamList])).toEqual([
      ['ACME robotics', 'Sales EMEA'],
      ['jean-pierre DUBOIS', 'Sales EMEA'],
      ['JP.Dubois@acme.com', 'Sales EMEA'],
      ['acme.com', 'Sales EMEA'], // the domain, in the subdomain, as a plain list finds it
      ['Societe Generale assurances', 'Sales EMEA'],
    ]);
    const places = (matches: { start: number; end: number }[]) => matches.map(({ start, end }) => [start, end]);
    expect(places(matcher.scan(message))).toEqual(places(plainMatcher.scan(message)));
  });

  it('hashes every version of a list under the same key, and another list id under another', () => {
    expect(listHashingKey(publisher.secretKey, 'sales-emea')).toEqual(listHashingKey(publisher.secretKey, 'sales-emea'));
    expect(listHashingKey(publisher.secretKey, 'sales-emea-2027')).not.toEqual(listHashingKey(publisher.secretKey, 'sales-emea'));
    const first = packPayload({ ...request, kind: 'hashed' }, prospects, publisher.secretKey);
    const next = packPayload({ ...request, version: 4, kind: 'hashed' }, prospects.slice(0, 1), publisher.secretKey);
    if (first.kind !== 'hashed' || next.kind !== 'hashed') throw new Error('expected hashed lists');
    expect(next.entries[0]).toEqual(first.entries[0]);
  });
});
