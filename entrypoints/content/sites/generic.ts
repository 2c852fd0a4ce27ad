import type { SiteAdapter } from './site-adapter';

// Any page: no site knowledge, so send triggers are read from standard markup only.
const SEND_WORDS = /\b(send|envoyer|submit|post|reply|répondre)\b/i;
const CONTROLS = 'button, [role="button"], input[type="submit"]';
const EDITABLES =
  'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], [role="textbox"]';

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  intercepts: true,
  // Enter sends in a single-line field inside a form, or where the page says so (enterkeyhint="send").
  enterSends: (editor) => editor.getAttribute('enterkeyhint') === 'send' || (editor instanceof HTMLInputElement && editor.form !== null),
  modEnterSends: (editor) => findSendControl(editor) !== null,
  // The control itself is judged, not "the first Send found": a hidden decoy placed before the real
  // Send must not decide which control counts.
  isSendControl: (target, editor) => {
    const control = target.closest<HTMLElement>(CONTROLS);
    return control !== null && sendControlsOf(editor).includes(control);
  },
  findSendControl,
  replayByClick: true,
  audience: () => ({ kind: 'unknown' }),
};

/** The first Send control of the editor a person can see (for replay and Ctrl+Enter). */
function findSendControl(editor: HTMLElement): HTMLElement | null {
  return sendControlsOf(editor).find(isRendered) ?? null;
}

/**
 * The editor's Send controls: its form's submit buttons, then the buttons labelled as sending that
 * share its closest containers, looking up through open shadow roots (a web component holding both
 * the editor and its button). Nearest first.
 */
function sendControlsOf(editor: HTMLElement): HTMLElement[] {
  const controls: HTMLElement[] = [];
  const form = editor instanceof HTMLInputElement || editor instanceof HTMLTextAreaElement ? editor.form : editor.closest('form');
  if (form) controls.push(...form.querySelectorAll<HTMLElement>('button:not([type="button"]):not([type="reset"]), input[type="submit"]'));
  let scope: ParentNode | null = parentScope(editor);
  for (let depth = 0; scope && depth < 4; depth++, scope = parentScope(scope)) {
    for (const button of scope.querySelectorAll<HTMLElement>(CONTROLS)) {
      // A button in a form the editor is not part of sends that form, not this editor's message;
      // one that sits nearer another editor is that editor's.
      if (controls.includes(button) || !belongsToEditorsForm(button, form) || !nearestEditorIs(editor, button, scope)) continue;
      const label = button.getAttribute('aria-label') ?? button.textContent ?? '';
      if (SEND_WORDS.test(label)) controls.push(button);
    }
  }
  return controls;
}

/** Laid out and visible: a control hidden from the person is not the one they meant. */
function isRendered(control: HTMLElement): boolean {
  if (typeof control.checkVisibility === 'function' && !control.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
    return false;
  }
  return control.getClientRects().length > 0;
}

function belongsToEditorsForm(button: HTMLElement, editorForm: HTMLFormElement | null): boolean {
  const buttonForm = button instanceof HTMLButtonElement || button instanceof HTMLInputElement ? button.form : button.closest('form');
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

/** The element or shadow root around `node`; a shadow root leads on to its host's parent. */
function parentScope(node: ParentNode): ParentNode | null {
  if (node instanceof ShadowRoot) return parentScope(node.host);
  const parent = (node as Node).parentNode;
  return parent instanceof Element || parent instanceof ShadowRoot ? parent : null;
}
