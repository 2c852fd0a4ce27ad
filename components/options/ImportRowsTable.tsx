// The row-level import preview: each row as it would be written (name, status, aliases, domains,
// contacts, and the column each came from), the rows to check, and what is left out or skipped.
import type { ImportReview, ImportReviewRow } from '../../utils/model/messages';
import type { LeftOutReason, RowWarning } from '../../utils/model/import-rows';
import type { ProspectStatus } from '../../utils/model/watchlist';
import { formatNumber, t, type MessageKey } from '../i18n';

type Rows = Extract<ImportReview, { kind: 'rows' }>;

const WARNING: Record<RowWarning, MessageKey> = {
  'deal-title': 'options_importWarnDealTitle',
  duplicate: 'options_importWarnDuplicate',
  'looks-like-text': 'options_importWarnText',
};

const LEFT_OUT: Record<LeftOutReason, MessageKey> = {
  'report-header': 'options_importLeftOutHeader',
  'report-title': 'options_importLeftOutTitleLine',
  'report-footer': 'options_importLeftOutFooter',
  'own-company': 'options_importLeftOutOwn',
  'summary-row': 'options_importLeftOutSummary',
};

const STATUS: Record<ProspectStatus, MessageKey> = {
  open: 'options_statusOpen',
  won: 'options_statusWon',
  lost: 'options_statusLost',
};

interface Props {
  fileName: string;
  review: Rows;
  /** The bad rows are listed as skipped (the person chose to skip them) rather than as blocking. */
  skipping: boolean;
}

export function ImportRowsTable({ fileName, review, skipping }: Props) {
  return (
    <>
      {review.warned.length > 0 && (
        <section class="import-list import-warned" aria-labelledby="import-warned-heading">
          <h3 id="import-warned-heading">{t('options_importWarnedTitle', formatNumber(review.warned.length))}</h3>
          <ul>
            {review.warned.map((row) => (
              <li key={row.line}>
                {t(
                  'options_importLineItem',
                  formatNumber(row.line),
                  row.name,
                  row.warnings.map((warning) => t(WARNING[warning])).join(' '),
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {review.leftOut.length > 0 && (
        <section class="import-list import-left-out" aria-labelledby="import-left-out-heading">
          <h3 id="import-left-out-heading">{t('options_importLeftOutTitle', formatNumber(review.leftOut.length))}</h3>
          <ul>
            {review.leftOut.map((row) => (
              <li key={row.line}>{t('options_importLineItem', formatNumber(row.line), row.text, t(LEFT_OUT[row.reason]))}</li>
            ))}
          </ul>
        </section>
      )}
      {skipping && review.bad.length > 0 && (
        <section class="import-list import-skipped" aria-labelledby="import-skipped-heading">
          <h3 id="import-skipped-heading">{t('options_importSkippedTitle', formatNumber(review.bad.length))}</h3>
          <ul>
            {review.bad.map((row) => (
              <li key={row.line}>{t('options_importBadLine', formatNumber(row.line), row.problem)}</li>
            ))}
          </ul>
        </section>
      )}
      {review.rows.length > 0 && (
        <div class="table-wrap import-rows">
          <table class="data-table">
            <caption>{t('options_importRowsCaption', fileName)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options_importColumnLine')}</th>
                <th scope="col">{t('options_columnName')}</th>
                <th scope="col">{t('options_columnStatus')}</th>
                <th scope="col">{t('options_importColumnAliases')}</th>
                <th scope="col">{t('options_importColumnDomains')}</th>
                <th scope="col">{t('options_importColumnContacts')}</th>
                <th scope="col">{t('options_importColumnWarnings')}</th>
              </tr>
            </thead>
            <tbody>
              {review.rows.map((row) => (
                <ReviewRow key={row.line} row={row} />
              ))}
            </tbody>
          </table>
          {review.rowCount > review.rows.length && (
            <p class="hint">{t('options_importRowsShown', formatNumber(review.rows.length), formatNumber(review.rowCount))}</p>
          )}
        </div>
      )}
    </>
  );
}

function ReviewRow({ row }: { row: ImportReviewRow }) {
  return (
    <tr>
      <td>{formatNumber(row.line)}</td>
      <th scope="row">
        <Value text={row.name} from={row.from.name} />
      </th>
      <td>
        <Value text={row.status ? t(STATUS[row.status]) : ''} from={row.from.status} />
      </td>
      <td>
        <Value text={row.aliases.join(', ')} from={row.from.aliases} />
      </td>
      <td>
        <Value text={row.domains.join(', ')} from={row.from.domains} />
      </td>
      <td>
        <Value text={row.contacts.join(', ')} from={row.from.contacts} />
      </td>
      <td class="import-warnings">{row.warnings.map((warning) => t(WARNING[warning])).join(' ')}</td>
    </tr>
  );
}

/** A value and, under it, the column it was read from. */
function Value({ text, from }: { text: string; from: string | undefined }) {
  if (!text) return <span aria-hidden="true">—</span>;
  return (
    <>
      <span>{text}</span>
      {from && <span class="import-from">{t('options_importFrom', from)}</span>}
    </>
  );
}
