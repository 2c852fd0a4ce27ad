// The demo page's words exist in English and French, with the same placeholders and French
// typography (a narrow no-break space before ; : ! ?), as the extension's own catalogues.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DIR } from '../../e2e/support/project-paths';

const texts = JSON.parse(readFileSync(join(DEMO_DIR, 'demo-text.json'), 'utf8')) as Record<'en' | 'fr', Record<string, string>>;
const html = readFileSync(join(DEMO_DIR, 'index.html'), 'utf8');

describe('the demo page text', () => {
  it('has the same keys in English and French, none empty', () => {
    expect(Object.keys(texts.fr).sort()).toEqual(Object.keys(texts.en).sort());
    for (const language of ['en', 'fr'] as const) {
      expect(Object.entries(texts[language]).filter(([, value]) => value.trim() === '')).toEqual([]);
    }
  });

  it('keeps the same $PLACEHOLDERS in both languages', () => {
    for (const [key, english] of Object.entries(texts.en)) {
      expect(texts.fr[key]!.match(/\$[A-Z]+/g) ?? [], key).toEqual(english.match(/\$[A-Z]+/g) ?? []);
    }
  });

  it('writes French with a narrow no-break space before ; : ! ? and no straight quotes', () => {
    for (const message of Object.values(texts.fr)) {
      expect(message).not.toMatch(/(^|[^\u00a0\u202f])[;?!]/);
      expect(message).not.toMatch(/[^\u00a0\u202f\d]:(?!\/\/)/);
      expect(message).not.toMatch(/["'“”]/);
    }
  });

  it('names in the page only keys the texts hold, and holds none the page does not use', () => {
    const used = new Set<string>();
    for (const match of html.matchAll(/data-i18n="(\w+)"/g)) used.add(match[1]!);
    for (const match of html.matchAll(/data-i18n-attrs="([^"]+)"/g)) {
      for (const pair of match[1]!.split(';')) used.add(pair.split(':')[1]!);
    }
    const demoScript = readFileSync(join(DEMO_DIR, 'demo.js'), 'utf8');
    for (const match of demoScript.matchAll(/words\.(\w+)/g)) used.add(match[1]!);
    expect([...used].filter((key) => !(key in texts.en))).toEqual([]);
    expect(Object.keys(texts.en).filter((key) => !used.has(key))).toEqual([]);
  });

  it('shows the English words in the page itself before any script runs', () => {
    for (const match of html.matchAll(/data-i18n="(\w+)"[^>]*>([^<]*)</g)) {
      expect(match[2]!.replace(/\s+/g, ' ').trim(), match[1]).toBe(texts.en[match[1]!]);
    }
  });
});
