// Turns what people paste as a website ("https://www.acme.com/about") into a bare domain.

// Labels of letters (any script), digits and hyphens, with at least one dot: "acme.com", "société.fr".
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}\p{N}-]{2,63}$/u;

/** "https://www.Acme.com:8080/path?q" → "acme.com"; null when nothing domain-like is there. */
export function domainFromWebsite(website: string): string | null {
  let host = website.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  host = host.replace(/^[^/@]*@/, ''); // user info, or an email address pasted as a domain
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host.replace(/:\d+$/, '').replace(/\.$/, '');
  host = host.replace(/^www\d?\./, '');
  return DOMAIN.test(host) ? host : null;
}

// A host name: labels of letters, digits and hyphens, dotted or not ("localhost", "10.0.0.7").
const HOSTNAME = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)*$/u;

/** A site as a person writes it ("https://crm.example.com/home", "*.example.com") → "crm.example.com". */
export function hostnameFromSite(site: string): string | null {
  let host = site.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^[^/@]*@/, '');
  host = host.split(/[/?#]/, 1)[0] ?? '';
  host = host.replace(/:\d+$/, '').replace(/\.$/, '').replace(/^\*\./, '').replace(/^www\d?\./, '');
  return HOSTNAME.test(host) ? host : null;
}
