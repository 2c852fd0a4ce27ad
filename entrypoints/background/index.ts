// Wiring only: browser events in, the background service (utils/background/service.ts) out.
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { chunksOf, compileMatcher, withPartStamps, type CompiledMatcher } from '../../utils/matcher/matcher';
import { createBackgroundService } from '../../utils/background/service';
import { askForPersistentStorage } from '../../utils/store/persistent-storage';
import { createMemorySessionArea, createTabRegistry } from '../../utils/background/tab-registry';
import { coalesce, pushProtectionToTabs } from '../../utils/background/tab-push';
import { nextLocalMidnight } from '../../utils/background/day-boundary';
import { registerContextMenu } from './menus';
import { registerOnboarding } from './onboarding';
import { injectContentScriptIntoOpenTabs } from './open-tabs';
import { hasHostPermission, registerTeamLists } from './team-lists';
import { teamListCodec } from '../../utils/team-delivery/team-list-format';

const NEW_DAY_ALARM = 'new-day';

export default defineBackground(() => {
  // storage.session is in-memory and trusted-contexts only: pages' content scripts cannot read it.
  const tabs = createTabRegistry(browser.storage.session ?? createMemorySessionArea());

  const pushToTabs = coalesce(async () => {
    const service = await servicePromise;
    await pushProtectionToTabs({
      tabs: await browser.tabs.query({}),
      reportedUrlOf: service.pageUrlOf,
      protectionFor: service.protectionFor,
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    });
  });

  // The database is opened by the first request and again whenever it is lost; a request that
  // finds it unreadable is answered with the reason rather than failing silently.
  const servicePromise = Promise.resolve(
    createBackgroundService({
      database: { factory: indexedDB },
      // Stamped per part, so that a tab rebuilds only the parts that changed.
      compile: (entries, now, team) => withPartStamps(compileMatcher(entries, { now, ...(team ? { hashedLists: team.hashedLists } : {}) })),
      chunk: (compiled) => chunksOf(compiled as CompiledMatcher),
      tabs,
      teamDelivery: {
        codec: teamListCodec,
        fetch: (url, init) => fetch(url, init),
        hasHostPermission,
        log: (message) => console.warn('Prospect Guard:', message),
      },
      onProtectionChanged: () => void pushToTabs(),
    }),
  );
  void servicePromise.then((service) => service.warmUp()).catch(() => undefined);
  // Asks the browser not to evict the watchlist under storage pressure. Window contexts only (the
  // Firefox background page); Chrome's service worker has none, and unlimitedStorage covers it.
  void askForPersistentStorage();

  // Options and onboarding pages also run in tabs: their URL, not sender.tab, tells them apart.
  const extensionPagePrefix = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    servicePromise.then((service) =>
      service.handle(message, {
        origin: sender.url?.startsWith(extensionPagePrefix) ? 'extension-page' : 'content-script',
        tabId: sender.tab?.id,
        frameId: sender.frameId,
      }),
    ),
  );

  registerOnboarding();
  registerTeamLists(servicePromise.then((service) => service.teamLists!));
  void injectContentScriptIntoOpenTabs();
  registerContextMenu({ addProspect: (name) => servicePromise.then((service) => service.addProspectByName(name)) });

  browser.tabs.onRemoved.addListener((tabId) => {
    void servicePromise.then((service) => service.forgetTab(tabId));
  });

  // Created once: re-creating it at every service-worker start could replace an alarm just firing.
  void browser.alarms.get(NEW_DAY_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(NEW_DAY_ALARM, { when: nextLocalMidnight(new Date()).getTime(), periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEW_DAY_ALARM) void servicePromise.then((service) => service.startNewDay());
  });
});
