// The prevention lead's dashboard part of the data-layer contract :
// the records the figures are computed from, read from the device so the dashboard works offline.
import type { Evaluation } from '#domain/good-practice/evaluations';
import type { Nomination } from '#domain/good-practice/nominations';
import type { Action, Review } from '#domain/osara/index';
import type { Problem } from '#domain/records';

type Unsubscribe = () => void;

export interface DashboardData {
  /** Every problem on the device, not deleted (a prevention lead's device holds the force's). */
  problems: Problem[];
  actions: Action[];
  evaluations: Evaluation[];
  nominations: Nomination[];
  reviews: Review[];
}

export interface DashboardRepository {
  watch(onChange: (data: DashboardData) => void): Unsubscribe;
}
