// The demo page behaves like a mail client and a chat app: their own send handlers, nothing from
// the extension. Prospect Guard steps in before these handlers when a message names a prospect.
import { text as words } from './demo-language.js';

const mailForm = document.getElementById('mail-form');
const mailBody = document.getElementById('mail-body');
const outbox = document.getElementById('mail-outbox');

function sendMail() {
  const text = mailBody.innerText.trim();
  if (!text) return;
  const to = mailForm.elements.namedItem('to').value;
  const subject = mailForm.elements.namedItem('subject').value;
  const item = document.createElement('li');
  const heading = document.createElement('b');
  heading.textContent = words.sentTo.replace('$TO', to).replace('$SUBJECT', subject);
  const body = document.createElement('p');
  body.textContent = text;
  item.append(heading, body);
  outbox.prepend(item);
  mailBody.replaceChildren();
  mailBody.focus();
}

mailForm.addEventListener('submit', (event) => {
  event.preventDefault();
  sendMail();
});
mailBody.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
    event.preventDefault();
    sendMail();
  }
});

const chatInput = document.getElementById('chat-input');
const chatLog = document.getElementById('chat-log');

chatInput.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
  event.preventDefault();
  const text = chatInput.innerText.trim();
  if (!text) return;
  const bubble = document.createElement('li');
  bubble.className = 'bubble mine';
  bubble.textContent = text;
  chatLog.append(bubble);
  chatLog.scrollTop = chatLog.scrollHeight;
  chatInput.replaceChildren();
});
