// @vitest-environment happy-dom
// The audience of a message typed in an ordinary web mail form (no site adapter): its To, Cc and
// Bcc fields, found by name, id, label or placeholder, in English and French. The forms below are
// shaped like self-hosted webmail and contact pages: Roundcube-style "_to"/"_cc" names, plain
// "to"/"cc" names, French labels ("À", "Cci") tied by <label for>, placeholders and aria-labels.
import { afterEach, describe, expect, it } from 'vitest';
import { isRecipientField, mailFormAudience } from '../../../../entrypoints/content/sites/page-audience';

afterEach(() => {
  document.body.innerHTML = '';
});

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  const editor = document.getElementById('body');
  if (!editor) throw new Error('The page has no #body editor.');
  return editor;
}

describe('mailFormAudience', () => {
  it('reads To, Cc and Bcc of a form named the Roundcube way (_to, _cc, _bcc), each address once', () => {
    const editor = page(`<form>
      <textarea name="_to" id="_to">Jane Doe &lt;jane@acme.com&gt;, carol@acme-robotics.com</textarea>
      <textarea name="_cc" id="_cc">jane@acme.com</textarea>
      <textarea name="_bcc" id="_bcc"></textarea>
      <input name="_subject" value="Q3">
      <textarea name="_message" id="body"></textarea>
    </form>`);
    expect(mailFormAudience(editor)).toEqual({ kind: 'recipients', addresses: ['jane@acme.com', 'carol@acme-robotics.com'] });
  });

  it('reads French fields by their labels ("À :", "Cc :", "Cci :") and a placeholder "Destinataires"', () => {
    const editor = page(`<form>
      <label for="f1">À :</label><input id="f1" name="f1" value="claire@exemple.fr">
      <label for="f2">Cc :</label><input id="f2" name="f2" value="">
      <label for="f3">Cci :</label><input id="f3" name="f3" value="paul@acme.com">
      <input name="f4" placeholder="Destinataires" value="eve@evil.io">
      <div id="body" contenteditable="true"></div>
    </form>`);
    expect(mailFormAudience(editor)).toEqual({ kind: 'recipients', addresses: ['claire@exemple.fr', 'paul@acme.com', 'eve@evil.io'] });
  });

  it('reads fields labelled by aria-label or aria-labelledby, and a contenteditable recipient box, outside any <form>', () => {
    const editor = page(`<div class="compose">
      <div class="row"><span id="to-label">To</span><div role="textbox" contenteditable="true" aria-labelledby="to-label">ann@x.org; bob@y.org</div></div>
      <div class="row"><input aria-label="Bcc" value="carl@z.org"></div>
      <div class="editor"><div id="body" contenteditable="true"></div></div>
      <button>Send</button>
    </div>`);
    expect(mailFormAudience(editor)).toEqual({ kind: 'recipients', addresses: ['ann@x.org', 'bob@y.org', 'carl@z.org'] });
  });

  it('leaves out Reply-To, From, Subject and hidden fields', () => {
    const editor = page(`<form>
      <input name="to" value="jane@acme.com">
      <input name="reply_to" value="me@elsewhere.io">
      <input name="from" value="me@acme.com">
      <input name="subject" placeholder="Subject" value="About carol@x.org">
      <input type="hidden" name="cc" value="hidden@bcc.io">
      <textarea id="body"></textarea>
    </form>`);
    expect(mailFormAudience(editor)).toEqual({ kind: 'recipients', addresses: ['jane@acme.com'] });
  });

  it('gives an empty list when the fields are there but no one is in them yet (counted as outside)', () => {
    const editor = page(`<form><input name="to" value=""><input name="cc" value=" "><textarea id="body"></textarea></form>`);
    expect(mailFormAudience(editor)).toEqual({ kind: 'recipients', addresses: [] });
  });

  it('keeps a name typed without an address, so it counts as outside', () => {
    const editor = page(`<form><input name="to" value="Carol Ray"><textarea id="body"></textarea></form>`);
    expect(mailFormAudience(editor)).toEqual({ kind: 'recipients', addresses: ['Carol Ray'] });
  });

  it('is unknown for a chat box or a comment with no recipient field around it', () => {
    const editor = page(
      `<form class="chat"><input name="q" type="search" placeholder="Search"><textarea id="body" placeholder="Write a message"></textarea><button>Send</button></form>`,
    );
    expect(mailFormAudience(editor)).toEqual({ kind: 'unknown' });
  });

  it('takes only the editor’s own form, not a neighbouring form’s To field', () => {
    const editor = page(`<form><input name="to" value="other@form.io"></form><form><textarea id="body"></textarea></form>`);
    expect(mailFormAudience(editor)).toEqual({ kind: 'unknown' });
  });
});

describe('isRecipientField', () => {
  it.each<[string, boolean]>([
    ['<input name="to">', true],
    ['<input name="mail[cc]">', true],
    ['<input name="message_bcc">', true],
    ['<input id="recipients">', true],
    ['<input placeholder="Add recipients">', true],
    ['<input aria-label="À">', true],
    ['<input aria-label="Copie cachée">', true],
    ['<input name="reply_to">', false],
    ['<input aria-label="Add to list">', false],
    ['<input placeholder="Search mail">', false],
    ['<input name="subject" placeholder="Subject">', false],
  ])('%s → %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(isRecipientField(document.body.firstElementChild!)).toBe(expected);
  });
});
