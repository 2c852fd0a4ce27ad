// Waits for a condition the browser cannot signal by itself (the accessibility tree, a log in
// Node). Polls, so tests wait for a state rather than sleeping for a fixed time.
export async function waitUntil<T>(read: () => Promise<T | null | undefined | false>, description: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}${cause}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
