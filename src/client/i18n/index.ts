// What screens and the rest of the app import from i18n: `useT` (re-renders on a language
// change), `Trans` for messages with markup, the vocabulary and error labels, the formatters.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { i18n } from './i18n';

export { Trans } from 'react-i18next';
export type { TFunction } from 'i18next';
export { currentLanguage, languageForUser, setLanguage, startI18n, t } from './i18n';
export { languages, type Language } from './languages';
export { responseTagLabel, vocabLabel, type VocabName } from './vocab';
export { errorText } from './errors';
// issueText / issueTexts: import them from './validation' (not here), so the domain's validation
// catalogue loads with the forms that need it, not with the first screen.

/** The message function for a component: `const t = useT(); t('session.signIn.heading')`. */
export function useT(): TFunction {
  return useTranslation('translation', { i18n }).t;
}

/** The language in use, re-rendering the component when it changes. */
export function useLanguage(): string {
  return useTranslation('translation', { i18n }).i18n.language;
}
