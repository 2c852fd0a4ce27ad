// Pages declare the language they are shown in (screen readers pick their voice from it) and
// take their title from the locale.
import { t } from './i18n';

export function setDocumentLanguage(title: string = t('extName')): void {
  // The locale that answered, not the browser's wish: a German browser gets our English text.
  document.documentElement.lang = t('common_langCode');
  document.title = title;
}
