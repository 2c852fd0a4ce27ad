import '../shared/deterministic-random.js';
import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { exposeEditor } from '../shared/test-page.js';

let send = () => {};
const quill = new Quill('#editor', {
  theme: 'snow',
  modules: {
    toolbar: [['bold', 'italic']],
    keyboard: {
      // Configuration bindings run before Quill's own Enter: plain Enter sends, Shift+Enter is a line.
      bindings: {
        sendOnEnter: {
          key: 'Enter',
          shiftKey: false,
          handler: () => {
            send();
            return false;
          },
        },
      },
    },
  },
});
quill.root.setAttribute('aria-label', 'Message');
({ send } = exposeEditor({
  element: () => quill.root,
  modelText: () => quill.getText(),
  clear: () => quill.setText(''),
}));
