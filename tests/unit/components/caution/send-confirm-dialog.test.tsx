// @vitest-environment happy-dom
// "Send anyway" may say why: the optional reasons are offered in the dialog, in the person's
// language, and the one chosen goes with the choice (none when left blank).
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { SendConfirmDialog } from '../../../../components/caution/SendConfirmDialog';
import { fakeI18n } from '../support/fake-i18n';
import { byButton, click, mount, texts } from '../support/dom';

function translator(locale: 'en' | 'fr') {
  const i18n = fakeI18n(locale);
  return (key: string, subs?: string | string[]) => i18n.getMessage(key, subs) || key;
}

async function openDialog(locale: 'en' | 'fr' = 'en') {
  const onSendAnyway = vi.fn();
  const onReview = vi.fn();
  const root = await mount(
    <SendConfirmDialog
      mentions={[{ entryId: 'acme', name: 'Acme Robotics', typed: 'Acme Robotics', occurrences: 1 }]}
      hint={null}
      outside={['carol@globex.com']}
      t={translator(locale)}
      onSendAnyway={onSendAnyway}
      onReview={onReview}
    />,
  );
  return { root, onSendAnyway, onReview, select: root.querySelector('select')! };
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the reasons offered with “Send anyway”', () => {
  it('offers the four reasons under an optional, labelled choice', async () => {
    const { root, select } = await openDialog();
    expect(select.closest('label')?.querySelector('span')?.textContent).toBe('Why send anyway? (optional)');
    expect(texts(root, 'option')).toEqual([
      'No reason given',
      'This recipient is on the deal',
      'The deal is public',
      'Not this company',
      'Other',
    ]);
    expect(select.value).toBe('');
  });

  it('speaks French too', async () => {
    const { root } = await openDialog('fr');
    expect(texts(root, 'label span')).toEqual(['Pourquoi envoyer quand même\u202f? (facultatif)']);
    expect(texts(root, 'option')[1]).toBe('Ce destinataire participe à l’affaire');
  });

  it('sends anyway without a reason when none is chosen', async () => {
    const { root, onSendAnyway } = await openDialog();
    await click(byButton(root, 'Send anyway'));
    expect(onSendAnyway).toHaveBeenCalledWith(undefined);
  });

  it.each([['on-the-deal'], ['deal-public'], ['not-this-company'], ['other']])('passes the reason “%s” with the send', async (reason) => {
    const { root, select, onSendAnyway } = await openDialog();
    await choose(select, reason);
    await click(byButton(root, 'Send anyway'));
    expect(onSendAnyway).toHaveBeenCalledWith(reason);
  });

  it('Review still asks for no reason', async () => {
    const { root, select, onReview, onSendAnyway } = await openDialog();
    await choose(select, 'deal-public');
    await click(byButton(root, 'Review'));
    expect(onReview).toHaveBeenCalledOnce();
    expect(onSendAnyway).not.toHaveBeenCalled();
  });
});
