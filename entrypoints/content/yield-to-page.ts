// Gives the page its turn between two slices of our work (building a long list's matcher), so
// that its input and rendering never wait behind one long task of ours.

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/** Resolves after the page's pending work has had a turn: scheduler.yield(), else a new task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A MessageChannel message is a new task, without setTimeout's clamping to 4 ms when nested.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
