import { useEffect, useMemo, useRef, useState } from 'react';
import { markFileOf } from '~/frameworks/markFile/writeMarkFile';
import type { MarkData } from '~/frameworks/markFile/format';
import type { Mark } from '~/frameworks/schema';
import { combineLevel, widestFirst } from '~/frameworks/team/combineLevel';
import {
  agreedAnswers,
  levelPart,
  moderatedAnswers,
  moderatedPlan,
  spreadFieldOf,
  spreadNote,
  type Attribute,
  type EditedNote,
} from '~/frameworks/team/moderate';
import { teamSchool, teamSources, type TeamFile } from '~/frameworks/team/readTeamFiles';
import { toAddress } from '~/frameworks/team/toAddress';
import { FilePreview } from '../markFile/FilePreview';
import { readMarkData, replaceMarkData } from '../markFile/markFileStores';
import { schoolDetails } from '../stores/school';
import type { KeepProps } from '../shell/keep';
import { useText } from '../shell/text';
import { PlanList } from './PlanList';
import { TeamTable } from './TeamTable';

interface Props {
  mark: Mark;
  files: TeamFile[];
  keep: KeepProps;
  levelLabel: string;
  /** The level shown; the first when empty. */
  levelId: string;
  onLevel: (id: string) => void;
  /** The leader's own choices per level, kept as files come and go; the rest follow the majority. */
  choices: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  onChoose: (levelId: string, criterionId: string, response: string[]) => void;
  /** The agreed notes the moderator edited, per level. */
  notes: Readonly<Record<string, Readonly<Record<string, EditedNote>>>>;
  onNote: (levelId: string, criterionId: string, note: EditedNote) => void;
  /** Each file's answers side by side: "auto" for a group of schools only. */
  sideBySide: 'auto' | 'on' | 'off';
  onSideBySide: (on: boolean) => void;
}

/** Where moderating stands; a preview belongs to the files it was made from. */
type Stage = { stage: 'moderating' } | { stage: 'preview'; data: MarkData; files: TeamFile[] } | { stage: 'applied' };

/** The combined answers of one level, the agreed answer per criterion and, for a group of schools, what its action plan should address. */
export function Combined({
  mark,
  files,
  keep,
  levelLabel,
  levelId,
  onLevel,
  choices,
  onChoose,
  notes,
  onNote,
  sideBySide: side,
  onSideBySide,
}: Props) {
  const t = useText();
  const level = mark.levels.find((l) => l.id === levelId) ?? mark.levels[0]!;
  const spread = useMemo(
    () =>
      combineLevel(
        level,
        files.map((f) => f.answers.levels[level.id]),
      ),
    [level, files],
  );
  const rows = useMemo(() => widestFirst(spread.criteria), [spread]);
  const agreed = useMemo(() => agreedAnswers(spread, choices[level.id]), [spread, choices, level.id]);
  const schools = level.team.answeredBy === 'schools';
  // A group of schools is shown side by side unless the leader says otherwise.
  const sideBySide = side === 'auto' ? schools : side === 'on';
  const [stage, setStage] = useState<Stage>({ stage: 'moderating' });
  const shown: Stage = stage.stage === 'preview' && stage.files !== files ? { stage: 'moderating' } : stage;
  const applied = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (stage.stage === 'applied') applied.current?.focus();
  }, [stage]);

  const disagreeing = spread.criteria.filter((c) => c.disagree).length;
  const ties = spread.criteria.filter((c) => c.answered > 0 && agreed[c.entry.statement.id] === undefined).length;

  const note = spreadNote(level, (parts) => t('team.note', parts));
  const attribute: Attribute = (authors, words) => t('team.attributed', { authors: authors.join(', '), text: words });
  const sources = teamSources(files, level.id, schools);
  const edited = notes[level.id] ?? {};
  /** The agreed answers as they would be on this device now, with the notes the moderator edited. */
  const moderate = () => {
    const device = readMarkData(keep.mark);
    const current = device.answers ?? { version: 1 as const, levels: {} };
    return {
      answers: moderatedAnswers(current, spread, agreed, note, sources, attribute, edited),
      ...(keep.mark.kinds.includes('plan') ? { plan: moderatedPlan(device.plan, level, sources, attribute) } : {}),
    };
  };
  // The agreed note of each criterion, shown for editing in the table (as typed, once the moderator edits it).
  const draft = moderate().answers.levels[level.id];
  const spreadField = spreadFieldOf(level);

  function preview() {
    setStage({ stage: 'preview', data: moderate(), files });
  }

  return (
    <section aria-labelledby="team-combined">
      <h2 id="team-combined">{t('team.combinedHeading')}</h2>
      <div className="team__controls no-print">
        {mark.levels.length > 1 && (
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
              {mark.levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <input id="team-side" type="checkbox" checked={sideBySide} onChange={(e) => onSideBySide(e.currentTarget.checked)} />{' '}
          <label htmlFor="team-side">{t('team.sideBySide')}</label>
        </p>
      </div>
      <p data-testid="team-summary">
        {t('team.summary', { count: disagreeing })} {ties > 0 ? t('team.ties', { count: ties }) : ''}
      </p>
      <TeamTable
        spread={spread}
        rows={rows}
        files={files}
        sideBySide={sideBySide}
        bySchool={schools}
        agreed={agreed}
        onAgree={(id, response) => {
          onChoose(level.id, id, response);
          setStage({ stage: 'moderating' });
        }}
        notes={spreadField ? (id) => edited[id]?.text ?? draft?.criteria[id]?.texts[spreadField] ?? '' : undefined}
        boxes={(id) =>
          level.fields
            .filter((field) => field.id !== spreadField)
            .map((field) => ({ label: field.label, text: draft?.criteria[id]?.texts[field.id] ?? '' }))
            .filter((box) => box.text !== '')
        }
        onNote={(id, text) => {
          onNote(level.id, id, { text, files: files.map((f) => f.key) });
          setStage({ stage: 'moderating' });
        }}
      />
      {schools && <PlanList heading={level.team.planHeading} items={toAddress(spread)} files={files} level={level} />}
      <div className="no-print">
        <h3>{t('team.moderateHeading')}</h3>
        <p>{t('team.moderateLede', { level: level.name })}</p>
        <p className="actions">
          <button type="button" onClick={preview}>
            {t('team.useAgreed')}
          </button>
        </p>
        {shown.stage === 'preview' && (
          <FilePreview
            mark={mark}
            source={{ kind: 'team', level: level.name }}
            file={markFileOf(mark, levelPart(shown.data, level.id), '', new Date())}
            onDevice={levelPart(readMarkData(keep.mark), level.id)}
            onReplace={() => {
              replaceMarkData(keep.mark, shown.data);
              // Colleagues' files name their school: it heads the report and printed answers where this device names none.
              const school = schools ? '' : teamSchool(files);
              if (school) schoolDetails().update((d) => (d.name.trim() ? d : { ...d, name: school }));
              setStage({ stage: 'applied' });
            }}
            onCancel={() => setStage({ stage: 'moderating' })}
          />
        )}
        <p role="status" tabIndex={-1} ref={applied} data-testid="team-applied">
          {shown.stage === 'applied' ? t('team.applied', { level: level.name }) : ''}
        </p>
      </div>
    </section>
  );
}
