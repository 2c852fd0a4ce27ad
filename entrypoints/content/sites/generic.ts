import { mailFormAudience } from './page-audience';
import type { SiteAdapter } from './site-adapter';
import { CONTROL_CANDIDATES, controlAround, type SendEvidence, sendEvidence } from './send-control';

// Any page: no site knowledge, so Send controls are found by what they are (send-control.ts) and
// Enter's effect is worked out by the send path from the editor's shape and the page's own
// behaviour (learnsEnter; docs/sending.md).
const EDITABLES =
  'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';
const FORM_SUBMITS = 'button:not([type="button"]):not([type="reset"]), input[type="submit"], input[type="image"]';

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  intercepts: true,
  // Certain without looking further: the page says so (enterkeyhint="send"), or a single-line field
  // in a form, which the browser submits on Enter. Everything else is learnt (learnsEnter).
  enterSends: (editor) => editor.getAttribute('enterkeyhint') === 'send' || (editor instanceof HTMLInputElement && editor.form !== null),
  learnsEnter: true,
  modEnterSends: (editor) => findSendControl(editor) !== null,
  // The control itself is judged, not "the first Send found": a hidden decoy placed before the real
  // Send must not decide which control counts.
  isSendControl: (target, editor) => {
    const control = controlAround(target, editor);
    return control !== null && sendControlsOf(editor).includes(control);
  },
  findSendControl,
  replayByClick: true,
  // A webmail form's To/Cc/Bcc fields (by name, label or placeholder, en and fr); unknown elsewhere.
  audience: (editor) => mailFormAudience(editor),
};

/** The first Send control of the editor a person can see (for replay and Ctrl+Enter). */
function findSendControl(editor: HTMLElement): HTMLElement | null {
  return sendControlsOf(editor).find(isRendered) ?? null;
}

/**
 * The editor's Send controls: its form's submit buttons, then the controls that say they send and
 * share its closest containers, looking up through open shadow roots (a web component holding both
 * the editor and its button) and out of a same-origin frame (a mail body in an iframe). Nearest
 * first; controls known only by a label in another language count only when nothing else does.
 */
function sendControlsOf(editor: HTMLElement): HTMLElement[] {
  const found = new Map<HTMLElement, SendEvidence>();
  const form = formAround(editor);
  if (form) {
    for (const button of form.querySelectorAll<HTMLElement>(FORM_SUBMITS)) {
      const evidence = sendEvidence(button, true);
      if (evidence) found.set(button, evidence);
    }
  }
  let scope: ParentNode | null = parentScope(editor);
  for (let depth = 0; scope && depth < 4; depth++, scope = parentScope(scope)) {
    for (const candidate of scope.querySelectorAll(CONTROL_CANDIDATES)) {
      const control = controlAround(candidate, editor);
      // A control in a form the editor is not part of sends that form, not this editor's message;
      // one that sits nearer another editor is that editor's.
      if (!control || found.has(control) || !belongsToEditorsForm(control, form) || !nearestEditorIs(editor, control, scope)) continue;
      const evidence = sendEvidence(control, false);
      if (evidence) found.set(control, evidence);
    }
  }
  const controls = [...found.keys()];
  const known = controls.filter((control) => found.get(control) !== 'foreign-label');
  return known.length > 0 ? known : controls;
}

/** The editor's form; for a frame's editor (a mail body in an iframe), the form around the frame. */
function formAround(editor: HTMLElement): HTMLFormElement | null {
  if (editor instanceof HTMLInputElement || editor instanceof HTMLTextAreaElement) return editor.form;
  return editor.closest('form') ?? (frameOf(editor.ownerDocument)?.closest('form') as HTMLFormElement | null) ?? null;
}

/** Laid out and visible: a control hidden from the person is not the one they meant. */
function isRendered(control: HTMLElement): boolean {
  if (typeof control.checkVisibility === 'function' && !control.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
    return false;
  }
  return control.getClientRects().length > 0;
}

function belongsToEditorsForm(button: HTMLElement, editorForm: HTMLFormElement | null): boolean {
  const buttonForm = 'form' in button ? (button.form as HTMLFormElement | null) : button.closest('form');
  return buttonForm === null || buttonForm === editorForm;
}

/**
 * Whether, seen from `scope` (an ancestor of the editor), `editor` is the editable nearest the button:
 * false when the button's branch of `scope` holds another editable, or holds the editor itself
 * (then a lower scope already judged the button).
 */
function nearestEditorIs(editor: HTMLElement, button: HTMLElement, scope: ParentNode): boolean {
  let branch: ParentNode = button;
  for (let parent = parentScope(branch); parent && parent !== scope; parent = parentScope(parent)) branch = parent;
  if (branch === button) return true;
  if ((branch as Node).contains(editor)) return false;
  for (const other of branch.querySelectorAll<HTMLElement>(EDITABLES)) {
    if (!editor.contains(other) && !other.contains(editor)) return false;
  }
  return true;
}

/**
 * The element or shadow root around `node`; a shadow root leads on to its host's parent, and a
 * same-origin frame's document to the frame's parent in the embedding page. Node types, not
 * instanceof: the embedding page's nodes come from another JavaScript realm.
 */
function parentScope(node: ParentNode): ParentNode | null {
  if (isShadowRoot(node)) return parentScope(node.host);
  const parent = (node as Node).parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE || isShadowRoot(parent)) return parent as ParentNode;
  if (parent.nodeType === Node.DOCUMENT_NODE) return frameOf(parent as Document)?.parentNode ?? null;
  return null;
}

function isShadowRoot(node: Node | ParentNode): node is ShadowRoot {
  return (node as Node).nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in node;
}

/** The frame element embedding `document`, when the embedding page is same-origin. */
function frameOf(document: Document): Element | null {
  try {
    return document.defaultView?.frameElement ?? null;
  } catch {
    return null; // a cross-origin parent
  }
}
