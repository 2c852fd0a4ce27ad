// The sites the real-host tests load, each a saved page of the site's structure under its real host
// name. The pages are the adapters' unit fixtures (tests/unit/content/sites/fixtures/), each of
// which names at its top the public sources its structure comes from; sites/site-app.js adds what
// the site's own code does when a message is sent.

export type SiteKind = 'chat' | 'mail';

export interface SavedSite {
  /** The adapter expected to run there. */
  adapter: string;
  /** Real address; the server answers for its host. */
  url: string;
  fixture: string;
  kind: SiteKind;
  editor: string;
  /** The Send control, or null where the site has none (Discord sends with Enter only). */
  send: string | null;
  /** A control beside the editor that must open no dialog (attach files, voice, formatting). */
  notSend: string | null;
}

export const SAVED_SITES: SavedSite[] = [
  {
    adapter: 'gmail',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    fixture: 'gmail-compose-es',
    kind: 'mail',
    editor: '#body',
    send: '#send',
    notSend: '#attach',
  },
  {
    adapter: 'outlook',
    url: 'https://outlook.office.com/mail/deeplink/compose',
    fixture: 'outlook-compose-de',
    kind: 'mail',
    editor: '#body',
    send: '#send',
    notSend: '#attach',
  },
  {
    adapter: 'teams',
    url: 'https://teams.microsoft.com/v2/',
    fixture: 'teams',
    kind: 'chat',
    editor: '#editor',
    send: '#send',
    notSend: '#emoji',
  },
  {
    adapter: 'slack',
    url: 'https://app.slack.com/client/T1/C2',
    fixture: 'slack',
    kind: 'chat',
    editor: '#editor',
    send: '#send',
    notSend: '#format',
  },
  {
    adapter: 'google-chat',
    url: 'https://chat.google.com/u/0/app/home',
    fixture: 'google-chat',
    kind: 'chat',
    editor: '#editor',
    send: '#send',
    notSend: '#bold',
  },
  {
    adapter: 'whatsapp',
    url: 'https://web.whatsapp.com/',
    fixture: 'whatsapp',
    kind: 'chat',
    editor: '#editor',
    send: '#send',
    notSend: '#attach',
  },
  {
    adapter: 'discord',
    url: 'https://discord.com/channels/1/2',
    fixture: 'discord',
    kind: 'chat',
    editor: '#editor',
    send: null,
    notSend: '#upload',
  },
  {
    adapter: 'chatgpt',
    url: 'https://chatgpt.com/',
    fixture: 'chatgpt',
    kind: 'chat',
    editor: '#prompt-textarea',
    send: '#send',
    notSend: '#attach',
  },
  {
    adapter: 'claude',
    url: 'https://claude.ai/new',
    fixture: 'claude',
    kind: 'chat',
    editor: '#editor',
    send: '#send',
    notSend: '#add-files',
  },
  {
    adapter: 'gemini',
    url: 'https://gemini.google.com/app',
    fixture: 'gemini',
    kind: 'chat',
    editor: '#editor',
    send: '#send',
    notSend: '#mic',
  },
  {
    adapter: 'copilot',
    url: 'https://copilot.microsoft.com/',
    fixture: 'copilot',
    kind: 'chat',
    editor: '#userInput',
    send: '#send',
    notSend: '#voice',
  },
  {
    adapter: 'mistral',
    url: 'https://chat.mistral.ai/chat',
    fixture: 'mistral',
    kind: 'chat',
    editor: '#editor',
    send: '#send',
    notSend: '#add-files',
  },
  {
    adapter: 'perplexity',
    url: 'https://www.perplexity.ai/',
    fixture: 'perplexity',
    kind: 'chat',
    editor: '#ask-input',
    send: '#send',
    notSend: '#attach',
  },
  {
    adapter: 'notion',
    url: 'https://www.notion.so/Q3-plan-0123456789abcdef',
    fixture: 'notion',
    kind: 'chat',
    editor: '#ai-input',
    send: '#ai-send',
    notSend: '#ai-context',
  },
];
