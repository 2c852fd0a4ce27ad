// What a site's own code does with its composer, for the saved pages (the pages hold the sites'
// structure only): the message starts empty; Enter (chats) or Ctrl/Cmd+Enter (mail) sends, as does
// the Send control; a sent message is logged in window.__sent and the editor emptied, as real apps
// do; an empty message is not sent. Every other button handles its own click (attach, voice, menus)
// and is logged in window.__clicked; a form never navigates.
(() => {
  const config = document.currentScript.dataset;
  const editor = document.querySelector(config.editor);
  const sendControl = config.send ? document.querySelector(config.send) : null;
  const isField = editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement;
  window.__sent = [];
  window.__clicked = [];
  // The message as the app reads it: a line per paragraph, a line break per <br>.
  const linesOf = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeName === 'BR') return '\n';
    const inner = [...node.childNodes].map(linesOf).join('');
    return /^(P|DIV|LI)$/.test(node.nodeName) && node !== editor ? `${inner}\n` : inner;
  };
  window.__editorText = () => (isField ? editor.value : linesOf(editor).replace(/\n+$/, ''));

  const clear = () => {
    if (isField) {
      editor.value = '';
      return;
    }
    const line = document.createElement('p');
    line.append(document.createElement('br'));
    editor.replaceChildren(line);
  };
  const send = () => {
    const text = window.__editorText();
    if (!text.trim()) return;
    window.__sent.push(text);
    clear();
  };
  clear();

  editor.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const withModifier = event.ctrlKey || event.metaKey;
    const sends = config.kind === 'chat' ? !event.shiftKey && !event.altKey : withModifier;
    if (!sends) return;
    event.preventDefault();
    send();
  });
  document.addEventListener('click', (event) => {
    const control = event.target instanceof Element ? event.target.closest('button, [role="button"]') : null;
    if (!control) return;
    event.preventDefault();
    if (control === sendControl) send();
    else window.__clicked.push(control.id);
  });
  document.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
})();
