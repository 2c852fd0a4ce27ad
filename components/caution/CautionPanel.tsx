// The inline caution: which prospects the message names (as typed), a way to show each, and
// "Not a prospect here"; after "Send anyway" where the send is not replayed, one line saying how to
// send it. The status region stays mounted so screen readers announce changes.
import type { CautionPlacement, MentionView, Translate } from './types';

interface CautionPanelProps {
  mentions: MentionView[];
  placement: CautionPlacement | null;
  /** "Press Enter to send", until the person sends or the pass expires; null otherwise. */
  pending: string | null;
  t: Translate;
  onShow(entryId: string): void;
  onIgnore(entryId: string): void;
}

export function CautionPanel({ mentions, placement, pending, t, onShow, onIgnore }: CautionPanelProps) {
  const visible = mentions.length > 0;
  const title = mentions.length === 1 ? t('caution_title_one') : t('caution_title_many', String(mentions.length));
  return (
    <section
      class="caution"
      role="status"
      aria-live="polite"
      aria-label={t('caution_region_label')}
      hidden={!visible}
      // Unplaced, it is laid out unseen so its size can be measured before it is placed.
      style={placement ? { left: `${placement.left}px`, top: `${placement.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
    >
      {visible && (
        <>
          {pending && <p class="caution-pending">{pending}</p>}
          <p class="caution-title">{title}</p>
          <ul class="mentions">
            {mentions.map((mention) => (
              <li class="mention" key={mention.entryId}>
                <span class="mention-name">
                  {mention.typed}
                  {mention.occurrences > 1 && <span class="mention-count"> ×{mention.occurrences}</span>}
                  {mention.teamList && <span class="mention-list"> {t('caution_on_team_list', mention.teamList)}</span>}
                </span>
                <span class="mention-actions">
                  <button type="button" aria-label={t('caution_show_label', mention.typed)} onClick={() => onShow(mention.entryId)}>
                    {t('caution_show')}
                  </button>
                  <button type="button" aria-label={t('caution_ignore_label', mention.typed)} onClick={() => onIgnore(mention.entryId)}>
                    {t('caution_ignore')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
