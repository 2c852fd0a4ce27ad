// Counts for "cautions this week": how many cautions were shown, and how many the person sent
// anyway. Every caution is logged once when shown; a later record tells what the person chose.
import type { ActivityRecord } from '../utils/model/messages';

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export interface ActivitySummary {
  shown: number;
  sentAnyway: number;
}

export function summariseActivity(records: readonly ActivityRecord[]): ActivitySummary {
  let shown = 0;
  let sentAnyway = 0;
  for (const record of records) {
    if (record.choice === 'shown') shown += 1;
    if (record.choice === 'sent-anyway') sentAnyway += 1;
  }
  return { shown, sentAnyway };
}
