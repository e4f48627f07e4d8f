// The prevention lead's good-practice screens read in the language in use: the nominations queue
// (its completeness checks and a refused decision, worded from codes), the published copies and
// the printable case study (labels, section names and vocabulary from the catalogues; the
// officers' own text as written).
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftCopy } from '#domain/good-practice/publish';
import type { Published } from '#domain/good-practice/published';
import type { Nomination } from '#domain/good-practice/nominations';
import type { Problem } from '#domain/records';
import type { Action } from '#domain/osara/index';
import { GoodPracticeRefusedError, type GoodPracticeRepository } from '#client/good-practice/contract';
import { ValidationError } from '#client/app/contract';
import { say } from '#domain/validation';
import { setLanguage } from '#client/i18n/index';
import cy from '#client/i18n/cy.json';
import en from '#client/i18n/en.json';
import { actions, evaluation, personalProblem, PROBLEM_ID } from '../../domain/good-practice/fixtures';
import { FakeSession, fakeWorkspace, officer, renderApp } from './fakes';

afterEach(cleanup);

const envelope = {
  version: 1,
  createdAt: '2026-03-01T10:00:00.000Z',
  createdBy: 'lead1',
  updatedAt: '2026-03-01T10:00:00.000Z',
  updatedBy: 'lead1',
  deleted: false,
};
const problem = { ...envelope, ...personalProblem(), teamId: 'north', status: 'closed' } as Problem;
const copy: Published = {
  ...envelope,
  ...draftCopy(personalProblem(), actions(), evaluation(), 'Locks and alarms worked.').copy,
  id: '0190a5c0-0000-7000-8000-0000000000bb',
  title: 'Allotment shed break-ins',
  outOfDate: true,
};
const nomination: Nomination = {
  ...envelope,
  id: '0190a5c0-0000-7000-8000-0000000000cc',
  problemId: PROBLEM_ID,
};

/** A watch that answers `value` at once: its last argument is the listener. */
function watching(value: unknown) {
  return (...args: unknown[]) => {
    (args[args.length - 1] as (v: unknown) => void)(value);
    return () => undefined;
  };
}

function open(
  path: string,
  decide: () => Promise<never> = () => Promise.reject(new GoodPracticeRefusedError('not_prevention_lead')),
): { printed: string[] } {
  const printed: string[] = [];
  const goodPractice = {
    watchQueue: watching([{ nomination, problem, actions: actions() as Action[], evaluation: undefined }]),
    watchPublished: watching([copy]),
    watchPublishedCopy: watching(copy),
    watchPublishable: watching({ problem, actions: actions() as Action[], evaluation: undefined }),
    decide,
    recordCaseStudyPrint: (id: string) => {
      printed.push(id);
      return Promise.resolve();
    },
  } as unknown as GoodPracticeRepository;
  const workspace = fakeWorkspace({ goodPractice }, { ...officer, role: 'prevention_lead' });
  const session = new FakeSession();
  session.remembered = workspace;
  renderApp(session, path);
  return { printed };
}

describe('good practice in Welsh', () => {
  it('words the queue, its completeness checks and a refused decision in Welsh', async () => {
    await setLanguage('cy');
    open('/good-practice/nominations');
    expect(
      await screen.findByRole('heading', { level: 1, name: cy.goodPractice.queue.heading }),
    ).toBeDefined();
    const item = screen.getByRole('heading', { level: 2, name: problem.title }).closest('li');
    if (item === null) throw new Error('no nomination item');
    const inItem = within(item);
    expect(inItem.getByRole('heading', { level: 3 }).textContent).toMatch(/^Cyflawnrwydd: \d o 6$/);
    expect(item.textContent).toContain(cy.goodPractice.completeness.comparison_area_used.missing);
    expect(item.textContent).toContain(cy.goodPractice.queue.actions_other.replace('{{count}}', '4'));

    fireEvent.change(inItem.getByLabelText(cy.goodPractice.queue.feedback), {
      target: { value: 'Mwy o fanylion' },
    });
    fireEvent.click(inItem.getByRole('button', { name: cy.goodPractice.queue.returnWithFeedback }));
    expect(await inItem.findByText(cy.goodPractice.refused.not_prevention_lead)).toBeDefined();
    expect(inItem.getByLabelText<HTMLTextAreaElement>(cy.goodPractice.queue.feedback).value).toBe(
      'Mwy o fanylion',
    );

    expect(screen.getByRole('heading', { name: cy.goodPractice.published.heading })).toBeDefined();
    expect(screen.getByText(cy.goodPractice.published.outOfDate)).toBeDefined();
    for (const english of [
      en.goodPractice.queue.feedback,
      en.goodPractice.completeness.comparison_area_used.missing,
      en.goodPractice.refused.not_prevention_lead,
      en.goodPractice.published.outOfDate,
    ])
      expect(document.body.textContent).not.toContain(english);
  });

  it('words a withdrawal reason the record rules refuse in Welsh, and keeps the reason typed', async () => {
    await setLanguage('cy');
    const tooLong = say('text_too_long', { field: 'comments', max: 4000 });
    open('/good-practice/nominations', () => Promise.reject(new ValidationError({ comments: tooLong })));
    const why = await screen.findByLabelText(`Pam tynnu “${copy.title}” yn ôl`);
    fireEvent.change(why, { target: { value: 'Rhy hir' } });
    fireEvent.click(screen.getByRole('button', { name: `Tynnu “${copy.title}” yn ôl` }));
    expect(await screen.findByText('Cadwch y sylwadau o dan 4000 nod')).toBeDefined();
    expect((why as HTMLTextAreaElement).value).toBe('Rhy hir');
  });

  it('prints the case study with Welsh labels and section names, and records the print', async () => {
    await setLanguage('cy');
    const { printed } = open(`/good-practice/${copy.id}/print`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Astudiaeth achos: ${copy.title}` }),
    ).toBeDefined();
    for (const section of ['Sganio', 'Dadansoddi', 'Ymateb', 'Asesu'])
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeDefined();
    expect(screen.getByText(cy.goodPractice.caseStudy.problem)).toBeDefined();
    expect(screen.getByText(cy.goodPractice.caseStudy.partnerAgencies)).toBeDefined();
    expect(await screen.findByText(cy.goodPractice.print.recorded)).toBeDefined();
    expect(printed).toEqual([copy.id]);
    for (const english of ['How it came to notice', 'Partner agencies', 'Scanning', 'led by'])
      expect(document.body.textContent).not.toContain(english);
  });

  it('names each shared text and each kind of personal detail in Welsh in the redaction review', async () => {
    await setLanguage('cy');
    open(`/good-practice/nominations/${PROBLEM_ID}/review`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Adolygu cyn cyhoeddi: ${problem.title}` }),
    ).toBeDefined();
    const description = await screen.findByRole('heading', {
      level: 2,
      name: /^Sganio: y broblem · \d+ i benderfynu arnynt$/,
    });
    const field = description.closest('section');
    if (field === null) throw new Error('no field section');
    expect(within(field).getByRole('button', { name: 'Tynnu “07700 900123” (rhif ffôn)' })).toBeDefined();
    expect(screen.getByRole('heading', { level: 2, name: /^Ymateb: cam gweithredu 1/ })).toBeDefined();
    expect(
      screen.getByText(/^Mae \d+ manylyn wedi’u hamlygu ar ôl i benderfynu arnynt cyn y gallwch gyhoeddi\.$/),
    ).toBeDefined();
    expect(document.body.textContent).not.toContain('a phone number');
    expect(document.body.textContent).not.toContain('left to decide');
  });

  it('reads the queue in English with the same checks', async () => {
    open('/good-practice/nominations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nominations' })).toBeDefined();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/^Completeness: \d of 6$/);
    expect(screen.getByText(/Give before and after counts for a comparison area\./)).toBeDefined();
  });
});
