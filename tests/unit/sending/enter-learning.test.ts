import { describe, expect, it } from 'vitest';
import { createEnterMemory, enterOutcome } from '../../../utils/sending/enter-learning';

describe('what the page did with a plain Enter', () => {
  it.each([
    ['emptied the editor: Enter sends', { text: 'See you at 5', lines: 0 }, { text: '', lines: 0 }, false, 'sends'],
    ['emptied it, leaving a blank line behind', { text: 'See you at 5', lines: 1 }, { text: '\n', lines: 1 }, false, 'sends'],
    ['submitted the form, text still there', { text: 'See you at 5', lines: 0 }, { text: 'See you at 5', lines: 0 }, true, 'sends'],
    [
      'added a line under the text: Enter is a new line',
      { text: 'Hi Carol,', lines: 1 },
      { text: 'Hi Carol,', lines: 2 },
      false,
      'new-line',
    ],
    ['added a line in a field', { text: 'Hi Carol,', lines: 0 }, { text: 'Hi Carol,\n', lines: 1 }, false, 'new-line'],
    ['nothing yet (a page that sends after a round trip)', { text: 'See you', lines: 0 }, { text: 'See you', lines: 0 }, false, null],
    ['an empty editor that stays empty tells nothing', { text: '', lines: 0 }, { text: '', lines: 0 }, false, null],
    ['a line added to an empty editor', { text: '', lines: 1 }, { text: '', lines: 2 }, false, null],
  ])('%s', (_case, before, after, submitted, expected) => {
    expect(enterOutcome(before, after, submitted)).toBe(expected);
  });
});

describe('what is remembered of Enter', () => {
  const composer = { id: 'composer' };
  const rebuilt = { id: 'rebuilt composer' };
  const other = { id: 'mail body' };

  it('knows nothing at first', () => {
    expect(createEnterMemory<object>().recall(composer, 'textarea|Message')).toBeNull();
  });

  it('recalls an editor, and one that looks the same after the page rebuilt it', () => {
    const memory = createEnterMemory<object>();
    memory.remember(composer, 'textarea|Message', 'sends');
    expect(memory.recall(composer, 'textarea|Message')).toBe('sends');
    expect(memory.recall(rebuilt, 'textarea|Message')).toBe('sends');
    expect(memory.recall(other, 'div|Message body')).toBeNull();
  });

  it('keeps the latest outcome: a person may switch "Enter sends" off', () => {
    const memory = createEnterMemory<object>();
    memory.remember(composer, 'textarea|Message', 'sends');
    memory.remember(composer, 'textarea|Message', 'new-line');
    expect(memory.recall(composer, 'textarea|Message')).toBe('new-line');
  });
});
