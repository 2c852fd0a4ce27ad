// The caution by the editor: which prospects the message names (as in the list, with the words
// typed when they differ) and, for each, "Show" and "Not a prospect here". It shrinks to a badge
// by the editor's corner, opens again on click or focus, and moves aside by drag or arrow keys.
// After "Send anyway" where the send is not replayed, one line says how to send it.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CautionLayout } from '../../utils/editing/caution-placement';
import { mentionLabel, tPlural } from './mention-wording';
import type { MentionView, Translate } from './types';

export interface CautionPanelProps {
  mentions: MentionView[];
  /** Where and in which form it shows; null while it is measured, unseen. */
  layout: CautionLayout | null;
  /** Focus the card once it opens (it was opened from the keyboard). */
  focusCard: boolean;
  /** "Press Enter to send", until the person sends or the pass expires; null otherwise. */
  pending: string | null;
  t: Translate;
  onShow(entryId: string): void;
  onIgnore(entryId: string): void;
  onOpen(byFocus: boolean): void;
  onMinimise(): void;
  /** The person moves it by this much (pixels); `done` once they let go. */
  onMove(dx: number, dy: number, done: boolean): void;
}

const KEY_STEP = 16;
const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-KEY_STEP, 0],
  ArrowRight: [KEY_STEP, 0],
  ArrowUp: [0, -KEY_STEP],
  ArrowDown: [0, KEY_STEP],
};

interface DragState {
  start: { x: number; y: number; dragged: boolean } | null;
  /** The last press ended a drag: its click is not a click. */
  justDragged: boolean;
}

/**
 * Pointer drag and arrow keys on a handle; a press that moves less than a few pixels stays a
 * click. The state lives in a ref: every move redraws the caution.
 */
function moveHandlers(drag: DragState, onMove: CautionPanelProps['onMove']) {
  return {
    onPointerDown(event: PointerEvent) {
      if (event.button !== 0) return;
      drag.start = { x: event.clientX, y: event.clientY, dragged: false };
      drag.justDragged = false;
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    },
    onPointerMove(event: PointerEvent) {
      const start = drag.start;
      if (!start) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      if (!start.dragged && Math.abs(dx) + Math.abs(dy) < 4) return;
      drag.start = { x: event.clientX, y: event.clientY, dragged: true };
      onMove(dx, dy, false);
    },
    onPointerUp() {
      drag.justDragged = drag.start?.dragged === true;
      drag.start = null;
      if (drag.justDragged) onMove(0, 0, true);
    },
    onKeyDown(event: KeyboardEvent) {
      const step = ARROWS[event.key];
      if (!step) return;
      event.preventDefault();
      onMove(step[0], step[1], true);
    },
  };
}

export function CautionPanel({ mentions, layout, focusCard, pending, t, onShow, onIgnore, onOpen, onMinimise, onMove }: CautionPanelProps) {
  const visible = mentions.length > 0;
  const minimise = useRef<HTMLButtonElement>(null);
  const drag = useRef<DragState>({ start: null, justDragged: false });
  const asCard = layout?.form === 'card';
  useLayoutEffect(() => {
    if (asCard && focusCard) minimise.current?.focus();
  }, [asCard, focusCard]);
  if (!visible) return <section class="caution" hidden />;
  const title = tPlural('caution_title', mentions.length, t, [String(mentions.length)]);
  const cardStyle = asCard
    ? { left: `${layout.left}px`, top: `${layout.top}px` }
    : // Unplaced or shown as the badge: laid out unseen so its size can be measured.
      { left: '0px', top: '0px', visibility: 'hidden' };
  const moves = moveHandlers(drag.current, onMove);
  return (
    <>
      <section class="caution" role="status" aria-live="polite" aria-label={t('caution_region_label')} style={cardStyle}>
        {pending && <p class="caution-pending">{pending}</p>}
        <p class="caution-title">{title}</p>
        <ul class="mentions">
          {mentions.map((mention) => {
            const label = mentionLabel(mention, t);
            return (
              <li class="mention" key={mention.entryId}>
                <span class="mention-name">
                  {label}
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
            );
          })}
        </ul>
        {/* After the names in the tab order: the names' buttons come first, as before. */}
        <div class="caution-tools">
          <button type="button" class="caution-grip" aria-label={t('caution_move')} title={t('caution_move')} {...moves}>
            ⠿
          </button>
          <button
            type="button"
            class="caution-minimise"
            ref={minimise}
            aria-label={t('caution_minimise')}
            title={t('caution_minimise')}
            onClick={onMinimise}
          >
            –
          </button>
        </div>
      </section>
      {layout?.form === 'badge' && (
        <button
          type="button"
          class="caution-badge"
          style={{ left: `${layout.left}px`, top: `${layout.top}px` }}
          aria-label={tPlural('caution_badge', mentions.length, t, [String(mentions.length)])}
          title={title}
          {...moves}
          onClick={() => {
            if (!drag.current.justDragged) onOpen(false);
            drag.current.justDragged = false;
          }}
          onFocus={(event) => {
            // Focus from the keyboard opens it; a pointer press focuses too, and its click opens it.
            if ((event.currentTarget as HTMLElement).matches(':focus-visible')) onOpen(true);
          }}
        >
          ⚠ {mentions.length}
        </button>
      )}
    </>
  );
}
