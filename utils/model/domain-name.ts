// Turns what people paste as a website or a site ("https://www.acme.com/about") into a bare
// domain or host name, refusing what is not one. Stripping is the quiet-sites rule's own.
import { normalizeHost } from './quiet-sites';

// Labels of letters (any script), digits and hyphens, with at least one dot: "acme.com", "société.fr".
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u;
// A host name, dotted or not ("localhost", "10.0.0.7").
const HOSTNAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u;

// "www." names the same site as the bare domain, whose subdomains are covered anyway.
const bareHost = (text: string) => normalizeHost(text).replace(/^www\d?\./, '');

/** "https://www.Acme.com:8080/path?q" → "acme.com"; null when nothing domain-like is there. */
export function domainFromWebsite(website: string): string | null {
  const host = bareHost(website);
  return DOMAIN.test(host) ? host : null;
}

/** A site as a person writes it ("https://crm.example.com/home", "*.example.com") → "crm.example.com". */
export function hostnameFromSite(site: string): string | null {
  const host = bareHost(site);
  return HOSTNAME.test(host) ? host : null;
}
