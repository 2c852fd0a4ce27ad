import { did, isPlainEnter, sendMessage } from '../shared/record.js';

// The widget writes its own document into an empty iframe, as Intercom's loader does.
const frame = document.getElementById('intercom-frame');
const doc = frame.contentDocument;
doc.open();
doc.write(`<!doctype html><html><head><style>
  body { margin: 0; font: 14px/1.4 -apple-system, "Segoe UI", sans-serif; display: flex; flex-direction: column; height: 100vh; }
  .intercom-conversation-parts { flex: 1; padding: 16px; overflow: auto; }
  .intercom-composer { display: flex; align-items: flex-end; gap: 4px; border-top: 1px solid #e6e6e6; padding: 10px 12px; }
  .intercom-composer textarea { flex: 1; border: 0; resize: none; font: inherit; line-height: 20px; height: 20px; max-height: 100px; outline: none; padding: 6px 0; }
  .intercom-composer button { width: 32px; height: 32px; border: 0; background: none; cursor: pointer; padding: 0; }
  .intercom-composer button[hidden] { display: none; }
  svg { width: 18px; height: 18px; }
</style></head><body>
  <div class="intercom-conversation-parts" role="log" aria-live="polite"><p>Hi there 👋 How can we help?</p></div>
  <div class="intercom-composer">
    <textarea aria-label="Message…" placeholder="Message…" rows="1"></textarea>
    <button type="button" aria-label="Insert an emoji" class="intercom-composer-emoji-button"><svg viewBox="0 0 16 16"><circle cx="8" cy="8" r="7"/></svg></button>
    <button type="button" aria-label="Insert a GIF" class="intercom-composer-gif-button"><svg viewBox="0 0 16 16"><rect width="14" height="10" x="1" y="3"/></svg></button>
    <button type="button" aria-label="Attach a file" class="intercom-composer-upload-button"><svg viewBox="0 0 16 16"><path d="M4 8l5-5 2 2-5 5z"/></svg><input type="file" hidden /></button>
    <button type="button" aria-label="Send a message…" class="intercom-composer-send-button" hidden><svg viewBox="0 0 16 16"><path d="M8 2l6 6H10v6H6V8H2z"/></svg></button>
  </div>
</body></html>`);
doc.close();

const textarea = doc.querySelector('textarea');
const sendButton = doc.querySelector('.intercom-composer-send-button');
const log = doc.querySelector('.intercom-conversation-parts');
const grow = () => {
  textarea.style.height = '20px';
  textarea.style.height = `${Math.min(textarea.scrollHeight - 12, 100)}px`;
  sendButton.hidden = textarea.value.trim() === '';
};
const send = () => {
  if (!sendMessage(textarea.value)) return;
  const part = doc.createElement('p');
  part.textContent = textarea.value;
  log.append(part);
  textarea.value = '';
  grow();
};
textarea.addEventListener('input', grow);
textarea.addEventListener('keydown', (event) => {
  if (!isPlainEnter(event)) return;
  event.preventDefault();
  send();
});
sendButton.addEventListener('click', send);
doc.querySelector('.intercom-composer-emoji-button').addEventListener('click', () => did('emoji'));
doc.querySelector('.intercom-composer-gif-button').addEventListener('click', () => did('gif'));
doc.querySelector('.intercom-composer-upload-button').addEventListener('click', () => did('attach'));
