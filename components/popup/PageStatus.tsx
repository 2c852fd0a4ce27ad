// "Is the page I am on protected right now, and what did Prospect Guard find on it?"
import type { TabStatus } from '../../utils/model/messages';
import { adapterName, editorKindName } from '../editor-names';
import { t } from '../i18n';
import { storageFaultSentence, writeFaultSentence } from '../storage-fault';

interface Props {
  /** undefined while loading; null when there is no page (or the background could not tell). */
  status: TabStatus | null | undefined;
  /** The active tab's host when a per-site switch can act on it. */
  host?: string | null;
  onSwitchSite?: (off: boolean) => void;
}

export function PageStatus({ status, host, onSwitchSite }: Props) {
  const canSwitchOff = host && onSwitchSite && status?.protected;
  const canSwitchOn = host && onSwitchSite && status?.protected === false && status.reason === 'site-off';
  return (
    <section class="panel page-status" aria-labelledby="page-status-heading">
      <h2 id="page-status-heading">{t('popup_thisPage')}</h2>
      <div class="panel-body">
        <p class={status?.protected ? 'status-line ok' : 'status-line'}>{describe(status)}</p>
        {status?.writeFault && (
          <p class="status-detail write-fault" role="alert">
            {writeFaultSentence(status.writeFault, 'popup')}
          </p>
        )}
        {status?.protected && <p class={status.editor ? 'status-detail editor-found' : 'status-detail'}>{describeEditor(status)}</p>}
        {canSwitchOff && (
          <button type="button" class="link-button site-switch" onClick={() => onSwitchSite(true)}>
            {t('popup_switchOffSite', host)}
          </button>
        )}
        {canSwitchOn && (
          <button type="button" class="link-button site-switch" onClick={() => onSwitchSite(false)}>
            {t('popup_switchOnSite', host)}
          </button>
        )}
      </div>
    </section>
  );
}

function describeEditor(status: TabStatus): string {
  const site = status.adapter ? adapterName(status.adapter) : null;
  if (status.editor) {
    const kind = editorKindName(status.editor);
    return site ? t('popup_editorFound', site, kind) : t('popup_editorFoundGeneric', kind);
  }
  return site ? t('popup_siteFound', site) : t('popup_noEditorYet');
}

function describe(status: TabStatus | null | undefined): string {
  if (status === undefined) return t('common_loading');
  if (status === null) return t('popup_statusUnknown');
  // Saved prospects still protect when changes cannot be saved: say so, not plain "Protected".
  if (status.protected) return t(status.writeFault ? 'popup_statusProtectedSaved' : 'popup_statusProtected');
  if (status.fault) return storageFaultSentence(status.fault, 'popup');
  switch (status.reason) {
    case 'off':
      return t('popup_statusOff');
    case 'quiet-site':
      return t('popup_statusQuietSite');
    case 'site-off':
      return t('popup_statusSiteOff');
    default:
      return t('popup_statusUnsupported');
  }
}
