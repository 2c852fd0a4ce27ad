// What the cautions did this week, so a person sees the extension at work (or not).
import type { ActivitySummary } from '../activity-summary';
import { t, tPlural } from '../i18n';

interface Props {
  summary: ActivitySummary | null | undefined;
}

export function WeekActivity({ summary }: Props) {
  return (
    <section class="panel week-activity" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('popup_thisWeek')}</h2>
      <p class="panel-body">
        {summary === undefined
          ? t('common_loading')
          : summary === null
            ? t('popup_activityUnavailable')
            : `${tPlural('popup_cautionsShown', summary.shown)} ${tPlural('popup_sentAnyway', summary.sentAnyway)}`}
      </p>
    </section>
  );
}
