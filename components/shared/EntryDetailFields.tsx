// A prospect's optional details as the person types them: aliases, contacts and domains (each a
// comma-separated list) and the day its guard ends. Shared by the popup's add form and the editor.
import type { ProspectEntry } from '../../utils/model/watchlist';
import { t } from '../i18n';
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

interface Props {
  /** Prefix for the fields' ids (from useId), so labels point at the right field. */
  id: string;
  details: EntryDetails;
  onChange: (details: EntryDetails) => void;
}

export function EntryDetailFields({ id, details, onChange }: Props) {
  const set = (field: keyof EntryDetails) => (value: string) => onChange({ ...details, [field]: value });
  return (
    <>
      <ListField id={`${id}-aliases`} label={t('common_fieldAliases')} value={details.aliases} onInput={set('aliases')} />
      <ListField id={`${id}-contacts`} label={t('common_fieldContacts')} value={details.contacts} onInput={set('contacts')} />
      <ListField id={`${id}-domains`} label={t('common_fieldDomains')} value={details.domains} onInput={set('domains')} />
      <div class="field">
        <label for={`${id}-until`}>{t('common_fieldGuardUntil')}</label>
        <input id={`${id}-until`} type="date" value={details.guardUntil} onInput={(e) => set('guardUntil')(e.currentTarget.value)} />
      </div>
    </>
  );
}

interface ListFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
}

/** A text field holding several values separated by commas. */
function ListField({ id, label, value, onInput }: ListFieldProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        autocomplete="off"
        aria-describedby={`${id}-hint`}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <span id={`${id}-hint`} class="hint">
        {t('common_hintCommaSeparated')}
      </span>
    </div>
  );
}
