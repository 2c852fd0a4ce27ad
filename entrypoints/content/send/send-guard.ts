// Stops a send that names a prospect, before the page sees it: capture-phase listeners on window
// for Enter / Ctrl+Enter, clicks and Enter/Space on Send controls, and form submits.
// It only turns events into (editor, trigger) and asks the send decision once per event.
// A message without a prospect returns at once, synchronously: no added delay, no async work.
import type { SendStep } from '../../../utils/sending/send-gate';
import { isInside } from '../editors/editable-finder';
import type { SiteAdapter } from '../sites';
import type { SendDecision } from './send-decision';
import type { SendTrigger } from './send-trigger';

export interface SendGuardParts {
  adapter: SiteAdapter;
  decision: SendDecision;
  isOwnEvent(event: Event): boolean;
  /** The editor we watch that holds `node`, or null. */
  watchedEditorHolding(node: Node): HTMLElement | null;
}

export function installSendGuard(parts: SendGuardParts, signal: AbortSignal): void {
  const { adapter, decision } = parts;
  if (!adapter.intercepts) return;

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const stepOf = (event: Event, trigger: SendTrigger): SendStep => {
    if (trigger.kind === 'control') return event.type === 'keydown' ? 'control-key' : 'click';
    return trigger.kind === 'submit' ? 'submit' : 'key';
  };

  /** Stops the event unless the decision lets this send go. */
  const guard = (event: Event, editor: HTMLElement, trigger: SendTrigger) => {
    if (decision.decide(editor, trigger, stepOf(event, trigger), event.isTrusted) === 'stop') stop(event);
  };

  const origin = (event: Event): Element | null => {
    const target = event.composedPath()[0];
    if (target instanceof Element) return target;
    return target instanceof Node ? target.parentElement : null;
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

  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'Spacebar') return;
      if (event.isComposing || event.keyCode === 229 || event.shiftKey) return;
      if (parts.isOwnEvent(event)) return;
      const target = origin(event);
      if (!target) return;
      const editor = parts.watchedEditorHolding(target);
      if (editor) {
        // In an editor only Enter can send; a space typed in a message returns here at once.
        if (event.key !== 'Enter' || event.altKey) return;
        const withModifier = event.ctrlKey || event.metaKey;
        const sends = withModifier ? adapter.modEnterSends(editor) : adapter.enterSends(editor);
        if (sends) guard(event, editor, { kind: withModifier ? 'mod-enter' : 'enter' });
        return;
      }
      guardControlActivation(event, target);
    },
    { capture: true, signal },
  );

  window.addEventListener(
    'click',
    (event) => {
      if (parts.isOwnEvent(event)) return;
      const target = origin(event);
      if (!target) return;
      guardControlActivation(event, target);
    },
    { capture: true, signal },
  );

  window.addEventListener(
    'submit',
    (event) => {
      const form = event.composedPath()[0];
      if (!(form instanceof HTMLFormElement)) return;
      const owner = decision.candidates(event.isTrusted).find((editor) => isInside(form, editor));
      const submitter = (event as SubmitEvent).submitter;
      if (owner) guard(event, owner, { kind: 'submit', form, submitter: submitter instanceof HTMLElement ? submitter : null });
    },
    { capture: true, signal },
  );
}
