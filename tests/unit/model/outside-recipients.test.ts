// Who the dialog names as outside the sales team (as Outlook's MailTips and Gmail's external
// warning name the outside recipients), and that it agrees with the rule that decides to ask.
import { describe, expect, it } from 'vitest';
import { isSalesTeamOnly, outsideRecipients, type Audience } from '../../../utils/model/audience';
import type { SalesTeam } from '../../../utils/model/settings';

const team: SalesTeam = { emails: ['partner@reseller.io'], domains: ['acme.com'], channels: ['#sales', 'Deal Desk'] };
const recipients = (...addresses: string[]): Audience => ({ kind: 'recipients', addresses });
const channel = (name: string): Audience => ({ kind: 'channel', name });

describe('outsideRecipients', () => {
  it.each<[string, Audience, string[]]>([
    ['one outsider among team members', recipients('jane@acme.com', 'carol@acme-robotics.com'), ['carol@acme-robotics.com']],
    ['a look-alike of a team domain', recipients('jane@notacme.com'), ['jane@notacme.com']],
    ['display forms are named by their address', recipients('Carol Ray <Carol@Acme-Robotics.com>'), ['carol@acme-robotics.com']],
    ['a name shown without an address is outside, named as shown', recipients('Bob Smith', 'jane@acme.com'), ['Bob Smith']],
    ['one entry holding a list', recipients('jane@acme.com; eve@evil.io, "Roe, Ann" <ann@x.org>'), ['eve@evil.io', 'ann@x.org']],
    ['the same outsider in To and Cc is named once', recipients('eve@evil.io', 'Eve <eve@evil.io>'), ['eve@evil.io']],
    ['everyone in the team', recipients('jane@acme.com', 'partner@reseller.io', 'x@eu.acme.com'), []],
    ['no recipient yet: outside, but no one to name', recipients(), []],
    ['a chat outside the team channels', channel('general'), ['general']],
    ['a team channel', channel('#Sales'), []],
    ['a page that names no conversation', channel('  '), []],
    ['an unknown audience names no one', { kind: 'unknown' }, []],
  ])('%s', (_case, audience, expected) => {
    expect(outsideRecipients(audience, team)).toEqual(expected);
  });

  it.each<Audience>([
    recipients('jane@acme.com'),
    recipients('jane@acme.com', 'eve@evil.io'),
    recipients('Jane Doe'),
    recipients('jane@acme.com, eve@evil.io'),
    recipients(),
    recipients('  '),
    channel('sales'),
    channel('general'),
    channel(''),
    { kind: 'unknown' },
  ])('agrees with isSalesTeamOnly: a named audience is the team alone exactly when no one is outside (%j)', (audience) => {
    const namesSomeone =
      audience.kind === 'channel'
        ? audience.name.trim() !== ''
        : audience.kind === 'recipients' && audience.addresses.some((a) => a.trim() !== '');
    expect(isSalesTeamOnly(audience, team)).toBe(namesSomeone && outsideRecipients(audience, team).length === 0);
  });
});
