import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings; behaviour lives in entrypoints/ and utils/.
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: when the person opens the popup, it may read that one tab's address, for the
    // per-site switch ("Switch off on mail.example.com"). No install warning, no other tab.
    // unlimitedStorage: a long watchlist with notes is never refused for quota, and the browser
    // does not evict it under disk pressure (the watchlist would vanish without a word).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab'],
    // The shortcut opens the popup: add a lead without leaving the keyboard.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
      },
    },
    // Icons in public/icon/ are drawn by scripts/make-icons.ts; WXT lists them under `icons`, the
    // toolbar button needs them named too (MV2 calls it `browser_action`).
    ...(browser === 'firefox' ? { browser_action: { default_icon: TOOLBAR_ICONS } } : { action: { default_icon: TOOLBAR_ICONS } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'prospect-guard@prospect-guard.example',
              // 140 (the 140 ESR line) is the first to read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
