// The triage lists' filters: whose (Mine / My team) and what to show as chips with counts, the
// stage and the order folded under one line that says what they are. Radio buttons under the
// chips, so a screen reader hears "Review overdue (3), 3 of 5"; every chip is at least 44 px.
import { useId } from 'react';
import { useT } from '#client/i18n/index';
import { scopeLabel, showLabel, sortLabel, stageLabel } from './triage-labels';
import {
  scopes,
  shows,
  sorts,
  stages,
  type TriageCounts,
  type TriageFilter,
  type TriageShow,
} from './triage';
import './triage.css';

interface Props {
  filter: TriageFilter;
  counts: TriageCounts;
  onChange: (filter: TriageFilter) => void;
  /** The "show" choices offered, in order. */
  showChoices?: readonly TriageShow[];
}

function Chips<K extends string>(props: {
  legend: string;
  name: string;
  keys: readonly K[];
  chosen: K;
  label: (key: K) => string;
  count: (key: K) => number;
  onPick: (key: K) => void;
}) {
  return (
    <fieldset className="chips">
      <legend className="visually-hidden">{props.legend}</legend>
      {props.keys.map((key) => (
        <label key={key} className="chip">
          <input
            type="radio"
            name={props.name}
            value={key}
            checked={props.chosen === key}
            onChange={() => {
              props.onPick(key);
            }}
          />
          {props.label(key)} <span className="chip__count">({props.count(key)})</span>
        </label>
      ))}
    </fieldset>
  );
}

export function TriageFilters({ filter, counts, onChange, showChoices = shows }: Props) {
  const id = useId();
  const t = useT();
  const set = (patch: Partial<TriageFilter>): void => {
    onChange({ ...filter, ...patch });
  };
  return (
    <div className="triage-filters">
      <Chips
        legend={t('problems.triage.scopeLegend')}
        name={`${id}-scope`}
        keys={scopes}
        chosen={filter.scope}
        label={(k) => scopeLabel(t, k)}
        count={(k) => counts.scope[k]}
        onPick={(scope) => {
          set({ scope });
        }}
      />
      <Chips
        legend={t('problems.triage.showLegend')}
        name={`${id}-show`}
        keys={showChoices}
        chosen={filter.show}
        label={(k) => showLabel(t, k)}
        count={(k) => counts.show[k]}
        onPick={(show) => {
          set({ show });
        }}
      />
      <details className="triage-filters__more">
        <summary>
          {t('problems.triage.more', { stage: stageLabel(t, filter.stage), sort: sortLabel(t, filter.sort) })}
        </summary>
        <div className="triage-filters__selects">
          <div className="field">
            <label htmlFor={`${id}-stage`}>{t('problems.triage.stageLabel')}</label>
            <select
              id={`${id}-stage`}
              value={filter.stage}
              onChange={(e) => {
                set({ stage: stages.find((s) => s === e.target.value) ?? 'any' });
              }}
            >
              {stages.map((s) => (
                <option key={s} value={s}>
                  {stageLabel(t, s)} ({counts.stage[s]})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sort`}>{t('problems.triage.sortLabel')}</label>
            <select
              id={`${id}-sort`}
              value={filter.sort}
              onChange={(e) => {
                set({ sort: sorts.find((s) => s === e.target.value) ?? 'review' });
              }}
            >
              {sorts.map((s) => (
                <option key={s} value={s}>
                  {sortLabel(t, s)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
    </div>
  );
}
