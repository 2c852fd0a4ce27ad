import '../shared/deterministic-random.js';
import { Bold, ClassicEditor, Essentials, Italic, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { exposeEditor } from '../shared/test-page.js';

const editor = await ClassicEditor.create(document.getElementById('editor'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['bold', 'italic'],
});

/** The model's plain text: paragraphs joined by line breaks, soft breaks as line breaks. */
function modelText() {
  const blocks = Array.from(editor.model.document.getRoot().getChildren());
  return blocks
    .map((block) =>
      Array.from(block.getChildren())
        .map((node) => (node.is('$text') ? node.data : node.is('element', 'softBreak') ? '\n' : ''))
        .join(''),
    )
    .join('\n');
}

const { send } = exposeEditor({
  element: () => editor.ui.getEditableElement(),
  modelText,
  // Like mail apps, put the caret back in the composer after sending.
  clear: () => {
    editor.setData('');
    editor.editing.view.focus();
  },
});
document.getElementById('send').addEventListener('click', send);
