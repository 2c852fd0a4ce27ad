// The compiled form cut into chunks of a few hundred kilobytes for delivery to a tab. A message
// is deserialised in one task: the 8 MB form of a 50,000-entry list took 80–300 ms in a tab (see
// docs/speed.md), each chunk takes a few ms, and the tab joins them back into the same form.
import { checkCompiled } from './compiled-check';
import type { CompiledHashedList, CompiledMatcher } from './types';

/** About this many UTF-16 units of strings per chunk (256 K: a few ms to deserialise). */
export const CHUNK_CHARS = 256_000;

/** A run of personal entries, with their terms. */
interface PersonalChunk extends Pick<CompiledMatcher, 'ids' | 'names' | 'termCounts' | 'terms' | 'keys' | 'kinds'> {
  kind: 'personal';
  index: number;
}

/** A piece of one hashed list: its fields with the first piece, then pieces of its coded sets. */
interface HashedChunk {
  kind: 'hashed';
  index: number;
  list: number;
  head?: Omit<CompiledHashedList, 'sets'>;
  /** Pieces of coded sets, by kind letter, each to append to what came before. */
  sets: Partial<Record<SetTag, string>>;
}

type SetTag = keyof CompiledHashedList['sets'];

/** What a form is, and how many hashed lists it has (always the first chunk). */
interface HeadChunk {
  kind: 'head';
  index: 0;
  /** How many chunks make the form, this one included: one left out is noticed, not missed. */
  count: number;
  format: CompiledMatcher['format'];
  version: CompiledMatcher['version'];
  hashedCount: number;
  stamps?: CompiledMatcher['stamps'];
}

export type CompiledChunk = HeadChunk | PersonalChunk | HashedChunk;

function personalChunks(compiled: CompiledMatcher, maxChars: number): PersonalChunk[] {
  const chunks: PersonalChunk[] = [];
  let entry = 0;
  let term = 0;
  while (entry < compiled.ids.length) {
    const firstEntry = entry;
    const firstTerm = term;
    let chars = 0;
    while (entry < compiled.ids.length && (chars < maxChars || entry === firstEntry)) {
      chars += String(compiled.ids[entry]).length + compiled.names[entry]!.length;
      for (let k = 0; k < compiled.termCounts[entry]!; k++, term++)
        chars += compiled.terms[term]!.length + (compiled.keys[term] ?? '').length;
      entry++;
    }
    chunks.push({
      kind: 'personal',
      index: 0,
      ids: compiled.ids.slice(firstEntry, entry),
      names: compiled.names.slice(firstEntry, entry),
      termCounts: compiled.termCounts.slice(firstEntry, entry),
      terms: compiled.terms.slice(firstTerm, term),
      keys: compiled.keys.slice(firstTerm, term),
      kinds: compiled.kinds.slice(firstTerm, term),
    });
  }
  return chunks;
}

function hashedChunks(list: CompiledHashedList, position: number, maxChars: number): HashedChunk[] {
  const { sets, ...head } = list;
  const chunks: HashedChunk[] = [{ kind: 'hashed', index: 0, list: position, head, sets: {} }];
  let room = maxChars;
  for (const [tag, coded] of Object.entries(sets) as [SetTag, string][]) {
    for (let at = 0; at < coded.length || at === 0; ) {
      if (room === 0) {
        chunks.push({ kind: 'hashed', index: 0, list: position, sets: {} });
        room = maxChars;
      }
      const piece = coded.slice(at, at + room);
      const chunk = chunks.at(-1)!;
      chunk.sets[tag] = (chunk.sets[tag] ?? '') + piece;
      room -= piece.length;
      at += piece.length;
      if (coded.length === 0) break;
    }
  }
  return chunks;
}

/** The form in chunks, in order; a small form is a head and one or two chunks. */
export function chunksOf(compiled: CompiledMatcher, maxChars = CHUNK_CHARS): CompiledChunk[] {
  const hashed = compiled.hashed ?? [];
  const head: HeadChunk = {
    kind: 'head',
    index: 0,
    count: 0,
    format: compiled.format,
    version: compiled.version,
    hashedCount: hashed.length,
    ...(compiled.stamps ? { stamps: compiled.stamps } : {}),
  };
  const chunks: CompiledChunk[] = [
    head,
    ...personalChunks(compiled, maxChars),
    ...hashed.flatMap((list, position) => hashedChunks(list, position, maxChars)),
  ];
  head.count = chunks.length;
  for (const [index, chunk] of chunks.entries()) chunk.index = index;
  return chunks;
}

/** The form the chunks were cut from; throws, as a damaged form would, when they do not fit together. */
export function compiledFromChunks(chunks: readonly CompiledChunk[]): CompiledMatcher {
  const joiner = createChunkJoiner();
  for (const chunk of chunks) joiner.add(chunk);
  return joiner.finish();
}

export interface ChunkJoiner {
  /** Takes the next chunk, in order (each as it arrives, so that joining is spread over their tasks). */
  add(chunk: CompiledChunk): void;
  /** The joined form, checked; throws when chunks are missing or the form is damaged. */
  finish(): CompiledMatcher;
}

export function createChunkJoiner(): ChunkJoiner {
  let head: HeadChunk | undefined;
  let received = 0;
  let outOfOrder = false;
  const compiled: CompiledMatcher = {
    format: '' as CompiledMatcher['format'],
    version: 0 as CompiledMatcher['version'],
    ids: [],
    names: [],
    termCounts: [],
    terms: [],
    keys: [],
    kinds: '',
  };
  const kinds: string[] = [];
  const lists: { head?: HashedChunk['head']; sets: Partial<Record<SetTag, string[]>> }[] = [];
  return {
    add(chunk) {
      if (chunk.index !== received++) outOfOrder = true;
      if (chunk.kind === 'head') {
        head = chunk;
        for (let list = 0; list < chunk.hashedCount; list++) lists.push({ sets: {} });
      } else if (chunk.kind === 'personal') {
        for (const id of chunk.ids) compiled.ids.push(id);
        for (const name of chunk.names) compiled.names.push(name);
        for (const count of chunk.termCounts) compiled.termCounts.push(count);
        for (const term of chunk.terms) compiled.terms.push(term);
        for (const key of chunk.keys) compiled.keys.push(key);
        kinds.push(chunk.kinds);
      } else if (chunk.kind === 'hashed' && lists[chunk.list]) {
        const list = lists[chunk.list]!;
        if (chunk.head) list.head = chunk.head;
        for (const [tag, piece] of Object.entries(chunk.sets) as [SetTag, string][]) {
          const pieces = list.sets[tag] ?? [];
          pieces.push(piece);
          list.sets[tag] = pieces;
        }
      }
    },
    finish() {
      if (!head) throw new Error('The compiled watchlist arrived without its first part; it is asked for again with the next change.');
      if (outOfOrder || received !== head.count) {
        throw new Error(
          `The compiled watchlist arrived in ${received} of its ${head.count} parts, or out of order; it is asked for again with the next change.`,
        );
      }
      compiled.format = head.format;
      compiled.version = head.version;
      if (head.stamps) compiled.stamps = head.stamps;
      compiled.kinds = kinds.join('');
      if (lists.length > 0) {
        compiled.hashed = lists.map(({ head: listHead, sets }) => ({
          ...(listHead as Omit<CompiledHashedList, 'sets'>),
          sets: Object.fromEntries(Object.entries(sets).map(([tag, pieces]) => [tag, pieces.join('')])),
        }));
      }
      checkCompiled(compiled);
      return compiled;
    },
  };
}
