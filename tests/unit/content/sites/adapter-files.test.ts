// @vitest-environment happy-dom
// Every registered site adapter has its own file ending with the URLs to try it by hand, a saved
// fixture and a fixture test.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAdapters } from '../../../../entrypoints/content/sites/index';

const SITES = resolve(process.cwd(), 'entrypoints/content/sites');
const TESTS = resolve(process.cwd(), 'tests/unit/content/sites');

describe.each(siteAdapters.map((adapter) => [adapter.id]))('the %s adapter', (id) => {
  it('lives in its own file, which ends with the URLs to try it by hand', () => {
    const source = readFileSync(resolve(SITES, `${id}.ts`), 'utf8').trimEnd();
    const tail = source.slice(source.lastIndexOf('// Try by hand:'));
    expect(tail.startsWith('// Try by hand:')).toBe(true);
    expect(
      tail
        .split('\n')
        .slice(1)
        .every((line) => line.startsWith('// - ')),
    ).toBe(true);
    expect(tail).toMatch(/https:\/\//);
  });

  it('has a saved fixture and a fixture test', () => {
    expect(existsSync(resolve(TESTS, 'fixtures', `${id}.html`))).toBe(true);
    expect(existsSync(resolve(TESTS, `${id}.test.ts`))).toBe(true);
  });
});

it('adapter ids are unique', () => {
  const ids = siteAdapters.map((adapter) => adapter.id);
  expect(new Set(ids).size).toBe(ids.length);
});
