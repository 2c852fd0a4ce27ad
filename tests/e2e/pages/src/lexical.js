import '../shared/deterministic-random.js';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND, createEditor } from 'lexical';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { exposeEditor } from '../shared/test-page.js';

const root = document.getElementById('editor');
const editor = createEditor({
  namespace: 'chat',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

const { send } = exposeEditor({
  element: () => root,
  modelText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  clear: () =>
    editor.update(
      () => {
        const paragraph = $createParagraphNode();
        $getRoot().clear().append(paragraph);
        paragraph.select();
      },
      { discrete: true },
    ),
});
// Chat: plain Enter sends; Shift+Enter falls through to rich text's line break.
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
