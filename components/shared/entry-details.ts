// A prospect's optional details as the person types them in the popup's add form and the entry
// editor, and their conversion from and to the stored lists. The fields live in EntryDetailFields.tsx.
import type { ProspectEntry } from '../../utils/model/watchlist';
import { formatListInput, parseListInput } from '../list-input';

/** The fields' text, as typed. */
export interface EntryDetails {
  aliases: string;
  contacts: string;
  domains: string;
  /** yyyy-mm-dd, or '' for none. */
  guardUntil: string;
}

export const NO_DETAILS: EntryDetails = { aliases: '', contacts: '', domains: '', guardUntil: '' };

export function detailsOf(entry: ProspectEntry): EntryDetails {
  return {
    aliases: formatListInput(entry.aliases),
    contacts: formatListInput(entry.contacts),
    domains: formatListInput(entry.domains),
    guardUntil: entry.guardUntil ?? '',
  };
}

/** The lists as stored: trimmed values, empty ones dropped. */
export function parsedDetails(details: EntryDetails): { aliases: string[]; contacts: string[]; domains: string[]; guardUntil: string } {
  return {
    aliases: parseListInput(details.aliases),
    contacts: parseListInput(details.contacts),
    domains: parseListInput(details.domains),
    guardUntil: details.guardUntil,
  };
}
