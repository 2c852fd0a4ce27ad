// A browser.i18n stand-in that reads our real _locales files and substitutes $1…$9 as Chrome does,
// so UI tests see the words a person would see.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Catalogue = Record<string, { message: string }>;

const catalogues = new Map<string, Catalogue>();

/** Vitest runs from the project root. */
export function loadCatalogue(locale: 'en' | 'fr'): Catalogue {
  let catalogue = catalogues.get(locale);
  if (!catalogue) {
    const file = resolve(process.cwd(), 'public/_locales', locale, 'messages.json');
    catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
    catalogues.set(locale, catalogue);
  }
  return catalogue;
}

export function fakeI18n(locale: 'en' | 'fr') {
  const catalogue = loadCatalogue(locale);
  return {
    getUILanguage: () => locale,
    getMessage(key: string, subs?: string | string[]): string {
      const entry = catalogue[key];
      if (!entry) return '';
      const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
      return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
    },
  };
}
