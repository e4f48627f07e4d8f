// The hooks screens read their words through: each re-renders its component when the language
// changes (i18n.ts notifies subscribers).
import { useSyncExternalStore } from 'react';
import { currentLanguage, currentTranslator, subscribe } from './i18n';
import type { TFunction } from './translate';

/** The message function for a component: `const t = useT(); t('session.signIn.heading')`. */
export function useT(): TFunction {
  return useSyncExternalStore(subscribe, currentTranslator, currentTranslator);
}

/** The language in use, re-rendering the component when it changes. */
export function useLanguage(): string {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}
