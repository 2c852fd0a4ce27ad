// The keyboard shortcut that opens the popup, as the browser has it now (the person may have
// changed it), for the onboarding page.
import { browser } from 'wxt/browser';

export async function openPopupShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  const command = commands.find((c) => c.name === '_execute_action' || c.name === '_execute_browser_action');
  return command?.shortcut ?? '';
}
