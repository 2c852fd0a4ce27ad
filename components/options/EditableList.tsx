// A list of values a person adds to and removes from (team addresses, domains, channels, sites).
// Each value is checked before it is kept; a bad one gets a sentence saying what to fix.
import { useId, useState } from 'preact/hooks';
import { t } from '../i18n';
import { messageOf } from '../shared/message-of';
import type { Checked } from './setting-values';

interface Props {
  title: string;
  description: string;
  inputLabel: string;
  placeholder: string;
  values: readonly string[];
  check: (input: string) => Checked;
  onChange: (values: string[]) => Promise<void>;
}

export function EditableList({ title, description, inputLabel, placeholder, values, check, onChange }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  async function add(event: Event) {
    event.preventDefault();
    const checked = check(draft);
    if (!checked.ok) {
      setError(t(checked.error, draft.trim()));
      return;
    }
    if (values.some((value) => value.toLowerCase() === checked.value.toLowerCase())) {
      setError(t('options_errorAlreadyListed', checked.value));
      return;
    }
    try {
      await onChange([...values, checked.value]);
      setDraft('');
      setError('');
    } catch (failure) {
      setError(t('common_errorSaveFailed', messageOf(failure)));
    }
  }

  async function remove(value: string) {
    try {
      await onChange(values.filter((candidate) => candidate !== value));
      setError('');
    } catch (failure) {
      setError(t('common_errorSaveFailed', messageOf(failure)));
    }
  }

  return (
    <fieldset class="editable-list" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p class="hint" id={`${id}-description`}>
        {description}
      </p>
      {values.length === 0 ? (
        <p class="empty">{t('options_listEmpty')}</p>
      ) : (
        <ul class="chips">
          {values.map((value) => (
            <li key={value} class="chip">
              <span>{value}</span>
              <button type="button" class="chip-remove" aria-label={t('options_removeNamed', value)} onClick={() => void remove(value)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-row" onSubmit={add}>
        <label for={`${id}-input`} class="visually-hidden">
          {inputLabel}
        </label>
        <input
          id={`${id}-input`}
          type="text"
          value={draft}
          placeholder={placeholder}
          autocomplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-description ${id}-error` : `${id}-description`}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            if (error) setError('');
          }}
        />
        <button type="submit">{t('popup_add')}</button>
      </form>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
