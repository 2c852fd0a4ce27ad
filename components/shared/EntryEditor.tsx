// Edits one prospect: names, contacts, domains, guard-until day and case rule. Used in the popup's
// list and the settings table. Escape cancels; the name cannot be emptied.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ProspectEntry } from '../../utils/model/watchlist';
import type { EntryChanges } from '../../utils/model/messages';
import { t } from '../i18n';
import { EntryDetailFields } from './EntryDetailFields';
import { detailsOf, parsedDetails } from './entry-details';
import { messageOf } from './message-of';

interface Props {
  entry: ProspectEntry;
  onSave: (changes: EntryChanges) => Promise<void>;
  onCancel: () => void;
}

export function EntryEditor({ entry, onSave, onCancel }: Props) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(entry.name);
  const [details, setDetails] = useState(detailsOf(entry));
  const [matchCase, setMatchCase] = useState(entry.matchCase ?? false);
  const [note, setNote] = useState(entry.note ?? '');
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  useEffect(() => nameRef.current?.focus(), []);

  async function submit(event: Event) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('common_errorNameRequired'));
      nameRef.current?.focus();
      return;
    }
    setSaving(true);
    setError('');
    try {
      await onSave({
        name: name.trim(),
        // An empty guardUntil or note clears it: undefined would vanish in messaging and change nothing.
        ...parsedDetails(details),
        matchCase,
        note: note.trim(),
      });
    } catch (failure) {
      setError(t('common_errorSaveFailed', messageOf(failure)));
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  }

  return (
    <form class="entry-editor" onSubmit={submit} onKeyDown={onKeyDown} aria-label={t('common_editFormLabel', entry.name)}>
      <div class="field">
        <label for={`${id}-name`}>{t('common_fieldName')}</label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          type="text"
          value={name}
          autocomplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <EntryDetailFields id={id} details={details} onChange={setDetails} />
      <div class="field field-check">
        <input id={`${id}-case`} type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.currentTarget.checked)} />
        <label for={`${id}-case`}>{t('common_fieldMatchCase')}</label>
      </div>
      <div class="field">
        <label for={`${id}-note`}>{t('common_fieldNote')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {t('common_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </form>
  );
}
