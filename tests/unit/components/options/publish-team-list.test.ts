// Publishing from settings makes the same signed file as the CLI: it opens with the delivery
// code's reader under the manager's public key, holds open prospects only, and a hashed one holds
// no readable name.
import { describe, expect, it } from 'vitest';
import { defaultExpiry, prospectsOfFile, publishTeamList } from '../../../../components/options/publish-team-list';
import type { MatchableEntry } from '../../../../utils/matcher/types';
import { teamListCodec } from '../../../../utils/team-delivery/team-list-format';
import { generateSigningKey } from '../../../../utils/team-lists/signing-keys';

const NOW = new Date('2026-11-27T09:00:00Z');
const keyFile = generateSigningKey(NOW);
const keyText = JSON.stringify(keyFile);
const request = { id: 'sales-emea', name: 'Sales EMEA', version: 7, expires: defaultExpiry(NOW) };
const watchlist: MatchableEntry[] = [
  { id: 'a', name: 'Acme Robotics', aliases: ['Acme'], domains: ['acme.com'], status: 'open' },
  { id: 'b', name: 'Initech', status: 'won' },
  { id: 'c', name: 'Nordwind Logistics', status: 'open' },
];

describe('publishing a team list from settings', () => {
  it('signs a plain list of the open prospects that opens under the publisher key', async () => {
    const published = publishTeamList({ ...request, kind: 'plain' }, watchlist, keyText, NOW);
    expect(published).toMatchObject({ fileName: 'sales-emea-v7.json', prospectCount: 2 });
    const opened = await teamListCodec.open(published.text, keyFile.publicKey);
    expect(opened).toMatchObject({
      id: 'sales-emea',
      name: 'Sales EMEA',
      version: 7,
      kind: 'plain',
      entryCount: 2,
      expiresAt: '2027-02-25',
    });
    expect(opened.plainEntries!.map((entry) => entry.name)).toEqual(['Acme Robotics', 'Nordwind Logistics']);
  });

  it('signs a hashed list whose file holds no name, alias or domain', async () => {
    const published = publishTeamList({ ...request, kind: 'hashed' }, watchlist, keyText, NOW);
    expect((await teamListCodec.open(published.text, keyFile.publicKey)).entryCount).toBe(2);
    expect(published.text.toLowerCase()).not.toMatch(/acme|nordwind|initech/);
  });

  it('reads a CRM export as pack does: closed deals left out, a bad row named by its line', () => {
    const csv = 'Company,Stage,Website\nAcme Robotics,Negotiation,acme.com\nInitech,Closed Won,initech.com\n';
    expect(prospectsOfFile('deals.csv', csv, NOW).map((prospect) => prospect.name)).toEqual(['Acme Robotics']);
    expect(() => prospectsOfFile('deals.csv', 'Company,Website\nAcme,n/a\n', NOW)).toThrow(/^deals\.csv, line 2: /);
  });

  it('refuses a key file that is not a signing key, with a sentence', () => {
    expect(() => publishTeamList({ ...request, kind: 'plain' }, watchlist, '{"format":"other"}', NOW)).toThrow(
      /not a Prospect Guard signing key/,
    );
  });
});
