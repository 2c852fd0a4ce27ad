import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { did, sendMessage } from '../shared/record.js';

function Composer() {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const latest = useRef(editorState);
  latest.current = editorState;
  const text = () => latest.current.getCurrentContent().getPlainText();
  const send = () => {
    if (!sendMessage(text())) return;
    setEditorState((state) => EditorState.moveFocusToEnd(EditorState.push(state, ContentState.createFromText(''), 'remove-range')));
  };
  const empty = !editorState.getCurrentContent().hasText();
  return (
    <div className="composer">
      <div role="button" tabIndex={0} aria-label="Attach a file" onClick={() => did('attach')}>
        📎
      </div>
      <div role="button" tabIndex={0} aria-label="Choose a sticker" onClick={() => did('sticker')}>
        🙂
      </div>
      <div role="button" tabIndex={0} aria-label="Choose a GIF" onClick={() => did('gif')}>
        GIF
      </div>
      <div className="field">
        <Editor
          editorState={editorState}
          onChange={setEditorState}
          placeholder="Aa"
          ariaLabel="Message"
          role="textbox"
          keyBindingFn={(event) => (event.key === 'Enter' && !event.shiftKey ? 'send-message' : getDefaultKeyBinding(event))}
          handleKeyCommand={(command) => {
            if (command !== 'send-message') return 'not-handled';
            send();
            return 'handled';
          }}
        />
      </div>
      {empty ? (
        <div role="button" tabIndex={0} aria-label="Send a Like" onClick={() => did('like')}>
          👍
        </div>
      ) : (
        <div role="button" tabIndex={0} aria-label="Press enter to send" onClick={send}>
          ➤
        </div>
      )}
    </div>
  );
}

createRoot(document.getElementById('root')).render(<Composer />);
