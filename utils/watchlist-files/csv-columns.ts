// Which CSV header means what: our own columns and those of common CRM exports (Salesforce,
// HubSpot, Pipedrive, Zoho, in English and French), and how CRM stages map to a status.
import type { ProspectStatus } from '../model/watchlist';
import { nameKey } from '../matcher/normalize';

export type ColumnRole =
  | { role: 'name'; priority: number }
  | {
      role:
        | 'aliases'
        | 'contacts'
        | 'emails'
        | 'domains'
        | 'status'
        | 'guardUntil'
        | 'matchCase'
        | 'note'
        | 'teamList'
        // Won/lost flags that say more than a stage name: Salesforce IsWon/IsClosed, Dynamics statecode.
        | 'isWon'
        | 'isClosed'
        | 'statecode';
    }
  /** Recognised on purpose and not used (see docs/storage.md: a close date is a forecast). */
  | { role: 'ignored' };

/** Our own export's header row, in order. */
export const OWN_HEADERS = ['Name', 'Aliases', 'Contacts', 'Domains', 'Status', 'Guard until', 'Match case', 'Note', 'Team list'] as const;

// Lower priority wins as the prospect name; a row whose winning cell is empty falls back to the next.
const NAME_HEADERS: Record<string, number> = {
  name: 0,
  nom: 0,
  prospect: 0,
  company: 1,
  'company name': 1,
  entreprise: 1,
  societe: 1,
  'nom de l entreprise': 1,
  'raison sociale': 1,
  'account name': 2,
  account: 2,
  compte: 2,
  'nom du compte': 2,
  organization: 2,
  organisation: 2,
  'organization name': 2,
  'organisation name': 2,
  // Pipedrive's deal export names the company "Deal - Organization"; Dynamics "Potential Customer".
  'deal organization': 1,
  'potential customer': 1,
  // Dynamics 365 (Dataverse) logical names of an opportunity's account.
  parentaccountid: 1,
  customerid: 1,
  'associated company': 3,
  'associated company primary': 3,
  // A deal's title ("Acme – 50 seats") is the last resort for a prospect name.
  'deal name': 4,
  'deal title': 4,
  'opportunity name': 4,
  deal: 4,
  opportunity: 4,
  affaire: 4,
  opportunite: 4,
  'nom de l affaire': 4,
  'nom de l opportunite': 4,
  // Dynamics 365 calls an opportunity's title its topic.
  topic: 4,
  sujet: 4,
};

/** A name column of this priority or above holds a deal's title, not a company. */
export const DEAL_TITLE_PRIORITY = 4;

const OTHER_HEADERS: Record<string, Exclude<ColumnRole, { role: 'name' }>['role']> = {
  aliases: 'aliases',
  alias: 'aliases',
  'also known as': 'aliases',
  aka: 'aliases',
  contacts: 'contacts',
  contact: 'contacts',
  'contact name': 'contacts',
  'primary contact': 'contacts',
  'contact person': 'contacts',
  'person name': 'contacts',
  'deal contact person': 'contacts',
  'nom du contact': 'contacts',
  email: 'emails',
  'e mail': 'emails',
  'email address': 'emails',
  'e mail address': 'emails',
  'contact email': 'emails',
  'person email': 'emails',
  'work email': 'emails',
  courriel: 'emails',
  'adresse e mail': 'emails',
  'adresse email': 'emails',
  domains: 'domains',
  domain: 'domains',
  website: 'domains',
  'web site': 'domains',
  'website url': 'domains',
  url: 'domains',
  'company domain name': 'domains',
  'site web': 'domains',
  'site internet': 'domains',
  status: 'status',
  stage: 'status',
  'deal stage': 'status',
  'opportunity stage': 'status',
  'stage name': 'status',
  'deal status': 'status',
  statut: 'status',
  etape: 'status',
  'etape de la vente': 'status',
  phase: 'status',
  iswon: 'isWon',
  won: 'isWon',
  isclosed: 'isClosed',
  closed: 'isClosed',
  statecode: 'statecode',
  'guard until': 'guardUntil',
  'surveiller jusqu au': 'guardUntil',
  'close date': 'ignored',
  'expected close date': 'ignored',
  'closing date': 'ignored',
  'date de cloture': 'ignored',
  'match case': 'matchCase',
  'respecter la casse': 'matchCase',
  note: 'note',
  notes: 'note',
  'team list': 'teamList',
  'liste d equipe': 'teamList',
};

/** "E-mail", " e_mail " and "Organization - Name" fold to "e mail" and "organization name". */
export function foldHeader(header: string): string {
  return nameKey(header)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// A column named for the status (Pipedrive's Open/Won/Lost, our own) beats a pipeline stage.
const STATUS_NOT_STAGE: ReadonlySet<string> = new Set(['status', 'deal status', 'statut']);

/** How much a status column is trusted over another in the same row (higher wins). */
export function statusRank(header: string, role: 'status' | 'isWon' | 'isClosed' | 'statecode'): number {
  if (role === 'statecode') return 4;
  if (role === 'isWon' || role === 'isClosed') return 3;
  return STATUS_NOT_STAGE.has(foldHeader(header)) ? 2 : 1;
}

/** Dynamics 365 `statecode` of an opportunity: 0 open, 1 won, 2 lost (or its label). */
export function statusFromStatecode(cell: string): ProspectStatus | null {
  const folded = nameKey(cell);
  if (folded === '0' || folded === 'open' || folded === 'ouvert' || folded === 'ouverte') return 'open';
  if (folded === '1' || folded === 'won' || folded === 'gagne' || folded === 'gagnee') return 'won';
  if (folded === '2' || folded === 'lost' || folded === 'perdu' || folded === 'perdue') return 'lost';
  return null;
}

export function columnRole(header: string): ColumnRole | null {
  const folded = foldHeader(header);
  const priority = NAME_HEADERS[folded];
  if (priority !== undefined) return { role: 'name', priority };
  const role = OTHER_HEADERS[folded];
  return role ? { role } : null;
}

const WON_WORDS = new Set(['won', 'closedwon', 'gagne', 'gagnee', 'signe', 'signee']);
const LOST_WORDS = new Set(['lost', 'closedlost', 'perdu', 'perdue']);

/**
 * A CRM stage or our status → a status: any won word means won, any lost word lost ("Closed
 * Lost", "Perdu"), and every other stage ("Prospecting", "Negotiation") is a deal still open.
 */
export function statusFromStage(stage: string): ProspectStatus {
  const words = nameKey(stage).split(/[^\p{L}\p{N}]+/u);
  if (words.some((word) => LOST_WORDS.has(word))) return 'lost';
  if (words.some((word) => WON_WORDS.has(word))) return 'won';
  return 'open';
}

const TRUE_WORDS = new Set(['yes', 'true', '1', 'x', 'oui', 'vrai', 'y']);
const FALSE_WORDS = new Set(['no', 'false', '0', 'non', 'faux', 'n']);

/** "yes"/"no" (and true/false, oui/non, 1/0, x); null when it is none of them. */
export function booleanFromCell(cell: string): boolean | null {
  const folded = nameKey(cell);
  if (TRUE_WORDS.has(folded)) return true;
  if (FALSE_WORDS.has(folded)) return false;
  return null;
}
