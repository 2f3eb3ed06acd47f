import { ruleGaps } from '~/frameworks/scoring/requirements';
import type { Level } from '~/frameworks/schema';
import type { LevelResult } from '~/widgets/stores/levelResults';
import { fill, useText } from '~/widgets/shell/text';
import { Announcement } from '~/widgets/shell/Announcement';
import { countOf, describeGap, levelVerdict, neededLabel } from './levelText';
import { GapLists } from './GapLists';

interface Props {
  level: Level;
  result: LevelResult;
  /** Link to the mark's readiness checker, and the words "for every level" where the mark has several. */
  readiness: { href: string; everyLevel: string | undefined };
  /** The level below, which must be met first, in a sequential mark. Default: none. */
  below?: string | undefined;
}

/** A level's score against its rule, updated as the user answers, and announced when they pause. */
export function LevelSummary({ level, result, readiness, below }: Props) {
  const { score } = result;
  const t = useText();
  const verdict = levelVerdict(t, level, result, below);
  const asksForActions = level.rule.kind === 'bestFit' && level.rule.actionsForUnmet;
  const needed = neededLabel(t, level, score.total);
  // Counts only; the criteria themselves are named in the lists above.
  const gaps = ruleGaps(level, score).filter((g) => g.kind === 'moreMet' && level.rule.kind === 'bestFit');
  const enough = score.enoughMet ? t('level.enough', { needed }) : t('level.notEnough', { needed, count: score.needed });
  // As the lists above count them: statements not answered yet are not also unmet without an action.
  const actionLine = asksForActions ? t('level.unmetWithoutAction', { count: result.lists.withoutAction.length }) : '';

  return (
    <section className="calculator__summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('level.soFar', { level: level.name })}</h2>
      <p className="calculator__headline" data-testid="level-headline">
        {fill(t('level.metOf', { counted: countOf(t, level, score.total) }), { met: <strong>{score.met}</strong> })}
        <span className="source-note"> {t('level.answered', { count: score.answered })}</span>
      </p>
      <p data-testid="level-enough">
        {score.enoughMet ? (
          <span className="status status--met">{enough}</span>
        ) : (
          <span className="status status--unmet">
            {t(level.rule.kind === 'bestFit' ? 'level.toGoAtLeast' : 'level.toGo', { needed, count: score.needed, more: score.needed - score.met })}
          </span>
        )}
      </p>
      <div data-testid={asksForActions ? 'level-actions' : undefined}>
        {/* Said once some criterion is answered and not met: with none, it would say so of nothing. */}
        {asksForActions && score.answered > score.met && score.unmetWithoutAction.length === 0 && (
          <p>
            <span className="status status--met">{t('level.everyUnmetHasAction')}</span>
          </p>
        )}
        <GapLists level={level} lists={result.lists} base="" />
      </div>
      <p className={verdict.met ? 'status status--met' : 'status status--unmet'} data-testid="level-verdict">
        {verdict.text}
      </p>
      {gaps.length > 0 && (
        <ul>
          {gaps.map((g) => (
            <li key={g.kind}>{describeGap(t, g, level)}</li>
          ))}
        </ul>
      )}
      <p className="source-note">
        {fill(t('level.partOfReadiness'), {
          link: (
            <a href={readiness.href}>
              {readiness.everyLevel ? t('level.checkReadinessEvery', { every: readiness.everyLevel }) : t('level.checkReadiness')}
            </a>
          ),
        })}
      </p>
      <Announcement
        message={`${t('level.metOf', { met: score.met, counted: countOf(t, level, score.total) })} ${t('level.answered', { count: score.answered })}. ${enough} ${actionLine}`}
      />
    </section>
  );
}
