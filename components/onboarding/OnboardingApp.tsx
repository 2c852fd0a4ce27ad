// First run: what Prospect Guard does, what the caution means and what to do about it (for every
// employee, not only sellers), what it keeps (on this computer only), how to add a first prospect
// (right here, or from the toolbar) and how to set the sales team (never the company's whole domain).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { NewEntry } from '../../utils/model/messages';
import { callBackground } from '../background-call';
import { t } from '../i18n';
import { Notice } from '../shared/Notice';
import type { NoticeState } from '../shared/notice-state';
import { AddProspectForm } from '../popup/AddProspectForm';
import { openPopupShortcut } from '../shortcut';
import { Logo } from '../shared/Logo';

export function OnboardingApp() {
  const [name, setName] = useState('');
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [shortcut, setShortcut] = useState('');

  useEffect(() => {
    openPopupShortcut().then(setShortcut, () => setShortcut(''));
  }, []);

  async function add(entry: NewEntry) {
    const stored = await callBackground('entries:add', { entry });
    setName('');
    setNotice({ text: t('popup_added', stored.name) });
  }

  return (
    <main class="onboarding">
      <header class="onboarding-hero">
        <Logo size={56} />
        <div>
          <h1>{t('onboarding_title')}</h1>
          <p class="lead">{t('onboarding_lead')}</p>
        </div>
      </header>

      <section aria-labelledby="what-heading" class="card">
        <h2 id="what-heading">{t('onboarding_whatTitle')}</h2>
        <p>{t('onboarding_whatBody')}</p>
        <p>{t('onboarding_whatTeam')}</p>
      </section>

      <section aria-labelledby="caution-heading" class="card">
        <h2 id="caution-heading">{t('onboarding_cautionTitle')}</h2>
        <p>{t('onboarding_cautionEveryone')}</p>
        <p>{t('onboarding_cautionWhatToDo')}</p>
        <ul>
          <li>{t('onboarding_cautionReview')}</li>
          <li>{t('onboarding_cautionRemove')}</li>
          <li>{t('onboarding_cautionSendAnyway')}</li>
          <li>{t('onboarding_cautionNotProspect')}</li>
        </ul>
      </section>

      <section aria-labelledby="keeps-heading" class="card">
        <h2 id="keeps-heading">{t('onboarding_keepsTitle')}</h2>
        <ul>
          <li>{t('onboarding_keepsWatchlist')}</li>
          <li>{t('onboarding_keepsSettings')}</li>
          <li>{t('onboarding_keepsLog')}</li>
        </ul>
        <p class="promise">{t('onboarding_keepsNothingLeaves')}</p>
      </section>

      <section aria-labelledby="first-heading" class="card">
        <h2 id="first-heading">{t('onboarding_firstTitle')}</h2>
        <p>{t('onboarding_firstTryHere')}</p>
        <p>{t('onboarding_firstNotSales')}</p>
        <AddProspectForm name={name} onNameChange={setName} onAdd={add} autoFocus={false} hint={t('onboarding_addHint')} />
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
        <p>{t('onboarding_firstLater')}</p>
        <ul>
          <li>{shortcut ? t('onboarding_firstToolbarShortcut', shortcut) : t('onboarding_firstToolbar')}</li>
          <li>{t('onboarding_firstContextMenu', t('common_menuAddToWatchlist'))}</li>
          <li>{t('onboarding_firstImport')}</li>
        </ul>
      </section>

      <section aria-labelledby="team-heading" class="card">
        <h2 id="team-heading">{t('onboarding_teamTitle')}</h2>
        <p>{t('onboarding_teamBody')}</p>
        <button
          type="button"
          class="primary"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#sales-team') })}
        >
          {t('onboarding_openSettings')}
        </button>
      </section>
    </main>
  );
}
