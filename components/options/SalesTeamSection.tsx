// Who counts as the sales team: sharing a prospect with them needs no caution.
import type { Settings } from '../../utils/model/settings';
import { t } from '../i18n';
import { EditableList } from './EditableList';
import { checkChannel, checkDomain, checkEmail } from './setting-values';

interface Props {
  settings: Settings;
  save: (settings: Settings) => Promise<void>;
}

export function SalesTeamSection({ settings, save }: Props) {
  const team = settings.salesTeam;
  return (
    <section id="sales-team" aria-labelledby="team-heading" class="card">
      <h2 id="team-heading">{t('options_teamTitle')}</h2>
      <p>{t('options_teamIntro')}</p>
      <div class="list-grid">
        <EditableList
          title={t('options_teamEmails')}
          description={t('options_teamEmailsHint')}
          inputLabel={t('options_teamEmailsAdd')}
          placeholder="alex@example.com"
          values={team.emails}
          check={checkEmail}
          onChange={(emails) => save({ ...settings, salesTeam: { ...team, emails } })}
        />
        <EditableList
          title={t('options_teamDomains')}
          description={t('options_teamDomainsHint')}
          inputLabel={t('options_teamDomainsAdd')}
          placeholder="sales.example.com"
          values={team.domains}
          check={checkDomain}
          onChange={(domains) => save({ ...settings, salesTeam: { ...team, domains } })}
        />
        <EditableList
          title={t('options_teamChannels')}
          description={t('options_teamChannelsHint')}
          inputLabel={t('options_teamChannelsAdd')}
          placeholder="#sales-emea"
          values={team.channels}
          check={checkChannel}
          onChange={(channels) => save({ ...settings, salesTeam: { ...team, channels } })}
        />
      </div>
    </section>
  );
}
