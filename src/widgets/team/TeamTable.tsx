import type { Level } from '~/frameworks/schema';
import type { CriterionSpread, LevelSpread } from '~/frameworks/team/combineLevel';
import type { AgreedAnswers } from '~/frameworks/team/moderate';
import { responseLabel } from '~/frameworks/criteria';
import { teamFileName, type TeamFile } from '~/frameworks/team/readTeamFiles';
import { percent } from '~/frameworks/surveys/summariseSurvey';
import { shortened } from '~/frameworks/shortened';
import { useText } from '../shell/text';

interface Props {
  spread: LevelSpread;
  /** The criteria in the order shown: the widest disagreement first. */
  rows: CriterionSpread[];
  files: readonly TeamFile[];
  /** A column per file, for a cluster's schools side by side. */
  sideBySide: boolean;
  /** Columns named by school as well as person: several schools are combined. */
  bySchool: boolean;
  agreed: AgreedAnswers;
  onAgree: (criterionId: string, response: string[]) => void;
  /** A criterion's agreed note as it stands (colleagues' words, attributed, and the spread), for the moderator to edit; none where the level has no box. */
  notes?: ((criterionId: string) => string) | undefined;
  onNote: (criterionId: string, text: string) => void;
  /** A criterion's other boxes (its action, say) as the agreed set will hold them, for the moderator to read: those with words only. */
  boxes?: ((criterionId: string) => { label: string; text: string }[]) | undefined;
}

/** The combined answers of a level: per criterion the count of each option, the share meeting it, who disagrees and the agreed answer. */
export function TeamTable({ spread, rows, files, sideBySide, bySchool, agreed, onAgree, notes, onNote, boxes }: Props) {
  const t = useText();
  const { level } = spread;
  const label = (id: string) => responseLabel(level, id);
  // Side by side, a column for each file that answers this level: another level's file would be an empty column.
  const columns = files.map((file, i) => ({ file, i })).filter(({ i }) => spread.criteria.some((c) => c.byFile[i]!.length > 0));
  return (
    // Scrolls sideways on a phone: focusable, so a keyboard can scroll it too.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('team.caption', { level: level.name, count: spread.files })}>
      <table className={`readiness__table team__table${sideBySide ? ' team__table--wide' : ''}`} data-testid="team-table">
        <caption>{t('team.caption', { level: level.name, count: spread.files })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.col.criterion')}</th>
            {level.responses.options.map((o) => (
              <th scope="col" key={o.id}>
                {o.label}
              </th>
            ))}
            <th scope="col">{t('team.col.share')}</th>
            {sideBySide &&
              columns.map(({ file }) => (
                <th scope="col" key={file.key}>
                  {teamFileName(file, bySchool)}
                </th>
              ))}
            <th scope="col">{t('team.col.agreed')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const id = row.entry.statement.id;
            return (
              <tr key={id} data-criterion={id} data-disagree={row.disagree || undefined}>
                <th scope="row">
                  <span className="criterion-ref criterion-ref--spaced">{row.entry.ref}</span>{' '}
                  {row.entry.role && <span className="team__role">{row.entry.role}: </span>}
                  {row.entry.statement.text}
                  {row.disagree && <strong className="status status--unmet team__flag">{t('team.disagree')}</strong>}
                </th>
                {row.counts.map((count, i) => (
                  <td key={level.responses.options[i]!.id} data-label={level.responses.options[i]!.label}>
                    {count}
                  </td>
                ))}
                <td data-label={t('team.col.share')}>
                  {row.share === undefined
                    ? t('team.noAnswers')
                    : t('team.share', { share: percent(row.share), meeting: row.meeting, answered: row.answered })}
                </td>
                {sideBySide &&
                  columns.map(({ file, i }) => (
                    <td key={file.key} data-label={teamFileName(file, bySchool)}>
                      {row.byFile[i]!.map(label).join(', ') || t('team.noAnswer')}
                    </td>
                  ))}
                <td data-label={t('team.col.agreed')} className="team__agreed-cell">
                  <Agreed level={level} row={row} value={agreed[id]} onAgree={(response) => onAgree(id, response)} />
                  {notes && <AgreedNote level={level} row={row} value={notes(id)} onNote={(text) => onNote(id, text)} />}
                  {boxes?.(id).map((box) => (
                    <details key={box.label} className="team__note no-print">
                      <summary>{box.label}</summary>
                      <p className="plan__lines">{box.text}</p>
                    </details>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Agreed({
  level,
  row,
  value,
  onAgree,
}: {
  level: Level;
  row: CriterionSpread;
  value: readonly string[] | undefined;
  onAgree: (response: string[]) => void;
}) {
  const t = useText();
  const id = `agreed-${level.id}-${row.entry.statement.id}`;
  const name = t('team.agreedFor', { ref: row.entry.ref, criterion: shortened(row.entry.statement.text, 80) });
  const tie = row.answered > 0 && value === undefined;
  // On paper the agreed answer in words, not a control.
  const printed = (
    <span className="print-only">
      {value && value.length > 0 ? value.map((v) => responseLabel(level, v)).join(', ') : t(tie ? 'team.tiePrinted' : 'team.noAnswer')}
    </span>
  );
  if (level.responses.mode === 'one')
    return (
      <>
        {printed}
        <select
          className="no-print"
          id={id}
          aria-label={name}
          value={value?.[0] ?? ''}
          onChange={(e) => onAgree(e.currentTarget.value ? [e.currentTarget.value] : [])}
        >
          <option value="">{tie ? t('team.tie') : t('team.noAnswer')}</option>
          {level.responses.options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </>
    );
  const chosen = new Set(value ?? []);
  const order = level.responses.options.map((o) => o.id);
  return (
    <>
      {printed}
      <fieldset className="team__agreed no-print">
        <legend className="visually-hidden">{name}</legend>
        {tie && <p className="hint">{t('team.tie')}</p>}
        {level.responses.options.map((o) => (
          <label key={o.id}>
            <input
              type="checkbox"
              checked={chosen.has(o.id)}
              onChange={(e) => {
                const next = new Set(chosen);
                if (e.currentTarget.checked) next.add(o.id);
                else next.delete(o.id);
                onAgree(order.filter((x) => next.has(x)));
              }}
            />{' '}
            {o.label}
          </label>
        ))}
      </fieldset>
    </>
  );
}

/** The agreed note of a criterion, editable by the moderator before the agreed answers are used; kept with the team's work. */
function AgreedNote({ level, row, value, onNote }: { level: Level; row: CriterionSpread; value: string; onNote: (text: string) => void }) {
  const t = useText();
  const id = `agreed-note-${level.id}-${row.entry.statement.id}`;
  return (
    <details className="team__note no-print">
      <summary>{t('team.noteSummary')}</summary>
      <label htmlFor={id} className="visually-hidden">
        {t('team.noteFor', { ref: row.entry.ref, criterion: shortened(row.entry.statement.text, 80) })}
      </label>
      <textarea id={id} rows={4} value={value} onChange={(e) => onNote(e.currentTarget.value)} />
    </details>
  );
}
