// After "Send anyway": replay the send by clicking the real Send control where the adapter has
// verified that works, otherwise tell the person how to send again, in the dialog and then in a
// line by the editor until they do. Never a synthetic Enter.
import type { Translate } from '../../../components/caution/types';
import type { SendTrigger } from './send-trigger';
import type { SiteAdapter } from '../sites';

export interface ReplayPlan {
  /** The Send control to click, or null when the person sends again themselves. */
  control: HTMLElement | null;
  /** What the dialog tells the person when there is no replay. */
  hint: string | null;
}

export function planReplay(adapter: SiteAdapter, editor: HTMLElement, trigger: SendTrigger, t: Translate): ReplayPlan {
  const triggerControl = trigger.kind === 'control' ? trigger.control : trigger.kind === 'submit' ? trigger.submitter : null;
  // An Enter whose effect is only guessed is not turned into a click on Send: it may have been a new line.
  const replays = adapter.replayByClick && !(trigger.kind === 'enter' && trigger.judged);
  const control = replays ? (triggerControl ?? adapter.findSendControl?.(editor) ?? null) : null;
  if (control) return { control, hint: null };
  const keys = keysOf(trigger, t);
  if (keys === null) return { control: null, hint: t('caution_dialog_hint_click') };
  const unsure = trigger.kind === 'enter' && trigger.judged === 'unsure';
  return { control: null, hint: unsure ? t('caution_dialog_hint_unsure') : t('caution_dialog_hint', keys) };
}

/** The line shown by the editor after "Send anyway" when nothing is replayed ("Press Enter to send"). */
export function pendingSendLine(trigger: SendTrigger, t: Translate): string {
  const keys = keysOf(trigger, t);
  return keys === null ? t('caution_pending_click') : t('caution_pending_keys', keys);
}

function keysOf(trigger: SendTrigger, t: Translate): string | null {
  if (trigger.kind === 'enter') return t('caution_key_enter');
  if (trigger.kind !== 'mod-enter') return null;
  return t(/Mac|iPhone|iPad/.test(navigator.platform) ? 'caution_key_mod_enter_mac' : 'caution_key_mod_enter');
}
