import '../shared/deterministic-random.js';
import { exposeEditor } from '../shared/test-page.js';

const input = document.getElementById('editor');
const { send } = exposeEditor({
  element: () => input,
  modelText: () => input.value,
  clear: () => {
    input.value = '';
    input.focus();
  },
});
// Enter in the field submits the form (implicit submission), as the Send button does.
document.getElementById('form').addEventListener('submit', (event) => {
  event.preventDefault();
  send();
});
