// First / previous / next / last for a paged table, with where we are in words.
import { formatNumber, t } from '../i18n';

interface Props {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  /** Names the navigation landmark (two pagers on one page need different names). */
  label: string;
}

export function Pager({ page, pageCount, onPage, label }: Props) {
  if (pageCount <= 1) return null;
  const last = pageCount - 1;
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" class="small" disabled={page === 0} onClick={() => onPage(0)}>
        {t('options_pageFirst')}
      </button>
      <button type="button" class="small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('options_pagePrevious')}
      </button>
      <span class="pager-position">{t('options_pageOf', formatNumber(page + 1), formatNumber(pageCount))}</span>
      <button type="button" class="small" disabled={page === last} onClick={() => onPage(page + 1)}>
        {t('options_pageNext')}
      </button>
      <button type="button" class="small" disabled={page === last} onClick={() => onPage(last)}>
        {t('options_pageLast')}
      </button>
    </nav>
  );
}
