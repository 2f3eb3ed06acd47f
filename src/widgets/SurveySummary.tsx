import { useState } from 'react';
import type { Mark, Surveys } from '~/frameworks/schema';
import { addQuestion, removeQuestion, replaceWithImport, setInvited, setQuestion, setResponses } from '~/frameworks/surveys/editSurveys';
import { percent, summariseSurvey } from '~/frameworks/surveys/summariseSurvey';
import { emptySurveyData, type GroupSurvey, type SurveyData } from '~/frameworks/surveys/surveyData';
import { ClearAnswers } from './ClearAnswers';
import { SavedAnswersNotice } from './SavedAnswersNotice';
import { useHydrated, useSaved } from './useSaved';
import { surveyFigures } from '~/widgets/stores/answers';

const EMPTY_SURVEYS = emptySurveyData();

interface Props {
  mark: Mark;
  surveys: Surveys;
  /** The stage checklists, where the mark has levels. */
  checklistHref?: string;
}

/** A count from a number box: blank or negative reads as nothing. */
const countFrom = (text: string) => (text.trim() === '' || Number(text) < 0 ? undefined : Math.floor(Number(text)));

/** Survey figures per stakeholder group, typed in or imported from a form's CSV, with response rates and shares agreeing. */
export default function SurveySummary({ mark, surveys, checklistHref }: Props) {
  const store = surveyFigures(mark.id);
  const hydrated = useHydrated();
  const data = useSaved(store.$value, EMPTY_SURVEYS, hydrated);
  const change = (edit: (d: SurveyData) => SurveyData) => store.$value.set(edit(store.$value.get()));
  return (
    <div className="survey-tool" data-hydrated={hydrated || undefined}>
      <SavedAnswersNotice store={store} />
      <OverallTable surveys={surveys} data={data} />
      {surveys.groups.map((group) => (
        <GroupSection
          key={group.id}
          markId={mark.id}
          surveys={surveys}
          groupId={group.id}
          label={group.label}
          survey={data.groups[group.id]}
          change={change}
        />
      ))}
      {checklistHref && (
        <p>
          Next, check what an assessment visit looks for at each stage: <a href={checklistHref}>the stage checklists</a>.
        </p>
      )}
      <ClearAnswers
        id="surveys"
        label="Clear all survey figures"
        what={`every survey figure entered or imported for the ${mark.name} in this browser`}
        onClear={() => store.reset()}
      />
    </div>
  );
}

function OverallTable({ surveys, data }: { surveys: Surveys; data: SurveyData }) {
  return (
    <table className="readiness__table" data-testid="survey-overview">
      <caption>Response rates by group</caption>
      <thead>
        <tr>
          <th scope="col">Group</th>
          <th scope="col">Invited</th>
          <th scope="col">Responses</th>
          <th scope="col">Response rate</th>
          <th scope="col">Questions</th>
        </tr>
      </thead>
      <tbody>
        {surveys.groups.map((group) => {
          const survey = data.groups[group.id];
          const summary = survey ? summariseSurvey(survey) : undefined;
          return (
            <tr key={group.id} data-testid={`overview-${group.id}`}>
              <th scope="row">{group.label}</th>
              <td>{summary?.invited ?? 'Not given'}</td>
              <td>{summary?.responses ?? 0}</td>
              <td>{summary?.responseRate === undefined ? 'Needs the number invited' : percent(summary.responseRate)}</td>
              <td>{summary?.questions.length ?? 0}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface GroupProps {
  markId: string;
  surveys: Surveys;
  groupId: string;
  label: string;
  survey: GroupSurvey | undefined;
  change: (edit: (d: SurveyData) => SurveyData) => void;
}

function GroupSection({ markId, surveys, groupId, label, survey, change }: GroupProps) {
  const [report, setReport] = useState<{ ok: boolean; lines: string[] }>();
  const summary = survey ? summariseSurvey(survey) : undefined;
  const id = (part: string) => `${markId}-${groupId}-${part}`;

  async function importFile(file: File | undefined) {
    if (!file) return;
    const { importSurveyCsv } = await import('../frameworks/surveys/importSurveyCsv');
    const result = importSurveyCsv(await file.text(), file.name, surveys);
    if (!result.ok) {
      setReport({ ok: false, lines: result.problems });
      return;
    }
    change((d) => replaceWithImport(d, groupId, result.survey));
    setReport({
      ok: true,
      lines: [`Imported ${result.survey.responses} responses to ${result.survey.questions.length} questions from ${file.name}.`],
    });
  }

  return (
    <section className="criterion" aria-labelledby={id('heading')} data-testid={`group-${groupId}`}>
      <h2 id={id('heading')}>{label}</h2>
      <div className="criterion__notes no-print">
        <label htmlFor={id('csv')}>Import a CSV file exported from your online form</label>
        <input
          id={id('csv')}
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            void importFile(file);
          }}
        />
      </div>
      <div role="status">{report?.ok ? <p>{report.lines[0]}</p> : null}</div>
      {report && !report.ok && (
        <div className="notice notice--warning" role="alert">
          <p>
            <strong>The file was not imported</strong>, so the figures below are unchanged. Correct these and import it again:
          </p>
          <ul>
            {report.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="criterion__options">
        <CountField id={id('invited')} label="Number invited" value={survey?.invited} onChange={(n) => change((d) => setInvited(d, groupId, n))} />
        <CountField
          id={id('responses')}
          label="Number of responses"
          value={survey?.responses ?? 0}
          onChange={(n) => change((d) => setResponses(d, groupId, n ?? 0))}
        />
      </div>
      {survey?.source.kind === 'csv' && <p className="source-note">Figures imported from {survey.source.fileName}.</p>}
      <p data-testid={`rate-${groupId}`}>
        <strong>Response rate:</strong>{' '}
        {summary?.responseRate === undefined
          ? 'enter the number invited to see it.'
          : `${percent(summary.responseRate)} (${summary.responses} of ${summary.invited}).`}
      </p>
      {summary && summary.inconsistencies.length > 0 && (
        <div className="notice notice--warning">
          <p>These figures cannot all be right:</p>
          <ul>
            {summary.inconsistencies.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {survey && survey.questions.length > 0 && (
        <table className="readiness__table" data-testid={`questions-${groupId}`}>
          <caption>{label}: share agreeing with each question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Agreeing</th>
              <th scope="col">Answered</th>
              <th scope="col">Share agreeing</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {survey.questions.map((q, i) => {
              const share = summary?.questions[i]?.agreeShare;
              return (
                <tr key={i}>
                  <td>
                    <label className="visually-hidden" htmlFor={id(`q${i}-text`)}>
                      Question {i + 1}
                    </label>
                    <input
                      id={id(`q${i}-text`)}
                      type="text"
                      value={q.text}
                      onChange={(e) => change((d) => setQuestion(d, groupId, i, { text: e.currentTarget.value }))}
                    />
                  </td>
                  <td>
                    <CountField
                      id={id(`q${i}-agree`)}
                      label={`Question ${i + 1}: number agreeing`}
                      hideLabel
                      value={q.agree}
                      onChange={(n) => change((d) => setQuestion(d, groupId, i, { agree: n ?? 0 }))}
                    />
                  </td>
                  <td>
                    <CountField
                      id={id(`q${i}-answered`)}
                      label={`Question ${i + 1}: number answering`}
                      hideLabel
                      value={q.answered}
                      onChange={(n) => change((d) => setQuestion(d, groupId, i, { answered: n ?? 0 }))}
                    />
                  </td>
                  <td data-testid={`share-${groupId}-${i}`}>{share === undefined ? 'No answers' : percent(share)}</td>
                  <td>
                    <button type="button" className="button--secondary" onClick={() => change((d) => removeQuestion(d, groupId, i))}>
                      Remove<span className="visually-hidden"> question {i + 1}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p className="no-print">
        <button type="button" className="button--secondary" onClick={() => change((d) => addQuestion(d, groupId))}>
          Add a question<span className="visually-hidden"> for {label.toLowerCase()}</span>
        </button>
      </p>
    </section>
  );
}

interface CountProps {
  id: string;
  label: string;
  /** Undefined shows an empty box. */
  value: number | undefined;
  /** Receives undefined when the box is emptied. */
  onChange: (count: number | undefined) => void;
  /** Keep the label for screen readers only, where a table heading shows it. */
  hideLabel?: boolean;
}

/** A whole-number box with its label. */
function CountField({ id, label, value, onChange, hideLabel = false }: CountProps) {
  return (
    <div className={hideLabel ? undefined : 'criterion__notes'}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        className="number-input"
        type="number"
        min={0}
        value={value ?? ''}
        onChange={(e) => onChange(countFrom(e.currentTarget.value))}
      />
    </div>
  );
}
