// "Not a prospect here", counted per prospect: the names that raise false alarms, how often and
// where, exportable as CSV so the list owner can fix the name, add a case rule or drop the entry.
import { useMemo } from 'preact/hooks';
import type { ActivityRecord } from '../../utils/model/messages';
import { downloadText } from '../download';
import { formatDateTime, formatNumber, t } from '../i18n';
import { falseAlarmFileName, falseAlarmReport, falseAlarmsToCsv } from './false-alarm-report';

interface Props {
  /** The activity log; undefined while loading. */
  records: ActivityRecord[] | undefined;
}

export function FalseAlarmSection({ records }: Props) {
  const alarms = useMemo(() => falseAlarmReport(records ?? []), [records]);
  return (
    <section id="false-alarms" aria-labelledby="false-alarms-heading" class="card">
      <h2 id="false-alarms-heading">{t('options_falseAlarmsTitle')}</h2>
      <p class="hint">{t('options_falseAlarmsIntro')}</p>
      {records === undefined ? (
        <p class="empty">{t('common_loading')}</p>
      ) : alarms.length === 0 ? (
        <p class="empty">{t('options_falseAlarmsEmpty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="data-table false-alarm-table">
            <caption class="visually-hidden">{t('options_falseAlarmsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_columnProspect')}</th>
                <th scope="col">{t('options_columnTimes')}</th>
                <th scope="col">{t('options_columnSites')}</th>
                <th scope="col">{t('options_columnLast')}</th>
              </tr>
            </thead>
            <tbody>
              {alarms.map((alarm) => (
                <tr key={alarm.entryId}>
                  <td>{alarm.name}</td>
                  <td>{formatNumber(alarm.count)}</td>
                  <td>{alarm.sites.join(', ')}</td>
                  <td class="date-cell">{formatDateTime(alarm.lastAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={alarms.length === 0}
          onClick={() => downloadText(falseAlarmFileName(), falseAlarmsToCsv(alarms), 'text/csv;charset=utf-8')}
        >
          {t('options_falseAlarmsExport')}
        </button>
      </div>
    </section>
  );
}
