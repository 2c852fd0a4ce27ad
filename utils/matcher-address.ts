// Email addresses and domains, matched over "address runs": maximal runs of letters, digits and
// . - _ + % @ in the folded text. A run is one address or host name, so "bob@acme.com" never
// matches inside "jim.bob@acme.com", and a domain only matches at a label start of the host
// ("sales.acme.com", "https://acme.com/x", "x@acme.com") — never inside "notacme.com".
import { SOLO, WORD, CONT, type FoldedText } from './normalize';

const DOT = 0x2e;
const AT = 0x40;

function isAddressUnit(unit: number, cls: number): boolean {
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

/** Whether the code unit after a word can continue an address run (worth checking for one). */
export function mayJoinAddress(unit: number): boolean {
  return unit === DOT || unit === AT || unit === 0x2d || unit === 0x5f || unit === 0x2b || unit === 0x25;
}

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
  const { units, classes, length } = folded;
  let start = at;
  while (start > floor && isAddressUnit(units[start - 1]!, classes[start - 1]!)) start--;
  let end = at;
  let hasSeparator = false;
  while (end < length && isAddressUnit(units[end]!, classes[end]!)) {
    if (units[end] === DOT || units[end] === AT) hasSeparator = true;
    end++;
  }
  const runEnd = end;
  if (!hasSeparator) return runEnd;
  // Punctuation around an address ("acme.com." at a sentence end) is not part of it.
  while (start < end && classes[start] !== WORD && classes[start] !== SOLO) start++;
  while (end > start && classes[end - 1] !== WORD && classes[end - 1] !== SOLO && classes[end - 1] !== CONT) end--;
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
