// A prevention lead's decision (publish, return, withdraw) that was not saved, in words: a refusal
// worded from its reason code, a check the comments failed (too long, say) worded from its
// validation code, anything else as "could not be saved on this device".
import { ValidationError } from '#client/app/contract';
import { GoodPracticeRefusedError } from '#client/good-practice/contract';
import type { TFunction } from '#client/i18n/index';
import { issueText } from '#client/i18n/validation';

export function decisionFailure(t: TFunction, error: unknown): string {
  if (error instanceof GoodPracticeRefusedError) return t(`goodPractice.refused.${error.reason}`);
  if (error instanceof ValidationError) {
    const first = Object.values(error.fieldErrors).find((message) => message !== undefined);
    if (first !== undefined) return issueText(t, first);
  }
  return t('goodPractice.queue.notSaved');
}
