// A hashed team list for the page benchmarks: `count` entries from the matcher benchmark's
// generator (names, aliases, contacts, domains, as `npm run bench:hashed` uses), packed and signed
// with the CLI's own functions, then imported into the extension as "Import team list" does.
import type { BrowserContext } from 'playwright-core';
import { syntheticWatchlist } from '../bench/synthetic';
import { packPayload } from '../utils/team-lists/pack-team-list';
import { generateSigningKey, readSigningKey } from '../utils/team-lists/signing-keys';
import { writeTeamList } from '../utils/team-lists/write-team-list';
import { askBackground, openPopup } from '../tests/e2e/support/extension-pages';

/** Imports the list; returns how many hashed terms it holds. Throws when the extension refuses it. */
export async function importHashedTeamList(context: BrowserContext, extensionId: string, count: number): Promise<number> {
  const issued = new Date();
  const keyFile = generateSigningKey(issued);
  const signingKey = readSigningKey(JSON.stringify(keyFile));
  const entries = syntheticWatchlist(count, 4242).map((entry) => ({ ...entry, id: `t${entry.id}` }));
  const payload = packPayload(
    { id: 'bench-team', name: 'Bench team', kind: 'hashed', version: 1, issued, expires: '2099-12-31' },
    entries,
    signingKey.secretKey,
  );
  const text = writeTeamList(payload, signingKey);
  const page = await openPopup(context, extensionId);
  try {
    const status = await askBackground(page, {
      type: 'team-lists:import',
      fileName: 'bench-team.json',
      text,
      publicKey: keyFile.publicKey,
    });
    const { entryCount, problem } = (status ?? {}) as { entryCount?: number; problem?: string };
    if (entryCount !== payload.entries.length) {
      throw new Error(`The extension did not take the bench team list: ${problem ?? 'no answer to "team-lists:import"'}.`);
    }
  } finally {
    await page.close();
  }
  return payload.kind === 'hashed' ? payload.entries.reduce((sum, terms) => sum + terms.length, 0) : 0;
}
