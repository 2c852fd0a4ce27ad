// The question Enter asks when the name typed is part of a prospect already listed ("stark" while
// Stark Industries is): most often the person was searching, so nothing is added until they say so.
import { t } from '../i18n';
import type { PendingAdd } from './pending-add';

interface Props {
  pending: PendingAdd;
  onAdd: () => void;
  onCancel: () => void;
}

export function AddAnywayQuestion({ pending, onAdd, onCancel }: Props) {
  return (
    <div class="add-question">
      <p role="alert">{t('popup_addAnywayQuestion', pending.listed.name, pending.entry.name)}</p>
      <div class="add-question-actions">
        <button type="button" class="small primary" onClick={onAdd}>
          {t('popup_addAnyway', pending.entry.name)}
        </button>
        <button type="button" class="small" onClick={onCancel}>
          {t('common_cancel')}
        </button>
      </div>
    </div>
  );
}
