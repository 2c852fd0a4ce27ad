// Under a French browser (LANGUAGE=fr with chromium-l10n) every page speaks French.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './ui-support/launch-ui';
import { addProspectByEnter, PAGE_VIEWPORT, POPUP_VIEWPORT } from './ui-support/ui-driver';

describe('French interface', () => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchExtension({ locale: 'fr' });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('labels the popup in French and adds with Entrée', async () => {
    const popup = await session.openPage('popup.html', POPUP_VIEWPORT);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('fr');
    await popup.getByRole('button', { name: 'Ajouter', exact: true }).waitFor();
    await addProspectByEnter(popup, 'Société Générale', 'Nom du prospect');
    expect(await popup.locator('#open-prospects-heading').textContent()).toBe('1 prospect en cours');
    await popup.getByRole('button', { name: 'Plus de détails' }).waitFor();
    await popup.getByRole('button', { name: 'Marquer Société Générale comme gagné' }).waitFor();
    await popup.close();
  });

  it.each([
    ['label', 'Importer une liste de surveillance'],
    ['label', 'Filtrer par nom, alias, contact ou domaine'],
    ['button', 'Exporter en JSON'],
    ['button', 'Tout effacer…'],
    ['heading', 'Équipe commerciale'],
    ['heading', 'Journal d’activité'],
  ] as const)('the settings page has the %s “%s”', async (kind, text) => {
    const options = await session.openPage('options.html', PAGE_VIEWPORT);
    const target = kind === 'label' ? options.getByLabel(text, { exact: true }) : options.getByRole(kind, { name: text, exact: true });
    await target.first().waitFor();
    await options.close();
  });

  it('explains the extension in French on the first-run page', async () => {
    const onboarding = await session.openPage('onboarding.html', PAGE_VIEWPORT);
    await onboarding.getByRole('heading', { name: 'Ce qu’il conserve, sur cet ordinateur uniquement' }).waitFor();
    expect(await onboarding.title()).toBe('Bienvenue dans Prospect Guard');
    await onboarding.close();
  });
});
