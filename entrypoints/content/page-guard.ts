// Protection of one page (one frame): watches the editors a person types in, keeps their scans
// current, decides what the caution shows, and asks before a prospect-naming message is sent.
// Everything is tied to `signal`; nothing here writes into an editor.
import type { DialogState } from '../../components/caution/CautionUi';
import type { MentionView } from '../../components/caution/types';
import { isSalesTeamOnly } from '../../utils/model/audience';
import { createSendGate } from '../../utils/sending/send-gate';
import { createActivityReporter } from './activity';
import { createCautionView } from './caution/caution-view';
import { rangeFor } from './editors/editable-text';
import { editableAt, editableFromEvent } from './editors/editable-finder';
import { joinNames, translate } from './i18n';
import { groupMentions, groupOwner, groupText, messageGroup } from './send/message-group';
import { MessageScan } from './editors/message-scan';
import { watchProtection, type Protection } from './protection-client';
import { planReplay } from './send/replay-plan';
import { createRescanScheduler } from './editors/rescan-scheduler';
import { restoreSelection, saveSelection, selectInField, selectRange } from './editors/selection-keeper';
import { installSendGuard, type SendTrigger } from './send/send-guard';
import type { SiteAdapter } from './sites';

export function startPageGuard(adapter: SiteAdapter, signal: AbortSignal): void {
  let protection: Protection | null = null;
  const scans = new Map<HTMLElement, MessageScan>();
  let current: MessageScan | null = null;
  let dialog: (DialogState & { editor: HTMLElement }) | null = null;
  const jumpCursor = new Map<string, number>();
  const gate = createSendGate<HTMLElement | null>();
  const activity = createActivityReporter();
  const active = () => protection?.active === true;
  const view = createCautionView(signal, { onShow: (entryId) => showMention(entryId), onIgnore: (entryId) => ignoreMention(entryId) });

  // ---- Watching editors -------------------------------------------------------------------
  const mutations = new MutationObserver((records) => {
    for (const scan of scans.values()) {
      if (scan.kind === 'contenteditable' && records.some((record) => scan.editor.contains(record.target))) scan.dirty = true;
    }
    if (current?.dirty) scheduler.request();
  });
  signal.addEventListener('abort', () => mutations.disconnect(), { once: true });

  /** Editables a person typed, pasted or dropped into (trusted events). */
  const typedIn = new WeakSet<HTMLElement>();
  // Asking the adapter which editor owns an editable walks the DOM: remember the answer.
  const scanOfEditable = new WeakMap<HTMLElement, MessageScan>();
  const watch = (editable: HTMLElement | null): MessageScan | null => {
    if (!editable || !active()) return null;
    const known = scanOfEditable.get(editable);
    if (known && scans.has(known.editor)) return known;
    const editor = adapter.editorFor ? adapter.editorFor(editable) : editable;
    if (!editor) return null;
    let scan = scans.get(editor);
    if (!scan) {
      scan = new MessageScan(editor);
      scan.armed = typedIn.has(editable) || typedIn.has(editor);
      scans.set(editor, scan);
      if (scan.kind === 'contenteditable') mutations.observe(editor, { childList: true, characterData: true, subtree: true });
      activity.editorFound(adapter.id, scan.kind);
      // Our layer appears with the first editor, not with the first prospect: a page watching its
      // DOM must not learn that what it just saw typed is on the watchlist.
      view.prepare();
    }
    scanOfEditable.set(editable, scan);
    return scan;
  };

  const makeCurrent = (scan: MessageScan) => {
    if (current === scan) return;
    current = scan;
    jumpCursor.clear();
    scheduler.request();
  };

  const forgetDetached = () => {
    for (const [editor] of scans) {
      if (!editor.isConnected) {
        scans.delete(editor);
        if (current?.editor === editor) current = null;
      }
    }
  };

  window.addEventListener(
    'focusin',
    (event) => {
      if (view.isOwnEvent(event)) return;
      const scan = watch(editableFromEvent(event));
      if (scan) makeCurrent(scan);
    },
    { capture: true, signal },
  );
  // A person's own keystrokes, pastes, drops and autofill (a trusted change) arm an editor (see
  // MessageScan.armed). Registered before the send guard so that the Enter sending a restored
  // draft arms it first.
  // `beforeinput` and `change` also say a change is coming: the rescan runs when idle, after it
  // landed. We do not listen to `input`: a script listener on `input` makes the browser run the
  // page's pending microtasks inside the input event, which cost CKEditor 5 about 5 ms a keystroke.
  // A contenteditable's own change is seen by our MutationObserver (even when its editor applies it
  // later); a field is re-read on every rescan.
  for (const type of ['keydown', 'beforeinput', 'paste', 'drop', 'change'] as const) {
    const announcesChange = type === 'beforeinput' || type === 'change';
    window.addEventListener(
      type,
      (event) => {
        if (view.isOwnEvent(event) || !(event.isTrusted || announcesChange)) return;
        const editable = editableFromEvent(event);
        if (!editable) return;
        // Remembered even while the page is not protected (a quiet site switched back on).
        if (event.isTrusted) typedIn.add(editable);
        const scan = watch(editable);
        if (!scan) return;
        if (event.isTrusted && !scan.armed) {
          scan.armed = true;
          drawn = null;
          scheduler.request();
        }
        if (announcesChange) {
          makeCurrent(scan);
          scheduler.request();
        }
      },
      { capture: true, signal },
    );
  }

  // ---- Scanning and drawing ----------------------------------------------------------------
  const scheduler = createRescanScheduler(() => rescanCurrent(), signal);

  let drawn: { scan: MessageScan; version: number } | null = null;
  const rescanCurrent = () => {
    forgetDetached();
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
    const mentions = currentMentions();
    if (mentions.length > 0) activity.shown(current.shownEntries, mentions);
    draw();
  };

  // Programmatic changes to a field's value fire no event (a chat clearing its box after sending):
  // while a caution shows for a field, look again now and then (and only then: no idle wake-ups).
  let fieldCheck = 0;
  const updateFieldCheck = () => {
    const needed = current !== null && current.kind !== 'contenteditable' && current.matches.length > 0;
    if (needed && !fieldCheck) fieldCheck = window.setInterval(() => scheduler.request(), 1_000);
    if (!needed && fieldCheck) {
      clearInterval(fieldCheck);
      fieldCheck = 0;
    }
  };
  signal.addEventListener('abort', () => clearInterval(fieldCheck), { once: true });

  const currentMentions = (): MentionView[] =>
    current && current.armed && active() && current.editor.isConnected ? current.mentions() : [];
  const draw = () => view.show(current, currentMentions(), dialog);

  // ---- The caution's buttons ---------------------------------------------------------------
  const showMention = (entryId: string) => {
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
  };

  const ignoreMention = (entryId: string) => {
    if (!current) return;
    const mention = current.mentions().find((candidate) => candidate.entryId === entryId);
    current.ignored.add(entryId);
    if (mention) activity.chose('ignored', [mention]);
    draw();
  };

  // ---- Before a send ------------------------------------------------------------------------
  const freshScan = (editor: HTMLElement): MessageScan | null => {
    const scan = scans.get(editor);
    if (!scan || !protection || !active() || !editor.isConnected) return null;
    // The last scan may predate the latest keystroke: catch up synchronously (a paragraph's work).
    if (scan.refresh(protection.scanner) && scan === current) scheduler.request();
    return scan;
  };
  const editorsNamingProspects = (trusted: boolean): HTMLElement[] => {
    const naming: HTMLElement[] = [];
    for (const [editor, scan] of scans) {
      if ((scan.armed || trusted) && freshScan(editor)?.activeMatches().length) naming.push(editor);
    }
    return naming;
  };

  const audienceIsTeam = (editor: HTMLElement): boolean => {
    try {
      return isSalesTeamOnly(adapter.audience(editor), protection!.salesTeam);
    } catch {
      return false; // unknown audience counts as outside
    }
  };

  installSendGuard(
    {
      adapter,
      isOwnEvent: view.isOwnEvent,
      watchedEditorHolding: (node) => watch(editableAt(node))?.editor ?? null,
      editorsNamingProspects,
      mustConfirm(editor, step, trusted) {
        // Nothing named anywhere: the send goes at once, before any adapter work.
        if (editorsNamingProspects(trusted).length === 0) return false;
        const group = messageGroup(editor, scans, adapter).filter((scan) => scan.armed || trusted);
        if (!group.some((scan) => scan.activeMatches().length > 0) || audienceIsTeam(editor)) return false;
        if (!gate.mayPass(groupOwner(group), groupText(group), step, Date.now())) return true;
        // The message is going out: look again soon so the caution follows the emptied editor.
        setTimeout(() => scheduler.request(), 300);
        return false;
      },
      // While the dialog is open every guarded send waits for it (a double click is swallowed).
      confirming: () => dialog !== null,
      confirm: openDialog,
    },
    signal,
  );

  function openDialog(editor: HTMLElement, trigger: SendTrigger): void {
    const scan = scans.get(editor);
    if (!scan) return;
    if (scan !== current) makeCurrent(scan);
    const group = messageGroup(editor, scans, adapter);
    // The person has now seen what the message names: its editors count from here on.
    for (const member of group) member.armed = true;
    const mentions = groupMentions(group);
    const text = groupText(group);
    const selection = saveSelection(editor);
    const replay = planReplay(adapter, editor, trigger, translate);
    const close = () => {
      dialog = null;
      draw();
    };
    dialog = {
      editor,
      names: joinNames(mentions.map((mention) => mention.typed)),
      hint: replay.hint,
      onSendAnyway() {
        close();
        activity.chose('sent-anyway', mentions);
        gate.grant(groupOwner(group), text, Date.now());
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
    draw();
  }

  // ---- Protection from the background -------------------------------------------------------
  watchProtection(signal, (next) => {
    protection = next;
    if (!next.active) {
      gate.revoke();
      dialog = null;
    }
    for (const scan of scans.values()) scan.dirty = true;
    // A focused editor from before we had protection (or after it was switched back on).
    if (!current && next.active) {
      const focused = watch(editableAt(deepActiveElement()));
      if (focused) makeCurrent(focused);
    }
    scheduler.request();
  });
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}
