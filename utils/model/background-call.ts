// How a request reaches the background: `{ type, ...payload }` in, the typed response out, by the
// contract in messages.ts, so a request and its reply cannot drift apart. One helper for the
// extension pages (components/background-call.ts) and the content script
// (entrypoints/content/background-call.ts): each hands it browser.runtime.sendMessage, which keeps
// this module browser-free and lets the two runtimes share it without importing each other.
import type { BackgroundApi, BackgroundRequestType } from './messages';

/** browser.runtime.sendMessage, as far as a request needs it. */
export type SendMessage = (message: unknown) => Promise<unknown>;

/** Sends one request to the background and resolves with its typed response. */
export type CallBackground = <K extends BackgroundRequestType>(
  type: K,
  request: BackgroundApi[K]['request'],
) => Promise<BackgroundApi[K]['response']>;

export function backgroundCaller(sendMessage: SendMessage): CallBackground {
  return async function callBackground<K extends BackgroundRequestType>(type: K, request: BackgroundApi[K]['request']) {
    const reply: unknown = await sendMessage({ type, ...request });
    return reply as BackgroundApi[K]['response'];
  };
}
