import { lazy, Suspense, useContext, useId, useState } from 'react';
import { filterPlan, ITEMS_SECTION, planCounts, planOwners, setPlanEntry, type PlanFilter, type PlanRow } from '~/frameworks/plan/actionPlan';
import { PLAN_STATUSES, type PlanStatus } from '~/frameworks/plan/status';
import type { PlanDetails } from '~/frameworks/saved/planDetails';
import { criterionAnchor } from '~/frameworks/criteria';
import type { Mark } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import type { KeepProps } from '../shell/keep';
import { HydratedContext, useLive } from '../shell/live';
import { dueInWords, useText } from '../shell/text';
import { ToolShell } from '../shell/ToolShell';
import { planRows, shownStores, todayNow, type PlanSource } from './planData';
import { planOf } from '../stores/plan';

// Snapshots load when asked for: most visits to the plan only update it.
const Snapshots = lazy(() => import('./Snapshots'));

interface Props {
  keep: KeepProps;
  mark: Mark;
  /** Where each level's self-assessment is, to change an action written there. */
  selfAssessmentHrefs: Record<string, string>;
  /** The clear control's words, which name the mark. */
  clear: { label: string; what: string };
  text: TextMap;
}

/** The action plan: every unmet criterion and priority with its action, owner, target date, status and impact. */
export function ActionPlan({ keep, mark, selfAssessmentHrefs, clear, text, sources }: Props & { sources: PlanSource[] }) {
  const [showSnapshots, setShowSnapshots] = useState(false);
  return (
    <ToolShell
      className="plan"
      text={text}
      saved={shownStores(mark, sources)}
      keep={keep}
      clear={{ id: 'plan', ...clear, onClear: () => planOf(mark.id).reset() }}
    >
      <Plan mark={mark} selfAssessmentHrefs={selfAssessmentHrefs} sources={sources} />
      {showSnapshots ? (
        <Suspense fallback={null}>
          <Snapshots mark={mark} sources={sources} plan={planOf(mark.id)} />
        </Suspense>
      ) : (
        <SnapshotsButton onShow={() => setShowSnapshots(true)} />
      )}
    </ToolShell>
  );
}

function SnapshotsButton({ onShow }: { onShow: () => void }) {
  const t = useText();
  return (
    <section aria-labelledby="snapshots-closed" className="no-print">
      <h2 id="snapshots-closed">{t('snapshot.heading')}</h2>
      <p>{t('snapshot.lede')}</p>
      <p className="actions">
        <button type="button" onClick={onShow}>
          {t('snapshot.open')}
        </button>
      </p>
    </section>
  );
}

function Plan({ mark, selfAssessmentHrefs, sources }: Pick<Props, 'mark' | 'selfAssessmentHrefs'> & { sources: PlanSource[] }) {
  const t = useText();
  const id = `plan${useId()}`;
  const hydrated = useContext(HydratedContext);
  // Overdue is judged against the user's own today, once in the browser.
  const rows = useLive(planRows(mark, sources, hydrated ? todayNow() : ''));
  const [filter, setFilter] = useState<PlanFilter>({});
  const shown = filterPlan(rows, filter);
  const counts = planCounts(rows);
  const owners = planOwners(rows);
  const sections = [
    ...mark.levels.map((l) => ({ id: l.id, name: l.name })),
    ...(mark.ratings ? [{ id: ITEMS_SECTION, name: mark.ratings.prioritiesTitle }] : []),
  ];
  const summary = t('plan.summary', { count: rows.length, notStarted: counts['not-started'], inProgress: counts['in-progress'], done: counts.done });

  async function downloadCsv() {
    const [{ planCsv }, { downloadFile }] = await Promise.all([import('~/frameworks/plan/planCsv'), import('../markFile/download')]);
    downloadFile(`${mark.id}-action-plan.csv`, planCsv(rows, csvWords(t)), 'text/csv;charset=utf-8');
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="plan__main">
      <h2 id={`${id}-heading`}>{t('plan.heading')}</h2>
      <p data-testid="plan-summary">
        {summary}
        {counts.overdue > 0 && (
          <>
            {' '}
            <strong className="plan__overdue">{t('plan.overdueCount', { count: counts.overdue })}</strong>
          </>
        )}
      </p>
      {rows.length === 0 ? (
        <p>{t(mark.ratings && mark.levels.length === 0 ? 'plan.emptyRatings' : 'plan.empty')}</p>
      ) : (
        <>
          <fieldset className="plan__filters no-print">
            <legend>{t('plan.filterLegend')}</legend>
            <div>
              <label htmlFor={`${id}-section`}>{t('plan.filterSection', { noun: mark.levelNoun })}</label>
              <select id={`${id}-section`} value={filter.section ?? ''} onChange={(e) => setFilter({ ...filter, section: e.currentTarget.value })}>
                <option value="">{t('plan.any')}</option>
                {sections.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-owner`}>{t('plan.filterOwner')}</label>
              <select id={`${id}-owner`} value={filter.owner ?? ''} onChange={(e) => setFilter({ ...filter, owner: e.currentTarget.value })}>
                <option value="">{t('plan.any')}</option>
                {owners.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-status`}>{t('plan.filterStatus')}</label>
              <select
                id={`${id}-status`}
                value={filter.status ?? ''}
                onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value as PlanStatus | '' })}
              >
                <option value="">{t('plan.any')}</option>
                {PLAN_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`plan.status.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="plan__check">
              <input
                id={`${id}-overdue`}
                type="checkbox"
                checked={filter.overdueOnly ?? false}
                onChange={(e) => setFilter({ ...filter, overdueOnly: e.currentTarget.checked })}
              />
              <label htmlFor={`${id}-overdue`}>{t('plan.filterOverdue')}</label>
            </div>
          </fieldset>
          <p role="status" data-testid="plan-showing">
            {t('plan.showing', { shown: shown.length, count: rows.length })}
          </p>
          <ol className="plan__rows" data-testid="plan-rows">
            {shown.map((row) => (
              <PlanItem
                key={row.id}
                row={row}
                mark={mark}
                // Straight to the criterion, in the part of the task list that holds it.
                href={
                  selfAssessmentHrefs[row.section] && `${selfAssessmentHrefs[row.section]}#${criterionAnchor(row.id.slice(row.section.length + 1))}`
                }
              />
            ))}
          </ol>
          <p className="actions no-print">
            <button type="button" className="button--secondary" onClick={() => void downloadCsv()}>
              {t('plan.downloadCsv')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

const csvWords = (t: ReturnType<typeof useText>) => ({
  section: t('plan.col.section'),
  group: t('plan.col.group'),
  statement: t('plan.col.statement'),
  action: t('plan.col.action'),
  owner: t('plan.col.owner'),
  due: t('plan.col.due'),
  status: t('plan.col.status'),
  impact: t('plan.col.impact'),
  overdue: t('plan.overdue'),
  statusWord: (s: PlanStatus) => t(`plan.status.${s}`),
});

function PlanItem({ row, mark, href }: { row: PlanRow; mark: Mark; href: string | undefined }) {
  const t = useText();
  const store = planOf(mark.id);
  const id = `plan-${row.id.replace(/[^\w-]/g, '-')}`;
  const set = <K extends 'action' | 'owner' | 'due' | 'status' | 'impact'>(field: K, value: PlanRow['details'][K]) =>
    store.update((d: PlanDetails) => setPlanEntry(d, row.id, field, value));
  return (
    <li className="plan__row" data-status={row.details.status} data-overdue={row.overdue || undefined} data-row={row.id}>
      <h3 id={`${id}-title`} className="plan__title">
        <span className="plan__section">
          {row.sectionName}
          {row.group ? ` · ${row.group}` : ''}
          {row.rank !== undefined ? ` · ${t('plan.rank', { rank: row.rank })}` : ''}
        </span>
        {row.statement}
      </h3>
      <p className="plan__tags">
        <span className={`plan__status plan__status--${row.details.status}`}>{t(`plan.status.${row.details.status}`)}</span>
        {row.overdue && <strong className="plan__overdue">{t('plan.overdueSince', { date: dueInWords(t, row.details.due) })}</strong>}
        {row.met && <span className="plan__met">{t('plan.met')}</span>}
      </p>
      {row.actionFromAnswers ? (
        <p className="plan__action">
          <strong>{t('plan.col.action')}:</strong> <span className="plan__lines">{row.action}</span>{' '}
          {href && (
            <a className="no-print" href={href}>
              {t('plan.changeAction')}
            </a>
          )}
        </p>
      ) : (
        <div className="plan__field plan__field--wide plan__action">
          <label htmlFor={`${id}-action`}>{t('plan.col.action')}</label>
          <textarea id={`${id}-action`} rows={2} value={row.details.action} onChange={(e) => set('action', e.currentTarget.value)} />
        </div>
      )}
      <div className="plan__fields">
        <div className="plan__field">
          <label htmlFor={`${id}-owner`}>{t('plan.col.owner')}</label>
          {/* Several owners agreed from colleagues' plans are read whole: a box of two lines, not one that cuts them off. */}
          <textarea
            id={`${id}-owner`}
            className="plan__owner"
            rows={2}
            value={row.details.owner}
            onChange={(e) => set('owner', e.currentTarget.value.replace(/\n/g, ' '))}
          />
        </div>
        <div className="plan__field">
          <label htmlFor={`${id}-due`}>{t('plan.col.due')}</label>
          <input id={`${id}-due`} type="date" value={row.details.due} onChange={(e) => set('due', e.currentTarget.value)} />
        </div>
        <div className="plan__field">
          <label htmlFor={`${id}-status`}>{t('plan.col.status')}</label>
          <select id={`${id}-status`} value={row.details.status} onChange={(e) => set('status', e.currentTarget.value as PlanStatus)}>
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`plan.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="plan__field plan__field--wide plan__impact">
        <label htmlFor={`${id}-impact`}>{t('plan.col.impact')}</label>
        <textarea id={`${id}-impact`} rows={2} value={row.details.impact} onChange={(e) => set('impact', e.currentTarget.value)} />
      </div>
    </li>
  );
}
