import { useContext, useId, useState } from 'react';
import { levelCriteria, type CriterionEntry } from '~/frameworks/criteria';
import { compareSnapshots, takeSnapshot } from '~/frameworks/plan/snapshots';
import type { PlanDetails, Snapshot } from '~/frameworks/saved/planDetails';
import type { Mark } from '~/frameworks/schema';
import { readinessSentence } from '~/frameworks/scoring/readiness';
import { randomId } from '../markFile/randomId';
import type { Saved } from '../stores/saved';
import { snapshotsOf } from '../stores/snapshots';
import { HydratedContext, useLive } from '../shell/live';
import { ClearControl } from '../shell/ClearControl';
import { dateInWords, useText, type Translate } from '../shell/text';
import { PairedBars } from './Charts';
import type { PlanSource } from './planData';

const NOW = 'now';

/** When a snapshot was taken, in words from the text map (two the same day differ by the time). */
const whenTaken = (t: Translate, iso: string) => {
  const date = new Date(iso);
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return t('snapshot.when', { date: dateInWords(t, date), time });
};

interface Props {
  mark: Mark;
  sources: PlanSource[];
  plan: Saved<PlanDetails>;
}

/** Dated snapshots of the mark's answers and plan, and what changed between two of them (or one and now). */
export default function Snapshots({ mark, sources, plan }: Props) {
  const saved = snapshotsOf(mark.id);
  const t = useText();
  const id = `snap${useId()}`;
  const hydrated = useContext(HydratedContext);
  const snapshots = useLive(saved).snapshots;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(NOW);
  const [message, setMessage] = useState('');

  const current = (): Snapshot =>
    takeSnapshot(mark, { details: plan.$value.get(), ...sources.reduce((all, s) => ({ ...all, ...s.now(mark) }), {}) }, new Date(), NOW);

  function take() {
    const snapshot = { ...current(), id: randomId() };
    saved.update((s) => ({ ...s, snapshots: [...s.snapshots, snapshot] }));
    setFrom(snapshot.id);
    setMessage(t('snapshot.taken', { date: whenTaken(t, snapshot.takenAt) }));
  }

  const fromId = from || snapshots.at(-1)?.id || '';
  const pick = (chosen: string) => (chosen === NOW ? (hydrated ? current() : undefined) : snapshots.find((s) => s.id === chosen));
  const then = pick(fromId);
  const now = pick(to);

  return (
    <section aria-labelledby={`${id}-heading`} className="plan__snapshots">
      <h2 id={`${id}-heading`}>{t('snapshot.heading')}</h2>
      <p className="no-print">{t('snapshot.lede')}</p>
      <p className="actions no-print">
        <button type="button" onClick={take}>
          {t('snapshot.take')}
        </button>
        <span role="status">{message}</span>
      </p>
      {snapshots.length === 0 ? (
        <p>{t('snapshot.none')}</p>
      ) : (
        <>
          <div className="plan__filters no-print">
            <div>
              <label htmlFor={`${id}-from`}>{t('snapshot.from')}</label>
              <select id={`${id}-from`} value={fromId} onChange={(e) => setFrom(e.currentTarget.value)}>
                {snapshots.map((s) => (
                  <option key={s.id} value={s.id}>
                    {whenTaken(t, s.takenAt)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-to`}>{t('snapshot.to')}</label>
              <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
                <option value={NOW}>{t('snapshot.now')}</option>
                {snapshots.map((s) => (
                  <option key={s.id} value={s.id}>
                    {whenTaken(t, s.takenAt)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {then && now && <Comparison mark={mark} then={then} now={now} />}
          {then && fromId && (
            <ClearControl
              key={fromId}
              id={`${id}-delete`}
              label={t('snapshot.delete')}
              what={t('snapshot.deleteWhat', { date: whenTaken(t, then.takenAt) })}
              confirm={t('snapshot.deleteConfirm')}
              onClear={() => {
                saved.update((s) => ({ ...s, snapshots: s.snapshots.filter((snapshot) => snapshot.id !== fromId) }));
                setFrom('');
                if (to === fromId) setTo(NOW);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}

function Comparison({ mark, then, now }: { mark: Mark; then: Snapshot; now: Snapshot }) {
  const t = useText();
  const result = compareSnapshots(mark, then, now);
  const statementOf = (rowId: string) => {
    const [levelId, criterionId] = rowId.split('/');
    const item = mark.ratings?.items.find((i) => `item/${i.id}` === rowId);
    if (item) return `${item.name}: ${item.prompt}`;
    const level = mark.levels.find((l) => l.id === levelId);
    const entry = level && levelCriteria(level).find((c) => c.statement.id === criterionId);
    return entry ? `${level.name}: ${entry.statement.text}` : rowId;
  };
  const itemName = (itemId: string) => mark.ratings?.items.find((i) => i.id === itemId)?.name ?? itemId;
  return (
    <div data-testid="snapshot-comparison" className="plan__comparison">
      <h3>{t('snapshot.comparing', { from: whenTaken(t, then.takenAt), to: now.id === NOW ? t('snapshot.now') : whenTaken(t, now.takenAt) })}</h3>
      {mark.levels.length > 0 && (
        <>
          <p>
            <strong>{t('snapshot.readinessThen')}</strong> {readinessSentence(mark, result.readinessThen)}
            <br />
            <strong>{t('snapshot.readinessNow')}</strong> {readinessSentence(mark, result.readinessNow)}
          </p>
          <p className="notice">{t('snapshot.criteriaOnly')}</p>
          <PairedBars
            title={t('snapshot.chartTitle')}
            pairs={result.levels.map((l) => ({ label: l.level.name, first: l.metThen, second: l.metNow }))}
            max={Math.max(...result.levels.map((l) => l.stillMet + l.stillUnmet + l.newlyMet.length + l.newlyUnmet.length), 1)}
            firstLabel={t('snapshot.metThen')}
            secondLabel={t('snapshot.metNow')}
          />
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t('snapshot.tableCaption', { noun: mark.levelNoun })}>
            <table className="readiness__table">
              <caption>{t('snapshot.tableCaption', { noun: mark.levelNoun })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('snapshot.level')}</th>
                  <th scope="col">{t('snapshot.metThen')}</th>
                  <th scope="col">{t('snapshot.metNow')}</th>
                  <th scope="col">{t('snapshot.newlyMet')}</th>
                  <th scope="col">{t('snapshot.newlyUnmet')}</th>
                  <th scope="col">{t('snapshot.unchanged')}</th>
                </tr>
              </thead>
              <tbody>
                {result.levels.map((l) => (
                  <tr key={l.level.id}>
                    <th scope="row">{l.level.name}</th>
                    <td>{l.metThen}</td>
                    <td>{l.metNow}</td>
                    <td>{l.newlyMet.length}</td>
                    <td>{l.newlyUnmet.length}</td>
                    <td>{l.stillMet + l.stillUnmet}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {result.levels.map(
            (l) =>
              (l.newlyMet.length > 0 || l.newlyUnmet.length > 0) && (
                <div key={l.level.id}>
                  <h4>{l.level.name}</h4>
                  <Changed heading={t('snapshot.newlyMetList', { count: l.newlyMet.length })} criteria={l.newlyMet} testId="snapshot-newly-met" />
                  <Changed
                    heading={t('snapshot.newlyUnmetList', { count: l.newlyUnmet.length })}
                    criteria={l.newlyUnmet}
                    testId="snapshot-newly-unmet"
                  />
                </div>
              ),
          )}
        </>
      )}
      {result.ratingChanges.length > 0 && (
        <>
          <p>{t('snapshot.ratingsChanged', { count: result.ratingChanges.length })}</p>
          <ul>
            {result.ratingChanges.map((c) => (
              <li key={c.itemId}>{t('snapshot.ratingChange', { item: itemName(c.itemId), then: c.then ?? '–', now: c.now ?? '–' })}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t('snapshot.actionsCompleted', { count: result.actionsCompleted.length })}</p>
      {result.actionsCompleted.length > 0 && (
        <ul data-testid="snapshot-completed">
          {result.actionsCompleted.map((rowId) => (
            <li key={rowId}>{statementOf(rowId)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The criteria whose standing changed one way, under a line that counts them; nothing when none did. */
function Changed({ heading, criteria, testId }: { heading: string; criteria: CriterionEntry[]; testId: string }) {
  if (criteria.length === 0) return null;
  return (
    <>
      <p>{heading}</p>
      <ul data-testid={testId}>
        {criteria.map((c) => (
          <li key={c.statement.id}>{c.statement.text}</li>
        ))}
      </ul>
    </>
  );
}
