// Search folding for the lists in the popup and settings: case- and accent-insensitive, so
// "societe" finds "Société Générale". (The matcher has its own, stricter normalisation.)

export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}
