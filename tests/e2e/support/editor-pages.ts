// The editor test pages (tests/e2e/pages/) and how each one sends, for the table-driven tests
// and the page benchmark.

/** How the page's own code sends: chat Enter, mail Ctrl+Enter, or a click on its Send button. */
export type SendGesture = 'enter' | 'mod-enter' | 'button';

export interface EditorPage {
  /** Name shown in test titles and the benchmark table. */
  editor: string;
  file: string;
  /** The element a person clicks to type: the editable itself. */
  editorSelector: string;
  sendBy: SendGesture;
  /** Whether the editor holds several lines (a text input does not: no Shift+Enter case). */
  multiline: boolean;
}

export const EDITOR_PAGES: EditorPage[] = [
  { editor: 'textarea', file: 'textarea.html', editorSelector: '#editor', sendBy: 'enter', multiline: true },
  { editor: 'input', file: 'input.html', editorSelector: '#editor', sendBy: 'enter', multiline: false },
  { editor: 'contenteditable', file: 'contenteditable.html', editorSelector: '#editor', sendBy: 'mod-enter', multiline: true },
  { editor: 'Quill', file: 'quill.html', editorSelector: '.ql-editor', sendBy: 'enter', multiline: true },
  { editor: 'TipTap', file: 'tiptap.html', editorSelector: '.ProseMirror', sendBy: 'mod-enter', multiline: true },
  { editor: 'Lexical', file: 'lexical.html', editorSelector: '#editor', sendBy: 'enter', multiline: true },
  { editor: 'Slate', file: 'slate.html', editorSelector: '[data-slate-editor]', sendBy: 'enter', multiline: true },
  { editor: 'Draft.js', file: 'draft.html', editorSelector: '.public-DraftEditor-content', sendBy: 'button', multiline: true },
  { editor: 'CKEditor 5', file: 'ckeditor.html', editorSelector: '.ck-editor__editable', sendBy: 'button', multiline: true },
];
