import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import { sendMessage, wireOtherControls } from '../shared/record.js';

const sendButton = document.getElementById('composer-submit-button');
let send = () => {};
function sendOnEnter() {
  send();
  return true;
}
const SubmitOnEnter = Extension.create({
  name: 'submitOnEnter',
  addKeyboardShortcuts: () => ({ Enter: sendOnEnter }),
});
const editor = new Editor({
  element: document.querySelector('.editor-wrap'),
  extensions: [StarterKit, Placeholder.configure({ placeholder: 'Ask anything' }), SubmitOnEnter],
  editorProps: { attributes: { id: 'prompt-textarea', class: 'ProseMirror' } },
  onUpdate: () => {
    sendButton.hidden = editor.isEmpty;
  },
});
send = () => {
  if (sendMessage(editor.getText({ blockSeparator: '\n' }))) editor.commands.clearContent(true);
};
// Real ChatGPT: the form's submit runs the same send; the untyped plus button opens its menu instead.
document.querySelector('form').addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});
wireOtherControls();
