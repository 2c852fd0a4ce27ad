// The popup's per-site switch: which host the active tab is on, and the settings with that site
// switched off or back on. Hosts are compared with the same rule the background uses.
import type { Settings } from '../../utils/model/settings';
import { isQuietSite, normalizeHost } from '../../utils/model/quiet-sites';

/** The host a per-site switch can act on, or null for pages with none (browser pages, files). */
export function switchableHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return normalizeHost(parsed.hostname) || null;
  } catch {
    return null;
  }
}

export function withSiteSwitchedOff(settings: Settings, host: string): Settings {
  const current = settings.switchedOffSites ?? [];
  if (isQuietSite(host, current)) return settings;
  return { ...settings, switchedOffSites: [...current, host] };
}

/** Removes every entry that covers `host` (a parent domain switches its subdomains off too). */
export function withSiteSwitchedOn(settings: Settings, host: string): Settings {
  const current = settings.switchedOffSites ?? [];
  return { ...settings, switchedOffSites: current.filter((site) => !isQuietSite(host, [site])) };
}
