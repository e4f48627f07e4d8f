// What screens and the rest of the app import from i18n: `useT` (re-renders on a language
// change), `Trans` for messages with markup, error labels. Vocabulary labels: './vocab' (kept off
// the first screen, which shows none); dates and numbers: './format'.
export { Trans } from './Trans';
export type { MessageKey, TFunction } from './translate';
export { currentLanguage, languageForUser, setLanguage, startI18n, t } from './i18n';
export { useLanguage, useT } from './use-t';
export { languages, type Language } from './languages';
export { errorText } from './errors';
export { formatCount } from './count';
// issueText / issueTexts: import them from './validation' (not here), so the domain's validation
// catalogue loads with the forms that need it, not with the first screen.
