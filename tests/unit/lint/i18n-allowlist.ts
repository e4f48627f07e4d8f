// Screen files that still hold English literals (tests/unit/lint/i18n-literals.test.ts).
// Empty: every screen file takes its words from the catalogues. Keep it that way.
export const allowlist: readonly string[] = [];
