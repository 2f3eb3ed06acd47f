import { useEffect, useState } from 'react';
import type { MarkFile } from '~/frameworks/markFile/format';
import type { Mark } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import type { FilePreview } from './markFile/FilePreview';
import { loadMark } from './markFile/loadMark';
import { readMarkData, takeMarkFile } from './markFile/markFileStores';
import type { ReadOnlyAnswers } from './markFile/ReadOnlyAnswers';
import { refusalText } from './markFile/refusalText';
import type { KeepProps } from './shell/keep';
import { dateInWords, useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';

interface Props {
  keep: KeepProps;
  definitionHref: string;
  text: TextMap;
}

type State =
  | { stage: 'loading' }
  | { stage: 'none' }
  | { stage: 'refused'; message: string }
  | { stage: 'ready'; mark: Mark; file: MarkFile; importing: boolean; imported: boolean; views: Views };

/** The views of shared answers, loaded with them so the page itself stays light. */
interface Views {
  Preview: typeof FilePreview;
  Answers: typeof ReadOnlyAnswers;
}

/** Answers that came in a link: shown read-only, imported to this device only if the user chooses to. */
export default function SharedAnswers({ keep, definitionHref, text }: Props) {
  return (
    <ToolShell className="shared-answers" text={text} saved={[]} prints="none">
      <Shared keep={keep} definitionHref={definitionHref} />
    </ToolShell>
  );
}

function Shared({ keep, definitionHref }: Omit<Props, 'text'>) {
  const t = useText();
  const [state, setState] = useState<State>({ stage: 'loading' });
  const [progress, setProgress] = useState('');

  useEffect(() => {
    // Each reading of the fragment has its number; only the latest may show what it read.
    let reading = 0;
    async function read() {
      const mine = ++reading;
      const current = () => mine === reading;
      const fragment = location.hash;
      setProgress('');
      if (!fragment) {
        setState({ stage: 'none' });
        return;
      }
      setState({ stage: 'loading' });
      const [{ unpackShareFragment }, { openMarkFileBounded }, { FilePreview: Preview }, { ReadOnlyAnswers: Answers }, mark, limits] =
        await Promise.all([
          import('~/frameworks/markFile/shareLink'),
          import('./markFile/openMarkFile'),
          import('./markFile/FilePreview'),
          import('./markFile/ReadOnlyAnswers'),
          loadMark(definitionHref),
          import('~/frameworks/limits'),
        ]);
      if (!current()) return;
      const limit = limits.limitInWords(limits.INPUT_MAX_BYTES);
      const unpacked = await unpackShareFragment(fragment, limits.INPUT_MAX_BYTES, (bytes) => {
        if (current() && bytes > limits.OFF_THREAD_BYTES) setProgress(t('shared.unpacking', { size: limits.sizeInWords(bytes), limit }));
      });
      if (!current()) return;
      if (!unpacked.ok) {
        setProgress('');
        setState({ stage: 'refused', message: unpacked.reason === 'tooLarge' ? t('shared.tooLarge', { limit }) : t('shared.broken') });
        return;
      }
      if (unpacked.text.length > limits.OFF_THREAD_BYTES) setProgress(t('shared.reading', { size: limits.sizeInWords(unpacked.text.length) }));
      const opened = await openMarkFileBounded(unpacked.text, mark);
      if (!current()) return;
      setProgress('');
      if (opened.ok) setState({ stage: 'ready', mark, file: opened.file, importing: false, imported: false, views: { Preview, Answers } });
      else setState({ stage: 'refused', message: refusalText(t, opened.refusal, keep.mark.name) });
    }
    void read();
    // A second link pasted into the same tab changes only the fragment: the page reads it afresh, and
    // whatever the first link showed (and any import of it begun) goes.
    const reread = () => void read();
    window.addEventListener('hashchange', reread);
    return () => {
      reading++;
      window.removeEventListener('hashchange', reread);
    };
  }, [definitionHref, keep.mark.name, t]);

  if (state.stage === 'loading')
    return (
      <p role="status" data-testid="shared-progress">
        {progress || t('shared.loading')}
      </p>
    );
  if (state.stage === 'none') return <p className="notice">{t('shared.none')}</p>;
  if (state.stage === 'refused')
    return (
      <div className="notice notice--warning" role="alert" data-testid="file-refused">
        <p>{state.message}</p>
      </div>
    );
  const { mark, file, views } = state;
  return (
    <>
      <h2>{t('shared.heading')}</h2>
      <p className="notice">
        {t('shared.readOnly')}{' '}
        {t('files.previewMeta', {
          date: dateInWords(t, new Date(file.savedAt)),
          school: file.school ? t('files.previewSchool', { school: file.school }) : '',
          revision: file.mark.revision,
          current: mark.revision,
        })}
      </p>
      {state.importing ? (
        <views.Preview
          mark={mark}
          file={file}
          source={{ kind: 'link' }}
          onDevice={readMarkData(keep.mark)}
          onReplace={() => {
            takeMarkFile(keep.mark, file);
            setState({ ...state, importing: false, imported: true });
          }}
          onCancel={() => setState({ ...state, importing: false })}
        />
      ) : (
        <p className="actions">
          <button type="button" onClick={() => setState({ ...state, importing: true, imported: false })}>
            {t('shared.import')}
          </button>
        </p>
      )}
      <p role="status" data-testid="file-opened">
        {state.imported ? t('files.replaced', { file: t('shared.heading') }) : ''}
      </p>
      <views.Answers mark={mark} data={file.data} />
    </>
  );
}
