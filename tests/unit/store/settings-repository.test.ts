import { beforeEach, describe, expect, it } from 'vitest';
import type { WatchlistDb } from '../../../utils/store/database';
import { readSettings, writeSettings } from '../../../utils/store/settings-repository';
import { completeSettings } from '../../../utils/model/settings-rules';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model/settings';
import { openTestDatabase } from './fixtures/test-database';

let db: WatchlistDb;
beforeEach(async () => {
  db = await openTestDatabase();
});

const withTeam = (salesTeam: Partial<Settings['salesTeam']>) => ({
  ...DEFAULT_SETTINGS,
  salesTeam: { ...DEFAULT_SETTINGS.salesTeam, ...salesTeam },
});

describe('settings', () => {
  it('are the defaults before anything is saved', async () => {
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('complete settings saved without the newer fields', () => {
    expect(completeSettings({ enabled: false, quietSites: ['crm.example.com'] } as Partial<Settings>)).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      quietSites: ['crm.example.com'],
    });
  });

  it.each([
    [{ quietSites: ['https://crm.example.com/home?x=1'] }, { quietSites: ['crm.example.com'] }],
    [
      { quietSites: ['*.salesforce.com', 'www.hubspot.com', 'localhost:3000'] },
      { quietSites: ['salesforce.com', 'hubspot.com', 'localhost'] },
    ],
    [{ switchedOffSites: ['Docs.Google.com', 'docs.google.com'] }, { switchedOffSites: ['docs.google.com'] }],
    [withTeam({ emails: ['Ann@OurCo.com', ' ', 'ann@ourco.com'] }), withTeam({ emails: ['ann@ourco.com'] })],
    [withTeam({ domains: ['@OurCo.com', 'https://sales.ourco.com'] }), withTeam({ domains: ['ourco.com', 'sales.ourco.com'] })],
    [withTeam({ channels: [' #deals ', '#DEALS', 'Sales team'] }), withTeam({ channels: ['#deals', 'Sales team'] })],
  ])('are normalised when saved: %j', async (change, expected) => {
    const saved = await writeSettings(db, { ...DEFAULT_SETTINGS, ...change });
    expect(saved).toEqual({ ...DEFAULT_SETTINGS, ...expected });
    expect(await readSettings(db)).toEqual(saved);
  });

  it.each([
    [{ ...DEFAULT_SETTINGS, enabled: 'yes' }, '“Enabled” must be true or false.'],
    [{ ...DEFAULT_SETTINGS, quietSites: ['not a site'] }, '“not a site” in the quiet sites is not a site address such as crm.example.com.'],
    [withTeam({ domains: ['ourco'] }), "“ourco” in the sales team's domains is not a domain such as company.com."],
    [{ ...DEFAULT_SETTINGS, salesTeam: undefined }, 'The "salesTeam" field is missing.'],
  ])('refuses %j and keeps the saved settings', async (input, message) => {
    await writeSettings(db, { ...DEFAULT_SETTINGS, enabled: false });
    await expect(writeSettings(db, input)).rejects.toThrow(message);
    expect((await readSettings(db)).enabled).toBe(false);
  });
});
