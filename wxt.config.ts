import { defineConfig } from 'wxt';
import { SELLER_HOST_PATTERNS } from './lib/pages/hosts';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/auto-icons'],
  // wxt dev would try to open a headed browser; our demo and e2e launch Chromium themselves.
  webExt: { disabled: true },
  autoIcons: { baseIconPath: 'assets/icon.svg' },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Least privilege: no tabs, no access to hosts beyond the seller center. `scripting` injects
    // our own reader bundle (one of three) into a seller-center page that needs it, so the
    // content script every seller-center page gets stays small.
    permissions: ['sidePanel', 'storage', 'alarms', 'scripting'],
    optional_permissions: ['notifications'],
    host_permissions: [...SELLER_HOST_PATTERNS],
    action: { default_title: '__MSG_extName__' },
  },
});
