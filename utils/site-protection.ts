// Whether a page gets protection, from its URL and the settings alone.
import type { Settings } from './settings';
import type { TabStatus } from './messages';

export type ProtectionState = { active: true } | { active: false; reason: NonNullable<TabStatus['reason']> };

// Extension pages, the browser's own pages and stores cannot (or must not) run our content script.
const PROTECTABLE_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

export function protectionState(url: string, settings: Settings): ProtectionState {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { active: false, reason: 'unsupported-page' };
  }
  if (!PROTECTABLE_PROTOCOLS.has(parsed.protocol)) return { active: false, reason: 'unsupported-page' };
  if (!settings.enabled) return { active: false, reason: 'off' };
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (settings.quietSites.some((site) => hostIsOrIsUnder(host, site))) return { active: false, reason: 'quiet-site' };
  if ((settings.switchedOffSites ?? []).some((site) => hostIsOrIsUnder(host, site))) return { active: false, reason: 'site-off' };
  return { active: true };
}

/** "mail.acme.com" is under "acme.com"; "notacme.com" is not. */
export function hostIsOrIsUnder(host: string, site: string): boolean {
  const bare = site.toLowerCase();
  return bare !== '' && (host === bare || host.endsWith(`.${bare}`));
}
