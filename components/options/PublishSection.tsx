// Manager tools: make a signing key (and back it up), then publish a signed team list, plain or
// hashed, from the current watchlist or a CRM export. The key stays in this page's memory and in
// the file the manager saves: the extension never stores it.
import { useId, useState } from 'preact/hooks';
import type { MatchableEntry } from '../../utils/matcher/types';
import type { ProspectEntry } from '../../utils/model/watchlist';
import { generateSigningKey, readSigningKey } from '../../utils/team-lists/signing-keys';
import { decodeImportFile } from '../../utils/watchlist-files/file-encoding';
import { downloadText } from '../download';
import { formatNumber, t } from '../i18n';
import { messageOf } from '../shared/message-of';
import { defaultExpiry, prospectsOfFile, publishTeamList } from './publish-team-list';

interface Props {
  entries: ProspectEntry[];
}

export function PublishSection({ entries }: Props) {
  const id = useId();
  const [keyText, setKeyText] = useState('');
  const [publicKey, setPublicKey] = useState('');
  const [source, setSource] = useState<'watchlist' | 'file'>('watchlist');
  const [crmFile, setCrmFile] = useState<File | null>(null);
  const [listId, setListId] = useState('sales-team');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'plain' | 'hashed'>('hashed');
  const [version, setVersion] = useState(() => String(Math.floor(Date.now() / 1000)));
  const [expires, setExpires] = useState(() => defaultExpiry(new Date()));
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  function adoptKey(text: string) {
    const key = readSigningKey(text);
    setKeyText(text);
    setPublicKey(key.publicKey);
  }

  function generate() {
    const text = `${JSON.stringify(generateSigningKey(new Date()), null, 2)}\n`;
    adoptKey(text);
    // Offered at once: a key that exists only in this page is lost with it.
    downloadText('signing-key.json', text, 'application/json');
    setMessage({ text: t('options_publishKeyMade'), isError: false });
  }

  async function loadKey(file: File | undefined) {
    if (!file) return;
    try {
      adoptKey(await file.text());
      setMessage(null);
    } catch (failure) {
      setMessage({ text: messageOf(failure), isError: true });
    }
  }

  async function publish(event: Event) {
    event.preventDefault();
    if (!keyText) return setMessage({ text: t('options_publishNeedKey'), isError: true });
    try {
      const now = new Date();
      let prospects: MatchableEntry[];
      if (source === 'file') {
        if (!crmFile) return setMessage({ text: t('options_publishNeedFile'), isError: true });
        const decoded = decodeImportFile(new Uint8Array(await crmFile.arrayBuffer()));
        if (!decoded.ok) return setMessage({ text: t('options_publishFileUnreadable', crmFile.name), isError: true });
        prospects = prospectsOfFile(crmFile.name, decoded.text, now);
      } else {
        prospects = entries;
      }
      const published = publishTeamList(
        { id: listId.trim(), name: name.trim(), kind, version: Number(version), expires },
        prospects,
        keyText,
        now,
      );
      downloadText(published.fileName, published.text, 'application/json');
      setMessage({ text: t('options_publishDone', published.fileName, formatNumber(published.prospectCount)), isError: false });
    } catch (failure) {
      setMessage({ text: t('options_publishFailed', messageOf(failure)), isError: true });
    }
  }

  return (
    <section id="publish" aria-labelledby="publish-heading" class="card">
      <h2 id="publish-heading">{t('options_publishTitle')}</h2>
      <p>{t('options_publishIntro')}</p>
      <h3>{t('options_publishKeyTitle')}</h3>
      <p class="hint">{t('options_publishKeyHint')}</p>
      <div class="actions">
        <button type="button" onClick={generate}>
          {t('options_publishKeyGenerate')}
        </button>
        {keyText && (
          <button type="button" onClick={() => downloadText('signing-key.json', keyText, 'application/json')}>
            {t('options_publishKeyExport')}
          </button>
        )}
      </div>
      <div class="field">
        <label for={`${id}-key-file`}>{t('options_publishKeyLoad')}</label>
        <input
          id={`${id}-key-file`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void loadKey((event.currentTarget as HTMLInputElement).files?.[0])}
        />
      </div>
      {publicKey && (
        <div class="field">
          <label for={`${id}-public`}>{t('options_publishPublicKey')}</label>
          <input id={`${id}-public`} type="text" readOnly value={publicKey} onFocus={(event) => event.currentTarget.select()} />
        </div>
      )}

      <form onSubmit={publish}>
        <fieldset>
          <legend>{t('options_publishSourceLegend')}</legend>
          <label>
            <input type="radio" name={`${id}-source`} checked={source === 'watchlist'} onChange={() => setSource('watchlist')} />{' '}
            {t('options_publishSourceWatchlist')}
          </label>
          <label>
            <input type="radio" name={`${id}-source`} checked={source === 'file'} onChange={() => setSource('file')} />{' '}
            {t('options_publishSourceFile')}
          </label>
          {source === 'file' && (
            <input
              type="file"
              aria-label={t('options_publishSourceFile')}
              accept=".csv,.json,.txt,text/csv,application/json"
              onChange={(event) => setCrmFile((event.currentTarget as HTMLInputElement).files?.[0] ?? null)}
            />
          )}
        </fieldset>
        <fieldset>
          <legend>{t('options_publishKindLegend')}</legend>
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'hashed'} onChange={() => setKind('hashed')} />{' '}
            {t('options_publishHashed')}
          </label>
          <label>
            <input type="radio" name={`${id}-kind`} checked={kind === 'plain'} onChange={() => setKind('plain')} />{' '}
            {t('options_publishPlain')}
          </label>
        </fieldset>
        <div class="field">
          <label for={`${id}-list-id`}>{t('options_publishId')}</label>
          <input id={`${id}-list-id`} type="text" value={listId} onInput={(event) => setListId(event.currentTarget.value)} />
        </div>
        <div class="field">
          <label for={`${id}-name`}>{t('options_publishName')}</label>
          <input
            id={`${id}-name`}
            type="text"
            placeholder="Sales EMEA"
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-version`}>{t('options_publishVersion')}</label>
          <input
            id={`${id}-version`}
            type="number"
            min={1}
            step={1}
            value={version}
            onInput={(event) => setVersion(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-expires`}>{t('options_publishExpires')}</label>
          <input id={`${id}-expires`} type="date" value={expires} onInput={(event) => setExpires(event.currentTarget.value)} />
        </div>
        <button type="submit" class="primary">
          {t('options_publishButton')}
        </button>
      </form>
      <p role="status" class={message?.isError ? 'error' : 'notice-text'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
