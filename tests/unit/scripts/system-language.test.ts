// `npm start` opens Chromium, the extension and the demo page in the system's language.
import { describe, expect, it } from 'vitest';
import { systemLanguage } from '../../../scripts/system-language';

describe('the language npm start launches Chromium in', () => {
  it.each([
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'fr_CA.UTF-8' }, 'fr'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANGUAGE: 'fr_FR:fr', LANG: 'en_US.UTF-8' }, 'fr'],
    [{ LANGUAGE: 'en_US:en', LANG: 'fr_FR.UTF-8' }, 'en'],
    [{ LANGUAGE: 'de_DE:fr', LANG: 'de_DE.UTF-8' }, 'fr'],
    [{ LC_ALL: 'fr_BE.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    [{ LC_MESSAGES: 'fr_CH@euro' }, 'fr'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{}, 'en'],
  ] as const)('%o gives %s', (env, language) => {
    expect(systemLanguage(env)).toBe(language);
  });
});
