// The editors of one page a person types in: which ones we watch (one MessageScan each), which one
// is current (the caution follows it), and which ones the person armed with their own input.
// Reads only; everything is tied to `signal`.
import type { Protection } from '../protection-client';
import type { SiteAdapter } from '../sites';
import { editableAt, editableFromEvent } from './editable-finder';
import { MessageScan } from './message-scan';
import { takesOverTypedEditor } from './replaced-editor';

export interface EditorTrackerEvents {
  /** Whether the page is protected now: nothing is watched while it is not. */
  protection(): Protection | null;
  isOwnEvent(event: Event): boolean;
  /** A new editor is watched. */
  editorFound(scan: MessageScan): void;
  /** The current editor changed. */
  currentChanged(): void;
  /** A person's own input armed an editor: what it names may now be shown. */
  armed(): void;
  /** Something may have changed what the current editor holds: rescan soon. */
  requestRescan(): void;
}

export interface EditorTracker {
  readonly scans: ReadonlyMap<HTMLElement, MessageScan>;
  readonly current: MessageScan | null;
  /** The scan of the editor owning `editable`, watching it from now on; null when none. */
  watch(editable: HTMLElement | null): MessageScan | null;
  makeCurrent(scan: MessageScan): void;
  /** Drops the editors the page removed. */
  forgetDetached(): void;
  /** Every editor's text must be read again (a new watchlist, protection switched). */
  markAllDirty(): void;
  /** Watches the focused editor, when protection arrives after the person started typing. */
  adoptFocusedEditor(): void;
  /** `editor`'s scan, caught up synchronously with its latest text; null when not protected. */
  freshScan(editor: HTMLElement): MessageScan | null;
  /** Editors whose message names a prospect (read fresh, synchronously). */
  editorsNamingProspects(): HTMLElement[];
}

export function createEditorTracker(adapter: SiteAdapter, events: EditorTrackerEvents, signal: AbortSignal): EditorTracker {
  const scans = new Map<HTMLElement, MessageScan>();
  let current: MessageScan | null = null;
  const active = () => events.protection()?.active === true;

  const mutations = new MutationObserver((records) => {
    for (const scan of scans.values()) {
      if (scan.kind === 'contenteditable' && records.some((record) => scan.editor.contains(record.target))) scan.dirty = true;
    }
    if (current?.dirty) events.requestRescan();
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
      if (typedIn.has(editable) || typedIn.has(editor) || takesOverTypedEditor(editor, scans.values())) scan.notePersonInput();
      scans.set(editor, scan);
      if (scan.kind === 'contenteditable') mutations.observe(editor, { childList: true, characterData: true, subtree: true });
      events.editorFound(scan);
    }
    scanOfEditable.set(editable, scan);
    return scan;
  };

  const makeCurrent = (scan: MessageScan) => {
    if (current === scan) return;
    current = scan;
    events.currentChanged();
    events.requestRescan();
  };

  window.addEventListener(
    'focusin',
    (event) => {
      if (events.isOwnEvent(event)) return;
      const scan = watch(editableFromEvent(event));
      if (scan) makeCurrent(scan);
    },
    { capture: true, signal },
  );
  // A person's own keystrokes, pastes, drops and autofill (a trusted change) arm an editor (see
  // MessageScan.armed). Created before the send guard so that the Enter sending a restored draft
  // arms it first.
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
        if (events.isOwnEvent(event) || !(event.isTrusted || announcesChange)) return;
        const editable = editableFromEvent(event);
        if (!editable) return;
        // Remembered even while the page is not protected (a quiet site switched back on).
        if (event.isTrusted) typedIn.add(editable);
        const scan = watch(editable);
        if (!scan) return;
        if (event.isTrusted) {
          const wasArmed = scan.armed;
          scan.notePersonInput();
          if (!wasArmed) {
            events.armed();
            events.requestRescan();
          }
        }
        if (announcesChange) {
          makeCurrent(scan);
          events.requestRescan();
        }
      },
      { capture: true, signal },
    );
  }

  const freshScan = (editor: HTMLElement): MessageScan | null => {
    const scan = scans.get(editor);
    const protection = events.protection();
    if (!scan || !protection?.active || !editor.isConnected) return null;
    // The last scan may predate the latest keystroke: catch up synchronously (a paragraph's work).
    if (scan.refresh(protection.scanner) && scan === current) events.requestRescan();
    return scan;
  };

  return {
    scans,
    get current() {
      return current;
    },
    watch,
    makeCurrent,
    forgetDetached() {
      for (const [editor] of scans) {
        if (!editor.isConnected) {
          scans.delete(editor);
          if (current?.editor === editor) current = null;
        }
      }
    },
    markAllDirty() {
      for (const scan of scans.values()) scan.dirty = true;
    },
    adoptFocusedEditor() {
      if (current || !active()) return;
      const focused = watch(editableAt(deepActiveElement()));
      if (focused) makeCurrent(focused);
    },
    freshScan,
    editorsNamingProspects() {
      const naming: HTMLElement[] = [];
      for (const editor of scans.keys()) {
        if (freshScan(editor)?.activeMatches().length) naming.push(editor);
      }
      return naming;
    },
  };
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}
