// @vitest-environment happy-dom
// Settings list "Not a prospect here" per prospect (how often, where), and the activity log says
// why a message was sent anyway when the person gave a reason.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActivityRecord } from '../../../../utils/model/messages';
import { createFakeBackground, makeEntry, type FakeBackground } from '../support/fake-background';
import { byButton, mount, texts } from '../support/dom';

const state = vi.hoisted(() => ({ background: null as FakeBackground | null }));

vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('../support/fake-i18n');
  return { browser: { i18n: fakeI18n('en'), runtime: { openOptionsPage: vi.fn() } } };
});
vi.mock('../../../../components/background-call', () => ({
  callBackground: (type: never, request: never) => state.background!.call(type, request),
}));

const { OptionsApp } = await import('../../../../components/options/OptionsApp');

const now = Date.now();
const record = (over: Partial<ActivityRecord>): ActivityRecord => ({
  at: now - 60_000,
  site: 'mail.example.com',
  entryIds: ['orange'],
  entryNames: ['Orange'],
  choice: 'ignored',
  ...over,
});

describe('false alarms in the settings', () => {
  beforeEach(() => {
    state.background = createFakeBackground([makeEntry('Orange')]);
  });

  it('lists each prospect marked “Not a prospect here”, how often and on which sites', async () => {
    state.background!.activity = [
      record({}),
      record({ site: 'chat.example.com' }),
      record({ entryIds: ['acme'], entryNames: ['Acme'], choice: 'shown' }),
    ];
    const root = await mount(<OptionsApp />);
    const section = root.querySelector<HTMLElement>('#false-alarms')!;
    expect(section.querySelector('h2')?.textContent).toBe('False alarms');
    expect(texts(section, 'tbody td').slice(0, 3)).toEqual(['Orange', '2', 'mail.example.com, chat.example.com']);
    expect(byButton(section, 'Export false alarms (CSV)').disabled).toBe(false);
    expect(texts(root, 'nav a')).toContain('False alarms');
  });

  it('says so when nobody reported one, and has nothing to export', async () => {
    state.background!.activity = [record({ choice: 'shown' })];
    const root = await mount(<OptionsApp />);
    const section = root.querySelector<HTMLElement>('#false-alarms')!;
    expect(section.querySelector('.empty')?.textContent).toBe('No false alarm reported yet.');
    expect(byButton(section, 'Export false alarms (CSV)').disabled).toBe(true);
  });

  it('shows the reason given for a send anyway in the activity log', async () => {
    state.background!.activity = [record({ choice: 'sent-anyway', reason: 'on-the-deal', entryNames: ['Acme'] })];
    const root = await mount(<OptionsApp />);
    expect(texts(root, '.activity-table .choice-reason')).toEqual(['This recipient is on the deal']);
  });
});
