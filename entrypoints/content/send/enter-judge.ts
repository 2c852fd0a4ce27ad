// What a plain Enter does in an editor: the site adapter's word where it knows the site; otherwise
// what the page was seen doing with the person's earlier messages, and before that the editor's
// shape (docs/sending.md). Learning only watches: after an Enter we let through, it reads the
// editor a few times until the page has shown whether it sent (emptied the editor, submitted the
// form) or added a line. It adds nothing to the Enter itself and stops once the answer is known.
import { createEnterMemory, type EnterSnapshot, enterOutcome } from '../../../utils/sending/enter-learning';
import { type EnterBehaviour, judgeEnterByShape } from '../../../utils/sending/enter-shape';
import type { SiteAdapter } from '../sites';
import { lineCount, lookalikeKey, readEditorShape, visibleLines } from './editor-shape';

/**
 * When to look at the editor after an Enter: at once (most pages clear it in their own handler),
 * then later for frameworks that redraw late and chats that clear after a round trip. The person's
 * next key is a look too: typed text must not hide an editor the page had emptied.
 */
const OUTCOME_CHECKS_MS = [0, 50, 400, 1_500];

/** What a plain Enter does, and who said so: the site adapter, the page's own past, or the shape. */
export interface EnterVerdict {
  behaviour: EnterBehaviour;
  source: 'adapter' | 'learnt' | 'shape';
}

export interface EnterJudge {
  /** What a plain Enter in `editor` does now. */
  verdict(editor: HTMLElement): EnterVerdict;
  /** The editor got focus: its size at rest is noted once, before it grows with the message. */
  noteRest(editor: HTMLElement): void;
  /** A plain Enter in `editor` went through: watch what the page does with it, unless known. */
  watchOutcome(editor: HTMLElement): void;
  /** A form was submitted: the Enter being watched in it sent the message. */
  formSubmitted(form: HTMLFormElement): void;
  /** The person pressed a key: read the outcome of the Enter being watched before it changes the text. */
  beforeNextKey(): void;
}

export function createEnterJudge(
  adapter: SiteAdapter,
  messageText: (editor: HTMLElement) => string | null,
  signal: AbortSignal,
): EnterJudge {
  const memory = createEnterMemory<HTMLElement>();
  const restLines = new WeakMap<HTMLElement, number | null>();
  let watched: { editor: HTMLElement; before: EnterSnapshot; submitted: boolean; timers: number[] } | null = null;

  const learns = (editor: HTMLElement) => adapter.learnsEnter === true && !adapter.enterSends(editor);
  const snapshot = (editor: HTMLElement): EnterSnapshot | null => {
    const text = messageText(editor);
    return text === null ? null : { text, lines: lineCount(editor) };
  };
  const stopWatching = () => {
    for (const timer of watched?.timers ?? []) clearTimeout(timer);
    watched = null;
  };
  signal.addEventListener('abort', stopWatching, { once: true });

  const check = () => {
    if (!watched) return;
    const { editor, before, submitted } = watched;
    const after = editor.isConnected ? snapshot(editor) : { text: '', lines: 0 };
    const outcome = after ? enterOutcome(before, after, submitted) : null;
    if (outcome) {
      memory.remember(editor, lookalikeKey(editor), outcome);
      stopWatching();
    }
  };

  return {
    verdict(editor) {
      if (adapter.enterSends(editor)) return { behaviour: 'sends', source: 'adapter' };
      if (!adapter.learnsEnter) return { behaviour: 'new-line', source: 'adapter' };
      const learnt = memory.recall(editor, lookalikeKey(editor));
      if (learnt) return { behaviour: learnt, source: 'learnt' };
      if (!restLines.has(editor)) restLines.set(editor, visibleLines(editor));
      const sendControl = adapter.findSendControl?.(editor) ?? null;
      const shape = readEditorShape(editor, restLines.get(editor) ?? null, sendControl !== null);
      return { behaviour: judgeEnterByShape(shape).behaviour, source: 'shape' };
    },
    noteRest(editor) {
      if (learns(editor) && !restLines.has(editor)) restLines.set(editor, visibleLines(editor));
    },
    watchOutcome(editor) {
      if (!learns(editor) || memory.recall(editor, lookalikeKey(editor))) return;
      const before = snapshot(editor);
      if (!before) return;
      stopWatching();
      watched = { editor, before, submitted: false, timers: OUTCOME_CHECKS_MS.map((delay) => window.setTimeout(check, delay)) };
    },
    beforeNextKey() {
      if (watched) check();
    },
    formSubmitted(form) {
      if (!watched || !form.contains(watched.editor)) return;
      watched.submitted = true;
      check();
    },
  };
}
