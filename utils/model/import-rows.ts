// The shared vocabulary of an import's row-level preview: what the settings page, the background
// and the file readers say about each row (kept here so the message protocol can name it).
/** What a person can assign to a column when its header is not recognised. */
export const MAPPABLE_ROLES = ['name', 'aliases', 'contacts', 'emails', 'domains', 'status', 'note'] as const;
export type MappableRole = (typeof MAPPABLE_ROLES)[number];

/** The person's choice for each column of the header row (null: not imported). */
export interface ColumnMapping {
  /** 1-based line of the header row the mapping was made for. */
  headerLine: number;
  roles: (MappableRole | null)[];
}

/** Something about a row that a person should look at; the row is still imported. */
export type RowWarning =
  /** The name comes from a deal's title ("Acme – 50 seats"), not a company column. */
  | 'deal-title'
  /** An earlier row names the same prospect; the two are merged. */
  | 'duplicate'
  /** The name reads like a sentence or a heading rather than a company. */
  | 'looks-like-text';

/** Why a line is left out without asking: it is part of a report, never a prospect. */
export type LeftOutReason = 'report-header' | 'report-title' | 'report-footer' | 'own-company' | 'summary-row';

/** The field of a prospect, for saying which column a value came from. */
export type RowField = 'name' | 'status' | 'aliases' | 'contacts' | 'domains' | 'note';

/** The header (CSV) or property (JSON) each field of a row was read from. */
export type FieldSources = Partial<Record<RowField, string>>;

export interface LeftOutRow {
  line: number;
  text: string;
  reason: LeftOutReason;
}

export interface BadRow {
  line: number;
  /** A full sentence naming the problem, without the line. */
  problem: string;
}
