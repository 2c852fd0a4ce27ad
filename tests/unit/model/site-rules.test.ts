import { describe, expect, it } from 'vitest';
import { domainFromWebsite, hostnameFromSite } from '../../../utils/model/domain-name';
import { entryKey } from '../../../utils/model/entry-identity';
import { protectionState } from '../../../utils/background/site-protection';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { nextLocalMidnight } from '../../../utils/background/day-boundary';

describe('websites as domains', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['https://www.Acme.com/about?x#y', 'acme.com'],
    ['http://www2.acme.co.uk:8080', 'acme.co.uk'],
    ['shop.acme.com/', 'shop.acme.com'],
    ['jane@acme.com', 'acme.com'],
    ['société.fr', 'société.fr'],
    ['acme.com.', 'acme.com'],
    ['n/a', null],
    ['localhost', null],
    ['acme', null],
    ['', null],
    ['two words.com', null],
  ])('reads “%s” as %s', (website, domain) => {
    expect(domainFromWebsite(website)).toBe(domain);
  });

  it.each([
    ['localhost:3000', 'localhost'],
    ['https://crm.example.com/home', 'crm.example.com'],
    ['*.example.com', 'example.com'],
    ['10.0.0.7', '10.0.0.7'],
    ['not a site', null],
  ])('reads the site “%s” as %s', (site, host) => {
    expect(hostnameFromSite(site)).toBe(host);
  });
});

describe('whether a page is protected', () => {
  const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });
  it.each([
    ['https://mail.acme.com/', settings({ quietSites: ['acme.com'] }), { active: false, reason: 'quiet-site' }],
    ['https://acme.com./', settings({ quietSites: ['acme.com'] }), { active: false, reason: 'quiet-site' }],
    ['https://notacme.com/', settings({ quietSites: ['acme.com'] }), { active: true }],
    ['https://acme.com.evil.io/', settings({ quietSites: ['acme.com'] }), { active: true }],
    ['https://docs.acme.com/', settings({ switchedOffSites: ['docs.acme.com'] }), { active: false, reason: 'site-off' }],
    ['https://acme.com/', settings({ switchedOffSites: ['docs.acme.com'] }), { active: true }],
    ['https://acme.com/', settings({ enabled: false, quietSites: ['acme.com'] }), { active: false, reason: 'off' }],
    ['file:///home/me/notes.html', settings({}), { active: true }],
    ['chrome-extension://abc/popup.html', settings({}), { active: false, reason: 'unsupported-page' }],
    ['about:blank', settings({}), { active: false, reason: 'unsupported-page' }],
    ['', settings({}), { active: false, reason: 'unsupported-page' }],
  ])('%s → %j', (url, current, state) => {
    expect(protectionState(url, current)).toEqual(state);
  });
});

describe('which entries are the same prospect', () => {
  const own = { kind: 'own' } as const;
  it.each([
    ['Société Générale', 'SOCIETE GENERALE'],
    ['Société Générale', 'SOCIE\u0301TE\u0301 GE\u0301NE\u0301RALE'],
    ['L’Oréal', "l'oreal"],
    ['Saint–Gobain', 'saint gobain'],
    ['  Acme \n Robotics ', 'acme robotics'],
    ['Ｔｏｙｏｔａ', 'toyota'],
    ['AT&T', 'at & t'],
  ])('“%s” and “%s” are the same name', (a, b) => {
    expect(entryKey({ name: a, source: own })).toBe(entryKey({ name: b, source: own }));
  });

  it.each([
    ['Acme', 'Acme Robotics'],
    ['AT&T', 'ATT'],
    ['3M', '3 M'],
  ])('“%s” and “%s” are different names', (a, b) => {
    expect(entryKey({ name: a, source: own })).not.toBe(entryKey({ name: b, source: own }));
  });

  it('keeps the same name in different lists apart', () => {
    const keys = [own, { kind: 'team', listId: 'a' } as const, { kind: 'team', listId: 'b' } as const].map((source) =>
      entryKey({ name: 'Acme', source }),
    );
    expect(new Set(keys).size).toBe(3);
  });
});

describe('the next local midnight', () => {
  it.each([
    [new Date(2026, 10, 27, 9, 30), new Date(2026, 10, 28)],
    [new Date(2026, 10, 27, 0, 0), new Date(2026, 10, 28)],
    [new Date(2026, 11, 31, 23, 59), new Date(2027, 0, 1)],
  ])('after %s is %s', (now, midnight) => {
    expect(nextLocalMidnight(now)).toEqual(midnight);
  });
});
