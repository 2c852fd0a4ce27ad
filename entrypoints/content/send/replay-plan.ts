// After "Send anyway": replay the send by clicking the real Send control where the adapter has
// verified that works, otherwise tell the person how to send again. Never a synthetic Enter.
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
  const control = adapter.replayByClick ? (triggerControl ?? adapter.findSendControl?.(editor) ?? null) : null;
  if (control) return { control, hint: null };
  const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
  const hint =
    trigger.kind === 'enter'
      ? t('caution_dialog_hint', t('caution_key_enter'))
      : trigger.kind === 'mod-enter'
        ? t('caution_dialog_hint', t(isMac ? 'caution_key_mod_enter_mac' : 'caution_key_mod_enter'))
        : t('caution_dialog_hint_click');
  return { control: null, hint };
}
