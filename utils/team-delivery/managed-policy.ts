// The organisation's policy (storage.managed, from public/schema.json on Chrome/Edge or
// Firefox's "3rdparty" policies), read key by key: a bad value is reported and left out, and
// never stops the other keys from applying.
import * as v from 'valibot';
import { EMPTY_POLICY, type ManagedPolicy } from '../model/list-sources';
import { refreshMinutesOf } from './refresh-schedule';

const LIST_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const TextList = v.array(v.string());

const TeamListSchema = v.object({
  id: v.pipe(v.string(), v.regex(LIST_ID)),
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  url: v.pipe(
    v.string(),
    v.check((value) => /^https?:$/.test(safeUrl(value)?.protocol ?? '')),
  ),
  publicKey: v.pipe(v.string(), v.trim(), v.regex(/^[A-Za-z0-9+/]{43}=$/)),
  refreshMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

const SalesTeamSchema = v.object({
  addresses: v.optional(TextList, []),
  domains: v.optional(TextList, []),
  channels: v.optional(TextList, []),
});

export function readManagedPolicy(values: Record<string, unknown> | undefined): ManagedPolicy {
  const policy: ManagedPolicy = structuredClone(EMPTY_POLICY);
  if (!values) return policy;
  const { teamLists, salesTeam, quietSites, allowPersonalLists, lockSettings } = values;

  if (teamLists !== undefined) {
    if (!Array.isArray(teamLists)) policy.problems.push('The policy “teamLists” must be a list; it was ignored.');
    else {
      const seen = new Set<string>();
      teamLists.forEach((item, index) => {
        const parsed = v.safeParse(TeamListSchema, item);
        if (!parsed.success) {
          policy.problems.push(
            `Team list ${index + 1} of the policy “teamLists” was ignored: it needs an id (letters, digits, . _ -), a name, an http(s) url and a publisher key of 44 base64 characters.`,
          );
          return;
        }
        if (seen.has(parsed.output.id)) {
          policy.problems.push(`Team list ${index + 1} of the policy “teamLists” repeats the id “${parsed.output.id}”; it was ignored.`);
          return;
        }
        seen.add(parsed.output.id);
        const list: ManagedPolicy['teamLists'][number] = { ...parsed.output };
        if (list.refreshMinutes !== undefined) list.refreshMinutes = refreshMinutesOf(list.refreshMinutes);
        policy.teamLists.push(list);
      });
    }
  }
  if (salesTeam !== undefined) {
    const parsed = v.safeParse(SalesTeamSchema, salesTeam);
    if (parsed.success) policy.salesTeam = parsed.output;
    else policy.problems.push('The policy “salesTeam” must be an object with lists “addresses”, “domains” and “channels”; it was ignored.');
  }
  if (quietSites !== undefined) {
    const parsed = v.safeParse(TextList, quietSites);
    if (parsed.success) policy.quietSites = parsed.output;
    else policy.problems.push('The policy “quietSites” must be a list of site addresses; it was ignored.');
  }
  if (allowPersonalLists !== undefined) {
    if (typeof allowPersonalLists === 'boolean') policy.allowPersonalLists = allowPersonalLists;
    else policy.problems.push('The policy “allowPersonalLists” must be true or false; it was ignored.');
  }
  if (lockSettings !== undefined) {
    if (typeof lockSettings === 'boolean') policy.lockSettings = lockSettings;
    else policy.problems.push('The policy “lockSettings” must be true or false; it was ignored.');
  }
  return policy;
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
