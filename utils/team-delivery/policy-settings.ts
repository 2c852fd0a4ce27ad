// The settings that protect: the person's own, plus what the organisation's policy adds (its
// sales team addresses, domains, channels and quiet sites). Policy values are added, never
// swapped in, so a policy can widen who counts as the sales team but cannot erase a person's list.
import * as v from 'valibot';
import type { ManagedPolicy } from '../model/list-sources';
import type { Settings } from '../model/settings';
import { SettingsSchema } from '../model/settings-rules';
import { firstIssueMessage } from '../model/entry-rules';

export interface SettingsWithPolicy {
  settings: Settings;
  /** Why the policy's values could not be added (the person's settings then apply alone). */
  problem?: string;
}

export function settingsWithPolicy(settings: Settings, policy: ManagedPolicy): SettingsWithPolicy {
  if (!policy.salesTeam && !policy.quietSites) return { settings };
  const merged: Settings = {
    ...settings,
    salesTeam: {
      emails: [...settings.salesTeam.emails, ...(policy.salesTeam?.addresses ?? [])],
      domains: [...settings.salesTeam.domains, ...(policy.salesTeam?.domains ?? [])],
      channels: [...settings.salesTeam.channels, ...(policy.salesTeam?.channels ?? [])],
    },
    quietSites: [...settings.quietSites, ...(policy.quietSites ?? [])],
  };
  const parsed = v.safeParse(SettingsSchema, merged);
  if (parsed.success) return { settings: parsed.output };
  return { settings, problem: `The policy’s sales team or quiet sites were not applied: ${firstIssueMessage(parsed.issues)}` };
}
