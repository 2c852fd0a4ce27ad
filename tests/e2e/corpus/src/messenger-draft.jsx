import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState, getDefaultKeyBinding } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { did, sendMessage } from '../shared/record.js';

/** Messenger draws its controls as divs with role="button", answering Enter and Space as buttons do. */
function DivButton({ label, onPress, children }) {
  const onKeyDown = (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onPress();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: the page copies Messenger's div role="button" controls, the markup under test
    <div role="button" tabIndex={0} aria-label={label} onClick={onPress} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

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
      <DivButton label="Attach a file" onPress={() => did('attach')}>
        📎
      </DivButton>
      <DivButton label="Choose a sticker" onPress={() => did('sticker')}>
        🙂
      </DivButton>
      <DivButton label="Choose a GIF" onPress={() => did('gif')}>
        GIF
      </DivButton>
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
        <DivButton label="Send a Like" onPress={() => did('like')}>
          👍
        </DivButton>
      ) : (
        <DivButton label="Press enter to send" onPress={send}>
          ➤
        </DivButton>
      )}
    </div>
  );
}

createRoot(document.getElementById('root')).render(<Composer />);
