import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { sendMessage, wireOtherControls } from '../shared/record.js';

const root = document.getElementById('ask-input');
const placeholder = document.querySelector('.placeholder');
const editor = createEditor({
  namespace: 'ask',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
editor.registerUpdateListener(({ editorState }) => {
  placeholder.hidden = editorState.read(() => $getRoot().getTextContent() !== '');
});
const text = () => editor.getEditorState().read(() => $getRoot().getTextContent());
const send = () => {
  if (!sendMessage(text())) return;
  editor.update(() => {
    const paragraph = $createParagraphNode();
    $getRoot().clear().append(paragraph);
    paragraph.select();
  });
};
editor.registerCommand(
  KEY_ENTER_COMMAND,
  (event) => {
    if (!event || event.shiftKey || event.isComposing) return false;
    event.preventDefault();
    send();
    return true;
  },
  COMMAND_PRIORITY_HIGH,
);
document.querySelector('[data-testid="submit-button"]').addEventListener('click', send);
wireOtherControls();
