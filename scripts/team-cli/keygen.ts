// `team keygen --out DIR`: the publisher's key pair. DIR/signing-key.json (private, mode 0600)
// and DIR/public-key.txt (one line of base64, for settings and policies); prints the public key.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSigningKey } from '../../utils/team-lists/signing-keys';
import { CliError, UsageError, writeWhole, type Io } from './cli-io';

export function keygen(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
  if (!values.out) throw new UsageError('keygen needs --out DIR, the folder to write the key pair to.');
  const privatePath = join(values.out, 'signing-key.json');
  const publicPath = join(values.out, 'public-key.txt');
  // Overwriting a signing key would orphan every list signed with it: refuse, write nothing.
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) throw new CliError(`${path} already exists; keep that key, or move it away first to make a new one.`);
  }
  const key = generateSigningKey(io.now());
  mkdirSync(values.out, { recursive: true });
  writeWhole(privatePath, `${JSON.stringify(key, null, 2)}\n`, 0o600);
  chmodSync(privatePath, 0o600); // whatever the umask
  writeWhole(publicPath, `${key.publicKey}\n`);
  io.out(`Wrote ${privatePath} (private: keep it secret, readable by you only) and ${publicPath}.`);
  io.out(`Public key: ${key.publicKey}`);
  return 0;
}
