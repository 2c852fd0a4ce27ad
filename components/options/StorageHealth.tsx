// Says, at the top of the settings page, when the watchlist cannot be read (so nothing is
// protected), when it can be read but not written (what is saved protects, changes are lost), or
// when some stored entries could not be read (so those prospects are not).
import type { StorageStatus, UnreadableEntry } from '../../utils/model/messages';
import { t, tPlural } from '../i18n';
import { storageFaultSentence, writeFaultSentence } from '../storage-fault';

interface Props {
  /** null while loading or when the background could not say. */
  status: StorageStatus | null;
}

export function StorageHealth({ status }: Props) {
  if (!status) return null;
  const { fault, writeFault, unreadable } = status;
  if (!fault && !writeFault && unreadable.length === 0) return null;
  return (
    <section class="card error-box storage-health" role="alert" aria-labelledby="storage-health-heading">
      <h2 id="storage-health-heading">{t('options_storageProblemTitle')}</h2>
      {fault && <p>{storageFaultSentence(fault, 'options')}</p>}
      {writeFault && <p class="write-fault">{writeFaultSentence(writeFault, 'options')}</p>}
      {unreadable.length > 0 && (
        <>
          <p>{tPlural('options_unreadableEntries', unreadable.length)}</p>
          <ul class="unreadable-entries">
            {unreadable.map((record) => (
              <li key={record.key}>{describeUnreadable(record)}</li>
            ))}
          </ul>
          <p class="hint">{t('options_unreadableHint')}</p>
        </>
      )}
    </section>
  );
}

function describeUnreadable(record: UnreadableEntry): string {
  const which = record.name ? t('options_unreadableNamed', record.name, record.key) : t('options_unreadableUnnamed', record.key);
  return t(record.problem === 'missing' ? 'options_unreadableFieldMissing' : 'options_unreadableFieldInvalid', which, record.field);
}
