// Saves where the person's caret was and puts it back (after the dialog), and selects a prospect
// name to show it. Only the selection changes: the text and DOM stay as they are.
import { editableKind } from './editable-text';

export type SavedSelection =
  | { kind: 'field'; start: number; end: number; direction: 'forward' | 'backward' | 'none' }
  | { kind: 'range'; range: Range | null };

function selectionOf(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  return ('getSelection' in root && typeof root.getSelection === 'function' ? root.getSelection() : null) ?? document.getSelection();
}

export function saveSelection(editor: HTMLElement): SavedSelection {
  if (editableKind(editor) !== 'contenteditable') {
    const field = editor as HTMLTextAreaElement | HTMLInputElement;
    return { kind: 'field', start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0, direction: field.selectionDirection ?? 'none' };
  }
  const selection = selectionOf(editor);
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return { kind: 'range', range: range && editor.contains(range.startContainer) ? range : null };
}

export function restoreSelection(editor: HTMLElement, saved: SavedSelection): void {
  if (!editor.isConnected) return;
  editor.focus({ preventScroll: true });
  if (saved.kind === 'field') {
    (editor as HTMLTextAreaElement | HTMLInputElement).setSelectionRange(saved.start, saved.end, saved.direction);
    return;
  }
  if (!saved.range || !editor.contains(saved.range.startContainer)) return;
  const selection = selectionOf(editor);
  selection?.setBaseAndExtent(saved.range.startContainer, saved.range.startOffset, saved.range.endContainer, saved.range.endOffset);
}

/** Selects a span of a textarea/input and brings it into view. */
export function selectInField(field: HTMLTextAreaElement | HTMLInputElement, start: number, end: number): void {
  field.focus({ preventScroll: true });
  field.setSelectionRange(start, end);
  field.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Selects a range of a contenteditable and brings it into view. */
export function selectRange(editor: HTMLElement, range: Range): void {
  editor.focus({ preventScroll: true });
  selectionOf(editor)?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
  const anchor = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
