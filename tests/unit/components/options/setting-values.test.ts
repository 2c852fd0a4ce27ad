// What the settings page accepts in its lists, how it tidies values, and the activity CSV.
import { describe, expect, it } from 'vitest';
import { checkChannel, checkDomain, checkEmail, checkSite } from '../../../../components/options/setting-values';
import { activityToCsv, csvCell } from '../../../../components/options/activity-csv';

describe('sales-team and site values', () => {
  it.each([
    [checkEmail, ' Alex@Example.COM ', { ok: true, value: 'alex@example.com' }],
    [checkEmail, 'mailto:sam@sales.example.fr', { ok: true, value: 'sam@sales.example.fr' }],
    [checkEmail, 'alex', { ok: false, error: 'options_errorEmail' }],
    [checkEmail, 'alex@example', { ok: false, error: 'options_errorEmail' }],
    [checkDomain, '@Sales.Example.com', { ok: true, value: 'sales.example.com' }],
    [checkDomain, 'société.fr', { ok: true, value: 'société.fr' }],
    [checkDomain, 'https://x', { ok: false, error: 'options_errorDomain' }],
    [checkDomain, 'localhost', { ok: false, error: 'options_errorDomain' }],
    [checkChannel, '  #sales   emea ', { ok: true, value: '#sales emea' }],
    [checkChannel, '   ', { ok: false, error: 'options_errorChannel' }],
    [checkSite, 'https://crm.example.com/deals?id=1', { ok: true, value: 'crm.example.com' }],
    [checkSite, '*.crm.example.com', { ok: true, value: 'crm.example.com' }],
    [checkSite, 'crm.example.com:8443/x', { ok: true, value: 'crm.example.com' }],
    [checkSite, 'localhost', { ok: true, value: 'localhost' }],
    [checkSite, 'not a site', { ok: false, error: 'options_errorSite' }],
  ])('%o(%j) → %j', (check, input, expected) => {
    expect(check(input)).toEqual(expected);
  });
});

describe('activity log as CSV', () => {
  it('writes time, site, prospects and choice, and never any message text', () => {
    const csv = activityToCsv([
      {
        at: Date.UTC(2026, 10, 27, 9, 5),
        site: 'mail.example.com',
        entryIds: ['a', 'b'],
        entryNames: ['Acme, Inc.', 'Globex'],
        choice: 'sent-anyway',
      },
    ]);
    expect(csv).toBe('time,site,prospects,choice\r\n2026-11-27T09:05:00.000Z,mail.example.com,"Acme, Inc.; Globex",sent-anyway\r\n');
  });

  it.each([
    ['plain', 'plain'],
    ['with "quotes"', '"with ""quotes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['+33 1 23', "'+33 1 23"],
    ['@cmd', "'@cmd"],
  ])('a cell holding %j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});
