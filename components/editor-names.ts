// Human names for the site adapters and editor kinds the background reports in tab:status.
import { t } from './i18n';

/** Product names are not translated. */
const ADAPTER_NAMES: Record<string, string> = {
  gmail: 'Gmail',
  outlook: 'Outlook',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  'google-chat': 'Google Chat',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp Web',
  discord: 'Discord',
  notion: 'Notion',
  chatgpt: 'ChatGPT',
  claude: 'Claude',
  gemini: 'Gemini',
  copilot: 'Microsoft Copilot',
  mistral: 'Le Chat (Mistral AI)',
  perplexity: 'Perplexity',
};

/** The product's name, or null for the generic adapter (any other page: nothing worth naming). */
export function adapterName(adapter: string): string | null {
  if (adapter === 'generic') return null;
  return ADAPTER_NAMES[adapter] ?? adapter;
}

export function editorKindName(editor: string): string {
  switch (editor) {
    case 'textarea':
      return t('common_editorTextarea');
    case 'input':
      return t('common_editorInput');
    case 'contenteditable':
      return t('common_editorRichText');
    default:
      return editor;
  }
}
