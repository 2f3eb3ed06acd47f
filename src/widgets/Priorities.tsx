import { useMemo, useState, type DragEvent } from 'react';
import { addResponses, emptyCollected } from '~/frameworks/ratings/collectedResponses';
import { priorities, ratingsFrom, viewsDiffer, type StaffResponse } from '~/frameworks/ratings/priorities';
import { prioritiesCsv } from '~/frameworks/ratings/prioritiesCsv';
import type { Mark, Ratings } from '~/frameworks/schema';
import { emptyAnswers } from '~/frameworks/answers';
import { ClearAnswers } from './ClearAnswers';
import { downloadFile } from './download';
import { SavedAnswersNotice } from './SavedAnswersNotice';
import { useHydrated, useSaved } from './useSaved';
import { auditAnswers, collectedResponses } from '~/widgets/stores/answers';

const EMPTY_ANSWERS = emptyAnswers();
const EMPTY_COLLECTED = emptyCollected();

interface Props {
  mark: Mark;
  ratings: Ratings;
  auditHref: string;
}

/** Combines the leaders' audit with staff response files and ranks the approaches, weakest first. */
export default function Priorities({ mark, ratings, auditHref }: Props) {
  const hydrated = useHydrated();
  const audit = useSaved(auditAnswers(mark.id).$value, EMPTY_ANSWERS, hydrated);
  const collectedStore = collectedResponses(mark.id);
  const collected = useSaved(collectedStore.$value, EMPTY_COLLECTED, hydrated);
  const [report, setReport] = useState<{ added: number; repeated: number; problems: string[] }>();
  const [dragging, setDragging] = useState(false);
  const inputId = `${mark.id}-response-files`;
  const ranked = useMemo(() => priorities(ratings, audit, collected.responses), [ratings, audit, collected]);
  const auditCount = Object.keys(ratingsFrom(audit, ratings)).length;
  const scaleLabel = (value: number | undefined) => ratings.scale.find((s) => s.value === value)?.label ?? '';

  async function readFiles(files: File[]) {
    if (files.length === 0) return;
    const { readResponseFile } = await import('../frameworks/ratings/responseFile');
    const good: StaffResponse[] = [];
    const problems: string[] = [];
    for (const file of files) {
      const result = readResponseFile(await file.text(), file.name, mark.id, ratings);
      if (result.ok) good.push(result.response);
      else problems.push(result.problem);
    }
    // Only good files are added; a bad one changes nothing that was there.
    const { data, added } = addResponses(collectedStore.$value.get(), good);
    collectedStore.$value.set(data);
    setReport({ added, repeated: good.length - added, problems });
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void readFiles([...event.dataTransfer.files]);
  }

  function downloadCsv() {
    downloadFile(`${mark.id}-priorities.csv`, prioritiesCsv(ranked, audit), 'text/csv');
  }

  return (
    <div className="priorities" data-hydrated={hydrated || undefined}>
      <SavedAnswersNotice store={collectedStore} />
      <section className="no-print" aria-labelledby="responses-heading">
        <h2 id="responses-heading">Staff responses</h2>
        <p data-testid="responses-count">
          {collected.responses.length} staff response{collected.responses.length === 1 ? '' : 's'} collected; leaders’ audit: {auditCount} of{' '}
          {ratings.items.length} rated
          {auditCount === 0 ? (
            <>
              {' '}
              (<a href={auditHref}>complete the audit</a>)
            </>
          ) : null}
          .
        </p>
        <div
          className={`drop-zone${dragging ? ' drop-zone--active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={inputId}>Add response files (.json): choose them, or drop them here</label>
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            multiple
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              void readFiles(files);
            }}
          />
        </div>
        <div role="status" data-testid="import-report">
          {report && (
            <p>
              {report.added} response{report.added === 1 ? '' : 's'} added
              {report.repeated > 0 ? `; ${report.repeated} already collected, not counted twice` : ''}.
            </p>
          )}
        </div>
        {report && report.problems.length > 0 && (
          <div className="notice notice--warning" role="alert" data-testid="import-problems">
            <p>
              <strong>
                {report.problems.length} file{report.problems.length === 1 ? '' : 's'} could not be used.
              </strong>{' '}
              Nothing already collected was changed.
            </p>
            <ul>
              {report.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <table className="readiness__table" data-testid="priorities-table">
        <caption>Draft improvement priorities, weakest first</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Approach</th>
            <th scope="col">Leaders’ audit</th>
            <th scope="col">Staff (mean)</th>
            <th scope="col">Where views differ</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((p) => (
            <tr key={p.item.id}>
              <td>{p.rank ?? 'Not rated'}</td>
              <th scope="row">{p.item.approach}</th>
              <td>{p.audit === undefined ? '' : `${p.audit} (${scaleLabel(p.audit)})`}</td>
              <td>{p.staffMean === undefined ? '' : `${p.staffMean.toFixed(1)} from ${p.staffCount}`}</td>
              <td className={p.disagree ? 'status status--unmet' : ''}>{viewsDiffer(p)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="source-note">
        Ratings run from {ratings.scale[0]!.value} ({ratings.scale[0]!.label}) to {ratings.scale.at(-1)!.value} ({ratings.scale.at(-1)!.label}).
        Leaders and staff count equally; views differ when they are {ratings.disagreementAt} point{ratings.disagreementAt === 1 ? '' : 's'} or more
        apart. Tied approaches share a rank. {mark.decidedBy}
      </p>
      <ul className="actions no-print">
        <li>
          <button type="button" onClick={downloadCsv}>
            Download as CSV
          </button>
        </li>
        <li>
          <button type="button" className="button--secondary" onClick={() => window.print()}>
            Print
          </button>
        </li>
      </ul>
      <ClearAnswers
        id="responses"
        label="Remove all staff responses"
        what={`the ${collected.responses.length} staff responses collected in this browser (the leaders’ audit is kept)`}
        onClear={() => {
          collectedStore.reset();
          setReport(undefined);
        }}
      />
    </div>
  );
}
