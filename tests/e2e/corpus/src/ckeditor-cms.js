import { Bold, ClassicEditor, Essentials, Italic, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { did, wireOtherControls } from '../shared/record.js';

await ClassicEditor.create(document.getElementById('editor'), {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Bold, Italic],
  toolbar: ['bold', 'italic'],
});
// The editor's own toolbar buttons record what they did, as the page's other controls do.
for (const button of document.querySelectorAll('.ck-toolbar button')) {
  button.addEventListener('click', () => did(button.querySelector('.ck-button__label')?.textContent ?? 'toolbar'));
}
document.getElementById('publish').addEventListener('click', () => did('publish'));
wireOtherControls();
