// The one way the extension pages and the content script ask the background something.
import { describe, expect, it } from 'vitest';
import { backgroundCaller } from '../../../utils/model/background-call';

describe('backgroundCaller', () => {
  it('sends the request as one message, its type beside its fields, and resolves with the reply', async () => {
    const sent: unknown[] = [];
    const call = backgroundCaller(async (message) => {
      sent.push(message);
      return { entries: [], totalOpen: 0 };
    });
    await expect(call('entries:open-page', { limit: 50 })).resolves.toEqual({ entries: [], totalOpen: 0 });
    expect(sent).toEqual([{ type: 'entries:open-page', limit: 50 }]);
  });

  it('passes on the background’s refusal as it came', async () => {
    const call = backgroundCaller(async () => {
      throw new Error('The “entries:add” request can only come from Prospect Guard’s own pages.');
    });
    await expect(call('entries:add', { entry: { name: 'Acme', status: 'open' } })).rejects.toThrow(
      'The “entries:add” request can only come from Prospect Guard’s own pages.',
    );
  });
});
