// The watchlist the editor tests seed, and the messages they type.
import type { SeedEntry } from './seed-watchlist';

export const TEST_WATCHLIST: SeedEntry[] = [
  {
    name: 'Acme Robotics',
    aliases: ['Acme'],
    contacts: ['jane.doe@acme-robotics.com'],
    domains: ['acme-robotics.com'],
    status: 'open',
  },
  // Never typed in a test: proves the list itself never reaches the page.
  { name: 'Globex Industries', aliases: ['Globex'], status: 'open' },
  // A won deal is no longer guarded.
  { name: 'Initech', status: 'won' },
];

export const PROSPECT_MESSAGE = "Let's talk to Acme Robotics tomorrow";
export const CLEAN_MESSAGE = 'See you at the standup tomorrow';
/** Names a won deal only: must send like a clean message. */
export const WON_DEAL_MESSAGE = 'Initech signed yesterday';
