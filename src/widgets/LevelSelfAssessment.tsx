import type { Level } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import { useLive } from './shell/live';
import { useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import type { KeepProps } from './shell/keep';
import { CriterionField } from './levels/CriterionField';
import { LevelSummary } from './levels/LevelSummary';
import { RequirementsForm } from './levels/RequirementsForm';
import { levelAnswersOf } from './stores/levelAnswers';
import { levelScore } from './stores/levelResults';

interface Props {
  /** The mark, for saving its answers to a file. */
  keep: KeepProps;
  /** Only what the tool shows of the mark, so the page does not carry every level's criteria. */
  mark: { id: string; levelNoun: string; levelCount: number };
  level: Level;
  /** Link to the mark's readiness checker. */
  readinessHref: string;
  /** The level's printable pack: a blank copy for discussion. */
  blankHref: string;
  /** The clear control's words, which name the mark. */
  clear: { label: string; what: string };
  text: TextMap;
}

/** One level's criteria to answer, with its rule (best fit or all met) applied as you go. */
export default function LevelSelfAssessment({ mark, level, readinessHref, blankHref, clear, text, keep }: Props) {
  const answers = levelAnswersOf(mark.id);
  return (
    <ToolShell
      keep={keep}
      className="calculator"
      text={text}
      saved={[answers]}
      blankHref={blankHref}
      clear={{ id: mark.id, ...clear, onClear: () => answers.reset() }}
    >
      <LevelForm mark={mark} level={level} readinessHref={readinessHref} />
    </ToolShell>
  );
}

function LevelForm({ mark, level, readinessHref }: Pick<Props, 'mark' | 'level' | 'readinessHref'>) {
  const t = useText();
  const levelAnswers = useLive(levelAnswersOf(mark.id)).levels[level.id];
  const result = useLive(levelScore(mark.id, level));
  const asksForActions = level.rule.kind === 'bestFit' && level.rule.actionsForUnmet;
  // Consecutive criteria under their area or role heading.
  const groups: { heading: string | undefined; results: typeof result.score.criteria }[] = [];
  for (const criterion of result.score.criteria) {
    const last = groups.at(-1);
    if (last && last.heading === criterion.entry.group) last.results.push(criterion);
    else groups.push({ heading: criterion.entry.group, results: [criterion] });
  }
  return (
    <>
      <LevelSummary level={level} result={result} readiness={{ href: readinessHref, everyLevel: mark.levelCount > 1 ? mark.levelNoun : undefined }} />
      <div className="calculator__form" role="group" aria-label={t('level.formLabel', { level: level.name })}>
        {groups.map((group, gi) => (
          <section key={gi} aria-label={group.heading}>
            {group.heading && <h3>{group.heading}</h3>}
            {group.results.map((criterion) => (
              <CriterionField
                key={criterion.entry.statement.id}
                markId={mark.id}
                level={level}
                entry={criterion.entry}
                answer={levelAnswers?.criteria[criterion.entry.statement.id]}
                result={criterion}
                asksForActions={asksForActions}
              />
            ))}
          </section>
        ))}
        {level.requirements.length > 0 && (
          <RequirementsForm markId={mark.id} level={level} requirements={result.requirements} answers={levelAnswers} />
        )}
      </div>
    </>
  );
}
