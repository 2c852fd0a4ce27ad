// What the caution shows, kept current: after a rescan of the current editor it hands the view the
// prospects that editor names (once the person armed it), and it answers the caution's buttons
// ("show me where", "not a prospect here"). Selection changes only; the editor's text is never touched.
import type { DialogState, MentionView } from '../../../components/caution/types';
import type { ActivityReporter } from '../activity';
import { rangeFor } from '../editors/editable-text';
import type { EditorTracker } from '../editors/editor-tracker';
import { type MessageScan, withListNames } from '../editors/message-scan';
import { selectInField, selectRange } from '../editors/selection-keeper';
import type { Protection } from '../protection-client';
import type { PendingSend } from '../send/send-decision';
import type { CautionView } from './caution-view';

export interface CautionControllerParts {
  tracker: EditorTracker;
  view: () => CautionView;
  protection(): Protection | null;
  dialog(): DialogState | null;
  /** The send "Send anyway" let through that the person has still to make. */
  pendingSend(): PendingSend | null;
  activity: ActivityReporter;
  requestRescan(): void;
}

export interface CautionController {
  /** Rescans the current editor and redraws what changed (the rescan scheduler runs this). */
  rescanCurrent(): void;
  /** Draws again from the last scan (a dialog opened or closed). */
  draw(): void;
  /** The next rescan draws even when the text did not change (an editor was just armed). */
  forgetDrawn(): void;
  /** The current editor changed: "show me where" starts from its first occurrence again. */
  currentChanged(): void;
  /** "Show me where": selects the prospect's next occurrence in the current editor. */
  showMention(entryId: string): void;
  /** "Not a prospect here": the prospect is ignored in this message. */
  ignoreMention(entryId: string): void;
}

export function createCautionController(parts: CautionControllerParts, signal: AbortSignal): CautionController {
  const { tracker, activity } = parts;
  const active = () => parts.protection()?.active === true;
  const jumpCursor = new Map<string, number>();
  let drawn: { scan: MessageScan; version: number } | null = null;

  const currentMentions = (): MentionView[] => {
    const current = tracker.current;
    return current?.armed && active() && current.editor.isConnected ? withListNames(current.mentions(), parts.protection()?.scanner) : [];
  };
  // The line saying how to send shows by the editor it is about.
  const pendingLine = () => {
    const pending = parts.pendingSend();
    return pending && pending.editor === tracker.current?.editor ? pending.line : null;
  };
  const draw = () => parts.view().show(tracker.current, currentMentions(), parts.dialog(), pendingLine());

  // Programmatic changes to a field's value fire no event (a chat clearing its box after sending):
  // while a caution shows for a field, look again now and then (and only then: no idle wake-ups).
  let fieldCheck = 0;
  const updateFieldCheck = () => {
    const current = tracker.current;
    const needed = current !== null && current.kind !== 'contenteditable' && current.matches.length > 0;
    if (needed && !fieldCheck) fieldCheck = window.setInterval(() => parts.requestRescan(), 1_000);
    if (!needed && fieldCheck) {
      clearInterval(fieldCheck);
      fieldCheck = 0;
    }
  };
  signal.addEventListener('abort', () => clearInterval(fieldCheck), { once: true });

  return {
    rescanCurrent() {
      tracker.forgetDetached();
      const current = tracker.current;
      const protection = parts.protection();
      if (!current || !protection) {
        drawn = null;
        updateFieldCheck();
        return draw();
      }
      current.refresh(protection.scanner);
      updateFieldCheck();
      // Text already drawn for this editor: nothing to redo (layout changes redraw on their own).
      if (drawn?.scan === current && drawn.version === current.version) return;
      drawn = { scan: current, version: current.version };
      // Nothing is logged while typing: the log keeps what was decided at the send.
      draw();
    },
    draw,
    forgetDrawn() {
      drawn = null;
    },
    currentChanged() {
      jumpCursor.clear();
    },
    showMention(entryId) {
      const current = tracker.current;
      if (!current) return;
      const occurrences = current.activeMatches().filter((match) => match.entryId === entryId);
      if (occurrences.length === 0) return;
      const index = (jumpCursor.get(entryId) ?? -1) + 1;
      jumpCursor.set(entryId, index % occurrences.length);
      const match = occurrences[index % occurrences.length]!;
      if (current.kind === 'contenteditable') {
        const range = rangeFor(current.read, match.start, match.end);
        if (range) selectRange(current.editor, range);
      } else {
        selectInField(current.editor as HTMLTextAreaElement | HTMLInputElement, match.start, match.end);
      }
    },
    ignoreMention(entryId) {
      const current = tracker.current;
      if (!current) return;
      const mention = withListNames(current.mentions(), parts.protection()?.scanner).find((candidate) => candidate.entryId === entryId);
      current.ignored.add(entryId);
      if (mention) activity.chose('ignored', [mention]);
      draw();
    },
  };
}
