// Everything we draw in a page, rendered into our closed shadow root: the caution, the dialog and
// the marks under prospect names in fields we cannot highlight natively.
import { useMemo } from 'preact/hooks';
import { CautionPanel } from './CautionPanel';
import { SendConfirmDialog } from './SendConfirmDialog';
import type { CautionLayout } from '../../utils/editing/caution-placement';
import type { Box } from '../../utils/editing/screen-box';
import type { DialogState, MentionView, Translate } from './types';

interface CautionUiProps {
  mentions: MentionView[];
  layout: CautionLayout | null;
  focusCard: boolean;
  /** Marks under the names, in viewport pixels. */
  marks: Box[];
  dialog: DialogState | null;
  /** After "Send anyway" with nothing replayed: how to send it ("Press Enter to send"), or null. */
  pending: string | null;
  t: Translate;
  onShow(entryId: string): void;
  onIgnore(entryId: string): void;
  onOpen(byFocus: boolean): void;
  onMinimise(): void;
  onMove(dx: number, dy: number, done: boolean): void;
}

export function CautionUi({
  mentions,
  layout,
  focusCard,
  marks,
  dialog,
  pending,
  t,
  onShow,
  onIgnore,
  onOpen,
  onMinimise,
  onMove,
}: CautionUiProps) {
  // The same element while its props are the same: Preact then skips the panel when only the
  // marks moved (every keystroke in a scrolling field).
  const panel = useMemo(
    () => (
      <CautionPanel
        mentions={mentions}
        layout={layout}
        focusCard={focusCard}
        pending={pending}
        t={t}
        onShow={onShow}
        onIgnore={onIgnore}
        onOpen={onOpen}
        onMinimise={onMinimise}
        onMove={onMove}
      />
    ),
    [mentions, layout, focusCard, pending, t, onShow, onIgnore, onOpen, onMinimise, onMove],
  );
  return (
    <div class="layer">
      <div class="marks" aria-hidden="true">
        {marks.map((box, index) => (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: marks are boxes with no identity of their own; as the person types, the same elements move rather than being made again.
            key={index}
            class="mark"
            style={{ left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` }}
          />
        ))}
      </div>
      {panel}
      {dialog && (
        <SendConfirmDialog
          mentions={dialog.mentions}
          hint={dialog.hint}
          outside={dialog.outside ?? []}
          t={t}
          onSendAnyway={dialog.onSendAnyway}
          onReview={dialog.onReview}
        />
      )}
    </div>
  );
}
