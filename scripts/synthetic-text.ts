// Deterministic synthetic data for the page benchmark: a 10,000-entry watchlist shaped like real
// ones (multi-word names with accents, people, emails, domains) and a long message that names a
// few of its prospects, as a real message would.
import { seededRandom } from '../bench/seeded-random';
import type { SeedEntry } from '../tests/e2e/support/seed-watchlist';

const STEMS = [
  'Nord',
  'Sud',
  'Bel',
  'Vert',
  'Clair',
  'Haut',
  'Grand',
  'Mont',
  'Riv',
  'Lum',
  'Terr',
  'Ocean',
  'Alp',
  'Ard',
  'Cor',
  'Dun',
  'Fal',
  'Gal',
  'Hel',
  'Ist',
];
const ENDINGS = ['ica', 'ène', 'ova', 'ix', 'ando', 'érie', 'ford', 'heim', 'ville', 'ton', 'ard', 'ium', 'eo', 'ara', 'elle'];
const SECTORS = [
  'Robotics',
  'Énergie',
  'Logistics',
  'Assurances',
  'Systems',
  'Santé',
  'Capital',
  'Foods',
  'Mobility',
  'Télécom',
  'Analytics',
  'Industries',
  'Bâtiment',
  'Pharma',
  'Retail',
];
const FORMS = ['', '', 'SA', 'GmbH', 'Ltd', 'Group', '& Fils', 'Partners'];
const FIRST = [
  'Anne',
  'Hélène',
  'Jean',
  'François',
  'Chloé',
  'Lucas',
  'Marie',
  'Noah',
  'Zoé',
  'Émile',
  'Sofia',
  'Liam',
  'Inès',
  'Hugo',
  'Léa',
];
const LAST = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lefèvre',
  'Moreau',
  'Schmidt',
  'García',
  'Rossi',
  'Novak',
  'Smith',
  'Müller',
  'Durand',
  'Roux',
  'Faure',
  'Girard',
];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const ascii = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');

export function syntheticWatchlist(size: number): SeedEntry[] {
  const random = seededRandom(10_000);
  const entries: SeedEntry[] = [
    { name: 'Acme Robotics', aliases: ['Acme'], contacts: ['jane.doe@acme-robotics.com'], domains: ['acme-robotics.com'], status: 'open' },
  ];
  const names = new Set(['Acme Robotics']);
  // The word lists make about 31,000 distinct names: past that (a long run of repeats), names get a
  // branch number, so lists of any size can be made, the smaller ones exactly as before.
  let repeats = 0;
  while (entries.length < size) {
    const word = pick(random, STEMS) + pick(random, ENDINGS);
    let name = [word, pick(random, SECTORS), pick(random, FORMS)].filter(Boolean).join(' ');
    if (names.has(name) && repeats < 500) {
      repeats++;
      continue;
    }
    if (names.has(name)) name = `${name} ${entries.length}`;
    repeats = 0;
    names.add(name);
    const domain = `${ascii(word)}-${ascii(name.split(' ')[1]!)}.example`;
    const person = `${pick(random, FIRST)} ${pick(random, LAST)}`;
    entries.push({
      name,
      aliases: random() < 0.3 ? [word] : undefined,
      contacts: random() < 0.6 ? [person, `${ascii(person).replace('-', '.')}@${domain}`] : undefined,
      domains: random() < 0.5 ? [domain] : undefined,
      status: random() < 0.9 ? 'open' : random() < 0.5 ? 'won' : 'lost',
    });
  }
  return entries;
}

const WORDS = (
  'the a to and of in we our for on with this that it is be will as at by from your about can next week meeting ' +
  'team plan project update quarter budget review call share notes draft contract pricing offer proposal deadline ' +
  'please thanks regards schedule agenda client follow up send attached numbers forecast launch support question'
).split(' ');

/** `count` words in paragraphs of about 100 words; every ~250 words names a prospect from `names`. */
export function syntheticMessage(count: number, names: string[]): string[] {
  const random = seededRandom(5_000);
  const paragraphs: string[] = [];
  let words: string[] = [];
  for (let index = 0; index < count; index++) {
    words.push(index % 250 === 125 ? pick(random, names) : pick(random, WORDS));
    if (words.length >= 100) {
      paragraphs.push(`${words.join(' ')}.`);
      words = [];
    }
  }
  if (words.length) paragraphs.push(words.join(' '));
  return paragraphs;
}
