import type { SiteAdapter } from './site-adapter';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';

// Site adapters, most specific first; the generic adapter always matches last.
const siteAdapters: SiteAdapter[] = [gmailAdapter];

export function adapterFor(url: URL): SiteAdapter {
  return siteAdapters.find((adapter) => adapter.matches(url)) ?? genericAdapter;
}

export type { SiteAdapter, Audience } from './site-adapter';
