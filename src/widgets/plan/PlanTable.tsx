import type { PlanRow } from '~/frameworks/plan/actionPlan';
import { dueInWords, useText } from '../shell/text';

/** The plan as a table: on paper from the plan page, and in the report for the assessor. */
export function PlanTable({ rows }: { rows: PlanRow[] }) {
  const t = useText();
  return (
    // Six columns do not fit a phone: the table scrolls sideways in its own region, from the keyboard too.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('plan.heading')}>
      <table className="readiness__table plan__table" data-testid="plan-table">
        <caption>{t('plan.heading')}</caption>
        {/* The action and owner columns get their room: no word of theirs broken over lines on an A4 sheet. */}
        <colgroup>
          <col className="plan__col-statement" />
          <col className="plan__col-action" />
          <col className="plan__col-owner" />
          <col className="plan__col-due" />
          <col className="plan__col-status" />
          <col className="plan__col-impact" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('plan.col.statement')}</th>
            <th scope="col">{t('plan.col.action')}</th>
            <th scope="col">{t('plan.col.owner')}</th>
            <th scope="col">{t('plan.col.due')}</th>
            <th scope="col">{t('plan.col.status')}</th>
            <th scope="col">{t('plan.col.impact')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-overdue={row.overdue || undefined}>
              <td>
                <span className="plan__section">
                  {row.sectionName}
                  {row.group ? ` · ${row.group}` : ''}
                </span>{' '}
                {row.statement}
                {row.met && <span className="plan__met">{t('plan.met')}</span>}
              </td>
              <td className="plan__lines">{row.action}</td>
              <td>{row.details.owner}</td>
              <td>
                {dueInWords(t, row.details.due)}
                {row.overdue && (
                  <>
                    {' '}
                    <strong className="plan__overdue">{t('plan.overdue')}</strong>
                  </>
                )}
              </td>
              <td>{t(`plan.status.${row.details.status}`)}</td>
              <td className="plan__lines">{row.details.impact}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
