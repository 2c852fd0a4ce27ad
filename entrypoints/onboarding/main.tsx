import { render } from 'preact';
import { OnboardingApp } from '../../components/onboarding/OnboardingApp';
import { setDocumentLanguage } from '../../components/document-language';
import { t } from '../../components/i18n';
import '../../components/theme.css';
import '../../components/popup/add-form.css';
import '../../components/onboarding/onboarding.css';

setDocumentLanguage(t('onboarding_pageTitle'));
render(<OnboardingApp />, document.getElementById('app')!);
