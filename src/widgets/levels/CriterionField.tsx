import { Fragment, memo } from 'react';
import type { CriterionEntry } from '~/frameworks/criteria';
import type { CriterionAnswer } from '~/frameworks/saved/answers';
import { chooseOption, setCriterionText } from '~/frameworks/saved/editAnswers';
import type { CriterionResult } from '~/frameworks/scoring/bestFit';
import type { Level } from '~/frameworks/schema';
import { useText } from '~/widgets/shell/text';
import { levelAnswersOf } from '~/widgets/stores/levelAnswers';

interface Props {
  markId: string;
  level: Level;
  entry: CriterionEntry;
  answer: CriterionAnswer | undefined;
  result: CriterionResult;
  /** Whether the level's rule asks for an action on each unmet criterion. */
  asksForActions: boolean;
}

/**
 * One criterion: its statement as the legend, the level's options, and the level's text fields.
 * A click re-renders only the criterion it changed (a grid has up to 50): the others keep their answer
 * object and their result, so they are skipped, and answering stays quick on a slow laptop.
 */
export const CriterionField = memo(CriterionFieldOf, (a, b) => {
  const same = (k: keyof CriterionResult) => a.result[k] === b.result[k];
  return (
    a.markId === b.markId &&
    a.level === b.level &&
    a.entry.statement.id === b.entry.statement.id &&
    a.answer === b.answer &&
    a.asksForActions === b.asksForActions &&
    same('answered') &&
    same('met') &&
    same('hasAction')
  );
});

function CriterionFieldOf({ markId, level, entry, answer, result, asksForActions }: Props) {
  const t = useText();
  const answers = levelAnswersOf(markId);
  const { statement } = entry;
  const id = statement.id;
  const multiple = level.responses.mode === 'any';
  const showUnmetFields = result.answered && !result.met;
  const status = !result.answered ? 'unanswered' : result.met ? 'met' : result.hasAction ? 'action' : 'no-action';
  return (
    <fieldset className={`criterion criterion--${status}`} id={`criterion-${id}`}>
      <legend className="criterion__legend">
        <span className="criterion-ref">{entry.ref}</span>
        {entry.role && entry.role !== entry.group && <span className="criterion__role">{entry.role}: </span>}
        {statement.text}
        {statement.items && <span className="criterion__items"> {statement.items.join('; ')}</span>}
      </legend>
      {multiple && <p className="criterion__hint">{t('criterion.tickAny')}</p>}
      <div className="criterion__options">
        {level.responses.options.map((option) => {
          const inputId = `${id}--${option.id}`;
          return (
            <div className="criterion__option" key={option.id}>
              <input
                id={inputId}
                type={multiple ? 'checkbox' : 'radio'}
                name={multiple ? inputId : `${id}--response`}
                value={option.id}
                checked={answer?.response.includes(option.id) ?? false}
                onChange={(e) => {
                  const selected = e.currentTarget.checked;
                  answers.update((a) => chooseOption(a, level, id, option.id, selected));
                }}
              />
              <label htmlFor={inputId}>{option.label}</label>
            </div>
          );
        })}
      </div>
      <div className="criterion__notes">
        {level.fields
          // A box shown only while unmet stays in view while it holds words (an action kept once the criterion is met).
          .filter((field) => field.show === 'always' || showUnmetFields || !!answer?.texts[field.id]?.trim())
          .map((field) => {
            const fieldId = `${id}--${field.id}`;
            const needed = field.purpose === 'action' && asksForActions && !result.hasAction;
            // The box a gap asks for, where "Work on <level>" puts the keyboard (TaskPart): the action while unmet, the
            // evidence once met.
            const gap = needed || (field.purpose === 'evidence' && result.met && !answer?.texts[field.id]?.trim());
            return (
              <Fragment key={field.id}>
                <label htmlFor={fieldId}>{needed ? t('criterion.neededForBestFit', { label: field.label }) : field.label}</label>
                <textarea
                  id={fieldId}
                  rows={2}
                  data-gap={gap ? '' : undefined}
                  value={answer?.texts[field.id] ?? ''}
                  onChange={(e) => {
                    const text = e.currentTarget.value;
                    answers.update((a) => setCriterionText(a, level.id, id, field.id, text));
                  }}
                />
              </Fragment>
            );
          })}
      </div>
    </fieldset>
  );
}
