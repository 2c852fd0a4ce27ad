// User settings shared by background, content, popup and options. Browser-free.

/** Who counts as the sales team: sharing with them needs no caution. */
export interface SalesTeam {
  /** Full email addresses, lower case. */
  emails: string[];
  /** Email/web domains, lower case, without "@". */
  domains: string[];
  /** Chat channel or conversation names, as shown by the chat app (compared case-insensitively). */
  channels: string[];
}

/** How the person left the caution on a site: made small, and moved aside by so many pixels. */
export interface SiteCautionLayout {
  collapsed: boolean;
  dx: number;
  dy: number;
}

export interface Settings {
  salesTeam: SalesTeam;
  /** Hostnames where no caution is wanted (the CRM itself); subdomains included. */
  quietSites: string[];
  /** Master switch. */
  enabled: boolean;
  /**
   * Hostnames the person switched protection off for (the popup's per-site switch); subdomains
   * included. Optional so settings saved before it existed stay valid; absent means none.
   */
  switchedOffSites?: string[];
  /** How the person left the caution, per hostname. Optional: absent means "as placed". */
  cautionLayouts?: Record<string, SiteCautionLayout>;
}

export const DEFAULT_SETTINGS: Settings = {
  salesTeam: { emails: [], domains: [], channels: [] },
  quietSites: [],
  enabled: true,
  switchedOffSites: [],
};
