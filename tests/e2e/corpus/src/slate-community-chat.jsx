import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, Node, Transforms, createEditor } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { did, isPlainEnter, sendMessage } from '../shared/record.js';

const EMPTY = [{ type: 'paragraph', children: [{ text: '' }] }];

function ChannelTextArea() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const send = () => {
    if (!sendMessage(editor.children.map((block) => Node.string(block)).join('\n'))) return;
    Transforms.delete(editor, { at: { anchor: Editor.start(editor, []), focus: Editor.end(editor, []) } });
    // Slate keeps the empty blocks: merge them back into one paragraph, as Discord does.
    while (editor.children.length > 1) Transforms.removeNodes(editor, { at: [editor.children.length - 1] });
    Transforms.select(editor, Editor.start(editor, []));
  };
  return (
    <div className="channelTextArea">
      <button type="button" className="icon-button" aria-label="Upload a file or send invites" onClick={() => did('upload')}>
        ＋
      </button>
      <Slate editor={editor} initialValue={EMPTY}>
        <Editable
          role="textbox"
          aria-multiline="true"
          aria-label="Message #general"
          placeholder="Message #general"
          onKeyDown={(event) => {
            if (!isPlainEnter(event.nativeEvent)) return;
            event.preventDefault();
            send();
          }}
        />
      </Slate>
      <button type="button" className="icon-button" aria-label="Send a gift" onClick={() => did('gift')}>
        🎁
      </button>
      <button type="button" className="icon-button" aria-label="Open GIF picker" onClick={() => did('gif')}>
        GIF
      </button>
      <button type="button" className="icon-button" aria-label="Select emoji" onClick={() => did('emoji')}>
        ☺
      </button>
    </div>
  );
}

createRoot(document.getElementById('root')).render(<ChannelTextArea />);
