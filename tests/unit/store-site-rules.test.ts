import { describe, expect, it } from 'vitest';
import { domainFromWebsite, hostnameFromSite } from '../../utils/store/domain-name';
import { foldName } from '../../utils/store/entry-identity';
import { hostIsOrIsUnder } from '../../utils/site-protection';
import { nextLocalMidnight } from '../../utils/day-boundary';

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

describe('hosts under a site', () => {
  it.each([
    ['acme.com', 'acme.com', true],
    ['mail.acme.com', 'acme.com', true],
    ['notacme.com', 'acme.com', false],
    ['acme.com.evil.io', 'acme.com', false],
    ['acme.com', '', false],
  ])('%s is under %s: %s', (host, site, under) => {
    expect(hostIsOrIsUnder(host, site)).toBe(under);
  });
});

describe('folding names for de-duplication', () => {
  it.each([
    ['Société Générale', 'societe generale'],
    ['SOCIETE\u0301 GE\u0301NE\u0301RALE', 'societe generale'],
    ['L’Oréal', "l'oreal"],
    ['Saint–Gobain', 'saint gobain'],
    ['  Acme \n Robotics ', 'acme robotics'],
    ['Ｔｏｙｏｔａ', 'toyota'],
  ])('folds “%s” to “%s”', (name, folded) => {
    expect(foldName(name)).toBe(folded);
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
