// The triage lists' filters, folded into a sheet so the first card shows on a phone: its one-line
// summary says what is shown, how many and in what order ("All open · 12 problems · Order: next
// review  [Filters]") and is a live region, so a change is heard. Inside: whose (Mine / My team)
// and what to show as chips with counts, the stage and the order. Radio buttons under the chips,
// so a screen reader hears "Review overdue (3), 3 of 5"; every chip is at least 44 px.
import { useId, useState } from 'react';
import { useT } from '#client/i18n/index';
import { scopeLabel, showLabel, sortLabel, stageLabel, triageSummary } from './triage-labels';
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
  /** How many problems the filter shows now. */
  found: number;
  counts: TriageCounts;
  onChange: (filter: TriageFilter) => void;
  /** The "show" choices offered, in order. */
  showChoices?: readonly TriageShow[];
  /** Whether "Mine / My team" is offered (not to a force-wide reader on no team). */
  scopeChoice?: boolean;
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

export function TriageFilters({
  filter,
  found,
  counts,
  onChange,
  showChoices = shows,
  scopeChoice = true,
}: Props) {
  const id = useId();
  const t = useT();
  const [open, setOpen] = useState(false);
  const set = (patch: Partial<TriageFilter>): void => {
    onChange({ ...filter, ...patch });
  };
  return (
    <details
      className="triage-filters"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary className="triage-filters__summary">
        <span className="triage-summary" role="status">
          {triageSummary(t, found, filter)}
        </span>
        <span className="triage-filters__button">{t('problems.triage.filters')}</span>
      </summary>
      <div className="triage-filters__body">
        {scopeChoice && (
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
        )}
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
        <button
          type="button"
          className="triage-filters__done"
          onClick={() => {
            setOpen(false);
          }}
        >
          {t('problems.triage.showFound', { count: found })}
        </button>
      </div>
    </details>
  );
}
