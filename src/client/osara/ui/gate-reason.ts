// A gate reason in the officer's language, by its stable code; a code this app does not know (a
// newer server's) reads as the English sentence that came with it.
import type { GateReason } from '#domain/osara/index';
import type { TFunction } from '#client/i18n/index';

export function gateReasonText(t: TFunction, reason: Pick<GateReason, 'code' | 'en'>): string {
  return (t as (key: string, options: { defaultValue: string }) => string)(`osara.gate.${reason.code}`, {
    defaultValue: reason.en,
  });
}
