// One open prospect in the popup: what it matches, and the three things a seller does to it —
// edit, mark won, mark lost (the entry is kept as history; guarding stops).
import { useState } from 'preact/hooks';
import type { ProspectEntry, ProspectStatus } from '../../utils/model/watchlist';
import type { EntryChanges } from '../../utils/model/messages';
import { formatDay, t } from '../i18n';
import { EntryEditor } from '../shared/EntryEditor';
import { PencilIcon } from '../shared/icons';

interface Props {
  entry: ProspectEntry;
  today: string;
  onUpdate: (id: string, changes: EntryChanges) => Promise<void>;
  onClose: (entry: ProspectEntry, status: Exclude<ProspectStatus, 'open'>) => void;
}

export function ProspectRow({ entry, today, onUpdate, onClose }: Props) {
  const [editing, setEditing] = useState(false);

  if (editing) {
    return (
      <li class="prospect editing">
        <EntryEditor
          entry={entry}
          onSave={async (changes) => {
            await onUpdate(entry.id, changes);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }

  const also = [...(entry.aliases ?? []), ...(entry.domains ?? []), ...(entry.contacts ?? [])];
  return (
    <li class="prospect">
      <div class="prospect-text">
        <span class="prospect-name">{entry.name}</span>
        {also.length > 0 && <span class="prospect-also">{also.join(' · ')}</span>}
        {entry.guardUntil && (
          <span class={entry.guardUntil < today ? 'prospect-until ended' : 'prospect-until'}>
            {entry.guardUntil < today
              ? t('common_guardEnded', formatDay(entry.guardUntil))
              : t('common_guardUntil', formatDay(entry.guardUntil))}
          </span>
        )}
      </div>
      <div class="prospect-actions">
        <button
          type="button"
          class="small icon-button"
          aria-label={t('popup_editNamed', entry.name)}
          title={t('common_edit')}
          onClick={() => setEditing(true)}
        >
          <PencilIcon />
        </button>
        <button type="button" class="small won" aria-label={t('popup_markWonNamed', entry.name)} onClick={() => onClose(entry, 'won')}>
          {t('common_markWon')}
        </button>
        <button type="button" class="small lost" aria-label={t('popup_markLostNamed', entry.name)} onClick={() => onClose(entry, 'lost')}>
          {t('common_markLost')}
        </button>
      </div>
    </li>
  );
}
