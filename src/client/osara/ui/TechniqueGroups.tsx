import { nonSituationalTags, techniqueGroups, techniquesInGroup } from '#domain/osara/index';
import type { Term } from '#domain/vocabularies';

interface Props {
  idPrefix: string;
  chosen: readonly string[];
  message: string | undefined;
  onChange: (techniques: string[]) => void;
}

const GROUPS: { code: string; en: string; terms: readonly Term[] }[] = [
  ...techniqueGroups.map((g) => ({ code: g.code, en: g.en, terms: techniquesInGroup(g.code) })),
  { code: 'non_situational', en: 'Not situational', terms: nonSituationalTags },
];
const ORDER = GROUPS.flatMap((g) => g.terms.map((t) => t.code));

/** The 25 situational techniques in their five groups, then the non-situational tags. */
export function TechniqueGroups({ idPrefix, chosen, message, onChange }: Props) {
  const set = new Set(chosen);
  return (
    <fieldset className={message === undefined ? 'choice-group' : 'choice-group field--error'}>
      <legend>Techniques (choose at least one)</legend>
      {message !== undefined && <p className="field-error">{message}</p>}
      {GROUPS.map((group) => (
        <fieldset className="technique-group" key={group.code}>
          <legend>{group.en}</legend>
          <div className="choice-group__options">
            {group.terms.map((term) => {
              const id = `${idPrefix}-technique-${term.code}`;
              return (
                <div className="choice" key={term.code}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={set.has(term.code)}
                    onChange={(event) => {
                      const next = new Set(set);
                      if (event.target.checked) next.add(term.code);
                      else next.delete(term.code);
                      onChange(ORDER.filter((code) => next.has(code)));
                    }}
                  />
                  <label htmlFor={id}>{term.en}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  );
}
