// `team verify --in LIST --public-key KEY`: exit 0 and the list's id, name, version and entry
// count when its signature holds for KEY (base64, or a file holding it) and it has not expired.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readTeamList } from '../../utils/team-lists/read-team-list';
import { TeamListError } from '../../utils/team-lists/team-list-error';
import { CliError, UsageError, type Io } from './cli-io';

export function verify(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: { in: { type: 'string' }, 'public-key': { type: 'string' } }, strict: true });
  if (!values.in) throw new UsageError('verify needs --in LIST, the team list file.');
  if (!values['public-key'])
    throw new UsageError('verify needs --public-key KEY (the publisher’s public key, or the public-key.txt file).');
  const keyArgument = values['public-key'];
  const publicKey = existsSync(keyArgument) ? readFileSync(keyArgument, 'utf8') : keyArgument;
  let text: string;
  try {
    text = readFileSync(values.in, 'utf8');
  } catch {
    throw new CliError(`${values.in}: no such file, or it cannot be read.`);
  }
  try {
    const { payload } = readTeamList(text, { publicKey, now: io.now() });
    io.out(`The signature holds. ${values.in}:`);
    io.out(`  id:      ${payload.id}`);
    io.out(`  name:    ${payload.name}`);
    io.out(`  version: ${payload.version}`);
    io.out(`  kind:    ${payload.kind}`);
    io.out(`  entries: ${payload.entries.length}`);
    io.out(`  issued:  ${payload.issued}`);
    io.out(`  expires: end of ${payload.expires} (UTC)`);
    return 0;
  } catch (error) {
    if (error instanceof TeamListError) throw new CliError(`${values.in}: ${error.message}`);
    throw error;
  }
}
