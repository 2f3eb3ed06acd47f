import { useEffect, useRef } from 'react';
import { describeChanges, unknownEntries } from '~/frameworks/markFile/changes';
import type { MarkData, MarkFile } from '~/frameworks/markFile/format';
import type { Mark } from '~/frameworks/schema';
import { dateInWords, useText } from '../shell/text';

interface Props {
  mark: Mark;
  file: MarkFile;
  /** The file's name, or the words for a shared link. */
  name: string;
  onDevice: MarkData;
  onReplace: () => void;
  onCancel: () => void;
}

/** What opening a file would change, and what in it this revision of the mark does not have; nothing changes until the user says yes. */
export function FilePreview({ mark, file, name, onDevice, onReplace, onCancel }: Props) {
  const t = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const unknown = unknownEntries(mark, file.data);
  return (
    <div className="notice file-preview" data-testid="file-preview">
      <h3 ref={heading} tabIndex={-1}>
        {t('files.previewHeading', { file: name })}
      </h3>
      <p>
        {t('files.previewMeta', {
          date: dateInWords(t, new Date(file.savedAt)),
          school: file.school ? t('files.previewSchool', { school: file.school }) : '',
          revision: file.mark.revision,
          current: mark.revision,
        })}
      </p>
      <ul data-testid="file-changes">
        {describeChanges(onDevice, file.data).map((change) => (
          <li key={change.kind}>
            {[
              t('files.change.inFile', { what: t(`files.what.${change.kind}`), count: change.inFile }),
              t('files.change.differ', { count: change.differ }),
              t('files.change.onlyHere', { count: change.onlyHere }),
            ]
              .filter(Boolean)
              .join('; ')}
          </li>
        ))}
      </ul>
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
            {t('files.replace')}
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
