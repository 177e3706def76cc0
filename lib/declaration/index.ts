/** Public API of the customs declaration advisor (pure: no chrome.*, no network). */
export { adviseDeclaration, type DeclarationAdvice, type DeclarationError, type DeclarationInput } from './advise';
export { classifyCarrier, type CarrierClass, type CarrierId, type CarrierInfo } from './carriers';
export { ERROR_CODES, REASON_CODES, WARNING_CODES, type AdviceItem, type Reason, type Warning } from './codes';
export { describe, type DescribeLanguage } from './describe';
export { DEFAULT_RATES, UnknownCurrencyError, convert, parseRatesFile, type RateTable } from './rates';
export { DEFAULT_RULES, exportRulesFile, findRule, parseRulesFile } from './rules';
export { DeclarationRule, RulesFile } from './schema';
