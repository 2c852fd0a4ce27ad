import Quill from 'quill';
import 'quill/dist/quill.core.css';
import { sendMessage, wireOtherControls } from '../shared/record.js';

let send = () => {};
const quill = new Quill('#quill-host', {
  placeholder: 'Ask Gemini',
  modules: {
    toolbar: false,
    keyboard: {
      bindings: {
        submit: {
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
quill.root.setAttribute('aria-label', 'Enter a prompt here');
quill.root.setAttribute('role', 'textbox');
send = () => {
  if (sendMessage(quill.getText().replace(/\n$/, ''))) quill.setText('');
};
document.querySelector('.send-button').addEventListener('click', () => send());
wireOtherControls();
