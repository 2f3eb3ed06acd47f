import { lazy, Suspense } from 'react';
import type { Level } from '~/frameworks/schema';
import { partsOf, runsOf, taskStatus, asksForActions as asksForActionsOf } from '~/frameworks/tasks/taskList';
import { criterionAnchor } from '~/frameworks/criteria';
import type { TextMap } from '~/text/translate';
import { useLive } from './shell/live';
import { useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import type { KeepProps } from './shell/keep';
import { TaskOverview, TaskPart, usePrinting, useTaskView, type TaskItem } from './shell/TaskList';
import { CriterionField } from './levels/CriterionField';
import { LevelSummary } from './levels/LevelSummary';
import { RequirementsForm } from './levels/RequirementsForm';
import { countOf } from './levels/levelText';
import { levelAnswersOf } from './stores/levelAnswers';
import { levelScore } from './stores/levelResults';
import type { CriterionResult } from '~/frameworks/scoring/bestFit';
import { capitalise } from '~/frameworks/wording';

// Shown once, after the last answer: its code loads then, not with the tool.
const Completion = lazy(() => import('./levels/Completion'));
// Shown with a part, which loads on first use too (TaskPart): the list comes first.
const ProgressBar = lazy(() => import('./levels/ProgressBar'));

interface Props {
  /** The mark, for saving its answers to a file. */
  keep: KeepProps;
  /** Only what the tool shows of the mark, so the page does not carry every level's criteria. */
  mark: { id: string; levelNoun: string; levelCount: number; below?: string | undefined };
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
      <LevelForm mark={mark} level={level} readinessHref={readinessHref} keep={keep} />
    </ToolShell>
  );
}

function LevelForm({ mark, level, readinessHref, keep }: Pick<Props, 'mark' | 'level' | 'readinessHref' | 'keep'>) {
  const t = useText();
  const levelAnswers = useLive(levelAnswersOf(mark.id)).levels[level.id];
  const result = useLive(levelScore(mark.id, level));
  const asksForActions = asksForActionsOf(level);
  const byId = new Map(result.score.criteria.map((c) => [c.entry.statement.id, c]));
  const parts = partsOf(
    result.score.criteria.map((c) => c.entry),
    (c) => c.group,
    1 + level.fields.filter((f) => f.show === 'always').length,
  );
  const recorded = level.requirements.flatMap((r) => (r.checks.some((c) => c.kind === 'recorded') ? [r.id] : []));
  const requirementsDone = recorded.filter((id) => !!levelAnswers?.requirements[id]?.trim()).length;
  const view = useTaskView([
    ...parts.map((p) => ({ id: p.id, anchors: p.items.map((c) => criterionAnchor(c.statement.id)) })),
    ...(parts.length > 0 && recorded.length > 0
      ? [{ id: 'requirements', anchors: ['requirements-heading', ...recorded.map((id) => `requirement-${id}`)] }]
      : []),
  ]);
  const printing = usePrinting();
  const everyAnswered = result.score.answered === result.score.total && requirementsDone === recorded.length;
  const readiness = { href: readinessHref, everyLevel: mark.levelCount > 1 ? mark.levelNoun : undefined };
  const summary = <LevelSummary level={level} result={result} readiness={readiness} below={mark.below} />;
  const completion = everyAnswered ? (
    <Suspense fallback={null}>
      <Completion level={level} result={result} below={mark.below} readinessHref={readinessHref} keep={keep} />
    </Suspense>
  ) : null;

  const fields = (results: CriterionResult[]) =>
    results.map((criterion) => (
      <CriterionField
        key={criterion.entry.statement.id}
        markId={mark.id}
        level={level}
        entry={criterion.entry}
        answer={levelAnswers?.criteria[criterion.entry.statement.id]}
        result={criterion}
        asksForActions={asksForActions}
      />
    ));
  const requirementsForm = level.requirements.length > 0 && (
    <RequirementsForm markId={mark.id} level={level} requirements={result.requirements} answers={levelAnswers} />
  );

  // A short form, the whole form on paper, or "every part on one page": every criterion under its area or role heading.
  if (parts.length === 0 || printing || view.kind === 'all') {
    return (
      <>
        {summary}
        {completion}
        <div className="calculator__form" role="group" aria-label={t('level.formLabel', { level: level.name })}>
          {parts.length > 0 && (
            <p className="task-part__back no-print">
              <a href="#">{t('tasks.backToList')}</a>
            </p>
          )}
          {runsOf(result.score.criteria, (c) => c.entry.group).map((run, i) => (
            <section key={i} aria-label={run.group}>
              {run.group && <h3>{run.group}</h3>}
              {fields(run.items)}
            </section>
          ))}
          {requirementsForm}
        </div>
      </>
    );
  }

  const items: TaskItem[] = parts.map((part) => {
    const results = part.items.flatMap((c) => byId.get(c.statement.id) ?? []);
    const met = results.filter((r) => r.met).length;
    const needAction = asksForActions ? results.filter((r) => r.answered && !r.met && !r.hasAction).length : 0;
    const run = { first: part.items[0]!.ref, last: part.items.at(-1)!.ref };
    const label = !part.split
      ? (part.group ?? '')
      : part.group
        ? t('tasks.groupRun', { group: part.group, ...run })
        : t('tasks.run', { noun: capitalise(t(`criteria.noun.${level.criteria.kind}`, { count: 2 })), ...run });
    const note = [
      t('level.partMet', { met, counted: countOf(t, level, results.length) }),
      ...(needAction > 0 ? [t('level.partNeedAction', { count: needAction })] : []),
    ];
    return { id: part.id, label, status: taskStatus(results.filter((r) => r.answered).length, results.length), note: note.join(' · ') };
  });
  if (recorded.length > 0) {
    items.push({
      id: 'requirements',
      label: t('requirements.heading', { level: level.name }),
      status: taskStatus(requirementsDone, recorded.length),
      // Completed means its notes are written: whether the requirements are met is said beside it (one the visit checks has no gap).
      note: t('level.partRequirements', { count: result.requirements.filter((r) => !r.met).length }),
    });
  }

  if (view.kind === 'list') {
    return (
      <>
        <div className="calculator__form">
          {completion}
          <TaskOverview heading={t('tasks.heading')} items={items} />
          {recorded.length === 0 && requirementsForm}
        </div>
        {/* After the list, so a phone's first screen is the list with each part's status; beside it on a laptop. */}
        {summary}
      </>
    );
  }

  const part = parts[view.index];
  return (
    <>
      <Suspense fallback={null}>
        <ProgressBar level={level} result={result} summary={summary} />
      </Suspense>
      <div className="calculator__form" role="group" aria-label={t('level.formLabel', { level: level.name })}>
        <Suspense fallback={null}>
          <TaskPart index={view.index} anchor={view.anchor} items={items} after={completion}>
            {part ? fields(part.items.flatMap((c) => byId.get(c.statement.id) ?? [])) : requirementsForm}
          </TaskPart>
        </Suspense>
      </div>
    </>
  );
}
