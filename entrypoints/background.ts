import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Wiring lands with the store: see utils/messages.ts for the protocol.
});
