// Team list delivery, wired to the browser: the organisation's policy from storage.managed (and
// its changes, without a restart), refreshes on browser start and by alarm, host-permission checks.
// The behaviour itself is utils/team-delivery/list-source-service.ts.
import { browser } from 'wxt/browser';
import type { ListSourceService } from '../../utils/team-delivery/list-source-service';
import { readManagedPolicy } from '../../utils/team-delivery/managed-policy';

export const TEAM_LISTS_ALARM = 'team-lists-refresh';
// Chrome fires alarms at most every 30 s; earlier due times wait for that.
const MIN_ALARM_DELAY_MS = 30_000;

/** The extension's policy values; {} where the browser has no policy (Firefox without policies.json rejects). */
async function readManagedValues(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** Whether the extension may fetch `url` with its own headers (host permission for its origin). */
export async function hasHostPermission(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    return false;
  }
}

/** Call once, synchronously, at the top of the background's main(). */
export function registerTeamLists(teamListsPromise: Promise<ListSourceService>): void {
  async function scheduleNext(dueAt: number | undefined): Promise<void> {
    if (dueAt === undefined) {
      await browser.alarms.clear(TEAM_LISTS_ALARM);
      return;
    }
    await browser.alarms.create(TEAM_LISTS_ALARM, { when: Math.max(dueAt, Date.now() + MIN_ALARM_DELAY_MS) });
  }

  async function refresh(all: boolean): Promise<void> {
    const teamLists = await teamListsPromise;
    await scheduleNext(await teamLists.refreshDue(all));
  }

  async function applyPolicy(): Promise<void> {
    const teamLists = await teamListsPromise;
    await teamLists.applyPolicy(readManagedPolicy(await readManagedValues()));
    // A list the policy just added or moved is due now.
    await refresh(false);
  }

  // Every start of the background (also a service worker woken by an event): the policy, then
  // whatever is due. A browser start fetches every subscription.
  void applyPolicy();
  browser.runtime.onStartup.addListener(() => void refresh(true));
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'managed') void applyPolicy();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_LISTS_ALARM) void refresh(false);
  });
}
