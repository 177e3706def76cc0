/**
 * The comparable form of a country name, shared by the runtime lookup and
 * scripts/gen-country-names.ts (both sides must fold names identically):
 * lower case, accents dropped, apostrophes removed, punctuation to spaces.
 */
export function normalizeCountryName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/['’`´ʼ]/g, '')
    .replace(/[\s.,;:()[\]{}\-–—/&|="«»“”]+/g, ' ')
    .trim();
}
