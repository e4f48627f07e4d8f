// Message keys are checked by the compiler against the English catalogue: a typo in
// t('session.signIn.heading') is a type error, not a blank on an officer's screen.
import 'i18next';
import type en from './en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
