// The audit log read as sentences, in English and in Welsh (Welsh plurals for the counts), and the
// pages of one download shown as one entry.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditRow } from '#domain/audit';
import { auditEntries, sentenceText } from '#client/audit/ui/audit-entries';
import { AuditTable } from '#client/audit/ui/AuditTable';
import { setLanguage } from '#client/i18n/index';
import cy from '#client/i18n/cy.json';

afterEach(cleanup);

let seq = 1000;
function row(over: Partial<AuditRow>): AuditRow {
  seq -= 1;
  return {
    seq,
    id: `row-${String(seq)}`,
    at: '2026-12-05T08:00:00.000Z',
    userId: 'u-alex',
    username: 'pc.alex.patel',
    displayName: 'PC Alex Patel',
    deviceId: 'dev-1',
    action: 'pull',
    kind: 'consultation',
    collection: null,
    recordId: null,
    details: null,
    ...over,
  };
}

/** A download page from cursor `from` to `to` naming `n` records. */
function page(from: number, to: number, n: number, over: Partial<AuditRow> = {}): AuditRow {
  const records = Array.from({ length: n }, (_, i) => `problems/p${String(from + i)}`);
  return row({ details: { from, to, records }, ...over });
}

const words = (entry: Parameters<typeof sentenceText>[0] | undefined): string =>
  entry === undefined ? '' : sentenceText(entry);
/** One row's whole sentence, name included. */
const rowText = (r: AuditRow): string => words(auditEntries([r])[0]);

describe('audit entries', () => {
  it('reads one download page as "downloaded 200 records" by name, never by id', () => {
    const [entry] = auditEntries([page(0, 200, 200)]);
    expect(entry === undefined ? '' : sentenceText(entry)).toBe('PC Alex Patel downloaded 200 records');
  });

  it('joins the consecutive pages of one sync (newest first) into one entry, keeping every row', () => {
    // 55 pages of 200 records: cursors 0→200→…→11000, listed newest first as the server does.
    const pages = Array.from({ length: 55 }, (_, i) => page(i * 200, (i + 1) * 200, 200)).reverse();
    const entries = auditEntries(pages);
    expect(entries).toHaveLength(1);
    expect(words(entries[0])).toBe('PC Alex Patel downloaded 11,000 records in 55 pages');
    expect(entries[0]?.rows).toHaveLength(55);
  });

  it('reads one whole sync, as the force database logs it now (ids in the pull log), by its count and pages', () => {
    const sync = row({
      details: { from: 0, to: 110_000, pages: 96, count: 110_000, pullLog: { fromSeq: 1 } },
    });
    expect(words(auditEntries([sync])[0])).toBe('PC Alex Patel downloaded 110,000 records in 96 pages');
  });

  it('keeps two syncs, two people and two devices apart', () => {
    const rows = [
      page(500, 600, 100), // a later sync: does not start where the next (older) one ended
      page(300, 400, 100),
      page(200, 300, 100),
      page(100, 200, 100, { userId: 'u-sam', displayName: 'Sgt Sam Reid' }),
      page(0, 100, 100, { deviceId: 'dev-2', userId: 'u-sam', displayName: 'Sgt Sam Reid' }),
    ];
    const entries = auditEntries(rows);
    expect(entries.map(words)).toEqual([
      'PC Alex Patel downloaded 100 records',
      'PC Alex Patel downloaded 200 records in 2 pages',
      'Sgt Sam Reid downloaded 100 records',
      'Sgt Sam Reid downloaded 100 records',
    ]);
    expect(entries.flatMap((e) => e.rows)).toHaveLength(rows.length);
  });

  it('names the decision and the problem of a review', () => {
    const signOff = row({
      action: 'reviews.create',
      kind: 'collection',
      displayName: 'Sgt Sam Reid',
      collection: 'reviews',
      recordId: 'r1',
      subject: { problemTitle: 'Burglaries on Elm St', kind: 'closure', decision: 'sign_off_closure' },
    });
    expect(rowText(signOff)).toBe('Sgt Sam Reid signed off the closure of ‘Burglaries on Elm St’');
  });

  it('says which fields of a problem changed, and copes with a record no longer held', () => {
    const changed = row({
      action: 'problems.update',
      collection: 'problems',
      recordId: 'p1',
      details: { fields: ['status', 'nextReviewDate'] },
      subject: { problemTitle: 'Graffiti, Mill Lane' },
    });
    expect(rowText(changed)).toBe(
      'PC Alex Patel changed the status and next review date of ‘Graffiti, Mill Lane’',
    );
    expect(rowText({ ...changed, subject: undefined })).toBe(
      'PC Alex Patel changed the status and next review date of a problem',
    );
  });

  it('reads sign-in, the system and unknown actions in words', () => {
    expect(rowText(row({ action: 'session.sign_in' }))).toBe('PC Alex Patel signed in');
    const sweep = auditEntries([row({ action: 'attachments.sweep', userId: null, displayName: null })]);
    expect(words(sweep[0])).toBe('Beatbook removed photos no record uses');
    expect(rowText(row({ action: 'something.new' }))).toBe('PC Alex Patel did “something.new”');
  });

  it('shows sentences on the screen, with the rows behind an entry under Details', () => {
    render(<AuditTable rows={[page(100, 200, 100), page(0, 100, 100)]} />);
    const list = screen.getByRole('list', { name: 'Audit entries, newest first' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('audit-entry'));
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('PC Alex Patel downloaded 200 records in 2 pages');
    expect(items[0]?.textContent).not.toContain('u-alex');
    expect(within(items[0] as HTMLElement).getAllByText(/device dev-1/)).toHaveLength(2);
  });
});

describe('audit entries in Welsh', () => {
  it('counts downloaded records with the Welsh plural forms for 0, 1, 2, 3, 6 and 11', async () => {
    await setLanguage('cy');
    const said = [0, 1, 2, 3, 6, 11].map((n) => rowText(page(0, n, n)));
    expect(said).toEqual([
      'Lawrlwythodd PC Alex Patel 0 cofnod',
      'Lawrlwythodd PC Alex Patel 1 cofnod',
      'Lawrlwythodd PC Alex Patel 2 gofnod',
      'Lawrlwythodd PC Alex Patel 3 chofnod',
      'Lawrlwythodd PC Alex Patel 6 chofnod',
      'Lawrlwythodd PC Alex Patel 11 o gofnodion',
    ]);
  });

  it('puts the verb first, counts pages as Welsh plurals and names the problem in the sentence', async () => {
    await setLanguage('cy');
    const pages = Array.from({ length: 6 }, (_, i) => page(i * 200, (i + 1) * 200, 200)).reverse();
    expect(words(auditEntries(pages)[0])).toBe(
      'Lawrlwythodd PC Alex Patel 1,200 o gofnodion mewn 6 thudalen',
    );
    const signOff = row({
      action: 'reviews.create',
      kind: 'collection',
      displayName: 'Sgt Sam Reid',
      collection: 'reviews',
      recordId: 'r1',
      subject: { problemTitle: 'Lladradau ar Heol y Llwyfen', kind: 'closure', decision: 'sign_off_closure' },
    });
    expect(rowText(signOff)).toBe('Cymeradwyodd Sgt Sam Reid gau ‘Lladradau ar Heol y Llwyfen’');
    expect(rowText(row({ action: 'session.sign_in' }))).toBe('Mewngofnododd PC Alex Patel');
  });

  it('shows the Welsh sentence on the screen with the name in bold, and the kind of event in Welsh', async () => {
    await setLanguage('cy');
    render(<AuditTable rows={[page(100, 200, 100), page(0, 100, 100)]} />);
    const list = screen.getByRole('list', { name: cy.audit.listLabel });
    const item = within(list)
      .getAllByRole('listitem')
      .find((li) => li.classList.contains('audit-entry')) as HTMLElement;
    expect(item.querySelector('.audit-entry__sentence')?.textContent).toBe(
      'Lawrlwythodd PC Alex Patel 200 o gofnodion mewn 2 dudalen',
    );
    expect(item.querySelector('strong')?.textContent).toBe('PC Alex Patel');
    expect(item.textContent).toContain(cy.audit.kind.consultation);
    expect(within(item).getByText(cy.audit.details)).toBeDefined();
  });
});
