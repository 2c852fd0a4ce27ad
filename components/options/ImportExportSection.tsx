// Bulk import with a preview (nothing is written before "Apply import"), and export as JSON or CSV.
import { useId, useRef, useState } from 'preact/hooks';
import type { ImportPreview } from '../../utils/model/messages';
import { decodeImportFile, type DecodedFile, type ReadEncoding } from '../../utils/watchlist-files/file-encoding';
import { callBackground } from '../background-call';
import { downloadParts, mimeTypeOf } from '../download';
import { readWholeWatchlist } from '../watchlist-pages';
import { exportWatchlistParts } from '../../utils/watchlist-files/export-file';
import { formatNumber, t, tPlural } from '../i18n';
import { messageOf } from '../shared/message-of';

interface Props {
  /** Called after an import is applied, so the table reloads. */
  onImported: () => Promise<void>;
}

type Pending = { fileName: string; text: string; encoding: ReadEncoding; preview: ImportPreview };

export function ImportExportSection({ onImported }: Props) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFileChosen(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    setPending(null);
    setMessage(null);
    if (!file) return;
    setBusy(true);
    try {
      // Bytes, not file.text(): that would read a Windows-1252 export as UTF-8 and garble its names.
      const decoded = decodeImportFile(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) {
        setMessage({ text: t('options_importReadFailed', file.name, encodingProblem(decoded)), isError: true });
        return;
      }
      const preview = await callBackground('entries:import-preview', { fileName: file.name, text: decoded.text });
      setPending({ fileName: file.name, text: decoded.text, encoding: decoded.encoding, preview });
    } catch (failure) {
      setMessage({ text: t('options_importReadFailed', file.name, messageOf(failure)), isError: true });
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!pending?.preview.ok) return;
    setBusy(true);
    try {
      const result = await callBackground('entries:import', { fileName: pending.fileName, text: pending.text });
      if (result.ok) {
        setMessage({ text: t('options_importDone', pending.fileName, summary(result)), isError: false });
        setPending(null);
        if (fileRef.current) fileRef.current.value = '';
        await onImported();
      } else {
        setPending({ ...pending, preview: result });
      }
    } catch (failure) {
      setMessage({ text: t('options_importFailed', messageOf(failure)), isError: true });
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    setPending(null);
    setMessage(null);
    if (fileRef.current) {
      fileRef.current.value = '';
      fileRef.current.focus();
    }
  }

  async function exportAs(format: 'json' | 'csv') {
    try {
      // Read in pages and written here: the file may be far larger than one message can carry.
      const { entries } = await readWholeWatchlist((request) => callBackground('entries:page', request));
      const file = exportWatchlistParts(entries, format, new Date());
      downloadParts(file.fileName, file.parts, mimeTypeOf(file.fileName));
      setMessage({ text: t('options_exportDone', file.fileName), isError: false });
    } catch (failure) {
      setMessage({ text: t('options_exportFailed', messageOf(failure)), isError: true });
    }
  }

  return (
    <section id="import-export" aria-labelledby="import-heading" class="card">
      <h2 id="import-heading">{t('options_importTitle')}</h2>
      <div class="field">
        <label for={`${id}-file`}>{t('options_importLabel')}</label>
        <input
          id={`${id}-file`}
          ref={fileRef}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          aria-describedby={`${id}-hint`}
          disabled={busy}
          onChange={onFileChosen}
        />
        <span id={`${id}-hint`} class="hint">
          {t('options_importHint')}
        </span>
      </div>

      {pending && (
        <section class={pending.preview.ok ? 'import-preview' : 'import-preview error-box'} aria-label={t('options_importPreviewLabel')}>
          {pending.preview.ok ? (
            <>
              <p>{t('options_importPreview', pending.fileName, summary(pending.preview))}</p>
              <p class="hint">
                {t('options_importReadAs', pending.encoding)} {t('options_importNothingYet')}
              </p>
              <div class="actions">
                <button type="button" class="primary" disabled={busy} onClick={apply}>
                  {t('options_importApply')}
                </button>
                <button type="button" onClick={cancel}>
                  {t('common_cancel')}
                </button>
              </div>
            </>
          ) : (
            <>
              <p role="alert">{t('options_importError', pending.fileName, formatNumber(pending.preview.line), pending.preview.message)}</p>
              <p class="hint">{t('options_importReadAs', pending.encoding)}</p>
              <button type="button" onClick={cancel}>
                {t('options_importChooseAnother')}
              </button>
            </>
          )}
        </section>
      )}

      <h3>{t('options_exportTitle')}</h3>
      <p class="hint">{t('options_exportHint')}</p>
      <div class="actions">
        <button type="button" onClick={() => void exportAs('json')}>
          {t('options_exportJson')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('options_exportCsv')}
        </button>
      </div>
      <p role="status" class={message?.isError ? 'error' : 'notice-text'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}

function summary(preview: Extract<ImportPreview, { ok: true }>): string {
  return [
    tPlural('options_importAdded', preview.added),
    tPlural('options_importUpdated', preview.updated),
    tPlural('options_importUnchanged', preview.unchanged),
  ].join(', ');
}

/** Why the file's bytes were refused, as the end of “<file> could not be read: …”. */
function encodingProblem(refused: Exclude<DecodedFile, { ok: true }>): string {
  switch (refused.problem) {
    case 'unsupported-encoding':
      return t('options_importEncodingUnsupported', refused.found);
    case 'invalid-bytes':
      return t('options_importEncodingInvalid', refused.found);
    case 'garbled':
      return t('options_importEncodingGarbled', refused.found, refused.word);
    case 'not-text':
      return t('options_importNotText');
  }
}
