import { Fragment } from 'react';
import type { CriterionAnswer } from '~/frameworks/answers';
import type { CriterionEntry } from '~/frameworks/criteria';
import { chooseOption, setCriterionText } from '~/frameworks/editAnswers';
import type { CriterionResult } from '~/frameworks/scoring/bestFit';
import type { Level } from '~/frameworks/schema';
import { edit, markAnswers } from '~/widgets/stores/answers';

interface Props {
  markId: string;
  level: Level;
  entry: CriterionEntry;
  answer: CriterionAnswer | undefined;
  result: CriterionResult;
  /** Whether the level's rule asks for an action on each unmet criterion. */
  asksForActions: boolean;
}

/** One criterion: its statement as the legend, the level's options, and the level's text fields. */
export function CriterionField({ markId, level, entry, answer, result, asksForActions }: Props) {
  const { statement } = entry;
  const id = statement.id;
  const multiple = level.responses.mode === 'any';
  const showUnmetFields = result.answered && !result.met;
  const status = !result.answered ? 'unanswered' : result.met ? 'met' : result.hasAction ? 'action' : 'no-action';
  return (
    <fieldset className={`criterion criterion--${status}`} id={`criterion-${id}`}>
      <legend className="criterion__legend">
        {entry.role && entry.role !== entry.group && <span className="criterion__role">{entry.role}: </span>}
        {statement.text}
        {statement.items && <span className="criterion__items"> {statement.items.join('; ')}</span>}
      </legend>
      {multiple && <p className="criterion__hint">Tick any that apply.</p>}
      <div className="criterion__options">
        {level.responses.options.map((option) => {
          const inputId = `${id}--${option.id}`;
          const checked = answer?.response.includes(option.id) ?? false;
          return (
            <div className="criterion__option" key={option.id}>
              <input
                id={inputId}
                type={multiple ? 'checkbox' : 'radio'}
                name={multiple ? inputId : `${id}--response`}
                value={option.id}
                checked={checked}
                onChange={(e) => edit(markAnswers(markId), (a) => chooseOption(a, level, id, option.id, e.currentTarget.checked))}
              />
              <label htmlFor={inputId}>{option.label}</label>
            </div>
          );
        })}
      </div>
      <div className="criterion__notes">
        {level.fields
          .filter((field) => field.show === 'always' || showUnmetFields)
          .map((field) => {
            const fieldId = `${id}--${field.id}`;
            const needed = field.purpose === 'action' && asksForActions && !result.hasAction;
            return (
              <Fragment key={field.id}>
                <label htmlFor={fieldId}>
                  {field.label}
                  {needed ? ' (needed for best fit)' : ''}
                </label>
                <textarea
                  id={fieldId}
                  rows={2}
                  value={answer?.texts[field.id] ?? ''}
                  onChange={(e) => edit(markAnswers(markId), (a) => setCriterionText(a, level.id, id, field.id, e.currentTarget.value))}
                />
              </Fragment>
            );
          })}
      </div>
    </fieldset>
  );
}
