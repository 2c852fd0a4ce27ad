// What valid settings look like, normalised the way the audience and site rules compare them:
// lower-case addresses and domains, bare host names, no blanks or repeats.
import * as v from 'valibot';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { distinctNonEmpty } from './entry-rules';
import { domainFromWebsite, hostnameFromSite } from './domain-name';

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function textList(what: string, clean: (value: string) => string | null, invalid: (value: string) => string) {
  return v.pipe(
    v.array(
      v.pipe(
        v.string(`Each ${what} must be text.`),
        v.trim(),
        v.check(
          (value) => value === '' || clean(value) !== null,
          (issue) => invalid(String(issue.input).trim()),
        ),
        v.transform((value) => (value === '' ? '' : clean(value)!)),
      ),
      `The ${what} list must be a list of text.`,
    ),
    v.maxLength(5_000, `The ${what} list can hold at most 5,000 items.`),
    v.transform((values: string[]) => distinctNonEmpty(values)),
  );
}

export const SettingsSchema = v.object({
  salesTeam: v.object(
    {
      emails: textList(
        'sales team address',
        (value) => (EMAIL.test(value) ? value.toLowerCase() : null),
        (value) => `“${value}” in the sales team's addresses is not an email address such as name@company.com.`,
      ),
      domains: textList(
        'sales team domain',
        (value) => domainFromWebsite(value.replace(/^@/, '')),
        (value) => `“${value}” in the sales team's domains is not a domain such as company.com.`,
      ),
      channels: textList(
        'sales team channel',
        (value) => value,
        () => '',
      ),
    },
    'The sales team must list "emails", "domains" and "channels".',
  ),
  quietSites: textList(
    'quiet site',
    hostnameFromSite,
    (value) => `“${value}” in the quiet sites is not a site address such as crm.example.com.`,
  ),
  enabled: v.boolean('“Enabled” must be true or false.'),
  switchedOffSites: v.optional(
    textList(
      'switched-off site',
      hostnameFromSite,
      (value) => `“${value}” in the switched-off sites is not a site address such as mail.example.com.`,
    ),
    [],
  ),
  cautionLayouts: v.optional(
    v.pipe(
      v.record(
        v.pipe(v.string(), v.maxLength(253, 'A site name is at most 253 characters.')),
        v.object({
          collapsed: v.boolean('“collapsed” must be true or false.'),
          dx: v.pipe(v.number('The caution’s move must be a number of pixels.'), v.finite(), v.minValue(-10_000), v.maxValue(10_000)),
          dy: v.pipe(v.number('The caution’s move must be a number of pixels.'), v.finite(), v.minValue(-10_000), v.maxValue(10_000)),
        }),
        'The caution layouts must map site names to a layout.',
      ),
      v.check((layouts) => Object.keys(layouts).length <= 5_000, 'At most 5,000 sites can keep a caution layout.'),
    ),
  ),
});

/** Settings saved by any earlier version, completed with today's defaults. */
export function completeSettings(stored: Partial<Settings> | undefined): Settings {
  return {
    ...structuredClone(DEFAULT_SETTINGS),
    ...stored,
    salesTeam: { ...structuredClone(DEFAULT_SETTINGS.salesTeam), ...stored?.salesTeam },
    switchedOffSites: stored?.switchedOffSites ?? [],
  };
}
