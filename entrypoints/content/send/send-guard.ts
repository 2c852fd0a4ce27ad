// Stops a send that names a prospect, before the page sees it: capture-phase listeners on window
// for Enter / Ctrl+Enter, clicks and Enter/Space on Send controls, and form submits; in a
// same-origin frame also on the embedding page (a mail body in an iframe, its Send outside).
// It only turns events into (editor, trigger) and asks the send decision once per event.
// A message without a prospect returns at once, synchronously: no added delay, no async work
// (a plain Enter we let through may then be watched, to learn what Enter does: enter-judge.ts).
import type { SendStep } from '../../../utils/sending/send-gate';
import { isInside } from '../editors/editable-finder';
import type { SiteAdapter } from '../sites';
import { createEnterJudge } from './enter-judge';
import type { SendDecision } from './send-decision';
import type { SendTrigger } from './send-trigger';

export interface SendGuardParts {
  adapter: SiteAdapter;
  decision: SendDecision;
  isOwnEvent(event: Event): boolean;
  /** The editor we watch that holds `node`, or null. */
  watchedEditorHolding(node: Node): HTMLElement | null;
  /** The editor's text, read fresh; null when it is not watched. */
  messageText(editor: HTMLElement): string | null;
}

export function installSendGuard(parts: SendGuardParts, signal: AbortSignal): void {
  const { adapter, decision } = parts;
  if (!adapter.intercepts) return;
  const enter = createEnterJudge(adapter, parts.messageText, signal);

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const stepOf = (event: Event, trigger: SendTrigger): SendStep => {
    if (trigger.kind === 'control') return event.type === 'keydown' ? 'control-key' : 'click';
    return trigger.kind === 'submit' ? 'submit' : 'key';
  };

  /** Stops the event unless the decision lets this send go; true when stopped. */
  const guard = (event: Event, editor: HTMLElement, trigger: SendTrigger): boolean => {
    if (decision.decide(editor, trigger, stepOf(event, trigger), event.isTrusted) !== 'stop') return false;
    stop(event);
    return true;
  };

  // By node type: in a frame, events on the embedding page carry nodes of another JavaScript realm.
  const origin = (event: Event): Element | null => {
    const target = event.composedPath()[0] as Node | undefined;
    if (!target || typeof target.nodeType !== 'number') return null;
    return target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement;
  };

  /** The control itself when the event hit something inside it (an icon in a Send button). */
  const controlAt = (target: Element): HTMLElement => {
    const control = target.closest('button, input[type="submit"], input[type="button"], [role="button"]') ?? target;
    return control as HTMLElement;
  };

  /** The editor (of those the decision named) whose Send control `target` is. */
  const editorOfControl = (target: Element, editors: HTMLElement[]): HTMLElement | null => {
    for (const editor of editors) {
      if (!isInside(editor, target) && adapter.isSendControl(target, editor)) return editor;
    }
    return null;
  };

  /** A click, or Enter/Space, on something that may be a Send control: stop it when it sends a prospect. */
  const guardControlActivation = (event: Event, target: Element) => {
    const candidates = decision.candidates(event.isTrusted);
    if (candidates.length === 0) return;
    const owner = editorOfControl(target, candidates);
    if (owner) guard(event, owner, { kind: 'control', control: controlAt(target) });
  };

  /** Enter in a watched editor: a send to judge, or a new line (then watched, to learn). */
  const guardEnter = (event: KeyboardEvent, editor: HTMLElement) => {
    const withModifier = event.ctrlKey || event.metaKey;
    // Nothing named anywhere and no question open: nothing to judge, so no adapter work either.
    const nothingToJudge = decision.candidates(event.isTrusted).length === 0;
    if (withModifier) {
      if (!nothingToJudge && adapter.modEnterSends(editor)) guard(event, editor, { kind: 'mod-enter' });
      return;
    }
    const verdict = nothingToJudge ? null : enter.verdict(editor);
    let stopped = false;
    if (verdict && verdict.behaviour !== 'new-line') {
      const judged = verdict.source !== 'shape' ? undefined : verdict.behaviour === 'unsure' ? 'unsure' : 'by-shape';
      stopped = guard(event, editor, { kind: 'enter', judged });
    }
    if (!stopped && event.isTrusted) enter.watchOutcome(editor);
  };

  const onKeydown = (event: KeyboardEvent) => {
    if (event.isTrusted) enter.beforeNextKey();
    if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'Spacebar') return;
    if (event.isComposing || event.keyCode === 229 || event.shiftKey) return;
    if (parts.isOwnEvent(event)) return;
    const target = origin(event);
    if (!target) return;
    const editor = parts.watchedEditorHolding(target);
    if (editor) {
      // In an editor only Enter can send; a space typed in a message returns here at once.
      if (event.key === 'Enter' && !event.altKey) guardEnter(event, editor);
      return;
    }
    guardControlActivation(event, target);
  };
  const onClick = (event: MouseEvent) => {
    if (parts.isOwnEvent(event)) return;
    const target = origin(event);
    if (target) guardControlActivation(event, target);
  };

  window.addEventListener('keydown', onKeydown, { capture: true, signal });
  window.addEventListener('click', onClick, { capture: true, signal });
  window.addEventListener(
    'submit',
    (event) => {
      const form = event.composedPath()[0];
      if (!(form instanceof HTMLFormElement)) return;
      enter.formSubmitted(form);
      const owner = decision.candidates(event.isTrusted).find((editor) => isInside(form, editor));
      const submitter = (event as SubmitEvent).submitter;
      if (owner) guard(event, owner, { kind: 'submit', form, submitter: submitter instanceof HTMLElement ? submitter : null });
    },
    { capture: true, signal },
  );
  // Its size at rest, before the message makes it grow: part of judging what Enter does.
  window.addEventListener(
    'focusin',
    (event) => {
      const target = origin(event);
      const editor = target && !parts.isOwnEvent(event) ? parts.watchedEditorHolding(target) : null;
      if (editor) enter.noteRest(editor);
    },
    { capture: true, signal },
  );

  // A same-origin frame's editor may be sent by a control of the embedding page.
  const embedding = embeddingWindow();
  if (embedding) {
    embedding.addEventListener('click', onClick, { capture: true, signal });
    embedding.addEventListener('keydown', (event) => (event.key === 'Enter' || event.key === ' ') && onControlKey(event), {
      capture: true,
      signal,
    });
  }
  function onControlKey(event: KeyboardEvent) {
    if (event.isComposing || event.shiftKey || parts.isOwnEvent(event)) return;
    const target = origin(event);
    if (target) guardControlActivation(event, target);
  }
}

/** The page embedding this frame, when there is one and it is same-origin. */
function embeddingWindow(): Window | null {
  try {
    return window.frameElement && window.parent !== window ? window.parent : null;
  } catch {
    return null; // a cross-origin parent
  }
}
