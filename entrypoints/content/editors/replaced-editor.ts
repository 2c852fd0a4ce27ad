// A page that rebuilds its editor (or its whole <html>) on each keystroke hands the person's text
// to a fresh element. That element counts as typed in when it holds exactly the text of an editor
// the person typed in that has just left the page: a caution for text the person typed tells the
// page nothing new, while text the page wrote itself still never counts.
import { readEditableText } from './editable-text';
import type { MessageScan } from './message-scan';

export function takesOverTypedEditor(editor: HTMLElement, scans: Iterable<MessageScan>): boolean {
  let text: string | null = null;
  for (const previous of scans) {
    if (!previous.armed || previous.editor.isConnected) continue;
    text ??= readEditableText(editor).text;
    if (text.trim() !== '' && readEditableText(previous.editor).text === text) return true;
  }
  return false;
}
