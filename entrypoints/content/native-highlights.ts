// Highlights prospect names in a contenteditable with the CSS Custom Highlight API: the browser
// paints them, and the editor's DOM is never touched. The ::highlight rule goes in an adopted
// stylesheet (no element in the page), on the document and on any open shadow root holding an editor.

export interface NativeHighlights {
  show(editor: HTMLElement, ranges: Range[]): void;
  clear(): void;
}

const RULE = (name: string) =>
  `::highlight(${name}) { background-color: rgba(251, 191, 36, 0.35); text-decoration: underline wavy rgb(217, 119, 6); }`;

export function nativeHighlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function createNativeHighlights(signal: AbortSignal): NativeHighlights {
  const name = `x${Math.random().toString(36).slice(2, 10)}`;
  let sheet: CSSStyleSheet | null = null;
  const ensureRule = (root: Document | ShadowRoot) => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(RULE(name));
    }
    // The page may reassign its adopted sheets: add ours back whenever it is missing.
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
  const clear = () => {
    CSS.highlights.delete(name);
  };
  signal.addEventListener('abort', clear, { once: true });
  return {
    show(editor, ranges) {
      if (ranges.length === 0) return clear();
      ensureRule(document);
      const root = editor.getRootNode();
      if (root instanceof ShadowRoot) ensureRule(root);
      CSS.highlights.set(name, new Highlight(...ranges));
    },
    clear,
  };
}
