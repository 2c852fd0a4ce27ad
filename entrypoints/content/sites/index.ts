import type { SiteAdapter } from './site-adapter';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import { slackAdapter } from './slack';

// Site adapters, most specific first; the generic adapter always matches last.
const siteAdapters: SiteAdapter[] = [gmailAdapter, outlookAdapter, slackAdapter];

export function adapterFor(url: URL): SiteAdapter {
  return siteAdapters.find((adapter) => adapter.matches(url)) ?? genericAdapter;
}

export type { SiteAdapter, Audience } from './site-adapter';
