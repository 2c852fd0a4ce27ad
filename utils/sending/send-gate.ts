// Decides whether a confirmed message may pass our send listeners: once, through the one-time
// pass, and then only along the same send's own chain of events (keydown → click → submit), never
// a second send. Browser-free.
import { createSendPassBook, SEND_PASS_LIFETIME_MS } from './send-pass';

/** The events one send runs through, in order. */
export type SendStep = 'key' | 'control-key' | 'click' | 'submit';
const STEP_ORDER: Record<SendStep, number> = { key: 0, 'control-key': 1, click: 2, submit: 3 };

/** How long after the pass is used the same send may still be passing through our listeners. */
export const SEND_CHAIN_MS = 1_000;

export interface SendGate<Editor> {
  /** "Send anyway": the next send of this editor with this exact text may go, once. */
  grant(editor: Editor, text: string, now: number): void;
  /** Whether this send step may go without asking (and uses the pass if it is the first step). */
  mayPass(editor: Editor, text: string, step: SendStep, now: number): boolean;
  /** A granted pass is still waiting for its send (neither used, voided nor expired). */
  waiting(now: number): boolean;
  revoke(): void;
}

export function createSendGate<Editor>(passLifetimeMs = SEND_PASS_LIFETIME_MS): SendGate<Editor> {
  const passes = createSendPassBook<Editor>(passLifetimeMs);
  let chain: { editor: Editor; text: string; step: number; at: number } | null = null;
  return {
    grant: (editor, text, now) => {
      chain = null;
      passes.grant(editor, text, now);
    },
    mayPass(editor, text, step, now) {
      const order = STEP_ORDER[step];
      // A later step of the send the pass let through (the click an Enter causes, the submit a click causes).
      if (chain && chain.editor === editor && chain.text === text && order > chain.step && now - chain.at <= SEND_CHAIN_MS) {
        chain.step = order;
        return true;
      }
      if (passes.consume(editor, text, now)) {
        chain = { editor, text, step: order, at: now };
        return true;
      }
      return false;
    },
    waiting: (now) => passes.waiting(now),
    revoke() {
      chain = null;
      passes.revoke();
    },
  };
}
