import { useEffect, useMemo, useRef, useState } from 'react';
import type { MarkAnswers } from '~/frameworks/saved/answers';
import type { Mark } from '~/frameworks/schema';
import type { TeamFile, TeamProblem } from '~/frameworks/team/readTeamFiles';
import type { TextMap } from '~/text/translate';
import { FileDrop } from './files/FileDrop';
import { loadMark } from './files/loadMark';
import { readMarkData, replaceMarkData } from './files/markData';
import { refusalText } from './files/refusalText';
import type { KeepProps } from './shell/keep';
import { dateInWords, useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import { levelAnswersOf } from './stores/levelAnswers';

interface Props {
  keep: KeepProps;
  /** The mark's definition as data, fetched when the first file is added. */
  definitionHref: string;
  /** The mark's levels, for the choice of which to combine; the rest of the definition loads with the first file. */
  levels: { id: string; name: string }[];
  /** "Level", "Stage": what the mark calls a level, as a label. */
  levelLabel: string;
  text: TextMap;
}

type Work = typeof import('./team/teamWork');

interface Loaded {
  mark: Mark;
  work: Work;
}

/** Combines colleagues' or cluster schools' self-assessment files in this browser, and moderates them into one answer set. */
export default function TeamAnswers({ keep, definitionHref, levels, levelLabel, text }: Props) {
  return (
    <ToolShell className="team" text={text} saved={[levelAnswersOf(keep.mark.id)]} keep={keep}>
      <Team keep={keep} definitionHref={definitionHref} levels={levels} levelLabel={levelLabel} />
    </ToolShell>
  );
}

function Team({ keep, definitionHref, levels, levelLabel }: Omit<Props, 'text'>) {
  const t = useText();
  const [loaded, setLoaded] = useState<Loaded>();
  const [files, setFiles] = useState<TeamFile[]>([]);
  const [problems, setProblems] = useState<TeamProblem[]>([]);
  const [added, setAdded] = useState<number>();
  const [levelId, setLevelId] = useState(levels[0]?.id ?? '');

  async function add(chosen: File[]) {
    if (chosen.length === 0) return;
    const [work, mark, inputs] = await Promise.all([
      import('./team/teamWork'),
      loadMark(definitionHref),
      Promise.all(chosen.map(async (file) => ({ name: file.name, text: await file.text() }))),
    ]);
    const read = work.readFiles(inputs, mark, files);
    setLoaded({ mark, work });
    setFiles((before) => [...before, ...read.files]);
    setProblems(read.problems);
    setAdded(read.files.length);
  }

  const problemText = (p: TeamProblem) =>
    p.kind === 'duplicate'
      ? t('team.problem.duplicate', { file: p.name, other: p.of })
      : p.kind === 'empty'
        ? t('team.problem.empty', { file: p.name })
        : t('team.problem.refused', { file: p.name, reason: refusalText(t, p.refusal, keep.mark.name) });

  return (
    <>
      <section className="no-print" aria-labelledby="team-add">
        <h2 id="team-add">{t('team.addHeading')}</h2>
        <p>{t('team.addLede')}</p>
        <FileDrop id="team-files" label={t('team.choose')} onFiles={(chosen) => void add(chosen)} />
        <p role="status" data-testid="team-added">
          {added === undefined ? '' : t('team.added', { count: added })}
        </p>
        {problems.length > 0 && (
          <div className="notice notice--warning" role="alert" data-testid="team-problems">
            <p>
              <strong>{t('team.problemsHeading', { count: problems.length })}</strong> {t('team.problemsLede')}
            </p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section aria-labelledby="team-files-heading">
        <h2 id="team-files-heading">{t('team.filesHeading', { count: files.length })}</h2>
        {files.length === 0 ? (
          <p>{t('team.none')}</p>
        ) : (
          <ul className="team__files" data-testid="team-files">
            {files.map((file) => (
              <li key={file.key}>
                <span>
                  {t('team.fileItem', {
                    file: file.name,
                    school: file.school ? t('team.fileSchool', { school: file.school }) : '',
                    date: dateInWords(t, new Date(file.savedAt)),
                  })}
                  {loaded && file.revision !== loaded.mark.revision ? ` ${t('team.olderRevision', { revision: file.revision })}` : ''}
                </span>{' '}
                <button
                  type="button"
                  className="button--secondary no-print"
                  aria-label={t('team.remove', { file: file.school || file.name })}
                  onClick={() => setFiles((before) => before.filter((f) => f.key !== file.key))}
                >
                  {t('team.removeShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {loaded && files.length > 0 && (
        // Another set of files starts again from the majority.
        <Combined
          key={files.map((f) => f.key).join('/')}
          loaded={loaded}
          files={files}
          keep={keep}
          levels={levels}
          levelLabel={levelLabel}
          levelId={levelId}
          onLevel={setLevelId}
        />
      )}
    </>
  );
}

interface CombinedProps {
  loaded: Loaded;
  files: TeamFile[];
  keep: KeepProps;
  levels: Props['levels'];
  levelLabel: string;
  levelId: string;
  onLevel: (id: string) => void;
}

type Stage = { stage: 'moderating' } | { stage: 'preview'; answers: MarkAnswers } | { stage: 'applied' };

function Combined({ loaded, files, keep, levels, levelLabel, levelId, onLevel }: CombinedProps) {
  const t = useText();
  const { mark, work } = loaded;
  const level = mark.levels.find((l) => l.id === levelId) ?? mark.levels[0]!;
  const spread = useMemo(
    () =>
      work.combineLevel(
        level,
        files.map((f) => f.answers.levels[level.id]),
      ),
    [work, level, files],
  );
  const rows = useMemo(() => work.widestFirst(spread.criteria), [work, spread]);
  // The leader's choices per level; a level not yet touched starts from the majority.
  const [choices, setChoices] = useState<Record<string, Record<string, string[]>>>({});
  const agreed = useMemo(() => choices[level.id] ?? work.defaultAgreed(spread), [choices, level.id, work, spread]);
  const [sideBySide, setSideBySide] = useState(false);
  const [stage, setStage] = useState<Stage>({ stage: 'moderating' });
  const applied = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (stage.stage === 'applied') applied.current?.focus();
  }, [stage]);

  const disagreeing = spread.criteria.filter((c) => c.disagree).length;
  const ties = spread.criteria.filter((c) => c.answered > 0 && agreed[c.entry.statement.id] === undefined).length;

  function preview() {
    const current = readMarkData(keep.mark).answers ?? { version: 1 as const, levels: {} };
    const answers = work.moderatedAnswers(current, spread, agreed, (c, lvl, count) =>
      t('team.note', {
        answered: c.answered,
        files: count,
        counts: lvl.responses.options
          .map((o, i) => ({ label: o.label, count: c.counts[i] ?? 0 }))
          .filter((o) => o.count > 0)
          .map((o) => `${o.label} ${o.count}`)
          .join(', '),
      }),
    );
    setStage({ stage: 'preview', answers });
  }

  const Preview = work.FilePreview;
  return (
    <section aria-labelledby="team-combined">
      <h2 id="team-combined">{t('team.combinedHeading')}</h2>
      <div className="team__controls no-print">
        {levels.length > 1 && (
          <p>
            <label htmlFor="team-level">{levelLabel}</label>{' '}
            <select
              id="team-level"
              value={level.id}
              onChange={(e) => {
                onLevel(e.currentTarget.value);
                setStage({ stage: 'moderating' });
              }}
            >
              {levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <input id="team-side" type="checkbox" checked={sideBySide} onChange={(e) => setSideBySide(e.currentTarget.checked)} />{' '}
          <label htmlFor="team-side">{t('team.sideBySide')}</label>
        </p>
      </div>
      <p data-testid="team-summary">
        {t('team.summary', { count: disagreeing })} {ties > 0 ? t('team.ties', { count: ties }) : ''}
      </p>
      <work.TeamTable
        spread={spread}
        rows={rows}
        files={files}
        sideBySide={sideBySide}
        agreed={agreed}
        onAgree={(id, response) => {
          setChoices((before) => ({ ...before, [level.id]: { ...agreed, [id]: response } }));
          setStage({ stage: 'moderating' });
        }}
      />
      <div className="no-print">
        <h3>{t('team.moderateHeading')}</h3>
        <p>{t('team.moderateLede', { level: level.name })}</p>
        <p className="actions">
          <button type="button" onClick={preview}>
            {t('team.useAgreed')}
          </button>
        </p>
        {stage.stage === 'preview' && (
          <Preview
            mark={mark}
            name={t('team.previewName', { level: level.name })}
            file={work.markFileOf(mark, { answers: stage.answers }, '', new Date())}
            onDevice={{ answers: readMarkData(keep.mark).answers }}
            onReplace={() => {
              replaceMarkData(keep.mark, { answers: stage.answers });
              setStage({ stage: 'applied' });
            }}
            onCancel={() => setStage({ stage: 'moderating' })}
          />
        )}
        <p role="status" tabIndex={-1} ref={applied} data-testid="team-applied">
          {stage.stage === 'applied' ? t('team.applied', { level: level.name }) : ''}
        </p>
      </div>
    </section>
  );
}
