// Which page the popup was opened over, for "is this page protected right now".
import { browser } from 'wxt/browser';

export interface ActiveTab {
  id: number;
  url: string;
}

export async function getActiveTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? '' };
}
