// @vitest-environment happy-dom
// The popup names the site it recognised ("Site recognised: Slack"): every site adapter needs a
// product name there, or the popup shows its internal id ("google-chat") to the person.
import { describe, expect, it, vi } from 'vitest';

vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('./support/fake-i18n');
  return { browser: { i18n: fakeI18n('en') } };
});

const { adapterName } = await import('../../../components/editor-names');
const { siteAdapters } = await import('../../../entrypoints/content/sites/index');
const { genericAdapter } = await import('../../../entrypoints/content/sites/generic');

describe.each(siteAdapters.map((adapter) => [adapter.id]))('the %s adapter', (id) => {
  it('has a product name in the popup, not its id', () => {
    const name = adapterName(id);
    expect(name).toBeTruthy();
    // Without a name the popup falls back to the id; ids are lower-case slugs, names are not.
    expect(name).not.toBe(id);
  });
});

it('names no site for the generic adapter: any other page is just "this page"', () => {
  expect(adapterName(genericAdapter.id)).toBeNull();
});
