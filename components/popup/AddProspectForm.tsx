// The popup's first screen: "Prospect name" + "Add" (Enter adds too). The same field filters the
// list below as the person types, so checking and adding are one gesture. Optional details
// (aliases, contacts, domains, guard-until) sit behind "More details" in the same form.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { NewEntry } from '../../utils/model/messages';
import { t } from '../i18n';
import { EntryDetailFields } from '../shared/EntryDetailFields';
import { NO_DETAILS, parsedDetails } from '../shared/entry-details';
import { messageOf } from '../shared/message-of';

interface Props {
  name: string;
  onNameChange: (name: string) => void;
  /**
   * Resolves when stored, or with false when the add waits for the person's answer (the details
   * typed are then kept); rejects with a sentence to show.
   */
  onAdd: (entry: NewEntry) => Promise<boolean | undefined | void>;
  /** The popup focuses the field at once; a page that embeds the form does not. */
  autoFocus?: boolean;
  /** The line under the field; the popup's says that typing also searches. */
  hint?: string;
}

export function AddProspectForm({ name, onNameChange, onAdd, autoFocus = true, hint = t('popup_addHint') }: Props) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [details, setDetails] = useState(NO_DETAILS);
  const [error, setError] = useState('');
  const [adding, setAdding] = useState(false);

  // On mount: autoFocus is fixed for a form's life (the popup focuses the name; settings and first run do not).
  useEffect(() => {
    if (autoFocus) nameRef.current?.focus();
  }, [autoFocus]);

  async function submit(event: Event) {
    event.preventDefault();
    if (adding) return;
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('common_errorNameRequired'));
      nameRef.current?.focus();
      return;
    }
    setError('');
    setAdding(true);
    try {
      const entry: NewEntry = { name: trimmed, status: 'open' };
      const { aliases, contacts, domains, guardUntil } = parsedDetails(details);
      if (aliases.length) entry.aliases = aliases;
      if (contacts.length) entry.contacts = contacts;
      if (domains.length) entry.domains = domains;
      if (guardUntil) entry.guardUntil = guardUntil;
      if ((await onAdd(entry)) !== false) {
        setDetails(NO_DETAILS);
        setDetailsOpen(false);
      }
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setAdding(false);
      if (autoFocus) nameRef.current?.focus();
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <form class="add-form" onSubmit={submit} aria-label={t('popup_addFormLabel')}>
      <label for={`${id}-name`} class="add-label">
        {t('popup_prospectName')}
      </label>
      <div class="add-row">
        <input
          id={`${id}-name`}
          ref={nameRef}
          type="text"
          value={name}
          autocomplete="off"
          spellcheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => {
            onNameChange(e.currentTarget.value);
            if (error) setError('');
          }}
        />
        <button type="submit" class="primary" disabled={adding}>
          {t('popup_add')}
        </button>
      </div>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        class="disclosure"
        aria-expanded={detailsOpen}
        aria-controls={`${id}-details`}
        onClick={() => setDetailsOpen(!detailsOpen)}
      >
        {t('popup_moreDetails')}
      </button>
      <div id={`${id}-details`} class="details" hidden={!detailsOpen}>
        <EntryDetailFields id={id} details={details} onChange={setDetails} />
      </div>
    </form>
  );
}
