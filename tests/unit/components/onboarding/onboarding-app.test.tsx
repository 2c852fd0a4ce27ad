// @vitest-environment happy-dom
// The first-run page speaks to every employee, not only sellers: what the caution means and what
// to do; and it never suggests exempting the company's whole email domain.
import { describe, expect, it, vi } from 'vitest';
import { mount } from '../support/dom';

const state = vi.hoisted(() => ({ locale: 'en' as 'en' | 'fr' }));

vi.mock('wxt/browser', async () => {
  const { fakeI18n } = await import('../support/fake-i18n');
  return {
    browser: {
      get i18n() {
        return fakeI18n(state.locale);
      },
      runtime: { getURL: (path: string) => path },
      tabs: { create: vi.fn() },
      commands: { getAll: async () => [] },
    },
  };
});
vi.mock('../../../../components/background-call', () => ({ callBackground: vi.fn() }));
vi.mock('../../../../components/shortcut', () => ({ openPopupShortcut: async () => 'Ctrl+Shift+Y' }));

const { OnboardingApp } = await import('../../../../components/onboarding/OnboardingApp');

const sectionText = (root: HTMLElement, heading: string) =>
  [...root.querySelectorAll('section')].find((section) => section.querySelector('h2')?.textContent === heading)?.textContent ?? '';

describe('first-run page', () => {
  it('tells anyone who sees the caution what it means and what to do', async () => {
    state.locale = 'en';
    const root = await mount(<OnboardingApp />);
    const text = sectionText(root, 'When you see the caution');
    expect(text).toContain('This is for everyone, not only the sales team.');
    expect(text).toContain('Review the message');
    expect(text).toContain('Remove the name');
    expect(text).toContain('Send anyway if the recipient is on the deal');
    expect(root.textContent).toContain('Not in sales? You may have nothing to add');
  });

  it.each([
    ['en', 'Tell it who your sales team is', 'When you see the caution', /Do not add your company’s whole email domain/],
    [
      'fr',
      'Indiquez qui fait partie de l’équipe commerciale',
      'Quand l’avertissement apparaît',
      /N’ajoutez pas tout le domaine e-mail de votre entreprise/,
    ],
  ] as const)(
    'in %s, warns against the company’s whole email domain instead of suggesting it',
    async (locale, teamHeading, cautionHeading, warning) => {
      state.locale = locale;
      const root = await mount(<OnboardingApp />);
      expect(sectionText(root, cautionHeading)).not.toBe('');
      const team = sectionText(root, teamHeading);
      expect(team).toMatch(warning);
      expect(team).not.toMatch(/your company’s email domain and|le domaine e-mail de votre entreprise et/);
    },
  );
});
