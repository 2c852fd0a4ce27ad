// The pre-send confirmation: names the prospects (as in the list, with the words typed) and who is outside the sales team (as
// Outlook's MailTips do), and asks "Send anyway" or "Review". Focus moves in on open and stays
// inside; Escape means Review. "Send anyway" may say why (optional, kept in the activity log).
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { OVERRIDE_REASONS, type OverrideReason } from '../../utils/model/messages';
import { joinList, mentionList, tPlural } from './mention-wording';
import { REASON_LABEL } from './override-reasons';
import type { MentionView, Translate } from './types';

interface SendConfirmDialogProps {
  /** The prospects the message names. */
  mentions: readonly MentionView[];
  /** How to send after "Send anyway" when we cannot replay the send, or null. */
  hint: string | null;
  /** Recipients the page shows outside the sales team; empty when it names no one. */
  outside: readonly string[];
  t: Translate;
  onSendAnyway(reason?: OverrideReason): void;
  onReview(): void;
}

export function SendConfirmDialog({ mentions, hint, outside, t, onSendAnyway, onReview }: SendConfirmDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const sendButton = useRef<HTMLButtonElement>(null);
  const reasonSelect = useRef<HTMLSelectElement>(null);
  const [reason, setReason] = useState<OverrideReason | ''>('');
  useLayoutEffect(() => {
    // Focus the dialog itself, not a button: the key that opened it (a Space on a Send button
    // activates on keyup) must not land on a choice.
    dialog.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onReview();
    } else if (event.key === 'Tab') {
      // Keep focus on the reason and the two choices while the dialog is open.
      event.preventDefault();
      const ring = [reasonSelect, reviewButton, sendButton];
      const at = ring.findIndex((control) => control.current === event.target);
      // From the dialog itself (focused on open), Tab goes to Review, Shift+Tab to Send anyway, as before.
      const from = at === -1 ? 0 : at;
      const next = ring[(from + (event.shiftKey ? ring.length - 1 : 1)) % ring.length]!;
      next.current?.focus();
    }
  };

  return (
    <>
      <div class="backdrop" />
      <div
        class="dialog"
        ref={dialog}
        tabIndex={-1}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="pg-dialog-title"
        aria-describedby="pg-dialog-body"
        onKeyDown={onKeyDown}
      >
        <h2 id="pg-dialog-title">{t('caution_dialog_title')}</h2>
        <div id="pg-dialog-body">
          <p>{tPlural('caution_dialog_body', mentions.length, t, [String(mentions.length), mentionList(mentions, t)])}</p>
          {outside.length > 0 && <p class="outside">{tPlural('caution_dialog_outside', outside.length, t, [joinList(outside, t)])}</p>}
          {hint && <p class="hint">{hint}</p>}
        </div>
        <label class="reason">
          <span>{t('caution_reason_label')}</span>
          <select ref={reasonSelect} value={reason} onChange={(event) => setReason(event.currentTarget.value as OverrideReason | '')}>
            <option value="">{t('caution_reason_none')}</option>
            {OVERRIDE_REASONS.map((value) => (
              <option key={value} value={value}>
                {t(REASON_LABEL[value])}
              </option>
            ))}
          </select>
        </label>
        <div class="actions">
          <button type="button" ref={reviewButton} onClick={onReview}>
            {t('caution_dialog_review')}
          </button>
          <button type="button" class="primary" ref={sendButton} onClick={() => onSendAnyway(reason || undefined)}>
            {t('caution_dialog_send')}
          </button>
        </div>
      </div>
    </>
  );
}
