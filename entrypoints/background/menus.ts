// "Add to prospect watchlist" on selected text, from any page. The background passes in how to
// add (it owns the store); this file only wires the browser's context menu and the badge feedback.
import { browser } from 'wxt/browser';
import { prospectNameFromSelection } from '../../utils/background/selection-name';

export const ADD_SELECTION_MENU_ID = 'prospect-guard-add-selection';
const BADGE_MS = 4000;

export type AddFromSelectionResult = 'added' | 'already-open';

export interface ContextMenuDeps {
  /** Adds an open prospect by name, or reports that an open one with that name exists. */
  addProspect(name: string): Promise<AddFromSelectionResult>;
}

/** Call once, synchronously, at the top of the background's main(). */
export function registerContextMenu(deps: ContextMenuDeps): void {
  browser.runtime.onInstalled.addListener(() => {
    // Menus persist across service-worker restarts; re-created on install and update only.
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: ADD_SELECTION_MENU_ID,
        title: browser.i18n.getMessage('common_menuAddToWatchlist'),
        contexts: ['selection'],
      }),
    );
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ADD_SELECTION_MENU_ID) return;
    void addSelection(deps, info.selectionText, tab?.id);
  });
}

export async function addSelection(
  deps: ContextMenuDeps,
  selectionText: string | undefined,
  tabId: number | undefined,
): Promise<AddFromSelectionResult | 'not-a-name'> {
  const name = prospectNameFromSelection(selectionText);
  const result = name ? await deps.addProspect(name) : 'not-a-name';
  await showBadge(tabId, result);
  return result;
}

/** A short mark on the toolbar button: ✓ added, = already there, ! not a name (title says which). */
async function showBadge(tabId: number | undefined, result: AddFromSelectionResult | 'not-a-name'): Promise<void> {
  if (tabId === undefined) return;
  const text = { added: '✓', 'already-open': '=', 'not-a-name': '!' }[result];
  const title = browser.i18n.getMessage(
    result === 'added' ? 'common_badgeAdded' : result === 'already-open' ? 'common_badgeAlreadyOpen' : 'common_badgeNotAName',
  );
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text });
  await action.setTitle({ tabId, title });
  setTimeout(() => {
    void action.setBadgeText({ tabId, text: '' });
    void action.setTitle({ tabId, title: browser.i18n.getMessage('extName') });
  }, BADGE_MS);
}
