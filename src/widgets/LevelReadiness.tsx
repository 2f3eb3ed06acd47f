import { useMemo } from 'react';
import { readiness, type LevelReadiness as LevelResult } from '~/frameworks/scoring/readiness';
import type { Mark } from '~/frameworks/schema';
import { emptyAnswers } from '~/frameworks/answers';
import { ClearAnswers } from './ClearAnswers';
import { SavedAnswersNotice } from './SavedAnswersNotice';
import { markAnswers } from '~/widgets/stores/answers';
import { countOf, describeGap, fillLevel, markAnswersWhat } from './text';
import { useAnnouncement } from './useAnnouncement';
import { useHydrated, useSaved } from './useSaved';

const EMPTY_ANSWERS = emptyAnswers();

interface Props {
  mark: Mark;
  /** Level id → link to that level's best-fit calculator. */
  selfAssessmentHrefs: Record<string, string>;
}

/** The whole mark at a glance: the highest level the school could be nominated for, and what blocks the next. */
export default function LevelReadiness({ mark, selfAssessmentHrefs }: Props) {
  const hydrated = useHydrated();
  const answers = useSaved(markAnswers(mark.id).$value, EMPTY_ANSWERS, hydrated);
  const result = useMemo(() => readiness(mark, answers), [mark, answers]);
  const { highest, next } = result;
  const headline = highest ? fillLevel(mark.readiness.reached, highest.level) : fillLevel(mark.readiness.notReached, mark.levels[0]!);
  const announcement = useAnnouncement(`${headline}${next ? ` Next: ${next.level.name}.` : ''}`);

  return (
    <div className="readiness" data-hydrated={hydrated || undefined}>
      <SavedAnswersNotice store={markAnswers(mark.id)} />
      <section className="readiness__result" aria-labelledby="readiness-heading">
        <h2 id="readiness-heading">Result</h2>
        <p className="readiness__headline" data-testid="readiness-headline">
          {headline}
        </p>
        <p className="notice">
          <strong>This result is indicative.</strong> {mark.decidedBy}
        </p>
        {next && (
          <>
            <h3>{highest ? `What blocks ${next.level.name}` : `What ${mark.levels.length > 1 ? next.level.name : 'it'} still needs`}</h3>
            <ul data-testid="readiness-next-steps">
              {next.gaps.map((gap, i) => (
                <li key={i}>{describeGap(gap, next.level)}</li>
              ))}
            </ul>
            <p>
              <a className="button" href={selfAssessmentHrefs[next.level.id]}>
                Work on {next.level.name}
              </a>
            </p>
          </>
        )}
        {!next && <p>Everything this checker looks at is in place.</p>}
        <div className="visually-hidden" aria-live="polite">
          {announcement}
        </div>
      </section>

      <table className="readiness__table">
        <caption>{`Every ${mark.levelNoun}${mark.sequential ? ', in the order they must be met' : ''}`}</caption>
        <thead>
          <tr>
            <th scope="col">{mark.levelNoun === 'stage' ? 'Stage' : 'Level'}</th>
            <th scope="col">Criteria met</th>
            <th scope="col">Own requirements</th>
            <th scope="col">Counts?</th>
          </tr>
        </thead>
        <tbody>
          {result.levels.map((l) => (
            <tr key={l.level.id} data-testid={`readiness-row-${l.level.id}`}>
              <th scope="row">
                <a href={selfAssessmentHrefs[l.level.id]}>{l.level.name}</a>
              </th>
              <td>
                {l.score.met} of {countOf(l.level, l.score.total)}
                <span className="source-note"> (needs {l.score.needed})</span>
              </td>
              <td>{requirementSummary(l)}</td>
              <td>{countsText(l)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ClearAnswers
        id={mark.id}
        label="Clear this mark’s answers"
        what={markAnswersWhat(mark.name, mark.levelNoun)}
        onClear={() => markAnswers(mark.id).reset()}
      />
    </div>
  );
}

function requirementSummary(l: LevelResult): string {
  const checked = l.requirements.filter((r) => r.checkedByTool);
  const done = checked.filter((r) => r.met).length;
  return `${done} of ${checked.length} done`;
}

function countsText(l: LevelResult): string {
  if (l.counts) return 'Yes';
  if (l.ownMet && l.blockedBy) return `Met, but ${l.blockedBy.name} comes first`;
  return 'Not yet';
}
