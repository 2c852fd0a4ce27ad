// Reads what judging Enter by shape needs off an editor and the page around it (the rules are in
// utils/sending/enter-shape.ts). Reads only; walks out of open shadow roots and same-origin frames
// by node type, as the embedding page's nodes come from another JavaScript realm.
import { type EditorShape, isEnterToSendSwitch, isSubjectField } from '../../../utils/sending/enter-shape';
import { editableKind } from '../editors/editable-text';

const FIELDS = 'input, textarea, select, [contenteditable="true"], [role="textbox"], [role="combobox"]';
const LINE_STRUCTURE = 'br, p, div, li, h1, h2, h3, h4, h5, h6, blockquote, pre';
/** How far up from the editor its compose box may reach. */
const COMPOSE_DEPTH = 4;
/** How far up hints by the editor are read: its compose box, never the whole page. */
const HINT_DEPTH = 3;
const HINT_MAX_LENGTH = 200;
const SWITCHES = 'input[type="checkbox"], [role="switch"], [role="checkbox"]';

/** The editor's shape now; `restLines` as measured when it was first seen (or now). */
export function readEditorShape(editor: HTMLElement, restLines: number | null, sendControlBeside: boolean): EditorShape {
  const multiline = editor.getAttribute('aria-multiline');
  return {
    kind: editableKind(editor),
    enterKeyHint: editor.getAttribute('enterkeyhint')?.toLowerCase() ?? null,
    ariaMultiline: multiline === 'true' ? true : multiline === 'false' ? false : null,
    isSearch: isSearchBox(editor),
    restLines,
    labels: labelsOf(editor),
    sendControlBeside,
    mailFields: hasSubjectFieldBeside(editor),
    hints: hintsBeside(editor),
    enterToSendSwitch: enterToSendSwitch(editor),
  };
}

/** Lines of text the editor has room for, or null where nothing is laid out. */
export function visibleLines(editor: HTMLElement): number | null {
  const view = editor.ownerDocument.defaultView;
  if (!view) return null;
  const style = view.getComputedStyle(editor);
  const padding = (Number.parseFloat(style.paddingTop) || 0) + (Number.parseFloat(style.paddingBottom) || 0);
  // A whole-document editor (an iframe's body) has the frame's height to fill.
  const height = (editor === editor.ownerDocument.body ? Math.max(editor.clientHeight, view.innerHeight) : editor.clientHeight) - padding;
  if (!(height > 0)) return null;
  const fontSize = Number.parseFloat(style.fontSize) || 16;
  const lineHeight = style.lineHeight === 'normal' ? fontSize * 1.2 : Number.parseFloat(style.lineHeight) || fontSize * 1.2;
  return height / lineHeight;
}

/** Line breaks and blocks in the editor: Enter adds one even where the text read hides it. */
export function lineCount(editor: HTMLElement): number {
  if (editableKind(editor) !== 'contenteditable') return ((editor as HTMLTextAreaElement).value.match(/\n/g) ?? []).length;
  return editor.querySelectorAll(LINE_STRUCTURE).length;
}

/** A key that looks the same in a composer the page rebuilt after each message. */
export function lookalikeKey(editor: HTMLElement): string {
  return [
    editor.localName,
    editor.getAttribute('role'),
    editor.getAttribute('aria-label'),
    editor.getAttribute('placeholder'),
    editor.id,
  ].join('|');
}

function isSearchBox(editor: HTMLElement): boolean {
  const role = editor.getAttribute('role');
  if (role === 'searchbox' || role === 'combobox' || editor.getAttribute('type') === 'search') return true;
  return editor.closest('[role="search"], search') !== null;
}

/** Placeholder, accessible name, label and the placeholder that editors draw themselves. */
function labelsOf(editor: HTMLElement): string[] {
  const labels = ['placeholder', 'aria-placeholder', 'aria-label', 'data-placeholder', 'title'].map((name) => editor.getAttribute(name));
  for (const id of (editor.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    labels.push(editor.ownerDocument.getElementById(id)?.textContent ?? null);
  }
  if ('labels' in editor) for (const label of (editor as HTMLTextAreaElement).labels ?? []) labels.push(label.textContent);
  // ProseMirror/TipTap, Quill and Slate mark their empty line; Lexical and Draft.js draw a sibling.
  for (const drawn of editor.querySelectorAll('[data-placeholder], [data-slate-placeholder]')) {
    labels.push(drawn.getAttribute('data-placeholder') ?? drawn.textContent);
  }
  for (const sibling of editor.parentElement?.children ?? []) {
    if (sibling !== editor && /placeholder/i.test(sibling.getAttribute('class') ?? '')) labels.push(sibling.textContent);
  }
  return labels.filter((label): label is string => Boolean(label?.trim()));
}

/** A Subject field in the editor's form, or in the few containers around it (across frames). */
function hasSubjectFieldBeside(editor: HTMLElement): boolean {
  let scope: Node | null = editor.closest('form');
  if (!scope) {
    let node: Node = editor;
    for (let depth = 0, up = outerParent(node); up && depth < COMPOSE_DEPTH; depth++, up = outerParent(node)) node = up;
    scope = node === editor ? null : node;
  }
  if (!scope) return false;
  for (const field of (scope as ParentNode).querySelectorAll<HTMLElement>(FIELDS)) {
    if (field === editor || field.contains(editor)) continue;
    const names = ['name', 'id', 'aria-label', 'placeholder'].map((name) => field.getAttribute(name) ?? '');
    if ('labels' in field) for (const label of (field as HTMLInputElement).labels ?? []) names.push(label.textContent ?? '');
    if (isSubjectField(names)) return true;
  }
  return false;
}

/** The parent node, out of a shadow root to its host and out of a same-origin frame to the frame. */
function outerParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in parent) return (parent as ShadowRoot).host;
  if (parent.nodeType === Node.DOCUMENT_NODE) {
    try {
      return (parent as Document).defaultView?.frameElement ?? null;
    } catch {
      return null; // a cross-origin parent
    }
  }
  return parent;
}

/** The compose box's containers around the editor, nearest first, never the page's body. */
function containersOf(editor: HTMLElement, depth: number): Element[] {
  const containers: Element[] = [];
  for (let node = editor.parentElement; node && containers.length < depth; node = node.parentElement) {
    if (node === node.ownerDocument.body || node === node.ownerDocument.documentElement) break;
    containers.push(node);
  }
  return containers;
}

/** Short texts the page shows beside the editor ("按下Ctrl+Enter换行", "Shift + Enter for a new line"). */
function hintsBeside(editor: HTMLElement): string[] {
  const hints: string[] = [];
  for (const id of (editor.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
    hints.push(editor.ownerDocument.getElementById(id)?.textContent ?? '');
  }
  let inner: Element = editor;
  for (const container of containersOf(editor, HINT_DEPTH)) {
    for (const child of container.children) {
      if (child === inner || child.contains(editor)) continue;
      const text = child.textContent?.trim() ?? '';
      if (text && text.length <= HINT_MAX_LENGTH) hints.push(text);
    }
    inner = container;
  }
  return hints.filter(Boolean);
}

/** A "Press Enter to send" switch in the compose box: on or off; null when there is none. */
function enterToSendSwitch(editor: HTMLElement): boolean | null {
  const box = containersOf(editor, HINT_DEPTH).at(-1);
  for (const control of box?.querySelectorAll<HTMLElement>(SWITCHES) ?? []) {
    const label = [
      control.getAttribute('aria-label'),
      control.closest('label')?.textContent,
      ...[...((control as HTMLInputElement).labels ?? [])].map((l) => l.textContent),
    ]
      .filter(Boolean)
      .join(' ');
    if (!isEnterToSendSwitch(label)) continue;
    return control instanceof HTMLInputElement ? control.checked : control.getAttribute('aria-checked') === 'true';
  }
  return null;
}
