import type { SiteAdapter } from './site-adapter';
import { chatgptAdapter } from './chatgpt';
import { claudeAdapter } from './claude';
import { copilotAdapter } from './copilot';
import { discordAdapter } from './discord';
import { genericAdapter } from './generic';
import { gmailAdapter } from './gmail';
import { geminiAdapter } from './gemini';
import { googleChatAdapter } from './google-chat';
import { linkedinAdapter } from './linkedin';
import { mistralAdapter } from './mistral';
import { notionAdapter } from './notion';
import { outlookAdapter } from './outlook';
import { perplexityAdapter } from './perplexity';
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
  chatgptAdapter,
  claudeAdapter,
  geminiAdapter,
  copilotAdapter,
  mistralAdapter,
  perplexityAdapter,
];

export function adapterFor(url: URL): SiteAdapter {
  return siteAdapters.find((adapter) => adapter.matches(url)) ?? genericAdapter;
}

export type { SiteAdapter, Audience } from './site-adapter';
