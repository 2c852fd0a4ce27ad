// Bulk import with a row-level preview (nothing is written before "Apply import"), a column
// mapping for unknown headers, skipping bad rows, undo of the last import; export as JSON or CSV.
import { useId, useRef, useState } from 'preact/hooks';
import type { ImportChoices, ImportPreview, ImportReview } from '../../utils/model/messages';
import type { ProspectEntry } from '../../utils/model/watchlist';
import { restoreRequest } from '../../utils/watchlist-files/import-undo';
import { ImportColumnMapping } from './ImportColumnMapping';
import { ImportRowsTable } from './ImportRowsTable';
import { decodeImportFile, type DecodedFile, type ReadEncoding } from '../../utils/watchlist-files/file-encoding';
import { callBackground } from '../background-call';
import { downloadParts, mimeTypeOf } from '../download';
import { readWholeWatchlist } from '../watchlist-pages';
import { exportWatchlistParts } from '../../utils/watchlist-files/export-file';
import { formatNumber, t, tPlural } from '../i18n';
import { messageOf } from '../shared/message-of';

interface Props {
  /** The whole watchlist as shown: kept before an import so that import can be undone exactly. */
  entries: readonly ProspectEntry[];
  /** Called after an import is applied or undone, so the table reloads. */
  onImported: () => Promise<void>;
}

type Pending = {
  fileName: string;
  text: string;
  encoding: ReadEncoding;
  preview: ImportPreview;
  review: ImportReview | null;
  choices: ImportChoices;
};

/** The last import applied from this page: the list before it, to put back on "Undo". */
type LastImport = { fileName: string; before: readonly ProspectEntry[] };

export function ImportExportSection({ entries, onImported }: Props) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [lastImport, setLastImport] = useState<LastImport | null>(null);

  /** Reads the file with the person's choices: counts (what changes) and rows (what is read). */
  async function previewWith(file: Omit<Pending, 'preview' | 'review'>) {
    // Only the choices made are sent: a plain file is previewed exactly as before.
    const request = { fileName: file.fileName, text: file.text, ...file.choices };
    const [preview, review] = await Promise.all([
      callBackground('entries:import-preview', request),
      callBackground('entries:import-review', {
        fileName: file.fileName,
        text: file.text,
        ...(file.choices.mapping ? { mapping: file.choices.mapping } : {}),
      }),
    ]);
    setPending({ ...file, preview, review });
  }

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
      await previewWith({ fileName: file.name, text: decoded.text, encoding: decoded.encoding, choices: {} });
    } catch (failure) {
      setMessage({ text: t('options_importReadFailed', file.name, messageOf(failure)), isError: true });
    } finally {
      setBusy(false);
    }
  }

  async function choose(choices: ImportChoices) {
    if (!pending) return;
    setBusy(true);
    try {
      await previewWith({ ...pending, choices: { ...pending.choices, ...choices } });
    } catch (failure) {
      setMessage({ text: t('options_importReadFailed', pending.fileName, messageOf(failure)), isError: true });
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!pending?.preview.ok) return;
    setBusy(true);
    const before = entries;
    try {
      const result = await callBackground('entries:import', { fileName: pending.fileName, text: pending.text, ...pending.choices });
      if (result.ok) {
        setMessage({ text: t('options_importDone', pending.fileName, summary(result)), isError: false });
        setLastImport(result.added + result.updated > 0 ? { fileName: pending.fileName, before } : null);
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

  async function undo() {
    if (!lastImport) return;
    setBusy(true);
    try {
      await callBackground('entries:restore', restoreRequest(lastImport.before, entries));
      setMessage({ text: t('options_importUndone', lastImport.fileName), isError: false });
      setLastImport(null);
      await onImported();
    } catch (failure) {
      setMessage({ text: t('options_importUndoFailed', messageOf(failure)), isError: true });
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
          {pending.review?.kind === 'needs-mapping' && !pending.choices.mapping ? (
            <ImportColumnMapping
              fileName={pending.fileName}
              headerLine={pending.review.headerLine}
              headers={pending.review.headers}
              samples={pending.review.samples}
              onChoose={(mapping) => void choose({ mapping })}
              onCancel={cancel}
            />
          ) : pending.preview.ok ? (
            <>
              <p>{t('options_importPreview', pending.fileName, summary(pending.preview))}</p>
              <p class="hint">
                {t('options_importReadAs', pending.encoding)} {t('options_importNothingYet')}
              </p>
              {pending.review?.kind === 'rows' && (
                <ImportRowsTable fileName={pending.fileName} review={pending.review} skipping={pending.choices.skipBadRows === true} />
              )}
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
              <p role="alert">{errorText(pending.fileName, pending.preview)}</p>
              <p class="hint">{t('options_importReadAs', pending.encoding)}</p>
              {pending.review?.kind === 'rows' && pending.review.bad.length > 0 && pending.review.rowCount > 0 && (
                <BadRows review={pending.review} busy={busy} onSkip={() => void choose({ skipBadRows: true })} />
              )}
              <button type="button" onClick={cancel}>
                {t('options_importChooseAnother')}
              </button>
            </>
          )}
        </section>
      )}
      {lastImport && !pending && (
        <div class="actions">
          <button type="button" disabled={busy} onClick={() => void undo()}>
            {t('options_importUndo', lastImport.fileName)}
          </button>
        </div>
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

/** The rows that keep the file from importing, and the offer to skip them and import the others. */
function BadRows({ review, busy, onSkip }: { review: Extract<ImportReview, { kind: 'rows' }>; busy: boolean; onSkip: () => void }) {
  return (
    <div class="import-list import-bad">
      <h3>{t('options_importBadTitle', formatNumber(review.bad.length))}</h3>
      <ul>
        {review.bad.map((row) => (
          <li key={row.line}>{t('options_importBadLine', formatNumber(row.line), row.problem)}</li>
        ))}
      </ul>
      <p class="hint">{t('options_importSkipHint')}</p>
      <button type="button" disabled={busy} onClick={onSkip}>
        {tPlural('options_importSkip', review.bad.length)}
      </button>
    </div>
  );
}

function errorText(fileName: string, refused: Extract<ImportPreview, { ok: false }>): string {
  return refused.column === undefined
    ? t('options_importError', fileName, formatNumber(refused.line), refused.message)
    : t('options_importErrorAt', fileName, formatNumber(refused.line), formatNumber(refused.column), refused.message);
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
