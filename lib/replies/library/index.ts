/**
 * The built-in reply library: one file per buyer language, each a LanguageLibrary
 * (scenario id → template body). Templates are built from it in ../template.ts.
 */
import type { LanguageLibrary, ReplyLanguage } from '../scenarios';
import en from './en';
import ru from './ru';
import es from './es';
import pt from './pt';
import fr from './fr';
import de from './de';
import pl from './pl';

export const BUILT_IN_LIBRARY: Readonly<Record<ReplyLanguage, LanguageLibrary>> = { en, ru, es, pt, fr, de, pl };
