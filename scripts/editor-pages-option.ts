// `--editors=Quill,Slate`: the editor pages a benchmark or the soak types into (all by default).
import { EDITOR_PAGES, type EditorPage } from '../tests/e2e/support/editor-pages';
import { textOption } from './script-options';

export function editorPagesOption(): readonly EditorPage[] {
  const names = textOption('editors')?.split(',');
  if (!names) return EDITOR_PAGES;
  const unknown = names.filter((name) => !EDITOR_PAGES.some((page) => page.editor === name));
  if (unknown.length > 0) {
    throw new Error(
      `--editors: no editor page named ${unknown.join(', ')}; they are: ${EDITOR_PAGES.map((page) => page.editor).join(', ')}`,
    );
  }
  return EDITOR_PAGES.filter((page) => names.includes(page.editor));
}
