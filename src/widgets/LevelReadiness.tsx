import type { Mark } from '~/frameworks/schema';
import { readinessSentence } from '~/frameworks/scoring/readiness';
import type { TextMap } from '~/text/translate';
import { firstGapAnchor, stepsBesideLists } from '~/frameworks/scoring/gapLists';
import { GapLists } from './levels/GapLists';
import { ReadinessTable } from './levels/ReadinessTable';
import { describeGap } from './levels/levelText';
import { useLive } from './shell/live';
import { useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import type { KeepProps } from './shell/keep';
import { Announcement } from './shell/Announcement';
import { levelAnswersOf } from './stores/levelAnswers';
import { markReadiness } from './stores/markReadiness';

interface Props {
  /** The mark, for saving its answers to a file. */
  keep: KeepProps;
  mark: Mark;
  /** Level id → link to that level's best-fit calculator. */
  selfAssessmentHrefs: Record<string, string>;
  /** The clear control's words, which name the mark. */
  clear: { label: string; what: string };
  text: TextMap;
}

/** The whole mark at a glance: the highest level the school could be nominated for, and what blocks the next. */
export default function LevelReadiness({ mark, selfAssessmentHrefs, clear, text, keep }: Props) {
  const answers = levelAnswersOf(mark.id);
  return (
    <ToolShell keep={keep} className="readiness" text={text} saved={[answers]} clear={{ id: mark.id, ...clear, onClear: () => answers.reset() }}>
      <ReadinessResult mark={mark} selfAssessmentHrefs={selfAssessmentHrefs} />
      <ReadinessTable mark={mark} selfAssessmentHrefs={selfAssessmentHrefs} />
    </ToolShell>
  );
}

function ReadinessResult({ mark, selfAssessmentHrefs }: Pick<Props, 'mark' | 'selfAssessmentHrefs'>) {
  const t = useText();
  const { highest, next } = useLive(markReadiness(mark));
  const headline = readinessSentence(mark, highest);
  const steps = next ? stepsBesideLists(next.level, next.gaps) : [];
  const firstGap = next && firstGapAnchor(next.lists, next.score);
  return (
    <section className="readiness__result" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">{t('readiness.result')}</h2>
      <p className="readiness__headline" data-testid="readiness-headline">
        {headline}
      </p>
      <p className="notice">
        <strong>{t('readiness.indicative')}</strong> {mark.decidedBy}
      </p>
      {next ? (
        <>
          <h3>
            {highest
              ? t('readiness.whatBlocks', { level: next.level.name })
              : t('readiness.stillNeeds', { what: mark.levels.length > 1 ? next.level.name : t('readiness.it') })}
          </h3>
          {steps.length > 0 && (
            <ul data-testid="readiness-next-steps">
              {steps.map((gap, i) => (
                <li key={i}>{describeGap(t, gap, next.level)}</li>
              ))}
            </ul>
          )}
          <GapLists level={next.level} lists={next.lists} base={selfAssessmentHrefs[next.level.id] ?? ''} />
          <p>
            <a className="button" href={`${selfAssessmentHrefs[next.level.id] ?? ''}${firstGap ? `#${firstGap}` : ''}`} data-testid="work-on">
              {t('readiness.workOn', { level: next.level.name })}
            </a>
          </p>
        </>
      ) : (
        <p>{t('readiness.allInPlace')}</p>
      )}
      <Announcement message={next ? t('readiness.announceNext', { headline, level: next.level.name }) : headline} />
    </section>
  );
}
