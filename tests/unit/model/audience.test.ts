import { describe, expect, it } from 'vitest';
import { isSalesTeamOnly, parseAddressList, addressIn, normalizeChannel, type Audience } from '../../../utils/model/audience';
import { isQuietSite } from '../../../utils/model/quiet-sites';
import type { SalesTeam } from '../../../utils/model/settings';

const team: SalesTeam = {
  emails: ['Partner@Reseller.io', 'bob@gmail.com'],
  domains: ['acme.com', '@sales.example.org', '*.team.net'],
  channels: ['#sales', 'Deal Desk', 'équipe-ventes'],
};

const recipients = (...addresses: string[]): Audience => ({ kind: 'recipients', addresses });
const channel = (name: string): Audience => ({ kind: 'channel', name });

describe('isSalesTeamOnly: mail recipients', () => {
  it.each<[string, Audience, boolean]>([
    ['one address on a team domain', recipients('jane@acme.com'), true],
    ['team domain in another case', recipients('JANE@ACME.COM'), true],
    ['a subdomain of a team domain', recipients('jane@eu.acme.com'), true],
    ['a look-alike domain', recipients('jane@notacme.com'), false],
    ['a domain that merely ends with the team domain', recipients('jane@acme.com.evil.io'), false],
    ['a listed address, other case', recipients('partner@reseller.IO'), true],
    ['another address on a listed address’s domain', recipients('someone@reseller.io'), false],
    ['a listed public-mail address', recipients('bob@gmail.com'), true],
    ['another public-mail address', recipients('eve@gmail.com'), false],
    ['a team domain written with "@"', recipients('ann@sales.example.org'), true],
    ['a team domain written as "*.team.net", the bare domain', recipients('ann@team.net'), true],
    ['a team domain written as "*.team.net", a subdomain', recipients('ann@x.team.net'), true],
    ['display form "Name <address>"', recipients('Jane Doe <jane@acme.com>'), true],
    ['quoted display name with a comma', recipients('"Doe, Jane" <jane@acme.com>'), true],
    ['display name holding a team address, real address outside', recipients('"jane@acme.com" <eve@evil.io>'), false],
    ['surrounding whitespace', recipients('   jane@acme.com  '), true],
    ['all team members', recipients('jane@acme.com', 'Partner <partner@reseller.io>', 'x@eu.acme.com'), true],
    ['one outsider among team members', recipients('jane@acme.com', 'eve@evil.io'), false],
    ['a name without an address', recipients('Jane Doe'), false],
    ['one entry holding a list with an outsider', recipients('jane@acme.com, eve@evil.io'), false],
    ['one entry holding a list of team members', recipients('jane@acme.com; "Roe, Ann" <ann@acme.com>'), true],
    ['an empty recipient list', recipients(), false],
    ['a blank recipient', recipients('  '), false],
  ])('%s → %s', (_case, audience, expected) => {
    expect(isSalesTeamOnly(audience, team)).toBe(expected);
  });
});

describe('isSalesTeamOnly: chat channels', () => {
  it.each<[string, boolean]>([
    ['sales', true],
    ['#sales', true],
    ['  #Sales  ', true],
    ['# sales', true],
    ['deal desk', true],
    ['DEAL DESK', true],
    ['équipe-ventes', true],
    ['e\u0301quipe-ventes', true], // decomposed accent, as some pages deliver it
    ['sales-emea', false],
    ['general', false],
    ['', false],
    ['#', false],
  ])('channel %j → %s', (name, expected) => {
    expect(isSalesTeamOnly(channel(name), team)).toBe(expected);
  });

  it('an unknown audience is outside the sales team', () => {
    expect(isSalesTeamOnly({ kind: 'unknown' }, team)).toBe(false);
  });

  it.each<Audience>([recipients('jane@acme.com'), channel('sales'), { kind: 'unknown' }])(
    'with an empty sales team every audience is outside: %j',
    (audience) => {
      expect(isSalesTeamOnly(audience, { emails: [], domains: [], channels: [] })).toBe(false);
    },
  );

  it('an empty team domain entry does not admit every address', () => {
    expect(isSalesTeamOnly(recipients('eve@evil.io'), { emails: [], domains: ['', ' '], channels: [] })).toBe(false);
  });
});

describe('parseAddressList', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['   ', []],
    ['jane@acme.com', ['jane@acme.com']],
    ['Jane@Acme.com, bob@x.io', ['jane@acme.com', 'bob@x.io']],
    ['jane@acme.com; bob@x.io;', ['jane@acme.com', 'bob@x.io']],
    ['jane@acme.com\nbob@x.io', ['jane@acme.com', 'bob@x.io']],
    ['Jane Doe <jane@acme.com>, "Roe, Bob" <bob@x.io>', ['jane@acme.com', 'bob@x.io']],
    ['"Doe; Jane" <jane@acme.com>', ['jane@acme.com']],
    ['"Say \\"hi\\", Jane" <jane@acme.com>', ['jane@acme.com']],
    ['<jane@acme.com>', ['jane@acme.com']],
    ['mailto:jane@acme.com', ['jane@acme.com']],
    ['jane@acme.com (Jane Doe)', ['jane@acme.com']],
    ['jane@acme.com, Bob', ['jane@acme.com', 'Bob']],
    [' , ,jane@acme.com, ', ['jane@acme.com']],
  ])('%j → %j', (text, expected) => {
    expect(parseAddressList(text)).toEqual(expected);
  });
});

describe('addressIn', () => {
  it.each<[string, string | null]>([
    ['jane@acme.com', 'jane@acme.com'],
    ['Jane <JANE@ACME.COM>', 'jane@acme.com'],
    ['< jane@acme.com >', 'jane@acme.com'],
    ['jane@acme.com.', 'jane@acme.com'],
    ['Jane Doe', null],
    ['@acme.com', null],
    ['jane@', null],
    ['jane@.com', null],
    ['jane@acme..com', null],
  ])('%j → %j', (recipient, expected) => {
    expect(addressIn(recipient)).toBe(expected);
  });
});

describe('normalizeChannel', () => {
  it.each<[string, string]>([
    ['#Sales', 'sales'],
    ['  # Deal Desk ', 'deal desk'],
    ['general', 'general'],
  ])('%j → %j', (name, expected) => {
    expect(normalizeChannel(name)).toBe(expected);
  });
});

describe('isQuietSite', () => {
  const quietSites = ['crm.acme.com', 'https://Salesforce.com/home', 'hubspot.com:443', '*.pipedrive.com', '  '];
  it.each<[string, boolean]>([
    ['crm.acme.com', true],
    ['CRM.ACME.COM', true],
    ['eu.crm.acme.com', true],
    ['acme.com', false],
    ['notcrm.acme.com', false],
    ['salesforce.com', true],
    ['acme.my.salesforce.com', true],
    ['notsalesforce.com', false],
    ['app.hubspot.com', true],
    ['pipedrive.com', true],
    ['x.pipedrive.com', true],
    ['mail.google.com', false],
    ['', false],
  ])('%j → %s', (hostname, expected) => {
    expect(isQuietSite(hostname, quietSites)).toBe(expected);
  });

  it('no quiet sites: nothing is quiet', () => {
    expect(isQuietSite('crm.acme.com', [])).toBe(false);
  });
});
