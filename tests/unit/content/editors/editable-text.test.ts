// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readContentEditable, readEditableText, rangeFor } from '../../../../entrypoints/content/editors/editable-text';

function editorWith(html: string): HTMLElement {
  const editor = document.createElement('div');
  editor.contentEditable = 'true';
  editor.innerHTML = html;
  document.body.replaceChildren(editor);
  return editor;
}

describe('reading a contenteditable', () => {
  it.each([
    ['plain text', 'Hello Acme', 'Hello Acme'],
    ['inline formatting', 'Hello <b>Ac</b><i>me</i> Robotics', 'Hello Acme Robotics'],
    ['a <br> line break', 'Hello<br>Acme', 'Hello\nAcme'],
    ['paragraphs', '<p>Hello</p><p>Acme</p>', 'Hello\nAcme'],
    ['nested blocks give one line break', '<div><p>Hello</p></div><div><p>Acme</p></div>', 'Hello\nAcme'],
    ['an empty line between paragraphs', '<p>Hello</p><p><br></p><p>Acme</p>', 'Hello\n\nAcme'],
    ['text after a block', '<div>Hello</div>Acme', 'Hello\nAcme'],
    ['list items', '<ul><li>Acme</li><li>Globex</li></ul>', 'Acme\nGlobex'],
    ['scripts and styles are not text', 'Acme<style>p{}</style><script>1</script>', 'Acme'],
    ['a trailing <br> placeholder', '<p>Acme<br></p>', 'Acme'],
    ['nothing', '', ''],
  ])('%s', (_case, html, expected) => {
    expect(readContentEditable(editorWith(html)).text).toBe(expected);
  });

  it.each([
    ['plain text', 'Hello Acme Robotics', 'Acme Robotics', 'Acme Robotics'],
    ['formatting inside the name', 'Hello <b>Ac</b><i>me</i> Robotics!', 'Acme Robotics', 'Acme Robotics'],
    // The line break between blocks is not in the DOM's text: the range spans the two text nodes.
    ['a name across paragraphs', '<p>Hi Acme</p><p>Robotics</p>', 'Acme\nRobotics', 'AcmeRobotics'],
    ['a name after a <br>', 'Hi<br>Acme Robotics', 'Acme Robotics', 'Acme Robotics'],
    ['a name at the start of a later paragraph', '<p>Hello</p><p>Acme Robotics</p>', 'Acme Robotics', 'Acme Robotics'],
    [
      'a name inside nested inline elements',
      '<p>x <span><a href="#">Acme <b>Robotics</b></a></span> y</p>',
      'Acme Robotics',
      'Acme Robotics',
    ],
  ])('maps text offsets back to a DOM range: %s', (_case, html, name, domText) => {
    const read = readContentEditable(editorWith(html));
    const start = read.text.indexOf(name);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(rangeFor(read, start, start + name.length)?.toString()).toBe(domText);
  });

  it('reads the value of a textarea and an input', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'Hi\nAcme';
    const input = document.createElement('input');
    input.value = 'Acme';
    expect(readEditableText(textarea)).toEqual({ text: 'Hi\nAcme', segments: [] });
    expect(readEditableText(input)).toEqual({ text: 'Acme', segments: [] });
  });

  it('does not change the editor while reading', () => {
    const html = '<p>Hello <b>Acme</b></p><p><br></p>';
    const editor = editorWith(html);
    const read = readContentEditable(editor);
    rangeFor(read, 6, 10);
    expect(editor.innerHTML).toBe(html);
  });
});
