// @vitest-environment happy-dom
// Enter in the popup adds only a name that is not part of a listed prospect (else it asks), an add
// can be undone, and a search finds won and lost deals too, to reopen them.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBackground, makeEntry, type FakeBackground } from '../support/fake-background';
import { byButton, byLabel, click, mount, submit, texts, type } from '../support/dom';

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

const openNames = (root: HTMLElement) => texts(root, '.prospect-list .prospect-name');
const closedNames = (root: HTMLElement) => texts(root, '.closed-deals .closed-name');
const names = () => state.background!.entries.map((entry) => entry.name).sort();
const status = (root: HTMLElement) => root.querySelector('[role="status"]')?.textContent;
const question = (root: HTMLElement) => root.querySelector('.add-question [role="alert"]')?.textContent ?? null;

async function enter(root: HTMLElement, name: string) {
  await type(byLabel(root, 'Prospect name'), name);
  await submit(root.querySelector('form')!);
}

describe('Enter on a name that is part of a listed prospect', () => {
  beforeEach(() => {
    state.locale = 'en';
    state.background = createFakeBackground([
      makeEntry('Stark Industries'),
      makeEntry('Acme Robotics', { aliases: ['Acme'], domains: ['acme-robotics.com'] }),
      makeEntry('Initech', { status: 'won' }),
    ]);
  });

  it.each([
    ['stark', 'Stark Industries', 'part of its name'],
    ['INDUSTRIES', 'Stark Industries', 'part of its name, in another case'],
    ['acme', 'Acme Robotics', 'its alias'],
    ['robotics.com', 'Acme Robotics', 'part of its domain'],
    ['init', 'Initech', 'part of a won deal’s name'],
  ])('asks before adding “%s” (%s is listed: %s), and adds nothing yet', async (typed, listed) => {
    const root = await mount(<PopupApp />);
    await enter(root, typed);
    expect(question(root)).toBe(`${listed} is already listed — add “${typed}” anyway?`);
    expect(state.background!.calls.some((call) => call.type === 'entries:add')).toBe(false);
    expect(byLabel(root, 'Prospect name').value).toBe(typed);
  });

  it('asks in French too', async () => {
    state.locale = 'fr';
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Nom du prospect'), 'stark');
    await submit(root.querySelector('form')!);
    expect(question(root)).toBe('Stark Industries figure déjà dans la liste — ajouter «\u00a0stark\u00a0» quand même\u202f?');
  });

  it('adds the name when the person answers “Add anyway”, with the details typed', async () => {
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), 'Stark');
    await click(byButton(root, 'More details'));
    await type(byLabel(root, 'Other names (aliases)'), 'Stark Bank');
    await submit(root.querySelector('form')!);
    expect(byLabel(root, 'Other names (aliases)').value).toBe('Stark Bank');
    await click(byButton(root, 'Add “Stark” anyway'));
    expect(state.background!.entries.find((entry) => entry.name === 'Stark')).toMatchObject({ aliases: ['Stark Bank'], status: 'open' });
    expect(question(root)).toBeNull();
    expect(openNames(root)[0]).toBe('Stark');
    expect(status(root)).toBe('Stark added. It is guarded from now on.');
  });

  it('adds nothing on Cancel, and forgets the question when the name changes', async () => {
    const root = await mount(<PopupApp />);
    await enter(root, 'stark');
    await click(byButton(root, 'Cancel'));
    expect(question(root)).toBeNull();
    await enter(root, 'stark');
    await type(byLabel(root, 'Prospect name'), 'stark ind');
    expect(question(root)).toBeNull();
    expect(names()).toEqual(['Acme Robotics', 'Initech', 'Stark Industries']);
  });

  it('adds at once a name no listed prospect contains, even one that contains a listed name', async () => {
    const root = await mount(<PopupApp />);
    await enter(root, 'Acme Robotics Japan');
    expect(question(root)).toBeNull();
    expect(names()).toContain('Acme Robotics Japan');
  });
});

describe('undoing an add', () => {
  beforeEach(() => {
    state.locale = 'en';
    state.background = createFakeBackground([makeEntry('Acme Robotics')]);
  });

  it('offers Undo after an add without taking the focus from the name field; Undo deletes the entry', async () => {
    const root = await mount(<PopupApp />);
    await enter(root, 'Globex');
    expect(openNames(root)).toEqual(['Globex', 'Acme Robotics']);
    expect(document.activeElement).toBe(byLabel(root, 'Prospect name'));
    await click(byButton(root, 'Undo'));
    expect(names()).toEqual(['Acme Robotics']);
    expect(openNames(root)).toEqual(['Acme Robotics']);
    expect(status(root)).toBe('Globex removed: the add is undone.');
    expect(root.querySelector('#open-prospects-heading')?.textContent).toBe('1 open prospect');
  });

  it('puts a deal reopened by an add back as it was, details included', async () => {
    state.background = createFakeBackground([makeEntry('Initech', { status: 'lost', domains: ['initech.com'] })]);
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), 'Initech');
    await click(byButton(root, 'More details'));
    await type(byLabel(root, 'Web or email domains'), 'initech.io');
    await submit(root.querySelector('form')!);
    expect(state.background!.entries[0]).toMatchObject({ status: 'open', domains: ['initech.io'] });
    await click(byButton(root, 'Undo'));
    expect(state.background!.entries[0]).toMatchObject({ status: 'lost', domains: ['initech.com'] });
    expect(openNames(root)).toEqual([]);
    expect(status(root)).toMatch(/^Initech marked as lost\./);
  });
});

describe('searching the popup', () => {
  beforeEach(() => {
    state.locale = 'en';
    state.background = createFakeBackground([
      makeEntry('Stark Industries'),
      makeEntry('Stark Logistics', { status: 'won' }),
      makeEntry('Starkville Bank', { status: 'lost' }),
      makeEntry('Globex', { status: 'lost' }),
    ]);
  });

  it('shows only open prospects until something is typed', async () => {
    const root = await mount(<PopupApp />);
    expect(openNames(root)).toEqual(['Stark Industries']);
    expect(closedNames(root)).toEqual([]);
  });

  it('lists the won and lost deals that match under the open ones, each with its status', async () => {
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), 'stark');
    expect(openNames(root)).toEqual(['Stark Industries']);
    expect(closedNames(root)).toEqual(['Starkville Bank', 'Stark Logistics']);
    expect(texts(root, '.closed-deals .prospect-status')).toEqual(['Lost', 'Won']);
    expect(root.querySelector('#closed-deals-heading')?.textContent).toBe('2 won or lost deals');
  });

  it('reopens a lost deal from the search, and Undo closes it again', async () => {
    const root = await mount(<PopupApp />);
    await type(byLabel(root, 'Prospect name'), 'globex');
    expect(openNames(root)).toEqual([]);
    await click(byButton(root, 'Reopen Globex'));
    expect(state.background!.entries.find((entry) => entry.name === 'Globex')?.status).toBe('open');
    expect(openNames(root)).toEqual(['Globex']);
    expect(closedNames(root)).toEqual([]);
    expect(status(root)).toBe('Globex is open and guarded again.');
    await click(byButton(root, 'Undo'));
    expect(state.background!.entries.find((entry) => entry.name === 'Globex')?.status).toBe('lost');
    expect(closedNames(root)).toEqual(['Globex']);
  });
});
