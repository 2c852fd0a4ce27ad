// Loads a saved site fixture into the test document (happy-dom) and finds its elements by id.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

// Under happy-dom import.meta.url is not a file URL, so fixtures are found from the project root.
const FIXTURES = resolve(process.cwd(), 'tests/unit/content/sites/fixtures');

export function loadFixture(name: string): void {
  document.body.innerHTML = readFileSync(resolve(FIXTURES, `${name}.html`), 'utf8');
}

/** The element with this id; fails the test loudly when the fixture lacks it. */
export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The fixture has no element with id "${id}".`);
  return element;
}
