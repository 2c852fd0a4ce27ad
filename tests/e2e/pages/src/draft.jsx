import '../shared/deterministic-random.js';
import { useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { exposeEditor } from '../shared/test-page.js';

function Composer() {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  // The test hooks read the latest state between renders.
  const latest = useRef(editorState);
  latest.current = editorState;
  const { send } = useMemo(
    () =>
      exposeEditor({
        element: () => document.querySelector('.public-DraftEditor-content'),
        modelText: () => latest.current.getCurrentContent().getPlainText(),
        clear: () =>
          setEditorState((state) => EditorState.moveFocusToEnd(EditorState.push(state, ContentState.createFromText(''), 'remove-range'))),
      }),
    [],
  );
  return (
    <>
      <div className="editable">
        <Editor editorState={editorState} onChange={setEditorState} ariaLabel="Message body" />
      </div>
      <div className="actions">
        <button type="button" id="send" onClick={send}>
          Send
        </button>
      </div>
    </>
  );
}

createRoot(document.getElementById('root')).render(<Composer />);
