// A whole number for the first screen (the sync status, the opening screen), with thousands
// separators. Welsh writes numbers as English does (format.ts formatNumber does the same through
// Intl), and format.ts with its Welsh dates is not part of the first screen.
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}
