// Who a message goes to, and whether that audience is the sales team alone. Browser-free.
// The rule: warn unless every recipient belongs to the sales team; anything unknown is outside.

import type { SalesTeam } from './settings';

/** Who a message goes to, as far as the page shows it. Unknown counts as outside the sales team. */
export type Audience =
  | { kind: 'recipients'; addresses: string[] } // mail: To, Cc and Bcc
  | { kind: 'channel'; name: string } // chat: channel or conversation name
  | { kind: 'unknown' };

/** True only when the page shows who the message goes to and every one of them is in the sales team. */
export function isSalesTeamOnly(audience: Audience, salesTeam: SalesTeam): boolean {
  switch (audience.kind) {
    case 'recipients':
      // No recipient yet means we cannot know who will receive it: outside.
      // An entry may itself hold a list ("a@x.com, b@y.com"): every address in it must pass.
      return (
        audience.addresses.length > 0 &&
        audience.addresses.every((entry) => {
          const parts = parseAddressList(entry);
          return parts.length > 0 && parts.every((recipient) => isSalesTeamAddress(recipient, salesTeam));
        })
      );
    case 'channel':
      return isSalesTeamChannel(audience.name, salesTeam);
    case 'unknown':
      return false;
  }
}

/**
 * Who the message reaches outside the sales team, as the page shows them, each once: the
 * recipients that are not team addresses (a name with no address is outside), or the
 * conversation when it is not a team channel. Empty when every one is in the team, and when the
 * page names no one (an unknown audience or an empty list: outside, but no one to name).
 */
export function outsideRecipients(audience: Audience, salesTeam: SalesTeam): string[] {
  switch (audience.kind) {
    case 'recipients': {
      const outside = audience.addresses.flatMap((entry) => {
        const parts = parseAddressList(entry);
        return parts.filter((recipient) => !isSalesTeamAddress(recipient, salesTeam));
      });
      return [...new Set(outside)];
    }
    case 'channel':
      return audience.name.trim() !== '' && !isSalesTeamChannel(audience.name, salesTeam) ? [audience.name.trim()] : [];
    case 'unknown':
      return [];
  }
}

/**
 * Splits what a person or a page wrote in a To/Cc/Bcc field into one entry per recipient.
 * Display forms are reduced to the address ("Jane Doe <Jane@Acme.com>" → "jane@acme.com");
 * commas and semicolons inside quotes or angle brackets do not split. A part with no address in it
 * (a name still being typed) is kept as written, so that it counts as an unknown recipient.
 */
export function parseAddressList(text: string): string[] {
  const recipients: string[] = [];
  for (const part of splitOutsideQuotes(text)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    recipients.push(addressIn(trimmed) ?? trimmed);
  }
  return recipients;
}

/** The email address in one recipient ("Jane <jane@acme.com>", "mailto:jane@acme.com"), lower case, or null. */
export function addressIn(recipient: string): string | null {
  const angled = /<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+?)\s*>/i.exec(recipient);
  const bare = angled ?? /(?:^|[\s"'(,;:])(?:mailto:)?([^\s<>()"',;:]+@[^\s<>()"',;:]+)/i.exec(recipient);
  const candidate = bare?.[1]?.toLowerCase().replace(/\.$/, '');
  return candidate !== undefined && isAddress(candidate) ? candidate : null;
}

function isSalesTeamAddress(recipient: string, salesTeam: SalesTeam): boolean {
  const address = addressIn(recipient);
  if (address === null) return false;
  if (salesTeam.emails.some((email) => addressIn(email) === address)) return true;
  const domain = address.slice(address.lastIndexOf('@') + 1);
  return salesTeam.domains.some((teamDomain) => isSameOrSubdomain(domain, normalizeDomain(teamDomain)));
}

function isSalesTeamChannel(name: string, salesTeam: SalesTeam): boolean {
  const channel = normalizeChannel(name);
  return channel !== '' && salesTeam.channels.some((teamChannel) => normalizeChannel(teamChannel) === channel);
}

/** "  #Sales-Team " and "sales-team" name the same channel. */
export function normalizeChannel(name: string): string {
  return name.normalize('NFC').trim().replace(/^#\s*/, '').trim().toLowerCase();
}

// People write domains as "@acme.com", "*.acme.com" or "Acme.com."; all mean acme.com.
function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^(\*\.|@|\.)+/, '')
    .replace(/\.$/, '');
}

/** `host` is `domain` itself or one of its subdomains; "notacme.com" is not under "acme.com". */
export function isSameOrSubdomain(host: string, domain: string): boolean {
  if (domain === '') return false;
  return host === domain || host.endsWith(`.${domain}`);
}

function isAddress(candidate: string): boolean {
  const at = candidate.lastIndexOf('@');
  if (at <= 0 || at === candidate.length - 1) return false;
  const domain = candidate.slice(at + 1);
  return !domain.startsWith('.') && !domain.endsWith('.') && !domain.includes('..') && !/\s/.test(candidate);
}

// Address lists separate recipients with commas, semicolons or line breaks, except inside a quoted
// display name ("Doe, Jane") or an angle-bracketed address.
function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inQuotes = false;
  let inAngle = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && inQuotes && i + 1 < text.length) {
      current += char + text[++i];
      continue;
    }
    if (char === '"' && !inAngle) inQuotes = !inQuotes;
    else if (char === '<' && !inQuotes) inAngle = true;
    else if (char === '>' && !inQuotes) inAngle = false;
    if (!inQuotes && !inAngle && (char === ',' || char === ';' || char === '\n' || char === '\r')) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}
