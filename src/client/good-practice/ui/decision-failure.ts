// A prevention lead's decision (publish, return, withdraw) that was not saved, in words: a refusal
// worded from its reason code, anything else as "could not be saved on this device".
import { GoodPracticeRefusedError } from '#client/good-practice/contract';
import type { TFunction } from '#client/i18n/index';

export function decisionFailure(t: TFunction, error: unknown): string {
  return error instanceof GoodPracticeRefusedError
    ? t(`goodPractice.refused.${error.reason}`)
    : t('goodPractice.queue.notSaved');
}
