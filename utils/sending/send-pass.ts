// The one-time pass "Send anyway" grants: one editor, that exact text, a few seconds. Browser-free.

export const SEND_PASS_LIFETIME_MS = 10_000;

interface Pass<Editor> {
  editor: Editor;
  text: string;
  expiresAt: number;
}

export interface SendPassBook<Editor> {
  /** Grant the pass, replacing any earlier one: only the latest decision counts. */
  grant(editor: Editor, text: string, now: number): void;
  /** True exactly once for the granted editor and text before expiry; any use attempt ends the pass. */
  consume(editor: Editor, text: string, now: number): boolean;
  /** Whether any pass is still waiting to be used (for the "press Enter to send" line). */
  waiting(now: number): boolean;
  revoke(): void;
}

export function createSendPassBook<Editor>(lifetimeMs = SEND_PASS_LIFETIME_MS): SendPassBook<Editor> {
  let pass: Pass<Editor> | null = null;
  const valid = (editor: Editor, text: string, now: number) =>
    pass !== null && pass.editor === editor && pass.text === text && now <= pass.expiresAt;
  return {
    grant(editor, text, now) {
      pass = { editor, text, expiresAt: now + lifetimeMs };
    },
    consume(editor, text, now) {
      if (!pass) return false;
      const granted = valid(editor, text, now);
      // A send of other text (or after expiry) voids the pass: it was for that message only.
      pass = null;
      return granted;
    },
    waiting: (now) => pass !== null && now <= pass.expiresAt,
    revoke() {
      pass = null;
    },
  };
}
