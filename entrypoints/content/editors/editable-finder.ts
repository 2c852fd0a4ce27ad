// Finds the editable a person is typing in from an event, including inside open shadow roots
// (composedPath()[0] is the real target there, not the shadow host).

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', '']);

/** The textarea, text input or contenteditable editing host holding `node`, or null. */
export function editableAt(node: EventTarget | null | undefined): HTMLElement | null {
  if (!node || !(node instanceof Node)) return null;
  const element = node instanceof Element ? node : node.parentElement;
  if (!element || !(element instanceof HTMLElement)) return null;
  if (element instanceof HTMLTextAreaElement) return element.readOnly || element.disabled ? null : element;
  if (element instanceof HTMLInputElement) {
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    return TEXT_INPUT_TYPES.has(type) && !element.readOnly && !element.disabled ? element : null;
  }
  if (!element.isContentEditable) return null;
  // The editing host: the outermost contenteditable ancestor in the same tree.
  let host: HTMLElement = element;
  while (host.parentElement instanceof HTMLElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}

/** The editable an event happened in. */
export function editableFromEvent(event: Event): HTMLElement | null {
  return editableAt(event.composedPath()[0]);
}

/** Whether `node` lies inside `container`, crossing open shadow roots on the way up. */
export function isInside(container: Node, node: Node | null): boolean {
  for (let current: Node | null = node; current; ) {
    if (current === container) return true;
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return false;
}
