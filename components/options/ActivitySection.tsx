// The activity log: each caution with time, site, prospect and what the person chose — never the
// message text (the log holds none). Export it as CSV or clear it.
import { useState } from 'preact/hooks';
import type { ActivityRecord, CautionChoice } from '../../utils/model/messages';
import { REASON_LABEL } from '../caution/override-reasons';
import { downloadText } from '../download';
import { formatDateTime, formatNumber, t, tPlural, type MessageKey } from '../i18n';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { pageOf } from '../watchlist-view';
import { activityFileName, activityToCsv } from './activity-csv';
import { Pager } from './Pager';

const PAGE_SIZE = 50;

const CHOICE_LABEL: Record<CautionChoice, MessageKey> = {
  shown: 'options_choiceShown',
  'sent-anyway': 'options_choiceSentAnyway',
  reviewed: 'options_choiceReviewed',
  ignored: 'options_choiceIgnored',
};

interface Props {
  /** undefined while loading. */
  records: ActivityRecord[] | undefined;
  onClear: () => Promise<void>;
}

export function ActivitySection({ records, onClear }: Props) {
  const [page, setPage] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const newestFirst = (records ?? []).slice().sort((a, b) => b.at - a.at);
  const current = pageOf(newestFirst, page, PAGE_SIZE);

  return (
    <section id="activity" aria-labelledby="activity-heading" class="card">
      <h2 id="activity-heading">{t('options_activityTitle')}</h2>
      <p class="hint">{t('options_activityIntro')}</p>
      {records === undefined ? (
        <p class="empty">{t('common_loading')}</p>
      ) : records.length === 0 ? (
        <p class="empty">{t('options_activityEmpty')}</p>
      ) : (
        <>
          <p class="hint">{tPlural('options_activityCount', records.length)}</p>
          <div class="table-wrap">
            <table class="data-table activity-table">
              <caption class="visually-hidden">{t('options_activityTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('options_columnTime')}</th>
                  <th scope="col">{t('options_columnSite')}</th>
                  <th scope="col">{t('options_columnProspect')}</th>
                  <th scope="col">{t('options_columnChoice')}</th>
                </tr>
              </thead>
              <tbody>
                {current.items.map((record, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: log records carry no id, and two can share a time, a choice and prospects; a page of them is drawn whole.
                  <tr key={`${record.at}-${index}`}>
                    <td class="date-cell">{formatDateTime(record.at)}</td>
                    <td>{record.site}</td>
                    <td>{record.entryNames.join(', ')}</td>
                    <td>
                      <span class={`choice choice-${record.choice}`}>{t(CHOICE_LABEL[record.choice])}</span>
                      {record.reason && <span class="choice-reason">{t(REASON_LABEL[record.reason])}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={current.page} pageCount={current.pageCount} onPage={setPage} label={t('options_activityPages')} />
        </>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={!records?.length}
          onClick={() => downloadText(activityFileName(), activityToCsv(newestFirst), 'text/csv;charset=utf-8')}
        >
          {t('options_activityExport')}
        </button>
        <button type="button" disabled={!records?.length} onClick={() => setConfirming(true)}>
          {t('options_activityClear')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('options_activityClearTitle')}
        confirmLabel={t('options_activityClear')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          setPage(0);
          void onClear();
        }}
      >
        <p>{t('options_activityClearBody', formatNumber(records?.length ?? 0))}</p>
      </ConfirmDialog>
    </section>
  );
}
