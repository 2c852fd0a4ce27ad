// Small helpers to drive Preact components in happy-dom the way a person would.
import { act } from 'preact/test-utils';
import { render, type ComponentChild } from 'preact';

export async function mount(node: ComponentChild): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(async () => {
    render(node, container);
  });
  await settle();
  return container;
}

/** Lets pending promises (fake background replies) and Preact's re-renders finish. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await act(async () => {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
    });
  }
}

/** The form control whose <label> text is exactly `text`. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === text);
  if (!label) throw new Error(`No label "${text}".`);
  const control = label.htmlFor ? root.querySelector<T>(`#${CSS.escape(label.htmlFor)}`) : null;
  if (!control) throw new Error(`Label "${text}" is not tied to a control.`);
  return control;
}

/** The button whose accessible name (aria-label or text) is exactly `name`. */
export function byButton(root: ParentNode, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find(
    (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
  );
  if (!button) throw new Error(`No button "${name}".`);
  return button;
}

export async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
  });
  await settle();
}

export async function submit(form: HTMLFormElement): Promise<void> {
  await act(async () => {
    form.requestSubmit();
  });
  await settle();
}

export function texts(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((element) => element.textContent?.trim() ?? '');
}
