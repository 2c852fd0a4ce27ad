import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import { sendMessage, wireOtherControls } from '../shared/record.js';

let send = () => {};
function sendOnEnter() {
  send();
  return true;
}
const SendOnEnter = Extension.create({
  name: 'sendOnEnter',
  addKeyboardShortcuts: () => ({ Enter: sendOnEnter }),
});
const editor = new Editor({
  element: document.getElementById('editor'),
  extensions: [StarterKit, Placeholder.configure({ placeholder: 'How can I help you today?' }), SendOnEnter],
  editorProps: { attributes: { 'aria-label': 'Write your prompt to Claude', role: 'textbox', 'aria-multiline': 'true' } },
});
send = () => {
  if (sendMessage(editor.getText({ blockSeparator: '\n' }))) editor.commands.clearContent(true);
};
document.querySelector('.send').addEventListener('click', () => send());
wireOtherControls();
