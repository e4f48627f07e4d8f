import { actionStatuses, partnerAgencyTypes } from '#domain/osara/index';
import type { Term } from '#domain/vocabularies';
import { fieldAria, Field } from '#client/app/form/Field';
import type { ActionDraft, ActionMessages } from './action-draft';
import { TechniqueGroups } from './TechniqueGroups';
import { PeopleSelect } from '#client/problems/ui/PeopleSelect';
import type { PeopleChoices } from '#client/problems/ui/use-people';

interface Props {
  idPrefix: string;
  draft: ActionDraft;
  messages: ActionMessages;
  /** Who may lead (the problem team's officers and supervisors) and which of them leads now. */
  lead: { value: string; choices: PeopleChoices };
  onChange: (patch: Partial<ActionDraft>) => void;
  onBlur: () => void;
}

function Options({ terms, placeholder }: { terms: readonly Term[]; placeholder?: string }) {
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {terms.map((t) => (
        <option key={t.code} value={t.code}>
          {t.en}
        </option>
      ))}
    </>
  );
}

/** The fields of one action: what, how (techniques), who leads, when, status and evidence. */
export function ActionFieldsForm({ idPrefix, draft, messages, lead, onChange, onBlur }: Props) {
  const id = (name: string): string => `${idPrefix}-${name}`;
  return (
    <>
      <Field id={id('description')} label="What will be done" error={messages.description}>
        <textarea
          {...fieldAria(id('description'), messages.description)}
          rows={3}
          value={draft.description}
          onChange={(e) => {
            onChange({ description: e.target.value });
          }}
          onBlur={onBlur}
        />
      </Field>
      <TechniqueGroups
        idPrefix={idPrefix}
        chosen={draft.techniques}
        message={messages.techniques}
        onChange={(techniques) => {
          onChange({ techniques });
        }}
      />
      <fieldset className="choice-group">
        <legend>Who leads it</legend>
        {(['officer', 'partner'] as const).map((kind) => (
          <div className="choice" key={kind}>
            <input
              type="radio"
              id={id(`lead-${kind}`)}
              name={id('lead')}
              checked={draft.leadKind === kind}
              onChange={() => {
                onChange({ leadKind: kind });
              }}
            />
            <label htmlFor={id(`lead-${kind}`)}>
              {kind === 'officer' ? 'An officer' : 'A partner agency'}
            </label>
          </div>
        ))}
      </fieldset>
      {draft.leadKind === 'officer' && (
        <PeopleSelect
          id={id('lead-user')}
          label="Lead officer"
          value={lead.value}
          choices={lead.choices}
          error={messages['lead.userId']}
          onChange={(leadUserId) => {
            onChange({ leadUserId });
          }}
          onBlur={onBlur}
        />
      )}
      {draft.leadKind === 'partner' && (
        <>
          <Field id={id('agency-type')} label="Kind of partner agency" error={messages['lead.agencyType']}>
            <select
              {...fieldAria(id('agency-type'), messages['lead.agencyType'])}
              value={draft.agencyType}
              onChange={(e) => {
                onChange({ agencyType: e.target.value });
              }}
            >
              <Options terms={partnerAgencyTypes} placeholder="Not chosen yet" />
            </select>
          </Field>
          <Field id={id('agency-name')} label="Agency name" error={messages['lead.name']}>
            <input
              {...fieldAria(id('agency-name'), messages['lead.name'])}
              value={draft.agencyName}
              onChange={(e) => {
                onChange({ agencyName: e.target.value });
              }}
              onBlur={onBlur}
            />
          </Field>
        </>
      )}
      <Field id={id('due')} label="Due date" error={messages.dueDate}>
        <input
          {...fieldAria(id('due'), messages.dueDate)}
          type="date"
          value={draft.dueDate}
          onChange={(e) => {
            onChange({ dueDate: e.target.value });
          }}
          onBlur={onBlur}
        />
      </Field>
      <Field id={id('status')} label="Status" error={messages.status}>
        <select
          {...fieldAria(id('status'), messages.status)}
          value={draft.status}
          onChange={(e) => {
            onChange({ status: e.target.value });
          }}
        >
          <Options terms={actionStatuses} />
        </select>
      </Field>
      <Field id={id('evidence')} label="Evidence notes" error={messages.evidenceNotes}>
        <textarea
          {...fieldAria(id('evidence'), messages.evidenceNotes)}
          rows={3}
          value={draft.evidenceNotes}
          onChange={(e) => {
            onChange({ evidenceNotes: e.target.value });
          }}
          onBlur={onBlur}
        />
      </Field>
    </>
  );
}
