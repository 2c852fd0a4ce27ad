// A prospect's optional details as the person types them: aliases, contacts and domains (each a
// comma-separated list) and the day its guard ends. Shared by the popup's add form and the editor.
import { t } from '../i18n';
import type { EntryDetails } from './entry-details';

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
