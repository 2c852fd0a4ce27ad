// The one place that decides what happens to a send: it goes at once, it waits for the question
// already open, or it stops and asks. The rules, in order: a question open holds every send of
// every watched editor, whoever started it; a send the page scripted (an untrusted event) is not
// the person's and is never judged, so the page learns nothing from it; nothing named anywhere
// sends at once; the message (its editor and those sharing its Send control) names no prospect, or
// goes to the sales team alone: it sends; the one-time pass from "Send anyway" lets exactly that
// message through once. Asking opens the dialog; its answer grants the pass and replays the send
// where that is verified, or else shows by the editor how to send until the pass is used or
// expires. A page thus learns at most one yes or no per real human action.
import type { DialogState } from '../../../components/caution/types';
import { isSalesTeamOnly } from '../../../utils/model/audience';
import { createSendGate, type SendStep } from '../../../utils/sending/send-gate';
import { SEND_PASS_LIFETIME_MS } from '../../../utils/sending/send-pass';
import type { ActivityReporter } from '../activity';
import type { EditorTracker } from '../editors/editor-tracker';
import { withListNames } from '../editors/message-scan';
import { restoreSelection, saveSelection } from '../editors/selection-keeper';
import { translate } from '../i18n';
import type { Protection } from '../protection-client';
import type { SiteAdapter } from '../sites';
import { outsideAudience } from '../sites/page-audience';
import { groupMentions, groupOwner, groupText, messageGroup } from './message-group';
import { pendingSendLine, planReplay } from './replay-plan';
import type { SendTrigger } from './send-trigger';

/** What the guard does with the event: let it through, or stop it (the question is, or is now, open). */
export type SendVerdict = 'send' | 'stop';

export interface SendDecisionParts {
  adapter: SiteAdapter;
  tracker: EditorTracker;
  protection(): Protection | null;
  activity: ActivityReporter;
  /** The dialog opened or closed, or the line waiting for a send came or went: draw again. */
  dialogChanged(): void;
  requestRescan(): void;
}

/** After "Send anyway" with nothing replayed: the line by the editor saying how to send it. */
export interface PendingSend {
  editor: HTMLElement;
  line: string;
}

export interface SendDecision {
  /** The dialog asking about a send, while it is open. */
  readonly dialog: (DialogState & { editor: HTMLElement }) | null;
  /** The send "Send anyway" let through and the person has still to make, until used or expired. */
  readonly pendingSend: PendingSend | null;
  /**
   * The editors a send event may be about: while a question is open, every watched editor (all
   * their sends wait); otherwise, for a person's own event, those naming a prospect; for a scripted
   * event, none.
   */
  candidates(trusted: boolean): HTMLElement[];
  /**
   * Decides about one send event, synchronously; opens the dialog when it must ask. `editor` is one
   * of `candidates(trusted)`: the guard asks nothing when there are none.
   */
  decide(editor: HTMLElement, trigger: SendTrigger, step: SendStep, trusted: boolean): SendVerdict;
  /** Protection was switched off: no pass and no question outlive it. */
  reset(): void;
}

export function createSendDecision(parts: SendDecisionParts): SendDecision {
  const { adapter, tracker, activity } = parts;
  const gate = createSendGate<HTMLElement | null>();
  let dialog: (DialogState & { editor: HTMLElement }) | null = null;
  let pendingSend: PendingSend | null = null;
  let pendingExpiry = 0;

  const setPending = (next: PendingSend | null) => {
    clearTimeout(pendingExpiry);
    pendingSend = next;
    // The pass ends by itself: take the line away then too.
    if (next) pendingExpiry = window.setTimeout(() => endPendingUnlessWaiting(), SEND_PASS_LIFETIME_MS + 50);
  };
  /** The pass was used, voided by another send, or expired: the line goes (drawn after the event). */
  const endPendingUnlessWaiting = () => {
    if (!pendingSend || gate.waiting(Date.now())) return;
    setPending(null);
    setTimeout(() => parts.dialogChanged(), 0);
  };

  const audienceIsTeam = (editor: HTMLElement): boolean => {
    try {
      return isSalesTeamOnly(adapter.audience(editor), parts.protection()!.salesTeam);
    } catch {
      return false; // unknown audience counts as outside
    }
  };

  /** True when this send, a person's own, must wait for their choice. */
  const mustConfirm = (editor: HTMLElement, step: SendStep): boolean => {
    // The guard asks only about editors `candidates` named (those naming a prospect), so "nothing
    // named anywhere" was answered there; the group is read once, here.
    const group = messageGroup(editor, tracker.scans, adapter);
    if (!group.some((scan) => scan.activeMatches().length > 0) || audienceIsTeam(editor)) return false;
    const passes = gate.mayPass(groupOwner(group), groupText(group), step, Date.now());
    endPendingUnlessWaiting();
    if (!passes) return true;
    // The message is going out: look again soon so the caution follows the emptied editor.
    setTimeout(() => parts.requestRescan(), 300);
    return false;
  };

  const ask = (editor: HTMLElement, trigger: SendTrigger): void => {
    const scan = tracker.scans.get(editor);
    if (!scan) return;
    if (scan !== tracker.current) tracker.makeCurrent(scan);
    const group = messageGroup(editor, tracker.scans, adapter);
    // The person has now seen what the message names: its editors count from here on.
    for (const member of group) member.armed = true;
    const mentions = withListNames(groupMentions(group), parts.protection()?.scanner);
    const text = groupText(group);
    const selection = saveSelection(editor);
    const replay = planReplay(adapter, editor, trigger, translate);
    const close = () => {
      dialog = null;
      parts.dialogChanged();
    };
    dialog = {
      editor,
      mentions,
      hint: replay.hint,
      outside: outsideAudience(() => adapter.audience(editor), parts.protection()?.salesTeam),
      onSendAnyway(reason) {
        gate.grant(groupOwner(group), text, Date.now());
        // Nothing replayed: the person sends it themselves, and the line by the editor says how.
        if (!replay.control) setPending({ editor, line: pendingSendLine(trigger, translate) });
        close();
        activity.chose('sent-anyway', mentions, reason);
        restoreSelection(editor, selection);
        // The gate lets this click through our listener once.
        if (replay.control?.isConnected) replay.control.click();
      },
      onReview() {
        close();
        activity.chose('reviewed', mentions);
        restoreSelection(editor, selection);
      },
    };
    activity.chose('shown', mentions);
    parts.dialogChanged();
  };

  return {
    get dialog() {
      return dialog;
    },
    get pendingSend() {
      return pendingSend;
    },
    candidates(trusted) {
      if (dialog !== null) return [...tracker.scans.keys()].filter((editor) => editor.isConnected);
      return trusted ? tracker.editorsNamingProspects() : [];
    },
    decide(editor, trigger, step, trusted) {
      // While the dialog is open every send waits for it (a double click is swallowed).
      if (dialog !== null) return 'stop';
      if (!trusted || !mustConfirm(editor, step)) return 'send';
      ask(editor, trigger);
      return 'stop';
    },
    reset() {
      gate.revoke();
      dialog = null;
      setPending(null);
    },
  };
}
