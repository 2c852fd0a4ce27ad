import '../shared/deterministic-random.js';
import { exposeEditor, isPlainEnter } from '../shared/test-page.js';

const textarea = document.getElementById('editor');
const { send } = exposeEditor({
  element: () => textarea,
  modelText: () => textarea.value,
  clear: () => {
    textarea.value = '';
  },
});
textarea.addEventListener('keydown', (event) => {
  if (!isPlainEnter(event)) return;
  event.preventDefault();
  send();
});
