import type { SiteAdapter } from './site-adapter';
import { genericAdapter } from './generic';

// Site adapters, most specific first; the generic adapter always matches last.
const siteAdapters: SiteAdapter[] = [];

export function adapterFor(url: URL): SiteAdapter {
  return siteAdapters.find((adapter) => adapter.matches(url)) ?? genericAdapter;
}

export type { SiteAdapter, Audience } from './site-adapter';
