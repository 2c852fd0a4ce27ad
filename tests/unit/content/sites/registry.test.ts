// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../../entrypoints/content/sites/index';

describe('adapterFor picks the most specific adapter, the generic one last', () => {
  it.each<[string, string]>([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://mail.google.com/mail/u/0/#chat/home', 'google-chat'],
    ['https://mail.google.com/chat/u/0/', 'google-chat'],
    ['https://chat.google.com/u/0/app/home', 'google-chat'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://outlook.office365.com/mail/', 'outlook'],
    ['https://app.slack.com/client/T1/C2', 'slack'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://teams.live.com/v2/', 'teams'],
    ['https://www.linkedin.com/messaging/', 'linkedin'],
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://discord.com/channels/@me', 'discord'],
    ['https://discord.com/', 'generic'],
    ['https://www.notion.so/page', 'notion'],
    ['https://acme.notion.site/page', 'notion'],
    ['https://chatgpt.com/', 'chatgpt'],
    ['https://chat.openai.com/c/abc', 'chatgpt'],
    ['https://claude.ai/new', 'claude'],
    ['https://gemini.google.com/app', 'gemini'],
    ['https://copilot.microsoft.com/', 'copilot'],
    ['https://chat.mistral.ai/chat', 'mistral'],
    ['https://www.perplexity.ai/', 'perplexity'],
    ['https://openai.com/', 'generic'],
    ['https://mistral.ai/', 'generic'],
    ['https://docs.google.com/document/d/x/edit', 'generic'],
    ['http://localhost:5173/demo.html', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(new URL(url)).id).toBe(id);
  });
});
