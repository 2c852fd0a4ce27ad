import type { SiteAdapter } from './site-adapter';
import { discordAdapter } from './discord';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { googleChatAdapter } from './google-chat';
import { linkedinAdapter } from './linkedin';
import { notionAdapter } from './notion';
import { outlookAdapter } from './outlook';
import { slackAdapter } from './slack';
import { teamsAdapter } from './teams';
import { whatsappAdapter } from './whatsapp';

// Site adapters, most specific first (Google Chat inside Gmail before Gmail); the generic adapter
// always matches last.
export const siteAdapters: readonly SiteAdapter[] = [
  googleChatAdapter,
  gmailAdapter,
  outlookAdapter,
  slackAdapter,
  teamsAdapter,
  linkedinAdapter,
  whatsappAdapter,
  discordAdapter,
  notionAdapter,
];

export function adapterFor(url: URL): SiteAdapter {
  return siteAdapters.find((adapter) => adapter.matches(url)) ?? genericAdapter;
}

export type { SiteAdapter, Audience } from './site-adapter';
