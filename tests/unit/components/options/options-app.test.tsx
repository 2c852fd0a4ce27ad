// @vitest-environment happy-dom
// The settings page driven as a person would, against an in-memory background.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBackground, makeEntry, type FakeBackground } from '../support/fake-background';
import { byButton, byLabel, click, mount, settle, submit, texts, type } from '../support/dom';
import { act } from 'preact/test-utils';

const state = vi.hoisted(() => ({ background: null as FakeBackground | null }));

vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('../support/fake-i18n');
  return { browser: { i18n: fakeI18n('en'), runtime: { openOptionsPage: vi.fn() } } };
});
vi.mock('../../../../components/background-call', () => ({
  callBackground: (type: never, request: never) => state.background!.call(type, request),
}));

const { OptionsApp } = await import('../../../../components/options/OptionsApp');

const tableNames = (root: HTMLElement) => texts(root, '.watchlist-table .entry-name');
const callsOf = (type: string) => state.background!.calls.filter((call) => call.type === type);

async function chooseFile(input: HTMLInputElement, name: string, content: string | Uint8Array<ArrayBuffer>) {
  const file = new File([content], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

describe('settings page', () => {
  beforeEach(() => {
    state.background = createFakeBackground([
      makeEntry('Globex'),
      makeEntry('Acme Robotics', { status: 'won' }),
      makeEntry('Initech', { source: { kind: 'team', listId: 'emea' } }),
    ]);
  });

  it.each([
    ['Name', ['Acme Robotics', 'Globex', 'Initech'], ['Initech', 'Globex', 'Acme Robotics']],
    ['Status', ['Globex', 'Initech', 'Acme Robotics'], ['Acme Robotics', 'Initech', 'Globex']],
    ['Updated', ['Initech', 'Acme Robotics', 'Globex'], ['Globex', 'Acme Robotics', 'Initech']],
    ['Source', ['Acme Robotics', 'Globex', 'Initech'], ['Initech', 'Globex', 'Acme Robotics']],
  ])('sorts by %s, and reverses on a second click', async (column, first, second) => {
    const root = await mount(<OptionsApp />);
    const header = () =>
      [...root.querySelectorAll<HTMLElement>('.watchlist-table th[scope="col"]')].find((th) => th.textContent?.startsWith(column))!;
    if (column !== 'Name') await click(header().querySelector('button')!);
    expect(tableNames(root)).toEqual(first);
    expect(header().getAttribute('aria-sort')).toBeTruthy();
    await click(header().querySelector('button')!);
    expect(tableNames(root)).toEqual(second);
  });

  it('filters the table by text and by status', async () => {
    const root = await mount(<OptionsApp />);
    await type(byLabel(root, 'Filter by name, alias, contact or domain'), 'glo');
    expect(tableNames(root)).toEqual(['Globex']);
    await type(byLabel(root, 'Filter by name, alias, contact or domain'), '');
    const status = byLabel<HTMLSelectElement>(root, 'Status');
    await act(async () => {
      status.value = 'won';
      status.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(tableNames(root)).toEqual(['Acme Robotics']);
  });

  it('pages 50,000 entries 50 at a time', async () => {
    state.background = createFakeBackground(Array.from({ length: 50_000 }, (_, i) => makeEntry(`Prospect ${String(i).padStart(5, '0')}`)));
    const root = await mount(<OptionsApp />);
    expect(root.querySelectorAll('.watchlist-table tbody tr')).toHaveLength(50);
    expect(root.textContent).toContain('Showing 1–50 of 50,000');
    expect(root.textContent).toContain('Page 1 of 1,000');
    await click(byButton(root, 'Last'));
    expect(tableNames(root).at(-1)).toBe('Prospect 49999');
    expect(root.textContent).toContain('Showing 49,951–50,000 of 50,000');
  });

  it('marks won, reopens and deletes (after confirming) from the table', async () => {
    const globexId = state.background!.entries.find((e) => e.name === 'Globex')!.id;
    const root = await mount(<OptionsApp />);
    await click(byButton(root, 'Mark Globex as won'));
    expect(state.background!.entries.find((e) => e.name === 'Globex')?.status).toBe('won');
    await click(byButton(root, 'Reopen Globex'));
    expect(state.background!.entries.find((e) => e.name === 'Globex')?.status).toBe('open');
    await click(byButton(root, 'Delete Globex'));
    expect(callsOf('entries:delete')).toHaveLength(0);
    const dialog = root.querySelector('dialog[open]')!;
    expect(dialog.textContent).toContain('Delete Globex?');
    await click(byButton(dialog, 'Delete'));
    expect(callsOf('entries:delete')).toEqual([{ type: 'entries:delete', request: { ids: [globexId] } }]);
    expect(tableNames(root)).not.toContain('Globex');
  });

  it('previews an import and writes nothing until "Apply import"', async () => {
    state.background!.importPreview = { ok: true, format: 'csv', added: 12, updated: 3, unchanged: 1, total: 16 };
    const root = await mount(<OptionsApp />);
    await chooseFile(byLabel(root, 'Import watchlist'), 'crm.csv', 'Company\nAcme\n');
    expect(root.querySelector('.import-preview')?.textContent).toContain(
      'crm.csv is ready to import: 12 new prospects, 3 updated, 1 unchanged.',
    );
    expect(callsOf('entries:import-preview')).toEqual([
      { type: 'entries:import-preview', request: { fileName: 'crm.csv', text: 'Company\nAcme\n' } },
    ]);
    expect(callsOf('entries:import')).toHaveLength(0);
    await click(byButton(root, 'Apply import'));
    expect(callsOf('entries:import')).toEqual([{ type: 'entries:import', request: { fileName: 'crm.csv', text: 'Company\nAcme\n' } }]);
    expect(root.textContent).toContain('crm.csv imported: 12 new prospects, 3 updated, 1 unchanged.');
  });

  it('names the bad line of an import and offers no way to apply it', async () => {
    state.background!.importPreview = { ok: false, line: 7, message: 'The “Company” cell is empty.' };
    const root = await mount(<OptionsApp />);
    await chooseFile(byLabel(root, 'Import watchlist'), 'bad.csv', 'x');
    expect(root.querySelector('.import-preview [role="alert"]')?.textContent).toBe(
      'bad.csv cannot be imported. Line 7: The “Company” cell is empty. Nothing was changed: fix the file and choose it again.',
    );
    expect(() => byButton(root, 'Apply import')).toThrow();
  });

  it('reads the file as bytes: a Windows-1252 export reaches the background as text, and the preview says how it was read', async () => {
    state.background!.importPreview = { ok: true, format: 'csv', added: 3, updated: 0, unchanged: 0, total: 3 };
    const root = await mount(<OptionsApp />);
    const bytes = new Uint8Array(readFileSync(resolve(process.cwd(), 'tests/unit/watchlist-files/fixtures/excel-fr-point-virgule.csv')));
    await chooseFile(byLabel(root, 'Import watchlist'), 'Export CRM.csv', bytes);
    const [call] = callsOf('entries:import-preview') as { request: { text: string } }[];
    expect(call!.request.text.split('\r\n').map((line) => line.split(';')[0])).toEqual([
      'Société',
      'Brasserie Française',
      'Société Générale',
      'Cœur de Loire',
      '',
    ]);
    expect(root.querySelector('.import-preview')?.textContent).toContain('Read as Windows-1252. Nothing has been written yet.');
  });

  it('refuses a file whose encoding it cannot tell, naming the one found, without asking the background', async () => {
    const root = await mount(<OptionsApp />);
    const windows1251 = new TextDecoder('windows-1251');
    const byteOf = new Map(Array.from({ length: 256 }, (_, byte) => [windows1251.decode(Uint8Array.of(byte)), byte]));
    const cyrillic = Uint8Array.from(
      [...'Компания;Статус\r\nГазпром;открыта\r\nСбербанк России;выиграна\r\n'],
      (char) => byteOf.get(char)!,
    );
    await chooseFile(byLabel(root, 'Import watchlist'), 'clients.csv', cyrillic);
    expect(root.querySelector('#import-export [role="status"]')?.textContent).toBe(
      'clients.csv could not be read: its encoding could not be determined with confidence (it looks most like windows-1251, which Prospect Guard does not read), so its names would be stored garbled. Save it as “CSV UTF-8” and choose it again. Nothing was changed.',
    );
    expect(callsOf('entries:import-preview')).toHaveLength(0);
    expect(root.querySelector('.import-preview')).toBeNull();
  });

  it.each([
    ['Email address to add', 'Alex@Example.com', ['salesTeam', 'emails'], 'alex@example.com'],
    ['Domain to add', '@sales.example.com', ['salesTeam', 'domains'], 'sales.example.com'],
    ['Channel name to add', '  #sales-emea ', ['salesTeam', 'channels'], '#sales-emea'],
    ['Quiet site to add', 'https://crm.example.com/leads?id=4', ['quietSites'], 'crm.example.com'],
    ['Site to switch off', 'docs.example.com', ['switchedOffSites'], 'docs.example.com'],
  ])('"%s" stores %j tidied', async (label, input, path, stored) => {
    const root = await mount(<OptionsApp />);
    const field = byLabel(root, label);
    await type(field, input);
    await submit(field.form!);
    const saved = state.background!.settings as unknown as Record<string, unknown>;
    const list = path.reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], saved);
    expect(list).toEqual([stored]);
    expect(byButton(root, `Remove ${stored}`)).toBeTruthy();
  });

  it.each([
    ['Email address to add', 'alex', '“alex” is not an email address.'],
    ['Domain to add', 'https://x', '“https://x” is not a domain.'],
    ['Quiet site to add', 'not a site', '“not a site” is not a website.'],
  ])('"%s" refuses %j with a sentence', async (label, input, message) => {
    const root = await mount(<OptionsApp />);
    const field = byLabel(root, label);
    await type(field, input);
    await submit(field.form!);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(callsOf('settings:set')).toHaveLength(0);
  });

  it('switches protection off everywhere with the master switch', async () => {
    const root = await mount(<OptionsApp />);
    await click(byLabel(root, 'Protection on'));
    expect(state.background!.settings.enabled).toBe(false);
  });

  it('says changes cannot be saved in the storage card once a save fails on a full disk, and stops once one succeeds', async () => {
    const root = await mount(<OptionsApp />);
    expect(root.querySelector('.storage-health')).toBeNull();
    state.background!.writeFault = {
      kind: 'no-room',
      detail: 'QuotaExceededError: Encountered disk full while committing transaction.',
      since: 1,
    };
    await click(byLabel(root, 'Protection on'));
    await settle();
    expect(state.background!.settings.enabled).toBe(true);
    expect(byLabel(root, 'Protection on').checked).toBe(true);
    expect(root.querySelector('#master-switch-error')?.textContent).toContain('the browser has no room left to save Prospect Guard’s data');
    expect(root.querySelector('.storage-health')?.textContent).toContain(
      'Every prospect already saved still protects, but changes cannot be saved: the browser has no room left (QuotaExceededError: Encountered disk full while committing transaction.).',
    );
    state.background!.writeFault = null;
    await click(byLabel(root, 'Protection on'));
    await settle();
    expect(state.background!.settings.enabled).toBe(false);
    expect(root.querySelector('.storage-health')).toBeNull();
  });

  it('shows the activity log without message text, and clears it after confirming', async () => {
    state.background!.activity = [
      { at: Date.UTC(2026, 10, 20, 9, 30), site: 'mail.example.com', entryIds: ['a'], entryNames: ['Globex'], choice: 'sent-anyway' },
      { at: Date.UTC(2026, 10, 21, 9, 30), site: 'chat.example.com', entryIds: ['a'], entryNames: ['Globex'], choice: 'reviewed' },
    ];
    const root = await mount(<OptionsApp />);
    const rows = [...root.querySelectorAll('.activity-table tbody tr')].map((tr) => [...tr.children].slice(1).map((td) => td.textContent));
    expect(rows).toEqual([
      ['chat.example.com', 'Globex', 'Reviewed'],
      ['mail.example.com', 'Globex', 'Sent anyway'],
    ]);
    await click(byButton(root, 'Clear log'));
    await click(byButton(root.querySelector('dialog[open]')!, 'Clear log'));
    expect(callsOf('activity:clear')).toHaveLength(1);
    expect(root.textContent).toContain('No caution has been shown yet.');
  });

  it('erases everything only after confirming, then shows the empty state', async () => {
    const root = await mount(<OptionsApp />);
    await click(byButton(root, 'Erase everything…'));
    const dialog = root.querySelector('dialog[open]')!;
    await click(byButton(dialog, 'Cancel'));
    expect(callsOf('storage:erase-all')).toHaveLength(0);
    await click(byButton(root, 'Erase everything…'));
    await click(byButton(root.querySelector('dialog[open]')!, 'Erase everything'));
    expect(callsOf('storage:erase-all')).toHaveLength(1);
    expect(tableNames(root)).toEqual([]);
    expect(root.textContent).toContain('Everything was erased.');
  });
});
