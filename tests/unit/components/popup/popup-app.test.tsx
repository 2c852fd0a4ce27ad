// @vitest-environment happy-dom
// The popup's first screen, driven as a seller would, against an in-memory background.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBackground, makeEntry, type FakeBackground } from '../support/fake-background';
import { byButton, byLabel, click, mount, settle, submit, texts, type } from '../support/dom';

const state = vi.hoisted(() => ({ background: null as FakeBackground | null, locale: 'en' as 'en' | 'fr' }));

vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('../support/fake-i18n');
  return {
    browser: {
      get i18n() {
        return fakeI18n(state.locale);
      },
      runtime: { openOptionsPage: vi.fn() },
    },
  };
});
vi.mock('../../../../components/background-call', () => ({
  callBackground: (type: never, request: never) => state.background!.call(type, request),
}));
vi.mock('../../../../components/active-tab', () => ({
  getActiveTab: async () => ({ id: 7, url: 'https://mail.example.com/' }),
}));

const { PopupApp } = await import('../../../../components/popup/PopupApp');

function listedNames(root: HTMLElement): string[] {
  return texts(root, '.prospect-name');
}

describe('popup first screen', () => {
  beforeEach(() => {
    state.locale = 'en';
    state.background = createFakeBackground([makeEntry('Acme Robotics'), makeEntry('Société Générale')]);
  });

  it('puts the "Prospect name" field and the "Add" button first', async () => {
    const root = await mount(<PopupApp />);
    const focusable = root.querySelectorAll('input, button');
    expect(focusable[0]).toBe(byLabel(root, 'Prospect name'));
    expect(focusable[1]).toBe(byButton(root, 'Add'));
    expect(document.activeElement).toBe(byLabel(root, 'Prospect name'));
  });

  it.each([
    ['en', 'Prospect name', 'Add'],
    ['fr', 'Nom du prospect', 'Ajouter'],
  ] as const)('speaks %s: field "%s", button "%s"', async (locale, label, button) => {
    state.locale = locale;
    const root = await mount(<PopupApp />);
    expect(byLabel(root, label)).toBeTruthy();
    expect(byButton(root, button).type).toBe('submit');
  });

  it('adds a prospect on submit, shows it first and clears the field', async () => {
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), '  Globex Corporation ');
    await submit(root.querySelector('form')!);
    expect(state.background!.calls).toContainEqual({
      type: 'entries:add',
      request: { entry: { name: 'Globex Corporation', status: 'open' } },
    });
    expect(listedNames(root)[0]).toBe('Globex Corporation');
    expect(byLabel(root, 'Prospect name').value).toBe('');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Globex Corporation added');
  });

  it('sends the optional details entered under "More details"', async () => {
    const root = await mount(<PopupApp />);
    await click(byButton(root, 'More details'));
    await type(byLabel(root, 'Prospect name'), 'Initech');
    await type(byLabel(root, 'Other names (aliases)'), 'Initech Corp, INTC ,');
    await type(byLabel(root, 'Contacts (names or email addresses)'), 'Bill Lumbergh; bill@initech.com');
    await type(byLabel(root, 'Web or email domains'), 'initech.com');
    await type(byLabel(root, 'Guard until (optional)'), '2027-03-31');
    await submit(root.querySelector('form')!);
    expect(state.background!.calls.find((call) => call.type === 'entries:add')?.request).toEqual({
      entry: {
        name: 'Initech',
        status: 'open',
        aliases: ['Initech Corp', 'INTC'],
        contacts: ['Bill Lumbergh', 'bill@initech.com'],
        domains: ['initech.com'],
        guardUntil: '2027-03-31',
      },
    });
  });

  it.each([
    ['an empty name', '   ', 'Type the prospect’s name first, then add it.'],
    ['a name already open', 'acme robotics', 'Acme Robotics is already on your watchlist.'],
  ])('refuses %s with a sentence and adds nothing', async (_case, name, message) => {
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), name);
    await submit(root.querySelector('form')!);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(message);
    expect(state.background!.calls.some((call) => call.type === 'entries:add')).toBe(false);
  });

  it.each([
    ['', ['Société Générale', 'Acme Robotics']],
    ['acme', ['Acme Robotics']],
    ['SOCIETE gen', ['Société Générale']],
    ['zzz', []],
  ])('filters the open prospects as "%s" is typed', async (query, expected) => {
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), query);
    expect(listedNames(root)).toEqual(expected);
  });

  it('reopens a won prospect added again, instead of adding it twice', async () => {
    state.background = createFakeBackground([makeEntry('Initech', { status: 'won' })]);
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), 'INITECH');
    await submit(root.querySelector('form')!);
    expect(state.background!.calls.some((call) => call.type === 'entries:add')).toBe(false);
    expect(state.background!.entries).toMatchObject([{ name: 'Initech', status: 'open' }]);
    expect(listedNames(root)).toEqual(['Initech']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Initech was marked won: it is open and guarded again, with its history kept.',
    );
  });

  it('marks a prospect won: it leaves the open list, is kept, and Undo reopens it', async () => {
    const root = await mount(<PopupApp />);
    await click(byButton(root, 'Mark Acme Robotics as won'));
    expect(listedNames(root)).toEqual(['Société Générale']);
    expect(state.background!.entries.find((entry) => entry.name === 'Acme Robotics')?.status).toBe('won');
    expect(document.activeElement).toBe(byButton(root, 'Undo'));
    await click(byButton(root, 'Undo'));
    expect(listedNames(root)).toContain('Acme Robotics');
    expect(state.background!.entries.find((entry) => entry.name === 'Acme Robotics')?.status).toBe('open');
  });

  it('edits a prospect in place and saves its guard-until day', async () => {
    const root = await mount(<PopupApp />);
    await click(byButton(root, 'Edit Acme Robotics'));
    const editor = root.querySelector<HTMLFormElement>('form.entry-editor')!;
    await type(byLabel(editor, 'Name'), 'Acme Robotics SA');
    await type(byLabel(editor, 'Guard until (optional)'), '2027-01-15');
    await submit(editor);
    const saved = state.background!.entries.find((entry) => entry.name === 'Acme Robotics SA');
    expect(saved?.guardUntil).toBe('2027-01-15');
    expect(listedNames(root)[0]).toBe('Acme Robotics SA');
  });

  it('clears a guard-until day with an empty string (undefined would not cross messaging)', async () => {
    state.background = createFakeBackground([makeEntry('Initech', { guardUntil: '2027-01-15', note: 'Q3' })]);
    const root = await mount(<PopupApp />);
    await click(byButton(root, 'Edit Initech'));
    const editor = root.querySelector<HTMLFormElement>('form.entry-editor')!;
    await type(byLabel(editor, 'Guard until (optional)'), '');
    await type(byLabel<HTMLTextAreaElement>(editor, 'Note (only for you)'), '  ');
    await submit(editor);
    expect(state.background!.calls.find((call) => call.type === 'entries:update')?.request).toMatchObject({
      changes: { guardUntil: '', note: '' },
    });
  });

  it('renders only the first rows of 10,000 entries, then more on request', async () => {
    state.background = createFakeBackground(Array.from({ length: 10_000 }, (_, i) => makeEntry(`Prospect ${i}`)));
    const root = await mount(<PopupApp />);
    expect(root.querySelector('#open-prospects-heading')?.textContent).toBe('10,000 open prospects');
    expect(listedNames(root)).toHaveLength(50);
    await click(byButton(root, 'Show more (9,950 left)'));
    expect(listedNames(root)).toHaveLength(100);
  });

  it('shows the first page of open prospects before the whole list, then swaps it in', async () => {
    state.background = createFakeBackground([
      makeEntry('Ancient Corp'),
      ...Array.from({ length: 150 }, (_, i) => makeEntry(`Prospect ${i}`)),
      makeEntry('Closed Deal', { status: 'won' }),
    ]);
    const release = state.background.hold('entries:list');
    const root = await mount(<PopupApp />);
    const pageCall = state.background.calls.find((call) => call.type === 'entries:open-page');
    expect(pageCall?.request).toEqual({ limit: 100 });
    expect(root.querySelector('#open-prospects-heading')?.textContent).toBe('151 open prospects');
    expect(listedNames(root)).toHaveLength(50);
    expect(listedNames(root)[0]).toBe('Prospect 149');
    expect(byButton(root, 'Show more (101 left)')).toBeTruthy();

    // Typing before the whole list is there: the field keeps the text and the focus.
    const field = byLabel(root, 'Prospect name');
    field.focus();
    await type(field, 'ancient');
    expect(root.querySelector('.empty')).toBeNull();
    release();
    await settle();
    expect(field.value).toBe('ancient');
    expect(document.activeElement).toBe(field);
    // Filtering now covers every open prospect, not only the first page.
    expect(listedNames(root)).toEqual(['Ancient Corp']);
    await type(field, '');
    expect(listedNames(root)[0]).toBe('Prospect 149');
    expect(root.querySelector('#open-prospects-heading')?.textContent).toBe('151 open prospects');
  });

  it('swaps the whole list in without redrawing the rows already on screen', async () => {
    state.background = createFakeBackground(Array.from({ length: 150 }, (_, i) => makeEntry(`Prospect ${i}`)));
    const release = state.background.hold('entries:list');
    const root = await mount(<PopupApp />);
    const rows = [...root.querySelectorAll('.prospect-list li')];
    const names = listedNames(root);
    release();
    await settle();
    expect(state.background.calls.some((call) => call.type === 'entries:list')).toBe(true);
    expect(listedNames(root)).toEqual(names);
    expect([...root.querySelectorAll('.prospect-list li')]).toEqual(rows);
  });

  it('keeps a prospect closed before the whole list arrived closed once it does, and Undo still reopens it', async () => {
    const release = state.background!.hold('entries:list');
    const root = await mount(<PopupApp />);
    await click(byButton(root, 'Mark Acme Robotics as won'));
    expect(listedNames(root)).toEqual(['Société Générale']);
    expect(root.querySelector('#open-prospects-heading')?.textContent).toBe('1 open prospect');
    release();
    await settle();
    expect(listedNames(root)).toEqual(['Société Générale']);
    await click(byButton(root, 'Undo'));
    expect(listedNames(root)).toEqual(['Acme Robotics', 'Société Générale']);
    expect(root.querySelector('#open-prospects-heading')?.textContent).toBe('2 open prospects');
  });

  it('waits for the whole list before adding, so a closed prospect of that name is reopened', async () => {
    state.background = createFakeBackground([
      makeEntry('Initech', { status: 'lost' }),
      ...Array.from({ length: 120 }, (_, i) => makeEntry(`Prospect ${i}`)),
    ]);
    const release = state.background.hold('entries:list');
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), 'Initech');
    const submitted = submit(root.querySelector('form')!);
    await settle();
    expect(state.background.calls.some((call) => call.type === 'entries:add' || call.type === 'entries:update')).toBe(false);
    release();
    await submitted;
    await settle();
    expect(state.background.calls.some((call) => call.type === 'entries:add')).toBe(false);
    expect(state.background.entries.filter((entry) => entry.name === 'Initech')).toHaveLength(1);
    expect(listedNames(root)[0]).toBe('Initech');
    expect(root.querySelector('#open-prospects-heading')?.textContent).toBe('121 open prospects');
  });

  it('falls back to the whole list when the first page cannot be had', async () => {
    const fake = state.background!;
    const call = fake.call.bind(fake);
    fake.call = (async (type: never, request: never) => {
      if (type === 'entries:open-page') throw new Error('old background');
      return call(type, request);
    }) as FakeBackground['call'];
    const root = await mount(<PopupApp />);
    expect(listedNames(root)).toEqual(['Société Générale', 'Acme Robotics']);
  });

  it('tells whether this page is protected and what was found, and the week’s cautions', async () => {
    const now = Date.now();
    state.background!.activity = [
      { at: now - 1000, site: 'mail.example.com', entryIds: ['a'], entryNames: ['Acme'], choice: 'shown' },
      { at: now - 900, site: 'mail.example.com', entryIds: ['a'], entryNames: ['Acme'], choice: 'sent-anyway' },
      { at: now - 500, site: 'chat.example.com', entryIds: ['a'], entryNames: ['Acme'], choice: 'shown' },
      { at: now - 8 * 24 * 3600_000, site: 'old.example.com', entryIds: ['a'], entryNames: ['Acme'], choice: 'shown' },
    ];
    const root = await mount(<PopupApp />);
    expect(state.background!.calls).toContainEqual({ type: 'tab:status', request: { tabId: 7, url: 'https://mail.example.com/' } });
    expect(root.querySelector('.page-status')?.textContent).toContain('Editor found: text area.');
    expect(root.querySelector('.week-activity')?.textContent).toContain('2 cautions shown, 1 message sent anyway.');
  });

  it('switches protection off for the current site, and back on', async () => {
    const root = await mount(<PopupApp />);
    await click(byButton(root, 'Switch off on mail.example.com'));
    expect(state.background!.settings.switchedOffSites).toEqual(['mail.example.com']);
    expect(root.querySelector('.page-status')?.textContent).toContain('Not protected: Prospect Guard is switched off for this site.');
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Prospect Guard is now off on mail.example.com.');
    await click(byButton(root, 'Switch back on for mail.example.com'));
    expect(state.background!.settings.switchedOffSites).toEqual([]);
    expect(root.querySelector('.page-status')?.textContent).toContain('Protected.');
  });
});
