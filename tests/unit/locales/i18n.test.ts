// French and English must both hold every word a person can see: the two catalogues have the
// same keys and placeholders, every key the source uses exists, and French follows its typography.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; description?: string }>;
const root = process.cwd();
const locales = ['en', 'fr'] as const;
const catalogues = Object.fromEntries(
  locales.map((locale) => [
    locale,
    JSON.parse(readFileSync(resolve(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Catalogue,
  ]),
) as Record<(typeof locales)[number], Catalogue>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

const sources = [
  ...['components', 'entrypoints', 'lib'].flatMap((dir) => {
    try {
      return sourceFiles(resolve(root, dir));
    } catch {
      return [];
    }
  }),
  resolve(root, 'wxt.config.ts'),
].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** Keys the source asks for: t('k'), tPlural('base') (→ base_one/base_other), getMessage('k'),
 *  __MSG_k__, and any string literal shaped like one of our UI keys (for keys chosen by a ternary). */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const note = (key: string, file: string) => used.set(key, file.slice(root.length + 1));
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/\b(?:t|getMessage)\(\s*['"`]([\w@]+)['"`]/g)) note(m[1]!, file);
    for (const m of text.matchAll(/\btPlural\(\s*['"`](\w+)['"`]/g)) {
      note(`${m[1]}_one`, file);
      note(`${m[1]}_other`, file);
    }
    for (const m of text.matchAll(/__MSG_(\w+)__/g)) note(m[1]!, file);
    for (const m of text.matchAll(/['"`]((?:popup|options|onboarding|common|caution)_\w+)['"`]/g)) {
      const key = m[1]!;
      // A plural base passed around as a value stands for its two forms.
      if (`${key}_one` in catalogues.en) {
        note(`${key}_one`, file);
        note(`${key}_other`, file);
      } else note(key, file);
    }
  }
  return used;
}

describe('locales', () => {
  it.each(locales)('%s names each key once (JSON.parse would silently keep only the last)', (locale) => {
    const raw = readFileSync(resolve(root, 'public/_locales', locale, 'messages.json'), 'utf8');
    // The catalogues are written two-space indented: top-level keys are the lines opening an object there.
    const keys = [...raw.matchAll(/^ {2}"([^"]+)"\s*:/gm)].map((m) => m[1]!);
    expect(keys.length).toBe(Object.keys(catalogues[locale]).length);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it.each([
    ['en', 'fr'],
    ['fr', 'en'],
  ] as const)('every key in %s also exists in %s', (from, to) => {
    const missing = Object.keys(catalogues[from]).filter((key) => !(key in catalogues[to]));
    expect(missing).toEqual([]);
  });

  it.each(locales)('every message in %s has text', (locale) => {
    const empty = Object.entries(catalogues[locale]).filter(([, value]) => !value.message.trim());
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('every message has the same $1…$9 placeholders in both languages', () => {
    const placeholders = (text: string) => [...new Set(text.match(/\$[1-9]/g) ?? [])].sort().join(',');
    const differing = Object.keys(catalogues.en).filter(
      (key) => key in catalogues.fr && placeholders(catalogues.en[key]!.message) !== placeholders(catalogues.fr[key]!.message),
    );
    expect(differing).toEqual([]);
  });

  it('every key used in the source exists in both languages', () => {
    const missing = [...usedKeys()]
      .filter(([key]) => !key.startsWith('@@') && locales.some((locale) => !(key in catalogues[locale])))
      .map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every UI key in the catalogue is used somewhere (no dead text to translate)', () => {
    const used = usedKeys();
    const unused = Object.keys(catalogues.en).filter((key) => /^(popup|options|onboarding|common)_/.test(key) && !used.has(key));
    expect(unused).toEqual([]);
  });

  it.each(Object.entries(catalogues.fr).map(([key, value]) => [key, value.message] as const))(
    'French typography of %s',
    (_key, message) => {
      // A plain space, or none, before : ; ? ! is wrong in French: it takes a (narrow) no-break space.
      expect(message).not.toMatch(/(^|[^\u00a0\u202f])[;?!]/);
      expect(message).not.toMatch(/[^\u00a0\u202f\d]:(?!\/\/)/);
      // Quotations use guillemets with no-break spaces inside.
      expect(message).not.toMatch(/["“”]/);
      expect(message).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      // Apostrophes are typographic.
      expect(message).not.toMatch(/'/);
    },
  );
});
