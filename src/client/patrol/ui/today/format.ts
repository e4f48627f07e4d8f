// Dates and times as the briefing shows them.
const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });
const longDay = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full' });

/** A YYYY-MM-DD calendar date, read at midday so no time zone moves it to another day. */
export function dateText(iso: string, long = false): string {
  const date = new Date(`${iso}T12:00:00`);
  if (Number.isNaN(date.getTime())) return iso;
  return (long ? longDay : day).format(date);
}

/** "Due today", "Due yesterday", "3 days overdue". */
export function dueText(date: string, today: string): string {
  const days = Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${date}T12:00:00Z`)) / 86_400_000);
  if (days <= 0) return 'Due today';
  return days === 1 ? '1 day overdue' : `${String(days)} days overdue`;
}
