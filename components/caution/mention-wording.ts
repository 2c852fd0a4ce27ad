// How the caution and the dialog name prospects: the name as in the list, the words as typed when
// they differ, lists ("A and B", "A, B et C") and counts in the catalogue's own language. Pure
// functions of a Translate, so they run under plain Node in the unit tests.
import type { MessageKey, PluralKey } from '../i18n';
import type { MentionView, Translate } from './types';

/** The catalogue's language ("en", "fr"): lists and plurals must agree with the sentence around them. */
function catalogueLanguage(t: Translate): string {
  return t('common_langCode') || 'en';
}

/** Same words once spacing is set aside. Case counts: "ACME robotics" is shown as typed too. */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.trim().replace(/\s+/g, ' ');
  return words(a) === words(b);
}

/**
 * One prospect as the caution names it: "Acme Robotics", "Acme Robotics (typed “acme”)", or for a
 * team list's hashed entry (whose name we never get) the words typed (the caution adds the list).
 */
export function mentionLabel(mention: MentionView, t: Translate): string {
  if (mention.teamList) return mention.typed;
  if (mention.name === undefined || sameWords(mention.name, mention.typed)) return mention.name ?? mention.typed;
  return t('caution_mention_typed', [mention.name, mention.typed]);
}

/** "A", "A and B", "A, B, and C" (English) / "A et B", "A, B et C" (French). */
export function joinList(items: readonly string[], t: Translate): string {
  try {
    return new Intl.ListFormat(catalogueLanguage(t), { style: 'long', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** The prospects named, as one phrase for a sentence. */
export function mentionList(mentions: readonly MentionView[], t: Translate): string {
  return joinList(
    mentions.map((mention) =>
      // "“acme” on the team list Key accounts": the sentence names whose list it is.
      mention.teamList ? t('caution_mention_team', [mention.typed, mention.teamList]) : mentionLabel(mention, t),
    ),
    t,
  );
}

/** `<base>_one` or `<base>_other` by the catalogue language's plural rule for `count`. */
export function tPlural(base: PluralKey, count: number, t: Translate, substitutions: string[] = []): string {
  let rule: Intl.LDMLPluralRule = count === 1 ? 'one' : 'other';
  try {
    rule = new Intl.PluralRules(catalogueLanguage(t)).select(count);
  } catch {
    // An unknown language code: English rules.
  }
  return t((rule === 'one' ? `${base}_one` : `${base}_other`) as MessageKey, substitutions);
}
