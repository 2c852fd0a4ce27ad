// "Erase everything": the watchlist, settings and activity log, after a confirmation.
import { useState } from 'preact/hooks';
import { t } from '../i18n';
import { ConfirmDialog } from '../shared/ConfirmDialog';

interface Props {
  onErase: () => Promise<void>;
}

export function EraseSection({ onErase }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section id="erase" aria-labelledby="erase-heading" class="card danger-zone">
      <h2 id="erase-heading">{t('options_eraseTitle')}</h2>
      <p>{t('options_eraseIntro')}</p>
      <button type="button" class="danger" onClick={() => setConfirming(true)}>
        {t('options_eraseButton')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('options_eraseConfirmTitle')}
        confirmLabel={t('options_eraseConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void onErase();
        }}
      >
        <p>{t('options_eraseConfirmBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
