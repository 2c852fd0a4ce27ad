// The one error reading or writing a team list raises: what went wrong, as a code the delivery
// code can act on (keep the last good copy, show a state) and a full sentence a person can act on.

export type TeamListProblem =
  /** Not JSON, not a team list, or a payload that breaks the format. */
  | 'malformed'
  /** Written by a newer Prospect Guard. */
  | 'format-version'
  /** Changed after signing, or signed with a key other than the publisher's. */
  | 'signature'
  /** Another list than the one this source follows. */
  | 'wrong-list'
  /** Past its expiry date. */
  | 'expired'
  /** Not newer than the version already held. */
  | 'not-newer'
  /** A signing key file that cannot be used. */
  | 'signing-key';

export class TeamListError extends Error {
  override readonly name = 'TeamListError';
  constructor(
    readonly problem: TeamListProblem,
    message: string,
    /** The 1-based line of the file the problem is on, when there is one. */
    readonly line?: number,
  ) {
    super(message);
  }
}
