// A storage fault (read or write) as the sentence the popup and the settings page show, in the person's language.
import type { StorageFault, WriteFault } from '../utils/model/messages';
import { t } from './i18n';

/** The popup speaks of "this page"; the settings page of the watchlist as a whole. */
export function storageFaultSentence(fault: StorageFault, where: 'popup' | 'options'): string {
  if (fault.kind === 'newer-version') {
    return t(where === 'popup' ? 'popup_statusNewerVersion' : 'options_storageNewerVersion', fault.detail);
  }
  return t(where === 'popup' ? 'popup_statusStorageUnavailable' : 'options_storageUnavailable', fault.detail);
}

/** A list that reads but cannot be written: what still holds (protection) and what does not. */
export function writeFaultSentence(fault: WriteFault, where: 'popup' | 'options'): string {
  if (fault.kind === 'no-room') return t(where === 'popup' ? 'popup_writeFaultNoRoom' : 'options_writeFaultNoRoom', fault.detail);
  return t(where === 'popup' ? 'popup_writeFaultRefused' : 'options_writeFaultRefused', fault.detail);
}
