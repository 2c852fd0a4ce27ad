import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { setDocumentLanguage } from '../../components/document-language';
import { t } from '../../components/i18n';
import { askForPersistentStorage } from '../../utils/store/persistent-storage';
import '../../components/theme.css';
import '../../components/popup/add-form.css';
import '../../components/options/options.css';

setDocumentLanguage(t('options_pageTitle'));
render(<OptionsApp />, document.getElementById('app')!);
// The settings page is a window, where persist() exists (Chrome's background worker has none).
void askForPersistentStorage();
