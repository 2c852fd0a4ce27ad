// The demo page speaks the browser's language (French or English): `npm start` launches Chromium
// in the system's language, so a French desktop gets a French demo. The texts live in
// demo-text.json (checked by tests/unit/demo/demo-text.test.ts); the HTML holds the English ones.
import texts from './demo-text.json' with { type: 'json' };

/** "fr" when the first French or English language the browser prefers is French, else "en". */
function pickLanguage(languages) {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

export const language = pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
export const text = texts[language];

document.documentElement.lang = language;
for (const element of document.querySelectorAll('[data-i18n]')) {
  element.textContent = text[element.dataset.i18n];
}
// "attribute:key;attribute:key": placeholders, accessible names and the subject's value.
for (const element of document.querySelectorAll('[data-i18n-attrs]')) {
  for (const pair of element.dataset.i18nAttrs.split(';')) {
    const [attribute, key] = pair.split(':');
    if (attribute === 'value') element.value = text[key];
    else element.setAttribute(attribute, text[key]);
  }
}
