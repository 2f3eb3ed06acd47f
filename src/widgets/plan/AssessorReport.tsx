import { useContext, type ReactNode } from 'react';
import type { Mark } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import type { KeepProps } from '../shell/keep';
import { HydratedContext, useLive } from '../shell/live';
import { dateInWords, useText } from '../shell/text';
import { ToolShell } from '../shell/ToolShell';
import { planRows, shownStores, todayNow, type PlanSource } from './planData';
import { PlanTable } from './PlanTable';
import { schoolDetails } from '../stores/school';

export interface Props {
  keep: KeepProps;
  mark: Mark;
  /** Each level's award rule as a sentence, written on the server: level id → sentence. */
  rules: Record<string, string>;
  text: TextMap;
}

/** One printable page for the assessor: who, when, the result and its rule, each level, evidence, the plan (the page adds the caveat). */
export function AssessorReport({ keep, mark, text, sources, children }: Omit<Props, 'rules'> & { sources: PlanSource[]; children: ReactNode }) {
  return (
    <ToolShell className="report" text={text} saved={shownStores(mark, sources)} keep={keep}>
      <Report mark={mark} sources={sources}>
        {children}
      </Report>
    </ToolShell>
  );
}

function Report({ mark, sources, children }: { mark: Mark; sources: PlanSource[]; children: ReactNode }) {
  const t = useText();
  const hydrated = useContext(HydratedContext);
  const school = useLive(schoolDetails()).name;
  const rows = useLive(planRows(mark, sources, hydrated ? todayNow() : ''));
  return (
    <article className="report__body" data-testid="report">
      <dl className="report__meta">
        <div>
          <dt>{t('report.school')}</dt>
          <dd data-testid="report-school">{school || <span className="no-print">{t('report.schoolMissing')}</span>}</dd>
        </div>
        <div>
          <dt>{t('report.date')}</dt>
          <dd data-testid="report-date">{hydrated ? dateInWords(t, new Date()) : ''}</dd>
        </div>
        <div>
          <dt>{t('report.mark')}</dt>
          <dd>{mark.name}</dd>
        </div>
        <div>
          <dt>{t('report.revision')}</dt>
          <dd>{t('report.revisionValue', { revision: mark.revision })}</dd>
        </div>
      </dl>
      {children}
      {/* Not a named region: the plan's table is one ("Action plan"), and two landmarks of one name fail axe's landmark-unique. */}
      <section>
        <h2 id="report-plan">{t('plan.heading')}</h2>
        {rows.length === 0 ? <p>{t(mark.levels.length === 0 ? 'plan.emptyRatings' : 'plan.empty')}</p> : <PlanTable rows={rows} />}
      </section>
    </article>
  );
}
