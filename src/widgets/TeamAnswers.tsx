import { useEffect, useState } from 'react';
import { INPUT_MAX_BYTES, OFF_THREAD_BYTES, sizeInWords } from '~/frameworks/limits';
import type { Mark } from '~/frameworks/schema';
import { personLabel, teamFileName, type TeamFile, type TeamInput, type TeamProblem } from '~/frameworks/team/readTeamFiles';
import type { TextMap } from '~/text/translate';
import { FileDrop } from './markFile/FileDrop';
import { loadMark } from './markFile/loadMark';
import { problemText } from './team/problemText';
import type { KeepProps } from './shell/keep';
import { dateInWords, useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import { levelAnswersOf } from './stores/levelAnswers';
import { teamWorkOf } from './stores/team';
import { ClearControl } from './shell/ClearControl';
import { useLive } from './shell/live';

interface Props {
  keep: KeepProps;
  /** The mark's definition as data, fetched when the first file is added. */
  definitionHref: string;
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
export default function TeamAnswers({ keep, definitionHref, levelLabel, text }: Props) {
  return (
    <ToolShell className="team" text={text} saved={[levelAnswersOf(keep.mark.id), teamWorkOf(keep.mark.id)]} keep={keep}>
      <Team keep={keep} definitionHref={definitionHref} levelLabel={levelLabel} />
    </ToolShell>
  );
}

function Team({ keep, definitionHref, levelLabel }: Omit<Props, 'text'>) {
  const t = useText();
  const [loaded, setLoaded] = useState<Loaded>();
  // The files and choices are a saved kind of their own: leaving the page and coming back restores them.
  const store = teamWorkOf(keep.mark.id);
  const work = useLive(store);
  const files: TeamFile[] = work.files;
  const [problems, setProblems] = useState<TeamProblem[]>([]);
  const [added, setAdded] = useState<number>();
  // The progress line while large files are read.
  const [reading, setReading] = useState('');

  // Files kept from an earlier visit need the definition and the combined view, as adding one does.
  const restored = files.length > 0;
  useEffect(() => {
    if (!restored || loaded) return;
    void Promise.all([import('./team/teamWork'), loadMark(definitionHref)]).then(([teamWork, mark]) => setLoaded({ mark, work: teamWork }));
  }, [restored, loaded, definitionHref]);

  async function add(chosen: File[]) {
    if (chosen.length === 0) return;
    const large = chosen.filter((file) => file.size > OFF_THREAD_BYTES);
    if (large.length > 0) setReading(large.map((file) => t('files.reading', { file: file.name, size: sizeInWords(file.size) })).join(' '));
    const [teamWork, mark, { openMarkFileBounded }] = await Promise.all([
      import('./team/teamWork'),
      loadMark(definitionHref),
      import('./markFile/openMarkFile'),
    ]);
    // A file over the limit is refused unread; a large one is read off the main thread (src/frameworks/limits.ts).
    const inputs = await Promise.all(
      chosen.map(async (file): Promise<TeamInput> => {
        if (file.size > INPUT_MAX_BYTES) return { name: file.name, text: '', read: { ok: false, refusal: { kind: 'tooLarge', bytes: file.size } } };
        const text = await file.text();
        return { name: file.name, text, read: await openMarkFileBounded(text, mark) };
      }),
    );
    setReading('');
    const read = teamWork.readFiles(inputs, mark, store.$value.get().files);
    setLoaded({ mark, work: teamWork });
    store.update((before) => ({ ...before, files: read.files }));
    setProblems(read.problems);
    setAdded(read.added);
  }

  return (
    <>
      <section className="no-print" aria-labelledby="team-add">
        <h2 id="team-add">{t('team.addHeading')}</h2>
        <p>{t('team.addLede')}</p>
        <FileDrop id="team-files" label={t('team.choose')} onFiles={(chosen) => void add(chosen)} />
        <p role="status" data-testid="team-added">
          {reading || (added === undefined ? '' : t('team.added', { count: added }))}
        </p>
        {problems.length > 0 && (
          <div className="notice notice--warning" role="alert" data-testid="team-problems">
            <p>
              <strong>{t('team.problemsHeading', { count: problems.length })}</strong> {t('team.problemsLede')}
            </p>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{problemText(t, p, keep.mark.name)}</li>
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
                    school: [personLabel(file.person), file.school].some(Boolean)
                      ? t('team.fileSchool', { school: [personLabel(file.person), file.school].filter(Boolean).join(', ') })
                      : '',
                    date: dateInWords(t, new Date(file.savedAt)),
                  })}
                  {loaded && file.revision !== loaded.mark.revision ? ` ${t('team.olderRevision', { revision: file.revision })}` : ''}
                </span>{' '}
                <button
                  type="button"
                  className="button--secondary no-print"
                  aria-label={t('team.remove', { file: teamFileName(file) })}
                  onClick={() => store.update((before) => ({ ...before, files: before.files.filter((f) => f.key !== file.key) }))}
                >
                  {t('team.removeShort')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {loaded && files.length > 0 && (
        <loaded.work.Combined
          mark={loaded.mark}
          files={files}
          keep={keep}
          levelLabel={levelLabel}
          levelId={work.level}
          onLevel={(level) => store.update((before) => ({ ...before, level }))}
          choices={work.choices}
          onChoose={(levelId, id, response) =>
            store.update((before) => ({ ...before, choices: { ...before.choices, [levelId]: { ...before.choices[levelId], [id]: response } } }))
          }
          notes={work.notes}
          onNote={(levelId, id, note) =>
            store.update((before) => ({
              ...before,
              notes: { ...before.notes, [levelId]: { ...before.notes[levelId], [id]: { text: note.text, files: [...note.files] } } },
            }))
          }
          sideBySide={work.sideBySide}
          onSideBySide={(on) => store.update((before) => ({ ...before, sideBySide: on ? 'on' : 'off' }))}
        />
      )}
      {files.length > 0 && (
        <ClearControl
          id="team"
          label={t('team.startAgain')}
          what={t('team.startAgainWhat', { count: files.length })}
          confirm={t('team.startAgainConfirm')}
          onClear={() => {
            store.reset();
            setProblems([]);
            setAdded(undefined);
          }}
        />
      )}
    </>
  );
}
