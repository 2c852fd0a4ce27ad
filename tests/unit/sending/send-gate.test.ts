import { describe, expect, it } from 'vitest';
import { createSendGate, type SendStep } from '../../../utils/sending/send-gate';

const editor = { name: 'composer' };
const text = 'Acme Robotics deal';

/** Grants a pass at t=0 then tries each step in turn; returns which ones passed. */
function run(steps: [SendStep, number][], granted = true): boolean[] {
  const gate = createSendGate<object>(10_000);
  if (granted) gate.grant(editor, text, 0);
  return steps.map(([step, at]) => gate.mayPass(editor, text, step, at));
}

describe('the send gate', () => {
  it.each<[string, [SendStep, number][], boolean[]]>([
    [
      'Enter, then the click and submit it causes',
      [
        ['key', 100],
        ['click', 101],
        ['submit', 102],
      ],
      [true, true, true],
    ],
    [
      'a click, then its submit',
      [
        ['click', 100],
        ['submit', 100],
      ],
      [true, true],
    ],
    [
      'Space on a button, then the click on keyup',
      [
        ['control-key', 100],
        ['click', 180],
      ],
      [true, true],
    ],
    [
      'a second Enter is a second send',
      [
        ['key', 100],
        ['key', 200],
      ],
      [true, false],
    ],
    [
      'a double click is two sends',
      [
        ['click', 100],
        ['click', 150],
      ],
      [true, false],
    ],
    [
      'a submit long after the click is a new send',
      [
        ['click', 100],
        ['submit', 1_200],
      ],
      [true, false],
    ],
    [
      'a step back in the chain is a new send',
      [
        ['submit', 100],
        ['click', 110],
      ],
      [true, false],
    ],
    ['after the pass expired', [['key', 10_001]], [false]],
  ])('%s', (_case, steps, expected) => {
    expect(run(steps)).toEqual(expected);
  });

  it('lets nothing pass without a grant', () => {
    expect(
      run(
        [
          ['key', 1],
          ['click', 2],
          ['submit', 3],
        ],
        false,
      ),
    ).toEqual([false, false, false]);
  });

  it('lets nothing pass for other text or another editor', () => {
    const gate = createSendGate<object>();
    gate.grant(editor, text, 0);
    expect(gate.mayPass({ name: 'other' }, text, 'key', 1)).toBe(false);
    gate.grant(editor, text, 0);
    expect(gate.mayPass(editor, `${text}!`, 'key', 1)).toBe(false);
  });

  it('ends the chain and the pass when revoked', () => {
    const gate = createSendGate<object>();
    gate.grant(editor, text, 0);
    expect(gate.mayPass(editor, text, 'key', 1)).toBe(true);
    gate.revoke();
    expect(gate.mayPass(editor, text, 'click', 2)).toBe(false);
  });
});

describe('whether a pass is waiting (the "Press Enter to send" line)', () => {
  it.each<[string, (gate: ReturnType<typeof createSendGate<object>>) => void, number, boolean]>([
    ['right after "Send anyway"', () => {}, 1, true],
    ['once used', (gate) => gate.mayPass(editor, text, 'key', 1), 2, false],
    ['once voided by a send of other text', (gate) => gate.mayPass(editor, `${text}!`, 'key', 1), 2, false],
    ['after it expired', () => {}, 10_001, false],
    ['after it was revoked', (gate) => gate.revoke(), 1, false],
  ])('%s: %s', (_case, then, now, expected) => {
    const gate = createSendGate<object>(10_000);
    gate.grant(editor, text, 0);
    then(gate);
    expect(gate.waiting(now)).toBe(expected);
  });
});
