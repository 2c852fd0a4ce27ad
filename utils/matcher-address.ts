// Email addresses and domains, matched over "address runs": maximal runs of letters, digits and
// . - _ + % @ in the folded text. A run is one address or host name, so "bob@acme.com" never
// matches inside "jim.bob@acme.com", and a domain only matches at a label start of the host
// ("sales.acme.com", "https://acme.com/x", "x@acme.com") — never inside "notacme.com".
import { SOLO, WORD, CONT, classAt, type FoldedText } from './normalize';

const DOT = 0x2e;
const AT = 0x40;

function isAddressUnit(folded: FoldedText, i: number): boolean {
  const unit = folded.units[i]!;
  const cls = classAt(folded, i);
  return (
    cls === WORD ||
    cls === SOLO ||
    cls === CONT ||
    unit === DOT ||
    unit === AT ||
    unit === 0x2d || // -
    unit === 0x5f || // _
    unit === 0x2b || // +
    unit === 0x25 // %
  );
}

function isWordLike(folded: FoldedText, i: number): boolean {
  const cls = classAt(folded, i);
  return cls === WORD || cls === SOLO || cls === CONT;
}

/** Whether folded unit `i` (after a joiner) can carry an address run on: a letter or digit. */
export function joinsAddressBefore(folded: FoldedText, i: number): boolean {
  return isWordLike(folded, i);
}

/** 1 for the ASCII code units that can continue an address run after a word (worth a look). */
export const JOINS_ADDRESS = new Uint8Array(128);
for (const joiner of '.@-_+%') JOINS_ADDRESS[joiner.charCodeAt(0)] = 1;

/** Folded email addresses and domains → the index of the term they belong to. */
export interface AddressIndex {
  emails: Map<string, number>;
  domains: Map<string, number>;
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
export function scanAddressRun(
  folded: FoldedText,
  at: number,
  floor: number,
  index: AddressIndex,
  out: AddressCandidate[],
): number {
  const { units, length } = folded;
  let start = at;
  while (start > floor && isAddressUnit(folded, start - 1)) start--;
  let end = at;
  let hasSeparator = false;
  while (end < length && isAddressUnit(folded, end)) {
    // Only a separator between two word characters makes an address ("word." does not).
    if ((units[end] === DOT || units[end] === AT) && end + 1 < length && isWordLike(folded, end + 1)) hasSeparator = true;
    end++;
  }
  const runEnd = end;
  if (!hasSeparator) return runEnd;
  // Punctuation around an address ("acme.com." at a sentence end) is not part of it.
  while (start < end && !isWordLike(folded, start)) start++;
  while (end > start && !isWordLike(folded, end - 1)) end--;
  if (end - start < 3) return runEnd;
  let run = '';
  for (let k = start; k < end; k++) run += String.fromCharCode(units[k]!);

  const atSign = run.lastIndexOf('@');
  if (atSign > 0) {
    const email = index.emails.get(run);
    if (email !== undefined) {
      out.push({ start, end, term: email });
      return runEnd;
    }
  }
  if (index.domains.size === 0) return runEnd;
  const hostStart = atSign + 1;
  let label = hostStart;
  for (;;) {
    const domain = index.domains.get(label === 0 ? run : run.slice(label));
    if (domain !== undefined) {
      out.push({ start: start + label, end, term: domain });
      return runEnd;
    }
    const dot = run.indexOf('.', label);
    if (dot === -1) return runEnd;
    label = dot + 1;
  }
}
