// The language `npm start` opens Chromium (and so the demo page and the extension) in: the one the
// system asks for, as gettext reads it (LANGUAGE first, then LC_ALL, LC_MESSAGES, LANG).
import type { UiLanguage } from '../tests/e2e/support/launch-browser';

export function systemLanguage(env: Readonly<Record<string, string | undefined>>): UiLanguage {
  // LANGUAGE is a colon-separated preference list; the others are one locale ("fr_FR.UTF-8").
  const preferences = [...(env.LANGUAGE ?? '').split(':'), env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const preference of preferences) {
    const base = preference?.toLowerCase().split(/[_.@-]/)[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}
