// `team pack`: a CRM export or a Prospect Guard watchlist (JSON or CSV, read by the same code as
// the extension's import) → a signed team list of its open prospects, plain or hashed.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError } from '../../utils/watchlist-files/import-error';
import { readImportFile } from '../../utils/watchlist-files/import-file';
import { openProspects, packPayload } from '../../utils/team-lists/pack-team-list';
import { readSigningKey } from '../../utils/team-lists/signing-keys';
import { TeamListError } from '../../utils/team-lists/team-list-error';
import { isCalendarDay } from '../../utils/team-lists/team-list-format';
import { writeTeamList } from '../../utils/team-lists/write-team-list';
import { CliError, UsageError, writeWhole, type Io } from './cli-io';

const DEFAULT_VALIDITY_DAYS = 90;

export function pack(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: {
      in: { type: 'string' },
      id: { type: 'string' },
      name: { type: 'string' },
      'signing-key': { type: 'string' },
      out: { type: 'string' },
      hashed: { type: 'boolean', default: false },
      version: { type: 'string' },
      expires: { type: 'string' },
    },
    strict: true,
  });
  for (const option of ['in', 'id', 'name', 'signing-key', 'out'] as const) {
    if (!values[option]) throw new UsageError(`pack needs --${option}.`);
  }
  const now = io.now();
  const version = values.version === undefined ? Math.floor(now.getTime() / 1000) : Number(values.version);
  if (!Number.isSafeInteger(version) || version < 1)
    throw new UsageError(`--version “${values.version}” must be a whole number, 1 or more.`);
  const expires = values.expires ?? new Date(now.getTime() + DEFAULT_VALIDITY_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (!isCalendarDay(expires)) throw new UsageError(`--expires “${expires}” must be a date in the form YYYY-MM-DD.`);
  if (expires < now.toISOString().slice(0, 10)) throw new UsageError(`--expires ${expires} is already past.`);

  const input = values.in!;
  const keyPath = values['signing-key']!;
  const signingKey = withFile(keyPath, () => readSigningKey(readText(keyPath)));
  const imported = withFile(input, () => readImportFile(basename(input), readText(input)).entries);
  const prospects = openProspects(imported, now);
  const closed = new Set(imported.map((row) => row.fields.name)).size - prospects.length;
  const kind = values.hashed ? 'hashed' : 'plain';
  const payload = withFile(input, () =>
    packPayload({ id: values.id!, name: values.name!, kind, version, issued: now, expires }, prospects, signingKey.secretKey),
  );
  writeWhole(values.out!, writeTeamList(payload, signingKey));
  io.out(
    `Wrote ${values.out}: ${kind} team list “${payload.name}” (${payload.id}), version ${version}, ${prospects.length} open prospects` +
      `${closed > 0 ? ` (${closed} won or lost left out)` : ''}, expires at the end of ${expires} (UTC).`,
  );
  return 0;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${path}: no such file.` : `${path}: cannot be read (${code ?? String(error)}).`);
  }
}

/** Runs a step on a file's content; its problems come back naming the file (and line). */
function withFile<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ImportError) throw new CliError(`${path}: line ${error.line}: ${error.problem}`);
    if (error instanceof TeamListError) throw new CliError(`${path}: ${error.message}`);
    throw error;
  }
}
