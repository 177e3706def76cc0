import { normalizeCountryName } from './country-normalize';

/** The languages whose country names the browser supplies: seller-center UI languages and buyers' own. */
export const DISPLAY_NAME_LANGUAGES = ['en', 'zh', 'pt', 'es', 'ru', 'fr', 'de', 'ko'] as const;

/**
 * Folded country name → ISO alpha-2 from the browser's own CLDR data (Intl.DisplayNames), so
 * the content script ships codes and a few aliases instead of ~2,000 names. Where two codes
 * share a name, the first code keeps it. Empty when the runtime has no Intl.DisplayNames.
 */
export function namesFromBrowser(codes: readonly string[]): Map<string, string> {
  const byName = new Map<string, string>();
  if (typeof Intl.DisplayNames !== 'function') return byName;
  for (const language of DISPLAY_NAME_LANGUAGES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue;
    }
    for (const code of codes) {
      const name = names.of(code);
      if (!name) continue;
      const folded = normalizeCountryName(name);
      if (folded.length >= 2 && !byName.has(folded)) byName.set(folded, code);
    }
  }
  return byName;
}
