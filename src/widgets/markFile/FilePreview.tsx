import { useEffect, useRef } from 'react';
import { describeChanges, unknownEntries, type KindChange } from '~/frameworks/markFile/changes';
import type { MarkData, MarkFile } from '~/frameworks/markFile/format';
import { levelCriteria } from '~/frameworks/criteria';
import type { Mark } from '~/frameworks/schema';
import { shortened } from '~/frameworks/shortened';
import { dateInWords, useText } from '../shell/text';
import { changeLine } from './changeLine';

/** Where the answers that would replace the device's come from: each is worded for what it is. */
export type CheckSource = { kind: 'file'; name: string } | { kind: 'link' } | { kind: 'team'; level: string };

interface Props {
  mark: Mark;
  file: MarkFile;
  source: CheckSource;
  onDevice: MarkData;
  onReplace: () => void;
  onCancel: () => void;
}

/**
 * The one check before anything is replaced, for a file, a shared link and a team's agreed answers:
 * what will be added, replaced and removed, counted against what this device really holds, the
 * entries that change listed on request, and what the mark's revision does not have. Nothing
 * changes until the user says yes.
 */
export function FilePreview({ mark, file, source, onDevice, onReplace, onCancel }: Props) {
  const t = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const unknown = unknownEntries(mark, file.data);
  const changes = describeChanges(onDevice, file.data);
  const nothing = changes.every((c) => c.added === 0 && c.differ === 0 && c.onlyHere === 0);
  const words = {
    file: { heading: 'files.check.headingFile', button: 'files.replace' },
    link: { heading: 'files.check.headingLink', button: 'files.check.replaceLink' },
    team: { heading: 'files.check.headingTeam', button: 'files.check.replaceTeam' },
  } as const;
  const named = { file: source.kind === 'file' ? source.name : '', level: source.kind === 'team' ? source.level : '' };
  return (
    <div className="notice file-preview" data-testid="file-preview">
      <h3 ref={heading} tabIndex={-1}>
        {t(words[source.kind].heading, named)}
      </h3>
      {source.kind !== 'team' && (
        <p>
          {t('files.previewMeta', {
            date: dateInWords(t, new Date(file.savedAt)),
            school: file.school ? t('files.previewSchool', { school: file.school }) : '',
            revision: file.mark.revision,
            current: mark.revision,
          })}
        </p>
      )}
      <ul data-testid="file-changes">
        {changes.map((change) => (
          <li key={change.line}>{changeLine(t, change)}</li>
        ))}
      </ul>
      {nothing && <p>{t('files.check.nothing')}</p>}
      {changes.some((c) => c.differ + c.onlyHere > 0) && (
        <details className="file-preview__list" data-testid="file-changed-list">
          <summary>{t('files.check.show', { count: changes.reduce((sum, c) => sum + c.differ + c.onlyHere, 0) })}</summary>
          <ul>
            {changes.flatMap((change) => [
              ...change.changedIds.map((id) => (
                <li key={`c/${change.line}/${id}`}>{t('files.check.replacedItem', { entry: entryName(mark, change.kind, id) })}</li>
              )),
              ...change.removedIds.map((id) => (
                <li key={`r/${change.line}/${id}`}>{t('files.check.removedItem', { entry: entryName(mark, change.kind, id) })}</li>
              )),
            ])}
          </ul>
        </details>
      )}
      {unknown.length > 0 && (
        <>
          <p>
            <strong>{t('files.unknownHeading', { count: unknown.length })}.</strong> {t('files.unknownLede')}
          </p>
          <ul data-testid="file-unknown">
            {unknown.map((entry) => (
              <li key={`${entry.kind}/${entry.level ?? ''}/${entry.id}`}>
                <code>{[entry.level, entry.id].filter(Boolean).join(' / ')}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="actions">
        <li>
          <button type="button" className="button--warning" onClick={onReplace}>
            {t(words[source.kind].button)}
          </button>
        </li>
        <li>
          <button type="button" className="button--secondary" onClick={onCancel}>
            {t('files.cancel')}
          </button>
        </li>
      </ul>
    </div>
  );
}

/** An entry as a person knows it: a criterion's level and words, else its id. */
function entryName(mark: Mark, kind: KindChange['kind'], id: string): string {
  if (kind !== 'answers') return id;
  const [levelId, criterionId, requirementId] = id.split('/');
  const level = mark.levels.find((l) => l.id === levelId);
  if (!level) return id;
  if (criterionId === 'requirement') return `${level.name}: ${level.requirements.find((r) => r.id === requirementId)?.text ?? requirementId}`;
  const text = levelCriteria(level).find((c) => c.statement.id === criterionId)?.statement.text;
  return `${level.name}: ${text ? shortened(text, 90) : criterionId}`;
}
