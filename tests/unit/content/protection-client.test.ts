// A tab's protection source, with the background behind a fake runtime: a large form comes in
// chunks; when the background refuses them (the form changed while they were on their way and no
// push follows, as after a database reopened), the tab asks again, a bounded number of times.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chunksOf, compileMatcher, withPartStamps, type CompiledChunk, type MatchableEntry } from '../../../utils/matcher/matcher';
import type { PageProtection } from '../../../utils/model/messages';

const runtime = vi.hoisted(() => ({
  id: 'extension-id',
  sendMessage: vi.fn<(message: unknown) => Promise<unknown>>(),
  onMessage: { addListener: vi.fn(), removeListener: vi.fn() },
}));
vi.mock('wxt/browser', () => ({ browser: { runtime } }));
vi.mock('../../../entrypoints/content/page-url', () => ({ pageUrl: () => 'https://mail.example.com/compose' }));

const { createProtectionSource } = await import('../../../entrypoints/content/protection-client');

const ENTRIES: MatchableEntry[] = Array.from({ length: 400 }, (_, index) => ({
  id: `entry-${index}`,
  name: index === 321 ? 'Acme Robotics' : `Prospect ${index} Holdings`,
  status: 'open',
}));
const CHUNKS: CompiledChunk[] = JSON.parse(JSON.stringify(chunksOf(withPartStamps(compileMatcher(ENTRIES)), 2_000)));

function protectionOf(delivery: string, revision: number): PageProtection {
  return { active: true, compiled: { delivery, chunks: CHUNKS.length }, revision, salesTeam: { emails: [], domains: [], channels: [] } };
}

/** A background whose page:protection answers come in order; chunks of `refused` deliveries fail. */
function background(answers: PageProtection[], refused: Set<string>) {
  const asked: string[] = [];
  runtime.sendMessage.mockImplementation(async (message) => {
    const { type, delivery, index } = message as { type: string; delivery?: string; index?: number };
    asked.push(type === 'page:protection' ? type : `${type} ${delivery}`);
    if (type === 'page:protection') return answers[Math.min(asked.filter((entry) => entry === type).length, answers.length) - 1];
    if (type === 'page:protection-chunk') {
      if (refused.has(delivery!)) throw new Error('This compiled watchlist was replaced: ask for the protection again.');
      return CHUNKS[index!];
    }
    return undefined;
  });
  return asked;
}

async function settle(): Promise<void> {
  for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('a tab’s protection delivered in chunks', () => {
  let lifetime: AbortController;
  beforeEach(() => {
    lifetime = new AbortController();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    lifetime.abort();
    vi.restoreAllMocks();
    runtime.sendMessage.mockReset();
  });

  it('joins the chunks and protects with them', async () => {
    const asked = background([protectionOf('first', 1)], new Set());
    const seen: string[][] = [];
    createProtectionSource(lifetime.signal).subscribe(lifetime.signal, (protection) => {
      seen.push(protection.scanner.scan('Call Acme Robotics today').map((match) => match.entryId));
    });
    await settle();
    expect(CHUNKS.length).toBeGreaterThan(3);
    expect(seen).toEqual([['entry-321']]);
    expect(asked.filter((type) => type === 'page:protection')).toHaveLength(1);
  });

  it('asks again when its chunks are refused, and protects with the form it is given then', async () => {
    const asked = background([protectionOf('first', 1), protectionOf('second', 2)], new Set(['first']));
    const seen: { revision: number; found: string[] }[] = [];
    createProtectionSource(lifetime.signal).subscribe(lifetime.signal, (protection) => {
      seen.push({
        revision: protection.revision,
        found: protection.scanner.scan('Call Acme Robotics today').map((match) => match.entryId),
      });
    });
    await settle();
    expect(asked.filter((type) => type === 'page:protection')).toHaveLength(2);
    expect(asked).toContain('page:protection-chunk second');
    expect(seen).toEqual([{ revision: 2, found: ['entry-321'] }]);
  });

  it('stops asking after two more refusals, and keeps no half-joined form', async () => {
    const asked = background(
      [protectionOf('first', 1), protectionOf('second', 2), protectionOf('third', 3)],
      new Set(['first', 'second', 'third']),
    );
    const seen: unknown[] = [];
    createProtectionSource(lifetime.signal).subscribe(lifetime.signal, (protection) => seen.push(protection));
    await settle();
    await settle();
    expect(asked.filter((type) => type === 'page:protection')).toHaveLength(3);
    expect(seen).toEqual([]);
  });
});
