import '../shared/deterministic-random.js';
import { Editor, Extension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { exposeEditor } from '../shared/test-page.js';

let send = () => {};
// Mail: Mod-Enter sends (Shift-Enter is StarterKit's hard break).
const SendShortcut = Extension.create({
  name: 'sendShortcut',
  addKeyboardShortcuts: () => ({
    'Mod-Enter': () => {
      send();
      return true;
    },
  }),
});
const editor = new Editor({
  element: document.getElementById('editor'),
  extensions: [StarterKit, SendShortcut],
  editorProps: { attributes: { class: 'editable', 'aria-label': 'Message body' } },
});
({ send } = exposeEditor({
  element: () => editor.view.dom,
  modelText: () => editor.getText(),
  clear: () => editor.chain().clearContent(true).focus().run(),
}));
document.getElementById('send').addEventListener('click', () => send());
