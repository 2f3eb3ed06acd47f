import type { LevelReadiness } from '~/frameworks/scoring/readiness';
import type { Mark } from '~/frameworks/schema';
import { capitalise } from '~/frameworks/wording';
import { useLive } from '~/widgets/shell/live';
import { useText, type Translate } from '~/widgets/shell/text';
import { markReadiness } from '~/widgets/stores/markReadiness';
import { countOf } from './levelText';

interface Props {
  mark: Mark;
  selfAssessmentHrefs: Record<string, string>;
}

/** Every level in a row: criteria met, own requirements done, and whether it counts. */
export function ReadinessTable({ mark, selfAssessmentHrefs }: Props) {
  const t = useText();
  const result = useLive(markReadiness(mark));
  const noun = mark.levelNoun;
  // A mark whose levels ask nothing the tool checks beside their criteria has no column for it ("0 of 0 done").
  const requirements = result.levels.some((l) => l.requirements.some((r) => r.checkedByTool));
  return (
    <table className="readiness__table">
      <caption>{t(mark.sequential ? 'readiness.captionInOrder' : 'readiness.caption', { noun })}</caption>
      <thead>
        <tr>
          <th scope="col">{capitalise(noun)}</th>
          <th scope="col">{t('readiness.criteriaMet')}</th>
          {requirements && <th scope="col">{t('readiness.ownRequirements')}</th>}
          <th scope="col">{t('readiness.counts')}</th>
        </tr>
      </thead>
      <tbody>
        {result.levels.map((l) => (
          <tr key={l.level.id} data-testid={`readiness-row-${l.level.id}`}>
            <th scope="row">
              <a href={selfAssessmentHrefs[l.level.id]}>{l.level.name}</a>
            </th>
            <td>
              {t('readiness.metOf', { met: l.score.met, counted: countOf(t, l.level, l.score.total) })}
              <span className="source-note"> {t('readiness.needs', { count: l.score.needed })}</span>
            </td>
            {requirements && <td>{requirementSummary(t, l)}</td>}
            <td>{countsText(t, l)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function requirementSummary(t: Translate, l: LevelReadiness): string {
  const checked = l.requirements.filter((r) => r.checkedByTool);
  return t('readiness.requirementsDone', { done: checked.filter((r) => r.met).length, count: checked.length });
}

function countsText(t: Translate, l: LevelReadiness): string {
  if (l.counts) return t('readiness.yes');
  if (l.ownMet && l.blockedBy) return t('readiness.metButBlocked', { level: l.blockedBy.name });
  return t('readiness.notYet');
}
