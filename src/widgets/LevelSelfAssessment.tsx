import { useMemo } from 'react';
import { setRequirementText } from '~/frameworks/editAnswers';
import { shareText } from '~/frameworks/ruleText';
import { scoreLevel } from '~/frameworks/scoring/bestFit';
import { checkRequirement, ruleGaps } from '~/frameworks/scoring/requirements';
import type { Level, Mark } from '~/frameworks/schema';
import { emptyAnswers } from '~/frameworks/answers';
import { ClearAnswers } from './ClearAnswers';
import { CriterionField } from './CriterionField';
import { SavedAnswersNotice } from './SavedAnswersNotice';
import { edit, markAnswers } from '~/widgets/stores/answers';
import { countOf, describeGap, ruleVerdict, markAnswersWhat } from './text';
import { useAnnouncement } from './useAnnouncement';
import { useHydrated, useSaved } from './useSaved';

const EMPTY_ANSWERS = emptyAnswers();

interface Props {
  /** Only what the tool shows of the mark, so the page does not carry every level's criteria. */
  mark: Pick<Mark, 'id' | 'name' | 'levelNoun'> & { levelCount: number };
  level: Level;
  /** Link to the mark's readiness checker. */
  readinessHref: string;
}

/** One level's criteria to answer, with its rule (best fit or all met) applied as you go. */
export default function LevelSelfAssessment({ mark, level, readinessHref }: Props) {
  const markId = mark.id;
  const hydrated = useHydrated();
  const answers = useSaved(markAnswers(markId).$value, EMPTY_ANSWERS, hydrated);
  const levelAnswers = answers.levels[level.id];
  const score = useMemo(() => scoreLevel(level, levelAnswers), [level, levelAnswers]);
  const requirements = useMemo(() => level.requirements.map((r) => checkRequirement(r, level, levelAnswers, score)), [level, levelAnswers, score]);
  const asksForActions = level.rule.kind === 'bestFit' && level.rule.actionsForUnmet;
  const gaps = ruleGaps(level, score);
  const mostLabel = level.rule.kind === 'bestFit' ? `most (${shareText(level.rule.mostMoreThan)})` : `all ${score.total}`;
  const headline = `${score.met} of ${countOf(level, score.total)} met. ${
    score.enoughMet ? `That is ${mostLabel}.` : `Not yet ${mostLabel}: ${score.needed} needed.`
  }`;
  const actionLine = asksForActions
    ? score.unmetWithoutAction.length === 0
      ? 'Every unmet criterion has an action.'
      : `${score.unmetWithoutAction.length} unmet without an action.`
    : '';
  const announcement = useAnnouncement(`${headline} ${actionLine}`);

  // Group consecutive criteria under their area or role heading.
  const groups: { heading: string | undefined; results: typeof score.criteria }[] = [];
  for (const result of score.criteria) {
    const last = groups.at(-1);
    if (last && last.heading === result.entry.group) last.results.push(result);
    else groups.push({ heading: result.entry.group, results: [result] });
  }

  return (
    <div className="calculator" data-hydrated={hydrated || undefined}>
      <SavedAnswersNotice store={markAnswers(markId)} />
      <section className="calculator__summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{level.name} so far</h2>
        <p className="calculator__headline" data-testid="level-headline">
          <strong>{score.met}</strong> of {countOf(level, score.total)} met
          <span className="source-note"> ({score.answered} answered)</span>
        </p>
        <p data-testid="level-enough">
          {score.enoughMet ? (
            <span className="status status--met">That is {mostLabel}.</span>
          ) : (
            <span className="status status--unmet">
              Not yet {mostLabel}: {level.rule.kind === 'bestFit' ? 'at least ' : ''}
              {score.needed} needed, {score.needed - score.met} more to go.
            </span>
          )}
        </p>
        {asksForActions && (
          <div data-testid="level-actions">
            {score.unmetWithoutAction.length === 0 ? (
              <p>
                <span className="status status--met">Every unmet criterion has an action in place.</span>
              </p>
            ) : (
              <details>
                <summary>
                  <span className="status status--unmet">{countOf(level, score.unmetWithoutAction.length)} not met and without an action</span>
                </summary>
                <ul className="calculator__missing">
                  {score.unmetWithoutAction.map((c) => (
                    <li key={c.entry.statement.id}>
                      <a href={`#criterion-${c.entry.statement.id}`}>
                        {c.entry.group ? `${c.entry.group}${c.entry.role && c.entry.role !== c.entry.group ? `, ${c.entry.role}` : ''}: ` : ''}
                        {truncate(c.entry.statement.text)}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>
        )}
        <p className={score.ruleMet ? 'status status--met' : 'status status--unmet'} data-testid="level-verdict">
          {ruleVerdict(level, score)}
        </p>
        {gaps.length > 0 && (
          <ul>
            {gaps.map((g) => (
              <li key={g.kind}>{describeGap(g, level)}</li>
            ))}
          </ul>
        )}
        <p className="source-note">
          This is one part of readiness: <a href={readinessHref}>check readiness{mark.levelCount > 1 ? ` for every ${mark.levelNoun}` : ''}</a>.
        </p>
        <div className="visually-hidden" aria-live="polite">
          {announcement}
        </div>
      </section>

      <div className="calculator__form" role="group" aria-label={`${level.name} self-assessment`}>
        {groups.map((group, gi) => (
          <section key={gi} aria-label={group.heading}>
            {group.heading && <h3>{group.heading}</h3>}
            {group.results.map((result) => (
              <CriterionField
                key={result.entry.statement.id}
                markId={markId}
                level={level}
                entry={result.entry}
                answer={levelAnswers?.criteria[result.entry.statement.id]}
                result={result}
                asksForActions={asksForActions}
              />
            ))}
          </section>
        ))}

        {level.requirements.length > 0 && (
          <section aria-labelledby="requirements-heading">
            <h3 id="requirements-heading">{level.name}: the school must also show</h3>
            <ul className="requirement-list">
              {requirements.map((r) => (
                <li key={r.requirement.id}>
                  <p>
                    {r.requirement.text}{' '}
                    {r.checkedByTool ? (
                      <span className={r.met ? 'status status--met' : 'status status--unmet'}>{r.met ? 'Done' : 'Not yet'}</span>
                    ) : (
                      <span className="source-note">(checked at the assessment visit)</span>
                    )}
                  </p>
                  {r.requirement.checks.map((check) =>
                    check.kind === 'recorded' ? (
                      <div className="criterion__notes" key="recorded">
                        <label htmlFor={`requirement-${r.requirement.id}`}>{check.prompt}</label>
                        <textarea
                          id={`requirement-${r.requirement.id}`}
                          rows={3}
                          value={levelAnswers?.requirements[r.requirement.id] ?? ''}
                          onChange={(e) => edit(markAnswers(markId), (a) => setRequirementText(a, level.id, r.requirement.id, e.currentTarget.value))}
                        />
                      </div>
                    ) : null,
                  )}
                  {r.gaps.filter((g) => g.kind !== 'notRecorded').length > 0 && (
                    <ul className="source-note">
                      {r.gaps
                        .filter((g) => g.kind !== 'notRecorded')
                        .map((g, i) => (
                          <li key={i}>{describeGap(g, level)}</li>
                        ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <ClearAnswers
        id={markId}
        label="Clear this mark’s answers"
        what={markAnswersWhat(mark.name, mark.levelNoun)}
        onClear={() => markAnswers(markId).reset()}
      />
    </div>
  );
}

function truncate(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
