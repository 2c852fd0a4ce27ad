// Email addresses and domains, matched over "address runs": maximal runs of letters, digits and
// . - _ + % @ in the folded text. A run is one address or host name, so "bob@acme.com" never
// matches inside "jim.bob@acme.com", and a domain only matches at a label start of the host
// ("sales.acme.com", "https://acme.com/x", "x@acme.com") — never inside "notacme.com".
import { ASCII_CLASS, CONT, SOLO, WORD, stringOfUnits, type FoldedText } from './normalize';

const DOT = 0x2e;
const AT = 0x40;

// ASCII code units that may be part of an address run: 2 for letters and digits, 1 for joiners.
const ASCII_ADDRESS = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (ASCII_CLASS[c] === WORD) ASCII_ADDRESS[c] = 2;
for (const joiner of '.@-_+%') ASCII_ADDRESS[joiner.charCodeAt(0)] = 1;

/** 2 when folded unit `i` is a letter or digit, 1 when it joins an address (. @ - _ + %), else 0. */
function addressRole(units: Uint16Array, classes: Uint8Array, i: number): number {
  const unit = units[i]!;
  if (unit < 128) return ASCII_ADDRESS[unit]!;
  const cls = classes[i]!;
  return cls === WORD || cls === SOLO || cls === CONT ? 2 : 0;
}

/** Folded addresses → the index of the term they belong to (a Map, or a string table). */
export interface AddressLookup {
  readonly size: number;
  get(address: string): number | undefined;
}

/** Folded email addresses and domains → the index of the term they belong to. */
export interface AddressIndex {
  emails: AddressLookup;
  domains: AddressLookup;
  /** Hashed team lists' emails and domains, asked after the maps: a term index or -1. */
  hashedEmail?: (address: string) => number;
  hashedDomain?: (host: string) => number;
}

/** Where an address or domain matched, in folded offsets. */
export interface AddressCandidate {
  start: number;
  end: number;
  term: number;
}

/**
 * Finds the address run around folded offset `at` (not reaching back before `floor`), pushes
 * its leftmost-longest email or domain match to `out`, and returns where the run ends.
 */
function scanAddressRun(folded: FoldedText, at: number, floor: number, index: AddressIndex, out: AddressCandidate[]): number {
  const { units, classes, length } = folded;
  let start = at;
  while (start > floor && addressRole(units, classes, start - 1) !== 0) start--;
  let end = at;
  let hasSeparator = false;
  while (end < length) {
    const role = addressRole(units, classes, end);
    if (role === 0) break;
    // Only a separator between two word characters makes an address ("word." does not).
    if (role === 1 && (units[end] === DOT || units[end] === AT) && end + 1 < length && addressRole(units, classes, end + 1) === 2) {
      hasSeparator = true;
    }
    end++;
  }
  const runEnd = end;
  if (!hasSeparator) return runEnd;
  // Punctuation around an address ("acme.com." at a sentence end) is not part of it.
  while (start < end && addressRole(units, classes, start) !== 2) start++;
  while (end > start && addressRole(units, classes, end - 1) !== 2) end--;
  if (end - start < 3) return runEnd;
  const run = stringOfUnits(units, start, end);

  const atSign = run.lastIndexOf('@');
  if (atSign > 0) {
    const email = index.emails.get(run) ?? index.hashedEmail?.(run) ?? -1;
    if (email !== -1) {
      out.push({ start, end, term: email });
      return runEnd;
    }
  }
  if (index.domains.size === 0 && index.hashedDomain === undefined) return runEnd;
  const hostStart = atSign + 1;
  let label = hostStart;
  for (;;) {
    const host = label === 0 ? run : run.slice(label);
    const domain = index.domains.get(host) ?? index.hashedDomain?.(host) ?? -1;
    if (domain !== -1) {
      out.push({ start: start + label, end, term: domain });
      return runEnd;
    }
    const dot = run.indexOf('.', label);
    if (dot === -1) return runEnd;
    label = dot + 1;
  }
}

/**
 * Every email and domain match of a folded text, in order. Address runs are found from their
 * separators: a "." or "@" token glued to the tokens on both sides ("acme.com", "jo@x") — a
 * sentence's full stop is followed by a space and costs nothing more.
 */
export function findAddressCandidates(folded: FoldedText, index: AddressIndex, out: AddressCandidate[]): void {
  const { units, tokenStarts, tokenEnds, tokenCount } = folded;
  let scannedTo = 0;
  for (let t = 1; t + 1 < tokenCount; t++) {
    const start = tokenStarts[t]!;
    const unit = units[start]!;
    if ((unit === DOT || unit === AT) && start >= scannedTo && tokenEnds[t - 1] === start && tokenStarts[t + 1] === start + 1) {
      scannedTo = scanAddressRun(folded, start, scannedTo, index, out);
    }
  }
}
