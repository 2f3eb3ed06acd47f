import { setRequirementText } from '~/frameworks/saved/editAnswers';
import type { LevelAnswers } from '~/frameworks/saved/answers';
import type { RequirementResult } from '~/frameworks/scoring/requirements';
import type { Level } from '~/frameworks/schema';
import { useText } from '~/widgets/shell/text';
import { levelAnswersOf } from '~/widgets/stores/levelAnswers';
import { describeGap } from './levelText';

interface Props {
  markId: string;
  level: Level;
  requirements: RequirementResult[];
  answers: LevelAnswers | undefined;
}

/** A level's own requirements: whether each is in hand, and a box where the school records one. */
export function RequirementsForm({ markId, level, requirements, answers }: Props) {
  const t = useText();
  return (
    <section aria-labelledby="requirements-heading">
      <h3 id="requirements-heading">{t('requirements.heading', { level: level.name })}</h3>
      <ul className="requirement-list">
        {requirements.map(({ requirement, checkedByTool, met, gaps }) => {
          const open = gaps.filter((g) => g.kind !== 'notRecorded');
          return (
            <li key={requirement.id}>
              <p>
                {requirement.text}{' '}
                {checkedByTool ? (
                  <span className={met ? 'status status--met' : 'status status--unmet'}>{t(met ? 'requirements.done' : 'requirements.notYet')}</span>
                ) : (
                  <span className="source-note">{t('requirements.atVisit')}</span>
                )}
              </p>
              {requirement.checks.map((check) =>
                check.kind === 'recorded' ? (
                  <div className="criterion__notes" key="recorded">
                    <label htmlFor={`requirement-${requirement.id}`}>{check.prompt}</label>
                    <textarea
                      id={`requirement-${requirement.id}`}
                      rows={3}
                      value={answers?.requirements[requirement.id] ?? ''}
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        levelAnswersOf(markId).update((a) => setRequirementText(a, level.id, requirement.id, text));
                      }}
                    />
                  </div>
                ) : null,
              )}
              {open.length > 0 && (
                <ul className="source-note">
                  {open.map((g, i) => (
                    <li key={i}>{describeGap(t, g, level)}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
