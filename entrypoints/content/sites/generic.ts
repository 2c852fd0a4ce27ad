import type { SiteAdapter } from './site-adapter';

// Any page: no site knowledge, so send triggers are read from standard markup only.
const SEND_WORDS = /\b(send|envoyer|submit|post|reply|répondre)\b/i;
const CONTROLS = 'button, [role="button"], input[type="submit"]';

export const genericAdapter: SiteAdapter = {
  id: 'generic',
  matches: () => true,
  intercepts: true,
  // Enter sends in a single-line field inside a form, or where the page says so (enterkeyhint="send").
  enterSends: (editor) =>
    editor.getAttribute('enterkeyhint') === 'send' ||
    (editor instanceof HTMLInputElement && editor.form !== null),
  modEnterSends: (editor) => findSendControl(editor) !== null,
  isSendControl: (target, editor) => {
    const control = target.closest(CONTROLS);
    return control !== null && control === findSendControl(editor);
  },
  findSendControl,
  replayByClick: true,
  audience: () => ({ kind: 'unknown' }),
};

/**
 * The nearest submit/send button sharing the editor's form or closest container, looking up
 * through open shadow roots (a web component holding both the editor and its button).
 */
function findSendControl(editor: HTMLElement): HTMLElement | null {
  const form = editor instanceof HTMLInputElement || editor instanceof HTMLTextAreaElement ? editor.form : editor.closest('form');
  if (form) {
    const submit = form.querySelector<HTMLElement>('button:not([type="button"]):not([type="reset"]), input[type="submit"]');
    if (submit) return submit;
  }
  let scope: ParentNode | null = parentScope(editor);
  for (let depth = 0; scope && depth < 4; depth++, scope = parentScope(scope)) {
    for (const button of scope.querySelectorAll<HTMLElement>(CONTROLS)) {
      const label = button.getAttribute('aria-label') ?? button.textContent ?? '';
      if (SEND_WORDS.test(label)) return button;
    }
  }
  return null;
}

/** The element or shadow root around `node`; a shadow root leads on to its host's parent. */
function parentScope(node: ParentNode): ParentNode | null {
  if (node instanceof ShadowRoot) return parentScope(node.host);
  const parent = (node as Node).parentNode;
  return parent instanceof Element || parent instanceof ShadowRoot ? parent : null;
}
