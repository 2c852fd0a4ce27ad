// The two shapes of audience an adapter reads off a page. No site knowledge here: each adapter finds
// its own conversation name or recipient fields.

import type { Audience } from './site-adapter';

/** A chat's audience is its conversation's name; a page showing none leaves it unknown (outside). */
export function conversationAudience(name: string): Audience {
  return name ? { kind: 'channel', name } : { kind: 'unknown' };
}

/**
 * A mail's audience is everyone in its recipient fields, each once; a compose showing no field at
 * all leaves it unknown, while fields with no one in them yet give an empty list.
 */
export function recipientsAudience<Field>(fields: readonly Field[], recipientsIn: (field: Field) => string[]): Audience {
  if (fields.length === 0) return { kind: 'unknown' };
  return { kind: 'recipients', addresses: [...new Set(fields.flatMap(recipientsIn))] };
}
