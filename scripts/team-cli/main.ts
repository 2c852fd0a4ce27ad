// `npx prospect-guard team <command>`: the command-line tool for whoever publishes team lists.
import { keygen } from './keygen';
import { CliError, type Io } from './cli-io';
import { pack } from './pack';
import { verify } from './verify';

const HELP = `Usage: npx prospect-guard team <command> [options]

Commands:
  keygen --out DIR
      Makes the publisher's key pair: DIR/signing-key.json (private, mode 0600) and
      DIR/public-key.txt (one line of base64, for settings and policies). Prints the public key.
  pack --in FILE --id ID --name NAME --signing-key DIR/signing-key.json --out LIST
       [--hashed] [--version N] [--expires YYYY-MM-DD]
      Reads a CRM export or a Prospect Guard watchlist (CSV or JSON), keeps its open deals
      (won and lost are left out) and writes a signed team list. --hashed keeps only keyed
      hashes of every name, alias, contact and domain. The version defaults to the current Unix
      time in seconds; the list expires after 90 days unless --expires says otherwise.
  verify --in LIST --public-key KEY
      Checks the signature with the publisher's public key (base64, or the public-key.txt file)
      and prints the list's id, name, version and entry count. Exits non-zero otherwise.

The file format is described in docs/team-lists.md.`;

const COMMANDS: Record<string, (args: string[], io: Io) => number> = { keygen, pack, verify };

export function main(argv: string[], io: Io = defaultIo()): number {
  const [group, command, ...args] = argv;
  if (
    group === undefined ||
    group === '--help' ||
    group === '-h' ||
    (group === 'team' && (command === undefined || command === '--help' || command === '-h'))
  ) {
    io.out(HELP);
    return group === undefined ? 2 : 0;
  }
  const run = group === 'team' && command !== undefined ? COMMANDS[command] : undefined;
  if (run === undefined) {
    io.err(`prospect-guard: unknown command “${[group, command].filter(Boolean).join(' ')}”. Run “npx prospect-guard team --help”.`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  try {
    return run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`prospect-guard team ${command}: ${error.message}`);
      return error.exitCode;
    }
    // parseArgs's own errors (unknown option, missing value) are usage mistakes.
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`prospect-guard team ${command}: ${error.message}. Run “npx prospect-guard team --help” for the options.`);
      return 2;
    }
    throw error;
  }
}

function defaultIo(): Io {
  return { out: (line) => console.log(line), err: (line) => console.error(line), now: () => new Date() };
}
