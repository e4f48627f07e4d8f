// The techniques of an action, chosen in a compact picker: what is chosen is listed first (each
// removable), then a search box, then the five purposes folded up, each saying how many of its
// techniques are chosen. Typing opens every group with a match, so any technique is two taps away.
import { useState } from 'react';
import { useT, type TFunction } from '#client/i18n/index';
import { responseTagLabel, vocabLabel } from '#client/i18n/vocab';
import { matchingGroups, TECHNIQUE_ORDER, type SearchText, type TechniqueGroup } from './technique-search';

function groupLabel(t: TFunction, group: TechniqueGroup): string {
  return group.code === 'non_situational'
    ? t('osara.techniques.nonSituational')
    : vocabLabel(t, 'techniqueGroup', group.code);
}

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
  const t = useT();
  const count = group.terms.filter((term) => chosen.has(term.code)).length;
  return (
    <details className="technique-group" open={open}>
      <summary>
        {groupLabel(t, group)}
        {count > 0 && (
          <span className="technique-group__count"> {t('osara.techniques.chosenCount', { count })}</span>
        )}
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
              <label htmlFor={id}>{responseTagLabel(t, term.code)}</label>
            </div>
          );
        })}
      </div>
    </details>
  );
}

export function TechniqueGroups({ idPrefix, chosen, message, onChange }: Props) {
  const t = useT();
  const [query, setQuery] = useState('');
  const set = new Set(chosen);
  const toggle = (code: string, on: boolean): void => {
    const next = new Set(set);
    if (on) next.add(code);
    else next.delete(code);
    onChange(TECHNIQUE_ORDER.filter((c) => next.has(c)));
  };
  const searchText: SearchText = (group, term) => `${responseTagLabel(t, term.code)} ${groupLabel(t, group)}`;
  const groups = matchingGroups(query, searchText);
  const searchId = `${idPrefix}-technique-search`;
  return (
    <fieldset className={message === undefined ? 'choice-group' : 'choice-group field--error'}>
      <legend>{t('osara.techniques.legend')}</legend>
      {message !== undefined && <p className="field-error">{message}</p>}
      {chosen.length === 0 ? (
        <p className="technique-chosen--none">{t('osara.techniques.noneChosen')}</p>
      ) : (
        <ul className="technique-chosen" aria-label={t('osara.techniques.chosen')}>
          {chosen.map((code) => (
            <li key={code}>
              {responseTagLabel(t, code)}
              <button
                type="button"
                aria-label={t('osara.techniques.remove', { technique: responseTagLabel(t, code) })}
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
      <label htmlFor={searchId}>{t('osara.techniques.find')}</label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
        }}
      />
      {groups.length === 0 && <p>{t('osara.techniques.noMatch', { query })}</p>}
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
