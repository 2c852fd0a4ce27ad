// Deterministic synthetic watchlists and texts for the matcher benchmark: multi-word company
// names with accents, people, emails and domains, and prose in French and English with real
// mentions (in the spellings people type) scattered through it.
import type { MatchableEntry } from '../utils/model/watchlist';
import { seededRandom } from './seeded-random';

const SYLLABLES = [
  'ba',
  'ré',
  'lo',
  'mi',
  'sta',
  'vön',
  'ker',
  'dal',
  'tri',
  'ño',
  'ça',
  'gü',
  'pel',
  'ran',
  'tox',
  'zé',
  'qua',
  'mar',
  'lin',
  'bo',
  'æs',
  'fjö',
  'cri',
  'nè',
  'shi',
  'ost',
  'vel',
  'dû',
  'pra',
  'kin',
];
const SUFFIXES = ['SA', 'SAS', 'GmbH', 'Ltd', 'Group', 'Robotics', 'Systèmes', 'Holding', 'Labs', 'Énergie', 'Logistique', 'Inc'];
const FIRST_NAMES = [
  'Marie',
  'Jean',
  'Élodie',
  'François',
  'Zoë',
  'Björn',
  'Ana',
  'Luc',
  'Chloé',
  'Oliver',
  'Inès',
  'Hugo',
  'Noémie',
  'Raphaël',
  'Sofia',
  'Mateo',
];
const LAST_NAMES = [
  'Dubois',
  'Martin',
  'Lefèvre',
  'Müller',
  'García',
  'Smith',
  'Bernard',
  'Rousseau',
  'Nguyen',
  'Öztürk',
  'Moreau',
  'Jönsson',
  'Petit',
  'Fontaine',
];
const TLDS = ['com', 'fr', 'de', 'io', 'co.uk', 'eu'];

const PROSE = (
  'the a of and to in we you it is for on that with as this our your will be have are meeting ' +
  'proposal next week budget call thanks regards hello please find attached contract draft ' +
  'le la les de des et un une pour avec dans nous vous est sur au aux réunion semaine prochaine ' +
  'merci cordialement bonjour ci-joint devis projet équipe client prix délai livraison lundi mardi ' +
  'quarterly review pipeline forecast follow-up demo pricing discount renewal signature'
).split(' ');

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function inventedWord(random: () => number): string {
  const syllables = 2 + Math.floor(random() * 2);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, SYLLABLES);
  return capitalize(word);
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** `count` open prospects, each with 1–3 word names, sometimes an alias, people, emails, a domain. */
export function syntheticWatchlist(count: number, seed = 42): MatchableEntry[] {
  const random = seededRandom(seed);
  const entries: MatchableEntry[] = [];
  for (let i = 0; i < count; i++) {
    const words = 1 + Math.floor(random() * 2);
    const base: string[] = [];
    for (let w = 0; w < words; w++) base.push(inventedWord(random));
    const name = random() < 0.6 ? `${base.join(' ')} ${pick(random, SUFFIXES)}` : base.join(' ');
    const domain = `${slug(base.join(''))}.${pick(random, TLDS)}`;
    const first = pick(random, FIRST_NAMES);
    const last = pick(random, LAST_NAMES);
    const entry: MatchableEntry = {
      id: `e${i}`,
      name,
      contacts: [`${first} ${last}-${inventedWord(random)}`, `${slug(first)}.${slug(last)}@${domain}`],
      domains: [domain],
      status: 'open',
    };
    if (random() < 0.3) entry.aliases = [base.map((word) => word.toUpperCase()).join('-')];
    entries.push(entry);
  }
  return entries;
}

/** The spellings a person may type a term in: as written, lower case, without accents. */
function spelled(random: () => number, term: string): string {
  const r = random();
  if (r < 0.4) return term;
  if (r < 0.7) return term.toLowerCase();
  return term.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * About `length` UTF-16 units of prose with a mention of a watchlist entry (its name, a contact,
 * an email or a domain) about every `mentionEvery` words.
 */
export function syntheticText(entries: readonly MatchableEntry[], length: number, seed = 7, mentionEvery = 120): string {
  const random = seededRandom(seed);
  const parts: string[] = [];
  let size = 0;
  let words = 0;
  while (size < length) {
    let part: string;
    if (entries.length > 0 && random() < 1 / mentionEvery) {
      const entry = pick(random, entries);
      const terms = [entry.name, ...(entry.contacts ?? []), ...(entry.domains ?? []).map((d) => `https://www.${d}/offre`)];
      part = spelled(random, pick(random, terms));
    } else if (random() < 0.05) {
      part = inventedWord(random);
    } else {
      part = pick(random, PROSE);
    }
    words++;
    const separator = words % 17 === 0 ? '.\n' : words % 7 === 0 ? ', ' : ' ';
    parts.push(part, separator);
    size += part.length + separator.length;
  }
  return parts.join('').slice(0, length);
}
