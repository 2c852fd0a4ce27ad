// The audience rule: warn unless every recipient belongs to the sales team. Browser-free.
import type { Audience } from '../entrypoints/content/sites/site-adapter';
import type { SalesTeam } from './settings';

/** True only when the page shows who the message goes to and every one of them is in the sales team. */
export function isSalesTeamOnly(audience: Audience, salesTeam: SalesTeam): boolean {
  switch (audience.kind) {
    case 'recipients':
      return audience.addresses.length > 0 && audience.addresses.every((address) => isTeamAddress(address, salesTeam));
    case 'channel': {
      const name = channelKey(audience.name);
      return name !== '' && salesTeam.channels.some((channel) => channelKey(channel) === name);
    }
    case 'unknown':
      return false;
  }
}

function isTeamAddress(rawAddress: string, salesTeam: SalesTeam): boolean {
  const address = rawAddress.trim().toLowerCase();
  if (salesTeam.emails.some((email) => email.trim().toLowerCase() === address)) return true;
  const at = address.lastIndexOf('@');
  if (at <= 0) return false;
  const domain = address.slice(at + 1);
  return salesTeam.domains.some((teamDomain) => {
    const team = teamDomain.trim().toLowerCase().replace(/^@/, '');
    return team !== '' && (domain === team || domain.endsWith(`.${team}`));
  });
}

/** Channel names compare case-insensitively, with or without a leading "#". */
function channelKey(name: string): string {
  return name.trim().replace(/^#/, '').trim().toLowerCase();
}
