// The prompt box most AI assistants draw: one editor, Enter sends, Shift+Enter is a new line, and a
// Send button beside it among buttons that attach files, record voice or pick a model. No site
// knowledge here: each assistant's adapter says which editor and which button are its own.

import type { SiteAdapter } from './site-adapter';
import { composeBox } from './compose-box';
import { hostIs } from './dom-query';

export interface AssistantChat {
  id: string;
  hosts: readonly string[];
  /** The prompt box (a textarea or a contenteditable editor). */
  editor: string;
  /** Whether a control (a button or role=button) is this site's Send; attach, voice and menus never are. */
  isSendButton(control: HTMLElement): boolean;
  /** A synthetic click on the Send button is known to send (public scripts send that way). */
  replayByClick: boolean;
}

/** Controls a person can press in a composer. */
export const CONTROLS = 'button, [role="button"], input[type="submit"]';

/** A control that opens a menu or a file picker, or records voice, is never a Send, whatever its label. */
export function opensSomethingElse(control: HTMLElement): boolean {
  return control.getAttribute('aria-haspopup') === 'true' || control.getAttribute('aria-haspopup') === 'menu';
}

export function assistantChatAdapter(chat: AssistantChat): SiteAdapter {
  const isSend = (control: HTMLElement) => !opensSomethingElse(control) && chat.isSendButton(control);
  // The composer is the nearest ancestor of the prompt box holding its Send button (ChatGPT's form,
  // Claude's fieldset, Gemini's input area): a Send elsewhere on the page is not this prompt's.
  const composer = composeBox({ controls: CONTROLS, isSend });
  return {
    id: chat.id,
    matches: (url) => hostIs(url, chat.hosts),
    intercepts: true,
    editorFor: (editable) => (editable.matches(chat.editor) ? editable : null),
    enterSends: () => true,
    // Ctrl/Cmd+Enter submits a prompt too; it never makes a new line in these boxes.
    modEnterSends: () => true,
    isSendControl: composer.isSendControl,
    findSendControl: composer.findSendControl,
    replayByClick: chat.replayByClick,
    // What is typed into an assistant leaves the company: never the sales team.
    audience: () => ({ kind: 'unknown' }),
  };
}
