import { useT } from '#client/i18n/index';
import { vocabLabel, type VocabName } from '#client/i18n/vocab';
import { vocabularies } from '#client/i18n/vocab';
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

function Options({ vocab, placeholder }: { vocab: VocabName; placeholder?: string }) {
  const t = useT();
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {vocabularies[vocab].map((term) => (
        <option key={term.code} value={term.code}>
          {vocabLabel(t, vocab, term.code)}
        </option>
      ))}
    </>
  );
}

/** The fields of one action: what, how (techniques), who leads, when, status and evidence. */
export function ActionFieldsForm({ idPrefix, draft, messages, lead, onChange, onBlur }: Props) {
  const t = useT();
  const id = (name: string): string => `${idPrefix}-${name}`;
  return (
    <>
      <Field id={id('description')} label={t('osara.action.description')} error={messages.description}>
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
        <legend>{t('osara.action.whoLeads')}</legend>
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
              {kind === 'officer' ? t('osara.action.leadOfficerChoice') : t('osara.action.leadPartnerChoice')}
            </label>
          </div>
        ))}
      </fieldset>
      {draft.leadKind === 'officer' && (
        <PeopleSelect
          id={id('lead-user')}
          label={t('osara.action.leadOfficer')}
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
          <Field
            id={id('agency-type')}
            label={t('osara.action.agencyType')}
            error={messages['lead.agencyType']}
          >
            <select
              {...fieldAria(id('agency-type'), messages['lead.agencyType'])}
              value={draft.agencyType}
              onChange={(e) => {
                onChange({ agencyType: e.target.value });
              }}
            >
              <Options vocab="partnerAgencyType" placeholder={t('osara.fields.notChosen')} />
            </select>
          </Field>
          <Field id={id('agency-name')} label={t('osara.action.agencyName')} error={messages['lead.name']}>
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
      <Field id={id('due')} label={t('osara.action.dueDate')} error={messages.dueDate}>
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
      <Field id={id('status')} label={t('osara.action.status')} error={messages.status}>
        <select
          {...fieldAria(id('status'), messages.status)}
          value={draft.status}
          onChange={(e) => {
            onChange({ status: e.target.value });
          }}
        >
          <Options vocab="actionStatus" />
        </select>
      </Field>
      <Field id={id('evidence')} label={t('osara.action.evidenceNotes')} error={messages.evidenceNotes}>
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
