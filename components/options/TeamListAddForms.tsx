// Adding a team list: a signed file (chosen or dropped here) with its publisher's public key, or a
// subscription URL with that key. The URL's host permission is asked for on the click that
// subscribes: the browser only shows its prompt during a person's gesture.
import { useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_REFRESH_MINUTES, MIN_REFRESH_MINUTES, type ListSourceStatus } from '../../utils/model/list-sources';
import { callBackground } from '../background-call';
import { t } from '../i18n';
import { messageOf } from '../shared/message-of';

interface Props {
  onAdded: (status: ListSourceStatus) => Promise<void>;
}

export function TeamListAddForms({ onAdded }: Props) {
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState('');
  const [url, setUrl] = useState('');
  const [urlKey, setUrlKey] = useState('');
  const [minutes, setMinutes] = useState(String(DEFAULT_REFRESH_MINUTES));
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function run(task: () => Promise<ListSourceStatus>) {
    setBusy(true);
    setError('');
    try {
      await onAdded(await task());
      return true;
    } catch (failure) {
      setError(messageOf(failure));
      return false;
    } finally {
      setBusy(false);
    }
  }

  async function importFile(event: Event) {
    event.preventDefault();
    if (!file) return setError(t('options_teamListsChooseFile'));
    if (!fileKey.trim()) return setError(t('options_teamListsKeyMissing'));
    const done = await run(async () =>
      callBackground('team-lists:import', { fileName: file.name, text: await file.text(), publicKey: fileKey.trim() }),
    );
    if (done) {
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
    }
  }

  async function subscribe(event: Event) {
    event.preventDefault();
    let origin: string;
    try {
      const parsed = new URL(url.trim());
      if (!/^https?:$/.test(parsed.protocol)) throw new Error();
      origin = parsed.origin;
    } catch {
      return setError(t('options_teamListsUrlInvalid', url.trim()));
    }
    if (!urlKey.trim()) return setError(t('options_teamListsKeyMissing'));
    const refreshMinutes = Math.max(MIN_REFRESH_MINUTES, Number.parseInt(minutes, 10) || DEFAULT_REFRESH_MINUTES);
    // Asked first, inside the click: awaiting anything before it would lose the gesture.
    const granted = await browser.permissions.request({ origins: [`${origin}/*`] }).catch(() => false);
    if (!granted) return setError(t('options_teamListsPermissionRefused', origin));
    const done = await run(() => callBackground('team-lists:subscribe', { url: url.trim(), publicKey: urlKey.trim(), refreshMinutes }));
    if (done) setUrl('');
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer?.files?.[0];
    if (dropped) {
      setFile(dropped);
      setError('');
    }
  }

  return (
    <div class="team-list-add">
      <form
        class={dragging ? 'team-list-drop dragging' : 'team-list-drop'}
        aria-labelledby={`${id}-file-heading`}
        onSubmit={importFile}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h3 id={`${id}-file-heading`}>{t('options_teamListsImportTitle')}</h3>
        <div class="field">
          <label for={`${id}-file`}>{t('options_teamListsFileLabel')}</label>
          <input
            id={`${id}-file`}
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => setFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null)}
          />
          <span class="hint">{file ? t('options_teamListsFileChosen', file.name) : t('options_teamListsDropHint')}</span>
        </div>
        <div class="field">
          <label for={`${id}-file-key`}>{t('options_teamListsKeyLabel')}</label>
          <input
            id={`${id}-file-key`}
            type="text"
            spellcheck={false}
            autocomplete="off"
            value={fileKey}
            onInput={(e) => setFileKey(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {t('options_teamListsImport')}
        </button>
      </form>

      <form aria-labelledby={`${id}-url-heading`} onSubmit={subscribe}>
        <h3 id={`${id}-url-heading`}>{t('options_teamListsSubscribeTitle')}</h3>
        <div class="field">
          <label for={`${id}-url`}>{t('options_teamListsUrlLabel')}</label>
          <input
            id={`${id}-url`}
            type="url"
            placeholder="https://lists.example.com/sales-emea.json"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-url-key`}>{t('options_teamListsKeyLabel')}</label>
          <input
            id={`${id}-url-key`}
            type="text"
            spellcheck={false}
            autocomplete="off"
            value={urlKey}
            onInput={(e) => setUrlKey(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-minutes`}>{t('options_teamListsMinutesLabel')}</label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={MIN_REFRESH_MINUTES}
            step={1}
            value={minutes}
            onInput={(e) => setMinutes(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="primary" disabled={busy}>
          {t('options_teamListsSubscribe')}
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
