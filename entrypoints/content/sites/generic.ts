import type { SiteAdapter } from './site-adapter';

// Any page: no site knowledge, so send triggers are read from standard markup only.
const SEND_WORDS = /\b(send|envoyer|submit|post|reply|répondre)\b/i;

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
    const control = target.closest('button, input[type="submit"], [role="button"]');
    return control !== null && control === findSendControl(editor);
  },
  findSendControl,
  replayByClick: true,
  audience: () => ({ kind: 'unknown' }),
};

/** The nearest submit/send button sharing the editor's form or closest container. */
function findSendControl(editor: HTMLElement): HTMLElement | null {
  const form = editor.closest('form');
  if (form) {
    const submit = form.querySelector<HTMLElement>('button:not([type="button"]):not([type="reset"]), input[type="submit"]');
    if (submit) return submit;
  }
  let scope: HTMLElement | null = editor.parentElement;
  for (let depth = 0; scope && depth < 4; depth++, scope = scope.parentElement) {
    for (const button of scope.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]')) {
      const label = button.getAttribute('aria-label') ?? button.textContent ?? '';
      if (SEND_WORDS.test(label)) return button;
    }
  }
  return null;
}
