// The techniques of an action, chosen in a compact picker: what is chosen is listed first (each
// removable), then a search box, then the five purposes folded up, each saying how many of its
// techniques are chosen. Typing opens every group with a match, so any technique is two taps away.
import { useState } from 'react';
import { matchingGroups, TECHNIQUE_ORDER, techniqueLabel, type TechniqueGroup } from './technique-search';

interface Props {
  idPrefix: string;
  chosen: readonly string[];
  message: string | undefined;
  onChange: (techniques: string[]) => void;
}

interface GroupProps {
  idPrefix: string;
  group: TechniqueGroup;
  chosen: ReadonlySet<string>;
  open: boolean;
  toggle: (code: string, on: boolean) => void;
}

function Group({ idPrefix, group, chosen, open, toggle }: GroupProps) {
  const count = group.terms.filter((t) => chosen.has(t.code)).length;
  return (
    <details className="technique-group" open={open}>
      <summary>
        {group.en}
        {count > 0 && <span className="technique-group__count"> ({count} chosen)</span>}
      </summary>
      <div className="choice-group__options">
        {group.terms.map((term) => {
          const id = `${idPrefix}-technique-${term.code}`;
          return (
            <div className="choice" key={term.code}>
              <input
                type="checkbox"
                id={id}
                checked={chosen.has(term.code)}
                onChange={(event) => {
                  toggle(term.code, event.target.checked);
                }}
              />
              <label htmlFor={id}>{term.en}</label>
            </div>
          );
        })}
      </div>
    </details>
  );
}

export function TechniqueGroups({ idPrefix, chosen, message, onChange }: Props) {
  const [query, setQuery] = useState('');
  const set = new Set(chosen);
  const toggle = (code: string, on: boolean): void => {
    const next = new Set(set);
    if (on) next.add(code);
    else next.delete(code);
    onChange(TECHNIQUE_ORDER.filter((c) => next.has(c)));
  };
  const groups = matchingGroups(query);
  const searchId = `${idPrefix}-technique-search`;
  return (
    <fieldset className={message === undefined ? 'choice-group' : 'choice-group field--error'}>
      <legend>Techniques (choose at least one)</legend>
      {message !== undefined && <p className="field-error">{message}</p>}
      {chosen.length === 0 ? (
        <p className="technique-chosen--none">None chosen yet.</p>
      ) : (
        <ul className="technique-chosen" aria-label="Chosen techniques">
          {chosen.map((code) => (
            <li key={code}>
              {techniqueLabel(code)}
              <button
                type="button"
                aria-label={`Remove ${techniqueLabel(code)}`}
                onClick={() => {
                  toggle(code, false);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={searchId}>Find a technique</label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      {groups.length === 0 && <p>No technique matches “{query}”.</p>}
      {groups.map((group) => (
        <Group
          key={group.code}
          idPrefix={idPrefix}
          group={group}
          chosen={set}
          open={query.trim() !== ''}
          toggle={toggle}
        />
      ))}
    </fieldset>
  );
}
