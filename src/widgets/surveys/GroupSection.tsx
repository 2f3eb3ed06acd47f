import { useState } from 'react';
import { INPUT_MAX_BYTES, limitInWords, OFF_THREAD_BYTES, sizeInWords } from '~/frameworks/limits';
import type { GroupSurvey } from '~/frameworks/saved/surveyFigures';
import type { SurveyChange } from '~/frameworks/surveys/importSurveyCsv';
import { addQuestion, replaceWithImport, setInvited, setResponses } from '~/frameworks/saved/editSurveys';
import type { Surveys } from '~/frameworks/schema';
import { percent, summariseSurvey } from '~/frameworks/surveys/summariseSurvey';
import { useLive } from '~/widgets/shell/live';
import { useText } from '~/widgets/shell/text';
import { surveysOf } from '~/widgets/stores/surveys';
import { CountField } from './CountField';
import { QuestionsTable } from './QuestionsTable';

interface Props {
  markId: string;
  surveys: Surveys;
  group: Surveys['groups'][number];
}

/** One stakeholder group: import its CSV or type its figures, and see its response rate and each question's share agreeing. */
export function GroupSection({ markId, surveys, group }: Props) {
  const t = useText();
  const store = surveysOf(markId);
  const survey = useLive(store).groups[group.id];
  const [report, setReport] = useState<{ ok: boolean; lines: string[] }>();
  // An import over typed figures waits for a yes, showing what it would change.
  const [pending, setPending] = useState<{ survey: GroupSurvey; changes: SurveyChange[]; file: string }>();
  const summary = survey ? summariseSurvey(survey, surveys.minimumToShow) : undefined;
  const id = (part: string) => `${markId}-${group.id}-${part}`;

  async function importFile(file: File | undefined) {
    if (!file) return;
    // Over the limit: refused unread (src/frameworks/limits.ts).
    if (file.size > INPUT_MAX_BYTES) {
      setPending(undefined);
      setReport({
        ok: false,
        lines: [t('surveys.tooLarge', { file: file.name, size: sizeInWords(file.size), limit: limitInWords(INPUT_MAX_BYTES) })],
      });
      return;
    }
    // A large export is read off the main thread, with a progress line meanwhile.
    if (file.size > OFF_THREAD_BYTES) setReport({ ok: true, lines: [t('surveys.reading', { file: file.name, size: sizeInWords(file.size) })] });
    const [{ surveyChanges }, { readBounded }] = await Promise.all([import('~/frameworks/surveys/importSurveyCsv'), import('../markFile/offThread')]);
    // Bytes, not text: the import recognises UTF-16 and Windows-1252 exports, which file.text() would garble.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await readBounded({ op: 'surveyCsv', bytes, name: file.name, surveys }, bytes.byteLength);
    setPending(undefined);
    if (!result.ok) {
      setReport({ ok: false, lines: result.problems });
      return;
    }
    const changes = surveyChanges(survey, result.survey);
    if (changes.length > 0) {
      setReport(undefined);
      setPending({ survey: result.survey, changes, file: file.name });
    } else apply(result.survey, file.name);
  }

  function apply(imported: GroupSurvey, file: string) {
    store.update((d) => replaceWithImport(d, group.id, imported));
    setPending(undefined);
    setReport({ ok: true, lines: [t('surveys.imported', { count: imported.responses, questions: imported.questions.length, file })] });
  }

  const changeText = (c: SurveyChange) =>
    c.what === 'responses'
      ? t('surveys.change.responses', { before: c.before ?? '', after: c.after ?? '' })
      : t(c.before === undefined ? 'surveys.change.added' : c.after === undefined ? 'surveys.change.removed' : 'surveys.change.question', {
          text: c.text ?? '',
          before: c.before ?? '',
          after: c.after ?? '',
        });

  return (
    <section className="criterion" aria-labelledby={id('heading')} data-testid={`group-${group.id}`}>
      <h2 id={id('heading')}>{group.label}</h2>
      <div className="criterion__notes no-print">
        <label htmlFor={id('csv')}>{t('surveys.importLabel')}</label>
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
      {pending && (
        <div className="notice notice--warning no-print" data-testid={`confirm-${group.id}`}>
          <p>
            <strong>{t('surveys.confirm', { file: pending.file, group: group.label })}</strong>
          </p>
          <ul>
            {pending.changes.map((c) => (
              <li key={`${c.what}/${c.text ?? ''}`}>{changeText(c)}</li>
            ))}
          </ul>
          <p className="actions">
            <button type="button" className="button--warning" onClick={() => apply(pending.survey, pending.file)}>
              {t('surveys.confirmReplace')}
            </button>{' '}
            <button type="button" className="button--secondary" onClick={() => setPending(undefined)}>
              {t('surveys.confirmKeep')}
            </button>
          </p>
        </div>
      )}
      {report && !report.ok && (
        <div className="notice notice--warning" role="alert">
          <p>
            <strong>{t('surveys.notImported')}</strong>
            {t('surveys.correctThese')}
          </p>
          <ul>
            {report.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="criterion__options">
        <CountField
          id={id('invited')}
          label={t('surveys.numberInvited')}
          value={survey?.invited}
          onChange={(n) => store.update((d) => setInvited(d, group.id, n))}
        />
        <CountField
          id={id('responses')}
          label={t('surveys.numberResponses')}
          value={survey?.responses ?? 0}
          onChange={(n) => store.update((d) => setResponses(d, group.id, n ?? 0))}
        />
      </div>
      {survey?.source.kind === 'csv' && <p className="source-note">{t('surveys.importedFrom', { file: survey.source.fileName })}</p>}
      <p data-testid={`rate-${group.id}`}>
        <strong>{t('surveys.rateLabel')}</strong>{' '}
        {summary?.responseRate === undefined
          ? t('surveys.enterInvited')
          : t('surveys.rate', { rate: percent(summary.responseRate), responses: summary.responses, invited: summary.invited ?? 0 })}
      </p>
      {summary && summary.inconsistencies.length > 0 && (
        <div className="notice notice--warning">
          <p>{t('surveys.inconsistent')}</p>
          <ul>
            {summary.inconsistencies.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {summary?.hidden && (
        <p className="notice" data-testid={`hidden-${group.id}`}>
          {t('surveys.groupHidden', { count: surveys.minimumToShow })}
        </p>
      )}
      {survey && survey.questions.length > 0 && (
        <QuestionsTable markId={markId} group={group} survey={survey} summary={summary} minimum={surveys.minimumToShow} />
      )}
      <p className="no-print">
        <button type="button" className="button--secondary" onClick={() => store.update((d) => addQuestion(d, group.id))}>
          {t('surveys.addQuestion')}
          <span className="visually-hidden"> {t('surveys.forGroup', { group: group.label.toLowerCase() })}</span>
        </button>
      </p>
    </section>
  );
}
