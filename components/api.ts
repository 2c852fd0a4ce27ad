// The one door from extension pages (popup, settings, onboarding) to the background, which owns
// the store. Typed by the contract in utils/model/messages.ts so a request and its reply cannot drift.
import { browser } from 'wxt/browser';
import type { BackgroundApi, BackgroundRequestType } from '../utils/model/messages';

export type RequestOf<K extends BackgroundRequestType> = BackgroundApi[K]['request'];
export type ResponseOf<K extends BackgroundRequestType> = BackgroundApi[K]['response'];

/** Sends one request to the background and resolves with its typed response. */
export async function callBackground<K extends BackgroundRequestType>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, ...request });
  return reply as ResponseOf<K>;
}
