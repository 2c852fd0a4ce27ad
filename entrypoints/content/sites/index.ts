import type { SiteAdapter } from './site-adapter';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { googleChatAdapter } from './google-chat';
import { outlookAdapter } from './outlook';
import { slackAdapter } from './slack';
import { teamsAdapter } from './teams';

// Site adapters, most specific first (Google Chat inside Gmail before Gmail); the generic adapter
// always matches last.
const siteAdapters: SiteAdapter[] = [googleChatAdapter, gmailAdapter, outlookAdapter, slackAdapter, teamsAdapter];

export function adapterFor(url: URL): SiteAdapter {
  return siteAdapters.find((adapter) => adapter.matches(url)) ?? genericAdapter;
}

export type { SiteAdapter, Audience } from './site-adapter';
