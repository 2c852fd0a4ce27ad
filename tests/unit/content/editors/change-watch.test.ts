// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createChangeWatch, TYPING_PAUSE_MS } from '../../../../entrypoints/content/editors/change-watch';

describe('the change watch', () => {
  let controller: AbortController;
  let changes: number;
  let editor: HTMLElement;
  let watched: HTMLElement | null;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    controller = new AbortController();
    changes = 0;
    editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.innerHTML = '<p>Hello</p>';
    document.body.replaceChildren(editor);
    watched = editor;
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });
  const start = () => {
    const watch = createChangeWatch(
      () => watched,
      () => changes++,
      controller.signal,
    );
    watch.watchedChanged();
    return watch;
  };
  // MutationObserver callbacks run after the current task.
  const delivered = async () => {
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(0);
  };

  it('asks for a rescan when the page changes the editor while nobody types', async () => {
    start();
    editor.querySelector('p')!.textContent = 'Hello Acme Robotics';
    await delivered();
    expect(changes).toBeGreaterThan(0);
  });

  it('rests while the person types and resumes, with one rescan, once typing pauses', async () => {
    const watch = start();
    watch.typing();
    editor.querySelector('p')!.textContent = 'Hello A';
    await delivered();
    expect(changes).toBe(0);
    // Keys keep coming: still resting.
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 100);
    watch.typing();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS - 100);
    expect(changes).toBe(0);
    // The pause: one rescan for what changed meanwhile, and changes are seen again.
    await vi.advanceTimersByTimeAsync(200);
    expect(changes).toBe(1);
    editor.append(document.createElement('p'));
    await delivered();
    expect(changes).toBe(2);
  });

  it('watches the editor that became current, and nothing when none is', async () => {
    const watch = start();
    const other = document.createElement('div');
    document.body.append(other);
    watched = other;
    watch.watchedChanged();
    editor.textContent = 'not watched any more';
    await delivered();
    expect(changes).toBe(0);
    other.textContent = 'watched';
    await delivered();
    expect(changes).toBe(1);
    watched = null;
    watch.watchedChanged();
    other.textContent = 'no editor is current';
    await delivered();
    expect(changes).toBe(1);
  });

  it('stops for good when its signal aborts', async () => {
    const watch = start();
    watch.typing();
    controller.abort();
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 2);
    editor.textContent = 'after the end';
    await delivered();
    expect(changes).toBe(0);
  });
});
