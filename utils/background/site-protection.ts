// Whether a page gets protection, from its URL and the settings alone.
import type { Settings } from '../model/settings';
import type { TabStatus } from '../model/messages';
import { isQuietSite } from '../model/quiet-sites';

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
  const host = parsed.hostname;
  // Both lists name sites the same way (subdomains included), so they share one rule.
  if (isQuietSite(host, settings.quietSites)) return { active: false, reason: 'quiet-site' };
  if (isQuietSite(host, settings.switchedOffSites ?? [])) return { active: false, reason: 'site-off' };
  return { active: true };
}
