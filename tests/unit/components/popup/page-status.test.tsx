// @vitest-environment happy-dom
// What the popup says about the page under it, for every answer tab:status can give.
import { describe, expect, it, vi } from 'vitest';
import type { TabStatus } from '../../../../utils/model/messages';
import { mount } from '../support/dom';

vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('../support/fake-i18n');
  return { browser: { i18n: fakeI18n('en') } };
});

const { PageStatus } = await import('../../../../components/popup/PageStatus');

describe('"This page" in the popup', () => {
  it.each<[string, TabStatus | null | undefined, string]>([
    ['loading', undefined, 'Loading…'],
    ['no answer', null, 'The protection of this page could not be checked.'],
    [
      'a known site and editor',
      { protected: true, adapter: 'gmail', editor: 'contenteditable' },
      'Protected.Editor found: Gmail (rich text editor).',
    ],
    ['any page with a text area', { protected: true, adapter: 'generic', editor: 'textarea' }, 'Protected.Editor found: text area.'],
    ['a known site, no editor used yet', { protected: true, adapter: 'slack' }, 'Protected.Site recognised: Slack. No editor in use yet.'],
    ['nothing seen yet', { protected: true }, 'Protected.No editor in use on this page yet.'],
    ['the master switch off', { protected: false, reason: 'off' }, 'Not protected: Prospect Guard is switched off in the settings.'],
    ['a quiet site', { protected: false, reason: 'quiet-site' }, 'Not protected: this site is on your quiet sites list.'],
    ['a site switched off', { protected: false, reason: 'site-off' }, 'Not protected: Prospect Guard is switched off for this site.'],
    [
      'a browser page',
      { protected: false, reason: 'unsupported-page' },
      'Not protected: the browser does not let extensions read this kind of page.',
    ],
    [
      'storage the browser cannot open',
      {
        protected: false,
        reason: 'storage-unavailable',
        fault: { kind: 'unavailable', detail: 'UnknownError: Internal error opening backing store for indexedDB.open.' },
      },
      'Not protected: Prospect Guard cannot read its watchlist from this browser’s storage (UnknownError: Internal error opening backing store for indexedDB.open.). Restart the browser; if this stays, the profile’s storage may be damaged or the disk full.',
    ],
    [
      'a watchlist saved by a newer version',
      {
        protected: false,
        reason: 'storage-newer-version',
        fault: {
          kind: 'newer-version',
          knownVersion: 1,
          detail: 'VersionError: The requested version (1) is less than the existing version (2).',
        },
      },
      'Not protected: the watchlist was saved by a newer version of Prospect Guard, which this version cannot read (VersionError: The requested version (1) is less than the existing version (2).). Install the latest version; nothing has been deleted.',
    ],
    [
      'a full disk: what is saved protects, changes are not saved',
      {
        protected: true,
        adapter: 'generic',
        editor: 'textarea',
        writeFault: { kind: 'no-room', detail: 'QuotaExceededError: Encountered disk full while committing transaction.', since: 1 },
      },
      'Protected by the prospects already saved.Changes cannot be saved: the browser has no room left (QuotaExceededError: Encountered disk full while committing transaction.). Free some disk space; Prospect Guard checks again every minute.Editor found: text area.',
    ],
    [
      'a write the browser refused',
      { protected: true, writeFault: { kind: 'refused', detail: 'UnknownError: Failed to write blobs (IOError)', since: 1 } },
      'Protected by the prospects already saved.Changes cannot be saved: the browser refused to write them (UnknownError: Failed to write blobs (IOError)); the disk may be full or the storage read-only. Prospect Guard checks again every minute.No editor in use on this page yet.',
    ],
  ])('%s', async (_case, status, expected) => {
    const root = await mount(<PageStatus status={status} />);
    expect(root.querySelector('.panel-body')?.textContent).toBe(expected);
  });
});
