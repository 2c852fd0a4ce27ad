// The popup's per-site switch: which hosts it can act on, and what it writes in the settings.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../../utils/model/settings';
import { switchableHost, withSiteSwitchedOff, withSiteSwitchedOn } from '../../../../components/popup/site-switch';

const settings = (switchedOffSites?: string[]): Settings => ({ ...DEFAULT_SETTINGS, switchedOffSites });

describe('per-site switch', () => {
  it.each([
    ['https://Mail.Example.com:8443/inbox?x=1', 'mail.example.com'],
    ['http://127.0.0.1:5173/', '127.0.0.1'],
    ['chrome://extensions/', null],
    ['chrome-extension://abc/popup.html', null],
    ['file:///home/me/notes.html', null],
    ['not a url', null],
  ])('the host of %s is %j', (url, host) => {
    expect(switchableHost(url)).toBe(host);
  });

  it.each([
    [undefined, 'mail.example.com', ['mail.example.com']],
    [['docs.example.com'], 'mail.example.com', ['docs.example.com', 'mail.example.com']],
    [['example.com'], 'mail.example.com', ['example.com']],
  ])('switching off with %j on %s gives %j', (before, host, after) => {
    expect(withSiteSwitchedOff(settings(before), host).switchedOffSites).toEqual(after);
  });

  it.each([
    [['mail.example.com', 'docs.example.com'], 'mail.example.com', ['docs.example.com']],
    [['example.com', 'other.org'], 'mail.example.com', ['other.org']],
    [['https://Mail.example.com/x'], 'mail.example.com', []],
    [undefined, 'mail.example.com', []],
  ])('switching back on with %j on %s gives %j', (before, host, after) => {
    expect(withSiteSwitchedOn(settings(before), host).switchedOffSites).toEqual(after);
  });
});
