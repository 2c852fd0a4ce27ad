// The terms an entry is matched by: its name, aliases, contacts and domains, each folded the one
// way the matcher compares them. Compiling (compile.ts) and hashing (hashed-terms.ts) both read
// entries through here, so a hashed list folds exactly as a plain one.
import { foldString, nameKey } from './normalize';
import { TermKind, type MatchableEntry } from './types';

const GUARD_UNTIL = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether an entry is guarded at `now`: open, and `guardUntil` (if any) not past. guardUntil
 * covers that whole day in local time. An unreadable date keeps guarding: missing a prospect is
 * the worse mistake, and the store validates dates on input.
 */
export function isEntryGuarded(entry: MatchableEntry, now: Date): boolean {
  if (entry.status !== 'open') return false;
  if (!entry.guardUntil) return true;
  const parts = GUARD_UNTIL.exec(entry.guardUntil);
  if (!parts) return true;
  const endOfDay = new Date(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]) + 1);
  return now.getTime() < endOfDay.getTime();
}

const EMAIL = /^[^\s@]+@[^\s@]+$/u;

/** A contact is an email address or a person's name. */
export function isEmailAddress(contact: string): boolean {
  return contact.includes('@') && EMAIL.test(contact.trim());
}

// Most domains are typed bare ("acme.com"): no decoration to strip.
const BARE_DOMAIN = /^(?!www\.)[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/iu;

/**
 * The domain part of what a seller typed as a domain: "https://www.Acme.com/about" → "Acme.com".
 * Scheme, user, www., port, path and trailing dots are decoration, not the domain.
 */
export function cleanDomain(raw: string): string {
  let domain = raw.trim();
  if (BARE_DOMAIN.test(domain)) return domain;
  domain = domain.replace(/^[a-z][a-z0-9+.-]*:\/\//iu, '');
  domain = domain.replace(/[/?#].*$/u, '');
  domain = domain.replace(/^.*@/u, '');
  domain = domain.replace(/:\d*$/u, '');
  domain = domain.replace(/^(?:\*\.|www\.)/iu, '');
  domain = domain.replace(/\.+$/u, '');
  return /\s/u.test(domain) ? '' : domain;
}

/** Collects terms into the compiled arrays, each (kind, key) once per entry. */
export class TermCollector {
  readonly terms: string[] = [];
  readonly keys: string[] = [];
  readonly kinds: number[] = [];
  private entryStart = 0;

  startEntry(): void {
    this.entryStart = this.terms.length;
  }

  /** How many terms the current entry got. */
  entryTermCount(): number {
    return this.terms.length - this.entryStart;
  }

  add(term: string, key: string, kind: TermKind): void {
    if (key === '') return;
    for (let k = this.entryStart; k < this.terms.length; k++) {
      if (this.kinds[k] === kind && (this.keys[k] || this.terms[k]) === key) return;
    }
    this.terms.push(term);
    this.keys.push(key === term ? '' : key);
    this.kinds.push(kind);
  }
}

export function collectTerms(entry: MatchableEntry, into: TermCollector): void {
  const nameKind = entry.matchCase ? TermKind.caseSensitiveName : TermKind.name;
  const name = entry.name.trim();
  into.add(name, nameKey(name), nameKind);
  for (const alias of entry.aliases ?? []) {
    const trimmed = alias.trim();
    into.add(trimmed, nameKey(trimmed), nameKind);
  }
  for (const contact of entry.contacts ?? []) {
    const trimmed = contact.trim();
    if (isEmailAddress(trimmed)) into.add(trimmed, foldString(trimmed), TermKind.email);
    else into.add(trimmed, nameKey(trimmed), TermKind.name);
  }
  for (const raw of entry.domains ?? []) {
    const domain = cleanDomain(raw);
    into.add(domain, foldString(domain), TermKind.domain);
  }
}
