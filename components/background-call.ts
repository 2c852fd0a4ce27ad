// The one door to the background, which owns the store: used by the extension's pages (popup,
// settings, onboarding) and by the content script alike. It sits in components/ beside i18n.ts,
// with the other browser-side helpers those share; utils/ stays browser-free. Typed by the
// contract in utils/model/messages.ts, so a request and its reply cannot drift apart.
import { browser } from 'wxt/browser';
import type { BackgroundApi, BackgroundRequestType } from '../utils/model/messages';

type RequestOf<K extends BackgroundRequestType> = BackgroundApi[K]['request'];
type ResponseOf<K extends BackgroundRequestType> = BackgroundApi[K]['response'];

/** Sends one request to the background and resolves with its typed response. */
export async function callBackground<K extends BackgroundRequestType>(type: K, request: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, ...request });
  return reply as ResponseOf<K>;
}
