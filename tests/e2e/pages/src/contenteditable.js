import '../shared/deterministic-random.js';
import { exposeEditor, isModEnter } from '../shared/test-page.js';

const editable = document.getElementById('editor');
const { send } = exposeEditor({
  element: () => editable,
  // A bare contenteditable has no model but its DOM: innerText is what a mail app would send.
  modelText: () => editable.innerText,
  clear: () => {
    editable.replaceChildren();
    editable.focus();
  },
});
editable.addEventListener('keydown', (event) => {
  if (!isModEnter(event)) return;
  event.preventDefault();
  send();
});
document.getElementById('send').addEventListener('click', send);
