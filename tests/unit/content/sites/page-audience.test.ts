import { describe, expect, it } from 'vitest';
import { conversationAudience, recipientsAudience } from '../../../../entrypoints/content/sites/page-audience';

describe('conversationAudience', () => {
  it.each<[string, unknown]>([
    ['Deal Desk', { kind: 'channel', name: 'Deal Desk' }],
    ['', { kind: 'unknown' }], // the page names no conversation: counted as outside
  ])('%j → %j', (name, expected) => {
    expect(conversationAudience(name)).toEqual(expected);
  });
});

describe('recipientsAudience', () => {
  const fields = { to: ['jane@acme.com', 'bob@acme.com'], cc: ['jane@acme.com', 'eve@evil.io'], bcc: [] };
  const recipientsIn = (field: keyof typeof fields) => fields[field];

  it.each<[(keyof typeof fields)[], unknown]>([
    [['to', 'cc'], { kind: 'recipients', addresses: ['jane@acme.com', 'bob@acme.com', 'eve@evil.io'] }],
    [['bcc'], { kind: 'recipients', addresses: [] }], // a field with no one yet: an empty list
    [[], { kind: 'unknown' }], // no recipient field at all
  ])('fields %j → %j', (shown, expected) => {
    expect(recipientsAudience(shown, recipientsIn)).toEqual(expected);
  });
});
