// Stops a send that names a prospect, before the page sees it: capture-phase listeners on window
// for Enter / Ctrl+Enter, clicks and Enter/Space on Send controls, and form submits.
// A message without a prospect returns at once, synchronously: no added delay, no async work.
import type { SendStep } from '../../../utils/sending/send-gate';
import type { SiteAdapter } from '../sites';
import { isInside } from '../editors/editable-finder';

export type SendTrigger =
  | { kind: 'enter' }
  | { kind: 'mod-enter' }
  | { kind: 'control'; control: HTMLElement }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null };

export interface SendGuardDeps {
  adapter: SiteAdapter;
  isOwnEvent(event: Event): boolean;
  /** The editor we watch that holds `node`, or null. */
  watchedEditorHolding(node: Node): HTMLElement | null;
  /**
   * Editors we watch whose message names a prospect (read fresh, synchronously). Editors a person
   * never typed in count only for a trusted event: a page script must not probe the watchlist by
   * filling its own editor and clicking Send.
   */
  editorsNamingProspects(trusted: boolean): HTMLElement[];
  /**
   * Decides synchronously: true when this send must wait for the person's choice.
   * Consults the audience and the one-time pass.
   */
  mustConfirm(editor: HTMLElement, step: SendStep, trusted: boolean): boolean;
  /** A confirmation is open: further sends wait for it. */
  confirming(): boolean;
  confirm(editor: HTMLElement, trigger: SendTrigger): void;
}

export function installSendGuard(deps: SendGuardDeps, signal: AbortSignal): void {
  const { adapter } = deps;
  if (!adapter.intercepts) return;

  const stop = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  const stepOf = (event: Event, trigger: SendTrigger): SendStep => {
    if (trigger.kind === 'control') return event.type === 'keydown' ? 'control-key' : 'click';
    return trigger.kind === 'submit' ? 'submit' : 'key';
  };

  /** Stops the event when the editor's send must be confirmed (or is being confirmed). */
  const guard = (event: Event, editor: HTMLElement, trigger: SendTrigger) => {
    if (deps.confirming()) return stop(event);
    if (!deps.mustConfirm(editor, stepOf(event, trigger), event.isTrusted)) return;
    stop(event);
    deps.confirm(editor, trigger);
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

  /** The prospect-naming editor whose Send control `target` is. */
  const editorOfControl = (target: Element, naming: HTMLElement[]): HTMLElement | null => {
    for (const editor of naming) {
      if (!isInside(editor, target) && adapter.isSendControl(target, editor)) return editor;
    }
    return null;
  };

  /** A click, or Enter/Space, on something that may be a Send control: stop it when it sends a prospect. */
  const guardControlActivation = (event: Event, target: Element) => {
    const naming = deps.editorsNamingProspects(event.isTrusted);
    if (naming.length === 0) return;
    const owner = editorOfControl(target, naming);
    if (owner) guard(event, owner, { kind: 'control', control: controlAt(target) });
  };

  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'Spacebar') return;
      if (event.isComposing || event.keyCode === 229 || event.shiftKey) return;
      if (deps.isOwnEvent(event)) return;
      const target = origin(event);
      if (!target) return;
      const editor = deps.watchedEditorHolding(target);
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
      if (deps.isOwnEvent(event)) return;
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
      const owner = deps.editorsNamingProspects(event.isTrusted).find((editor) => isInside(form, editor));
      const submitter = (event as SubmitEvent).submitter;
      if (owner) guard(event, owner, { kind: 'submit', form, submitter: submitter instanceof HTMLElement ? submitter : null });
    },
    { capture: true, signal },
  );
}
