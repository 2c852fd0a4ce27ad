import '../shared/deterministic-random.js';
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, Node, Transforms, createEditor } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { exposeEditor, isPlainEnter } from '../shared/test-page.js';

const EMPTY = [{ type: 'paragraph', children: [{ text: '' }] }];

function Composer() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const { send } = useMemo(
    () =>
      exposeEditor({
        element: () => document.querySelector('[data-slate-editor]'),
        modelText: () => editor.children.map((block) => Node.string(block)).join('\n'),
        clear: () => {
          Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
          Transforms.select(editor, Editor.start(editor, []));
        },
      }),
    [editor],
  );
  return (
    <Slate editor={editor} initialValue={EMPTY}>
      <Editable
        className="editable"
        aria-label="Message"
        onKeyDown={(event) => {
          if (!isPlainEnter(event.nativeEvent)) return;
          event.preventDefault();
          send();
        }}
      />
    </Slate>
  );
}

createRoot(document.getElementById('root')).render(<Composer />);
