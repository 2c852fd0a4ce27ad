// A name typed in the popup that is part of a listed prospect ("stark" while Stark Industries is
// listed): held until the person says whether to add it anyway.
import type { NewEntry } from '../../utils/model/messages';
import type { ProspectEntry } from '../../utils/model/watchlist';

export interface PendingAdd {
  entry: NewEntry;
  /** The listed prospect whose name, alias or domain contains the typed name. */
  listed: ProspectEntry;
}
