// This tab's matcher builds: each push's compiled form is built in slices of about 5 ms between
// the page's own tasks, reusing the parts of the previous matcher whose stamps are unchanged, while
// the previous scanner keeps protecting. Without a complete scanner to keep (start-up, or a page
// that was not protected), the new scanner is handed over at once and finishes its build the
// moment it must scan: protection is never traded for a shorter task.
import {
  buildInSlices,
  startMatcherBuild,
  type BuiltMatcher,
  type CompiledMatcher,
  type MatcherBuild,
  type ReusableParts,
} from '../../utils/matcher/matcher';

export interface Scanner {
  scan(text: string): { start: number; end: number; entryId: string; term: string; teamList?: string }[];
  /** The entry's name as in the list (a match's `term` is only the word that matched). */
  entryName?(entryId: string): string | undefined;
}

/** Work per slice: far enough under the 50 ms of a long task, long enough to keep the build short. */
const SLICE_MS = 5;

export interface ScannerBuilds {
  /**
   * Builds the scanner of `compiled` and hands it to `ready` when it may be used; never when a
   * newer build or `drop` supersedes it first. Throws, without superseding anything, on a form
   * this code cannot read.
   */
  start(compiled: CompiledMatcher, ready: (scanner: Scanner) => void): void;
  /** Supersedes any build, and forgets the built parts (the page is no longer protected). */
  drop(): void;
}

export interface ScannerBuildOptions {
  yieldToPage: () => Promise<void>;
  now?: () => number;
}

function scannerOf(built: BuiltMatcher): Scanner {
  return { scan: (text) => built.matcher.scan(text), entryName: built.entryName };
}

function warn(error: unknown): void {
  console.warn('Prospect Guard:', error instanceof Error ? error.message : error);
}

/** A scanner for a build still running: its first scan completes the build first. */
function finishingScanner(build: MatcherBuild): Scanner {
  let built: BuiltMatcher | null | undefined;
  const complete = (): BuiltMatcher | null => {
    if (built !== undefined) return built;
    try {
      built = build.finishNow();
    } catch (error) {
      // A list that cannot be loaded: as before slicing, this page gets no protection from it.
      warn(error);
      built = null;
    }
    return built;
  };
  return {
    scan: (text) => complete()?.matcher.scan(text) ?? [],
    entryName: (entryId) => complete()?.entryName(entryId),
  };
}

export function createScannerBuilds({ yieldToPage, now = () => performance.now() }: ScannerBuildOptions): ScannerBuilds {
  let generation = 0;
  /** The parts of the scanner in use, once one is complete. */
  let inUse: ReusableParts | undefined;
  /** A build not finished yet: what it has built so far is reused by the one that supersedes it. */
  let unfinished: MatcherBuild | undefined;

  const reusable = (): ReusableParts | undefined => {
    const soFar = unfinished?.partsSoFar();
    if (!soFar) return inUse;
    return { personal: soFar.personal ?? inUse?.personal, hashed: [...soFar.hashed, ...(inUse?.hashed ?? [])] };
  };

  return {
    start(compiled, ready) {
      const build = startMatcherBuild(compiled, reusable());
      const mine = ++generation;
      const superseded = () => mine !== generation;
      unfinished = build;
      const handOverNow = inUse === undefined;
      if (handOverNow) ready(finishingScanner(build));
      buildInSlices(build, { sliceMs: SLICE_MS, now, yieldToPage, superseded }).then(
        (built) => {
          if (!built || superseded()) return;
          unfinished = undefined;
          inUse = built.parts;
          if (!handOverNow) ready(scannerOf(built));
        },
        (error) => {
          // The previous scanner (if any) keeps protecting.
          if (!superseded()) unfinished = undefined;
          warn(error);
        },
      );
    },
    drop() {
      generation++;
      unfinished = undefined;
      inUse = undefined;
    },
  };
}
