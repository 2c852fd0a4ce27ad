// Where Prospect Guard works: the master switch, quiet sites (no caution: the CRM itself) and
// sites where it is switched off altogether.
import type { Settings } from '../../utils/model/settings';
import { t } from '../i18n';
import { useState } from 'preact/hooks';
import { messageOf } from '../shared/message-of';
import { EditableList } from './EditableList';
import { checkSite } from './setting-values';

interface Props {
  settings: Settings;
  save: (settings: Settings) => Promise<void>;
}

export function SitesSection({ settings, save }: Props) {
  const [switchError, setSwitchError] = useState('');

  async function switchProtection(input: HTMLInputElement) {
    setSwitchError('');
    try {
      await save({ ...settings, enabled: input.checked });
    } catch (failure) {
      // Not saved: the switch goes back to what is saved, and says why.
      input.checked = settings.enabled;
      setSwitchError(t('common_errorSaveFailed', messageOf(failure)));
    }
  }

  return (
    <section id="sites" aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">{t('options_sitesTitle')}</h2>
      <div class="field field-check master-switch">
        <input
          id="master-switch"
          type="checkbox"
          role="switch"
          checked={settings.enabled}
          aria-checked={settings.enabled}
          aria-describedby={switchError ? 'master-switch-hint master-switch-error' : 'master-switch-hint'}
          onChange={(e) => void switchProtection(e.currentTarget)}
        />
        <div>
          <label for="master-switch">{t('options_masterSwitch')}</label>
          <p id="master-switch-hint" class="hint">
            {settings.enabled ? t('options_masterSwitchOn') : t('options_masterSwitchOff')}
          </p>
          {switchError && (
            <p id="master-switch-error" class="error" role="alert">
              {switchError}
            </p>
          )}
        </div>
      </div>
      <div class="list-grid">
        <EditableList
          title={t('options_quietSites')}
          description={t('options_quietSitesHint')}
          inputLabel={t('options_quietSitesAdd')}
          placeholder="crm.example.com"
          values={settings.quietSites}
          check={checkSite}
          onChange={(quietSites) => save({ ...settings, quietSites })}
        />
        <EditableList
          title={t('options_disabledSites')}
          description={t('options_disabledSitesHint')}
          inputLabel={t('options_disabledSitesAdd')}
          placeholder="docs.example.com"
          values={settings.switchedOffSites ?? []}
          check={checkSite}
          onChange={(switchedOffSites) => save({ ...settings, switchedOffSites })}
        />
      </div>
    </section>
  );
}
