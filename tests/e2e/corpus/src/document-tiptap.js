import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Placeholder } from '@tiptap/extensions';
import { wireOtherControls } from '../shared/record.js';

new Editor({
  element: document.getElementById('doc'),
  extensions: [StarterKit, Placeholder.configure({ placeholder: 'Start writing, or press / for commands' })],
});
wireOtherControls();
