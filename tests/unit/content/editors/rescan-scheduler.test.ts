// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRescanScheduler } from '../../../../entrypoints/content/editors/rescan-scheduler';

describe('the rescan scheduler', () => {
  let controller: AbortController;
  let runs: number;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    runs = 0;
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });
  const start = () => createRescanScheduler(() => runs++, controller.signal);
  const compose = (type: 'compositionstart' | 'compositionend') => window.dispatchEvent(new Event(type));

  it('runs later, not during the keystroke, and coalesces many requests into one run', () => {
    const scheduler = start();
    scheduler.request();
    scheduler.request();
    scheduler.request();
    expect(runs).toBe(0);
    vi.runAllTimers();
    expect(runs).toBe(1);
  });

  it('holds rescans during an IME composition and runs one when it ends', () => {
    const scheduler = start();
    compose('compositionstart');
    scheduler.request();
    vi.runAllTimers();
    expect(runs).toBe(0);
    compose('compositionend');
    vi.runAllTimers();
    expect(runs).toBe(1);
  });

  it('drops a pending run when a composition starts before it fires', () => {
    const scheduler = start();
    scheduler.request();
    compose('compositionstart');
    vi.runAllTimers();
    expect(runs).toBe(0);
  });

  it('stops when its signal aborts', () => {
    const scheduler = start();
    scheduler.request();
    controller.abort();
    vi.runAllTimers();
    expect(runs).toBe(0);
  });
});
