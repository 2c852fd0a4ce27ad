// Building a matcher from the compiled form as a resumable job, so that a tab can build a long
// list in slices of a few milliseconds between the page's own tasks, and reuse the parts of its
// previous matcher whose stamps (part-stamps.ts) did not change. Browser-free: the caller says
// when to pause (`advance`) and how to give the page its turn (`buildInSlices`).
import type { AddressIndex } from './address';
import { checkCompiled } from './compiled-check';
import { HashedIndex } from './hashed-index';
import { HashTag } from './keyed-hash';
import { nameKey } from './normalize';
import { PackedStringsBuilder, type PackedStrings } from './packed-strings';
import { createScanner, hashedTermNumber, type ScanTables } from './scan';
import { stringTableSteps, type StringTable } from './string-table';
import { wordTrieSteps } from './trie';
import { TermKind, type CompiledMatcher, type Matcher } from './types';

/** Items between two pauses of the loops below (well under 1 ms each on a slow machine). */
const ITEMS_PER_STEP = 2048;

/** The personal entries, built: everything a scan looks up except the hashed lists. */
export interface PersonalPart extends Pick<ScanTables, 'ids' | 'terms' | 'termEntry' | 'kinds' | 'casefulKeys' | 'trie'> {
  /** The background's stamp of this part; absent when the form was not stamped (never reused). */
  stamp?: string;
  emails: StringTable;
  domains: StringTable;
  /** Each entry's name as in the list, beside `ids` (what the caution shows). */
  names: PackedStrings;
  /** Entry ids → their position in `ids` and `names`. */
  entryOfId: StringTable;
}

/** One hashed team list, built. */
export interface HashedPart {
  stamp?: string;
  index: HashedIndex;
}

/** Built parts a newer build may take over when their stamps match. */
export interface ReusableParts {
  personal?: PersonalPart;
  hashed: readonly HashedPart[];
}

export interface BuiltMatcher {
  matcher: Matcher;
  /** The entry's name as in the list (a match's `term` is only the word that matched). */
  entryName(entryId: string): string | undefined;
  parts: ReusableParts;
}

export interface MatcherBuild {
  /** Builds in steps (each well under a millisecond) until `shouldPause()`; true once complete. */
  advance(shouldPause: () => boolean): boolean;
  /** Completes the build at once (when a scan cannot wait) and gives the matcher. */
  finishNow(): BuiltMatcher;
  /** The parts finished so far, for a build that supersedes this one. */
  partsSoFar(): ReusableParts;
}

/**
 * Starts building the matcher of `compiled`, taking over from `reusable` every part whose stamp
 * is unchanged. Checks the form at once (throws on one this code cannot read); a hashed list
 * that cannot be loaded throws from `advance` or `finishNow`.
 */
export function startMatcherBuild(compiled: CompiledMatcher, reusable?: ReusableParts): MatcherBuild {
  checkCompiled(compiled);
  const finished: { personal?: PersonalPart; hashed: HashedPart[] } = { hashed: [] };
  // Dropped once done: the generator's frame holds the whole compiled form and the build's scratch.
  let steps: Generator<void, BuiltMatcher, void> | undefined = buildSteps(compiled, reusable, finished);
  let result: BuiltMatcher | undefined;
  let failure: { error: unknown } | undefined;

  const advance = (shouldPause: () => boolean): boolean => {
    if (failure) throw failure.error;
    if (result) return true;
    try {
      do {
        const step = steps!.next();
        if (step.done) {
          result = step.value;
          steps = undefined;
          return true;
        }
      } while (!shouldPause());
    } catch (error) {
      failure = { error };
      steps = undefined;
      throw error;
    }
    return false;
  };
  return {
    advance,
    finishNow() {
      advance(() => false);
      return result!;
    },
    partsSoFar: () => ({ ...finished }),
  };
}

/** How `buildInSlices` shares the thread with the page. */
export interface SliceOptions {
  /** Work per slice, in ms (about 5: well under the 50 ms of a long task). */
  sliceMs: number;
  /** A clock in ms (performance.now). */
  now: () => number;
  /** Resolves once the page has had its turn (scheduler.yield, or a MessageChannel message). */
  yieldToPage: () => Promise<void>;
  /** True once a newer build replaces this one: the rest is then not built. */
  superseded: () => boolean;
}

/** Runs `build` in slices; the matcher when complete, undefined when superseded first. */
export async function buildInSlices(
  build: MatcherBuild,
  { sliceMs, now, yieldToPage, superseded }: SliceOptions,
): Promise<BuiltMatcher | undefined> {
  for (;;) {
    if (superseded()) return undefined;
    const deadline = now() + sliceMs;
    if (build.advance(() => now() >= deadline)) return build.finishNow();
    await yieldToPage();
  }
}

function* buildSteps(
  compiled: CompiledMatcher,
  reusable: ReusableParts | undefined,
  finished: { personal?: PersonalPart; hashed: HashedPart[] },
): Generator<void, BuiltMatcher, void> {
  const stamps = compiled.stamps;
  const reusedPersonal = stamps && reusable?.personal?.stamp === stamps.personal ? reusable.personal : undefined;
  const personal = reusedPersonal ?? (yield* personalPartSteps(compiled, stamps?.personal));
  finished.personal = personal;
  const hashed: HashedPart[] = [];
  for (const [position, list] of (compiled.hashed ?? []).entries()) {
    const stamp = stamps?.hashed[position];
    const reused = stamp === undefined ? undefined : reusable?.hashed.find((part) => part.stamp === stamp);
    // A hashed list is built in one step (its index is opaque here), after a pause.
    if (!reused) yield;
    const part = reused ?? { ...(stamp === undefined ? {} : { stamp }), index: new HashedIndex(list) };
    hashed.push(part);
    finished.hashed.push(part);
  }
  return {
    matcher: scannerOf(personal, hashed),
    entryName: (entryId) => {
      const entry = personal.entryOfId.get(entryId);
      return entry === undefined ? undefined : personal.names.at(entry);
    },
    parts: { personal, hashed },
  };
}

// Everything is packed (packed-strings.ts, string-table.ts): the compiled form's strings are
// garbage once built, and the part kept for the tab's life is a few hundred objects.
function* personalPartSteps(compiled: CompiledMatcher, stamp: string | undefined): Generator<void, PersonalPart, void> {
  const entryCount = compiled.ids.length;
  const termCount = compiled.terms.length;
  const ids = new PackedStringsBuilder(entryCount);
  const names = new PackedStringsBuilder(entryCount);
  const termEntry = new Int32Array(termCount);
  for (let entry = 0, term = 0; entry < entryCount; entry++) {
    if (entry % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    ids.push(String(compiled.ids[entry]));
    names.push(compiled.names[entry]!);
    for (let k = 0; k < compiled.termCounts[entry]!; k++) termEntry[term++] = entry;
  }
  const kinds = new Uint8Array(termCount);
  let emailCount = 0;
  let domainCount = 0;
  for (let term = 0; term < termCount; term++) {
    const kind = compiled.kinds.charCodeAt(term) - 48;
    kinds[term] = kind;
    if (kind === TermKind.email) emailCount++;
    else if (kind === TermKind.domain) domainCount++;
  }
  const terms = new PackedStringsBuilder(termCount);
  const nameKeys: (string | null)[] = new Array<string | null>(termCount).fill(null);
  const casefulKeys = new Map<number, string>();
  const emails = { keys: new PackedStringsBuilder(emailCount), terms: new Int32Array(emailCount), count: 0 };
  const domains = { keys: new PackedStringsBuilder(domainCount), terms: new Int32Array(domainCount), count: 0 };
  for (let term = 0; term < termCount; term++) {
    if (term % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    const written = compiled.terms[term]!;
    terms.push(written);
    const kind = kinds[term];
    const key = compiled.keys[term] || written;
    if (kind === TermKind.name || kind === TermKind.caseSensitiveName) {
      nameKeys[term] = key;
      if (kind === TermKind.caseSensitiveName) casefulKeys.set(term, nameKey(written, true));
    } else if (kind === TermKind.email || kind === TermKind.domain) {
      const addresses = kind === TermKind.email ? emails : domains;
      addresses.keys.push(key);
      addresses.terms[addresses.count++] = term;
    }
  }
  const trie = yield* wordTrieSteps(nameKeys);
  const idList = ids.finish();
  return {
    ...(stamp === undefined ? {} : { stamp }),
    ids: idList,
    terms: terms.finish(),
    termEntry,
    kinds,
    casefulKeys,
    trie,
    // A repeated address counts for its first term, as the scan reports the first.
    emails: yield* stringTableSteps(emails.keys.finish(), emails.terms),
    domains: yield* stringTableSteps(domains.keys.finish(), domains.terms),
    names: names.finish(),
    entryOfId: yield* stringTableSteps(idList),
  };
}

/** The scanner over built parts: cheap (no loop over the entries), so done in one step. */
function scannerOf(personal: PersonalPart, hashed: readonly HashedPart[]): Matcher {
  const indices = hashed.map((part) => part.index);
  // A fresh index object: the hashed lookups differ per build, the personal maps are shared.
  const addresses: AddressIndex = { emails: personal.emails, domains: personal.domains };
  addHashedAddresses(addresses, indices, personal.terms.length);
  const { ids, terms, termEntry, kinds, casefulKeys, trie } = personal;
  return createScanner({ ids, terms, termEntry, kinds, casefulKeys, trie, addresses, hashed: indices });
}

/** Lets address runs ask the hashed lists, in order, after the personal entries. */
function addHashedAddresses(addresses: AddressIndex, hashed: readonly HashedIndex[], personalTermCount: number): void {
  const lookup = (tag: HashTag, has: (list: HashedIndex) => boolean) => {
    const lists = hashed.map((list, index) => ({ list, index })).filter(({ list }) => has(list));
    return lists.length === 0
      ? undefined
      : (text: string): number => {
          for (const { list, index } of lists) {
            const hit = list.find(tag, text);
            if (hit !== -1) return hashedTermNumber(personalTermCount, hashed.length, index, hit);
          }
          return -1;
        };
  };
  const hashedEmail = lookup(HashTag.email, (list) => list.hasEmails);
  const hashedDomain = lookup(HashTag.domain, (list) => list.hasDomains);
  if (hashedEmail) addresses.hashedEmail = hashedEmail;
  if (hashedDomain) addresses.hashedDomain = hashedDomain;
}
