// Sites where the person wants no caution (the CRM itself). Browser-free.

import { isSameOrSubdomain } from './audience';

/**
 * True when `hostname` is one of the quiet sites or a subdomain of one. Entries may be written the
 * way people paste them: "crm.acme.com", "https://crm.acme.com/deals", "CRM.acme.com:8443", "*.acme.com".
 */
export function isQuietSite(hostname: string, quietSites: readonly string[]): boolean {
  const host = normalizeHost(hostname);
  if (host === '') return false;
  return quietSites.some((site) => isSameOrSubdomain(host, normalizeHost(site)));
}

/** The bare lower-case host name an entry names, or '' when it names none. */
export function normalizeHost(site: string): string {
  let text = site.trim().toLowerCase();
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  text = text.replace(/[/?#].*$/, ''); // path, query, fragment
  text = text.replace(/^[^@]*@/, ''); // user info
  text = text.replace(/:\d*$/, ''); // port
  text = text.replace(/^(\*\.|\.)+/, '').replace(/\.$/, '');
  return text;
}
