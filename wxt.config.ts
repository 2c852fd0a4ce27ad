import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings; behaviour lives in entrypoints/ and utils/.
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// The public half of the extension's RSA key (made once with openssl): Chrome and Edge derive the
// extension id from it, so every build has the id bdcmljjgkihkelnjnbdkgopciaompeoe, which
// enterprise policies name (README, "Enterprise deployment"). The private half is not in the repository.
const EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA6LWZOf3w44++FRTe0L4VEH2gggf8CLQ4g6oSEi63MBuY+c15+8/xuPioE7qgDSDBOukTmIn4VhAMAifwcK/pxeRFwWAZTdJmb/4yuDpEgvDTqDPJmV0+u8ZL5O/lG6WgZ5u5Dh1RVHqljCtOmc5VBURVFZNBeYSJiFRhvbd1FIaRdxnrDx5hZSjRhIdmlHurwlOixCfHK87/+luAqBhqc+LyAa5Nx1+nPXPNSJSaXUPw8PJUiTBR6HFtRiYk4GebBEMfcFUhUYz6N4p5uEY3OIzTU9EUO2dtMRadl45V284HGG5Ymt+oqjFRV9Ln75HDxk2O574s+SSYoVvx84seFwIDAQAB';

// Team list subscriptions: the settings page asks for one origin's host permission when the
// person subscribes to a URL there, never before. http is allowed because the list is signed.
const LIST_SERVER_ORIGINS = ['https://*/*', 'http://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // entrypoints/content/ is built as a plain script, not through WXT's content-script wrapper:
    // that wrapper posts "<extension id>:content:wxt:content-script-started" to every page (telling
    // it our id) and stops when a page sends the same event back. The manifest lists it below.
    'entrypoints:found': (_wxt, entrypoints) => {
      for (const entrypoint of entrypoints) if (entrypoint.name === 'content') entrypoint.type = 'unlisted-script';
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: when the person opens the popup, it may read that one tab's address, for the
    // per-site switch ("Switch off on mail.example.com"). No install warning, no other tab.
    // unlimitedStorage: a long watchlist with notes is never refused for quota, and the browser
    // does not evict it under disk pressure (the watchlist would vanish without a word).
    // scripting (Chrome, Edge): after an install, update or re-enable, the background puts the
    // content script into tabs already open, which the browser leaves without one until reloaded.
    // Firefox injects declared content scripts into open tabs itself.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['scripting'])],
    // Chrome lets `scripting` inject only where the extension holds host permissions (the content
    // script's matches do not count): exactly the pages the content script already runs on, so the
    // install warning stays the same ("Read and change all your data on all websites").
    ...(browser === 'firefox' ? {} : { host_permissions: ['<all_urls>'] }),
    // Every frame from document_start (about:blank frames too), so no editor appears before us.
    content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_start', all_frames: true, match_about_blank: true }],
    // The shortcut opens the popup: add a lead without leaving the keyboard.
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Ctrl+Shift+Y', mac: 'Command+Shift+Y' },
      },
    },
    // Icons in public/icon/ are drawn by scripts/make-icons.ts; WXT lists them under `icons`, the
    // toolbar button needs them named too (MV2 calls it `browser_action`).
    ...(browser === 'firefox' ? { browser_action: { default_icon: TOOLBAR_ICONS } } : { action: { default_icon: TOOLBAR_ICONS } }),
    // Chrome/Edge: the organisation's policy arrives as storage.managed, described by schema.json.
    // Firefox reads the same keys from policies.json ("3rdparty") and takes no schema or key.
    ...(browser === 'firefox'
      ? { optional_permissions: LIST_SERVER_ORIGINS }
      : { key: EXTENSION_PUBLIC_KEY, optional_host_permissions: LIST_SERVER_ORIGINS, storage: { managed_schema: 'schema.json' } }),
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
