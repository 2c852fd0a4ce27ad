// @vitest-environment happy-dom
// When storage takes no more writes (a full disk), an add in the popup fails without losing what
// was typed, says why, and "This page" then says changes cannot be saved while saved prospects
// still protect.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBackground, makeEntry, type FakeBackground } from '../support/fake-background';
import { byLabel, mount, settle, submit, type } from '../support/dom';

const state = vi.hoisted(() => ({ background: null as FakeBackground | null }));

vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('../support/fake-i18n');
  return { browser: { i18n: fakeI18n('en'), runtime: { openOptionsPage: vi.fn() } } };
});
vi.mock('../../../../components/background-call', () => ({
  callBackground: (type: never, request: never) => state.background!.call(type, request),
}));
vi.mock('../../../../components/active-tab', () => ({
  getActiveTab: async () => ({ id: 7, url: 'https://mail.example.com/' }),
}));

const { PopupApp } = await import('../../../../components/popup/PopupApp');

const DETAIL = 'QuotaExceededError: Encountered disk full while committing transaction.';
const pageStatus = (root: HTMLElement) => root.querySelector('.page-status .panel-body')?.textContent;

describe('an add while the disk is full', () => {
  beforeEach(() => {
    state.background = createFakeBackground([makeEntry('Acme Robotics')]);
  });

  it('keeps the typed name in the form, says why it was not added, and adds nothing', async () => {
    const root = await mount(<PopupApp />);
    state.background!.writeFault = { kind: 'no-room', detail: DETAIL, since: 1 };
    await type(byLabel(root, 'Prospect name'), 'Globex Industries');
    await submit(root.querySelector('form')!);
    await settle();
    expect(byLabel(root, 'Prospect name').value).toBe('Globex Industries');
    expect(root.querySelector('form .error[role="alert"]')?.textContent).toContain(
      `the browser has no room left to save Prospect Guard’s data (${DETAIL})`,
    );
    expect(state.background!.entries.map((entry) => entry.name)).toEqual(['Acme Robotics']);
  });

  it('makes "This page" say at once that saved prospects protect and changes cannot be saved', async () => {
    const root = await mount(<PopupApp />);
    expect(pageStatus(root)).toMatch(/^Protected\./);
    state.background!.writeFault = { kind: 'no-room', detail: DETAIL, since: 1 };
    await type(byLabel(root, 'Prospect name'), 'Globex Industries');
    await submit(root.querySelector('form')!);
    await settle();
    expect(pageStatus(root)).toContain(
      `Protected by the prospects already saved.Changes cannot be saved: the browser has no room left (${DETAIL}).`,
    );
  });
});
