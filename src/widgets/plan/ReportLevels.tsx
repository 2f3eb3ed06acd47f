import { levelCriteria, responseLabel } from '~/frameworks/criteria';
import type { Mark } from '~/frameworks/schema';
import { GAP_KINDS, stepsBesideLists } from '~/frameworks/scoring/gapLists';
import { readiness, readinessSentence } from '~/frameworks/scoring/readiness';
import { useLive } from '../shell/live';
import { useText } from '../shell/text';
import { levelAnswersOf } from '../stores/levelAnswers';
import { describeGap, gapListHeading } from '../levels/GapLists';
import { PairedBars } from './Charts';

/** The report's readiness result, its rule, each level's best fit (chart and table) and the evidence notes. */
export function ReportLevels({ mark, rules }: { mark: Mark; rules: Record<string, string> }) {
  const t = useText();
  const answers = useLive(levelAnswersOf(mark.id));
  const result = readiness(mark, answers);
  const headline = readinessSentence(mark, result.highest);
  const noun = mark.levelNoun;
  const unmet = result.levels.filter((l) => !l.ownMet && l.gaps.length > 0);
  // Per level, each criterion answered or with evidence, by reference, with the school's answer (the judgement the assessor
  // checks) and its evidence; then the words recorded for its requirements.
  const evidence = mark.levels.flatMap((level) => {
    const given = answers.levels[level.id];
    const evidenceFields = level.fields.filter((f) => f.purpose === 'evidence');
    const notes = levelCriteria(level).flatMap((c) => {
      const answer = given?.criteria[c.statement.id];
      const response = answer?.response.map((id) => responseLabel(level, id)).join(', ') ?? '';
      const text = evidenceFields
        .map((f) => answer?.texts[f.id]?.trim())
        .filter(Boolean)
        .join('\n');
      return response || text ? [{ id: c.statement.id, ref: c.ref, statement: c.statement.text, response, text }] : [];
    });
    const recorded = level.requirements.flatMap((r) => {
      const text = given?.requirements[r.id]?.trim() ?? '';
      return text ? [{ id: r.id, prompt: r.text, text }] : [];
    });
    return notes.length === 0 && recorded.length === 0 ? [] : [{ level, notes, recorded }];
  });
  return (
    <>
      <section aria-labelledby="report-result">
        <h2 id="report-result">{t('report.result')}</h2>
        <p className="readiness__headline" data-testid="report-headline">
          {headline}
        </p>
        <h3>{t('report.rule')}</h3>
        <ul>
          {mark.levels.map((l) => (
            <li key={l.id}>
              <strong>{l.name}:</strong> {rules[l.id]}
            </li>
          ))}
        </ul>
        {mark.sequential && mark.levels.length > 1 && <p>{t('report.ruleSequential', { noun })}</p>}
      </section>
      <section aria-labelledby="report-levels">
        <h2 id="report-levels">{t('report.levelsHeading', { noun })}</h2>
        <div className="report__chart">
          <PairedBars
            title={t('report.chartTitle', { noun })}
            pairs={result.levels.map((l) => ({ label: l.level.name, first: l.score.met, second: l.score.needed }))}
            max={Math.max(1, ...result.levels.map((l) => l.score.total))}
            firstLabel={t('report.chartMet')}
            secondLabel={t('report.chartNeeded')}
          />
          <table className="readiness__table">
            <caption>{t('report.tableCaption', { noun })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.colLevel')}</th>
                <th scope="col">{t('report.colMet')}</th>
                <th scope="col">{t('report.colNeeded')}</th>
                <th scope="col">{t('report.colTotal')}</th>
                <th scope="col">{t('report.colVerdict')}</th>
              </tr>
            </thead>
            <tbody>
              {result.levels.map((l) => (
                <tr key={l.level.id}>
                  <th scope="row">{l.level.name}</th>
                  <td>{l.score.met}</td>
                  <td>{l.score.needed}</td>
                  <td>{l.score.total}</td>
                  <td>{l.score.ruleMet ? t('report.verdictMet') : t('report.verdictNotMet')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {/* "Not yet" beside 31 of 25 needed reads as a contradiction: what each level still needs, as readiness counts it. */}
        {unmet.length > 0 && (
          <>
            <h3>{t('report.stillNeeds', { noun })}</h3>
            <ul data-testid="report-still-needs">
              {unmet.map((l) => (
                <li key={l.level.id}>
                  <strong>{l.level.name}:</strong>{' '}
                  {[
                    ...stepsBesideLists(l.level, l.gaps).map((g) => describeGap(t, g, l.level)),
                    ...GAP_KINDS.filter((kind) => l.lists[kind].length > 0).map(
                      (kind) => `${gapListHeading(t, l.level, kind, l.lists[kind].length)}.`,
                    ),
                  ].join(' ')}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="report-evidence">
        <h2 id="report-evidence">{t('report.evidenceHeading')}</h2>
        {evidence.map(({ level, notes, recorded }) => (
          <div key={level.id}>
            <h3>{level.name}</h3>
            <dl className="report__notes">
              {notes.map((n) => (
                <div key={n.id}>
                  <dt>
                    <span className="criterion-ref criterion-ref--spaced">{n.ref}</span> {n.statement}
                  </dt>
                  <dd className="plan__lines">
                    {n.response && <strong>{n.response}. </strong>}
                    {n.text || t('report.noEvidenceFor')}
                  </dd>
                </div>
              ))}
              {recorded.map((r) => (
                <div key={r.id}>
                  <dt>{r.prompt}</dt>
                  <dd className="plan__lines">{r.text}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
        {evidence.length === 0 && <p>{t('report.noEvidence')}</p>}
      </section>
    </>
  );
}
