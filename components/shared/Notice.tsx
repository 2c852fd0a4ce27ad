// A polite announcement of what just happened ("Acme marked as won"), with an optional Undo.
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import type { NoticeState } from './notice-state';

interface Props {
  notice: NoticeState | null;
  onDismiss: () => void;
}

export function Notice({ notice, onDismiss }: Props) {
  const undoRef = useRef<HTMLButtonElement>(null);
  // The row a person just closed is gone: keep keyboard focus in the popup, on the way back.
  useEffect(() => {
    if (notice?.undo && !notice.keepFocus) undoRef.current?.focus();
  }, [notice]);

  return (
    <div class={notice?.isError ? 'notice error' : 'notice'}>
      {/* The live region stays mounted so screen readers announce each new text. */}
      <p role="status" aria-live="polite" class="notice-text">
        {notice?.text ?? ''}
      </p>
      {notice?.undo && (
        <button
          type="button"
          class="small"
          ref={undoRef}
          onClick={() => {
            const undo = notice.undo;
            onDismiss();
            void undo?.();
          }}
        >
          {t('common_undo')}
        </button>
      )}
    </div>
  );
}
