import { useEffect, useRef, useState } from 'react';
import { countEntries, countRequirementNotes } from '~/frameworks/markFile/entries';
import type { MarkFile } from '~/frameworks/markFile/format';
import type { FilePreview } from './markFile/FilePreview';
import { OFF_THREAD_BYTES, sizeInWords } from '~/frameworks/limits';
import { MARK_FILE_MAX_BYTES, type MarkKind } from '~/frameworks/markFile/kinds';
import type { MarkCsvWords } from '~/frameworks/markFile/markCsv';
import type { Mark } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import { loadMark } from './markFile/loadMark';
import { markStores, readMarkData, takeMarkFile, valueNow } from './markFile/markFileStores';
import { refusalText } from './markFile/refusalText';
import type { KeepProps } from './shell/keep';
import { useLive } from './shell/live';
import { SaveFileButton } from './shell/SaveFileButton';
import { useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import { personDetails } from './stores/person';
import { schoolDetails } from './stores/school';
import type { Saved } from './stores/saved';

interface Props {
  keep: KeepProps;
  /** The mark's definition as data, fetched when a file is opened or a spreadsheet made. */
  definitionHref: string;
  /** The page a shared link opens. */
  sharedHref: string;
  /** The clear control's words, which name the mark. */
  clear: { label: string; what: string };
  text: TextMap;
}

/** Everything a school does with a mark's answers beyond the tools: save and open files, share a link, download a spreadsheet. */
export default function MarkFileTool({ keep, definitionHref, sharedHref, clear, text }: Props) {
  const stores = Object.values(markStores(keep.mark));
  return (
    <ToolShell
      className="files-tool"
      text={text}
      saved={stores}
      prints="none"
      clear={{ id: 'files', ...clear, onClear: () => stores.forEach((store) => store.reset()) }}
    >
      <OnDevice keep={keep} />
      <SaveSection keep={keep} />
      <OpenSection keep={keep} definitionHref={definitionHref} />
      <ShareSection keep={keep} sharedHref={sharedHref} />
      <CsvSection keep={keep} definitionHref={definitionHref} />
    </ToolShell>
  );
}

function KindCount({ kind, store }: { kind: MarkKind; store: Saved<unknown> }) {
  const t = useText();
  const data = { [kind]: useLive(store) };
  const notes = kind === 'answers' ? countRequirementNotes(data) : 0;
  return (
    <>
      <li data-kind={kind}>{t(`files.count.${kind}`, { count: countEntries(kind, data) })}</li>
      {notes > 0 && <li data-kind="requirementNotes">{t('files.count.requirementNotes', { count: notes })}</li>}
    </>
  );
}

function OnDevice({ keep }: Pick<Props, 'keep'>) {
  const t = useText();
  const stores = Object.entries(markStores(keep.mark)) as [MarkKind, Saved<unknown>][];
  return (
    <section aria-labelledby="files-on-device">
      <h2 id="files-on-device">{t('files.onDevice')}</h2>
      <ul data-testid="files-on-device">
        {stores.map(([kind, store]) => (
          <KindCount key={kind} kind={kind} store={store} />
        ))}
      </ul>
    </section>
  );
}

function SaveSection({ keep }: Pick<Props, 'keep'>) {
  const t = useText();
  const details = schoolDetails();
  const school = useLive(details).name;
  return (
    <section aria-labelledby="files-save">
      <h2 id="files-save">{t('files.saveHeading')}</h2>
      <p>{t('files.saveLede')}</p>
      <label htmlFor="files-school">{t('files.school')}</label>
      <input
        id="files-school"
        type="text"
        value={school}
        onChange={(e) => {
          const name = e.currentTarget.value;
          details.update((d) => ({ ...d, name }));
        }}
      />
      <PersonFields />
      <p className="actions">
        <SaveFileButton mark={keep.mark} />
      </p>
    </section>
  );
}

/** Who is saving: asked once, kept on this device like the school's name, and written into every file. */
function PersonFields() {
  const t = useText();
  const person = personDetails();
  const { name, role } = useLive(person);
  return (
    <div className="files__person">
      <p className="hint">{t('files.personLede')}</p>
      <label htmlFor="files-person">{t('files.personName')}</label>
      <input
        id="files-person"
        type="text"
        autoComplete="name"
        value={name}
        onChange={(e) => {
          const value = e.currentTarget.value;
          person.update((d) => ({ ...d, name: value }));
        }}
      />
      <label htmlFor="files-role">{t('files.personRole')}</label>
      <input
        id="files-role"
        type="text"
        autoComplete="organization-title"
        value={role}
        onChange={(e) => {
          const value = e.currentTarget.value;
          person.update((d) => ({ ...d, role: value }));
        }}
      />
    </div>
  );
}

type OpenState =
  | { stage: 'idle' }
  | { stage: 'reading'; name: string; size: number }
  | { stage: 'refused'; name: string; message: string }
  | { stage: 'preview'; name: string; file: MarkFile; mark: Mark; Preview: typeof FilePreview }
  | { stage: 'opened'; name: string };

/** Opens a file: checks it whole, shows what it would change, and replaces nothing until asked. */
function OpenSection({ keep, definitionHref }: Pick<Props, 'keep' | 'definitionHref'>) {
  const t = useText();
  const id = 'files-open';
  const [state, setState] = useState<OpenState>({ stage: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const refused = useRef<HTMLDivElement>(null);
  // A refusal takes the focus, so a screen reader user hears why and a keyboard user is beside it.
  useEffect(() => {
    if (state.stage === 'refused') refused.current?.focus();
  }, [state]);

  async function open(file: File) {
    const refuse = (message: string) => setState({ stage: 'refused', name: file.name, message });
    if (file.size > MARK_FILE_MAX_BYTES) {
      refuse(refusalText(t, { kind: 'tooLarge', bytes: file.size }, keep.mark.name));
      return;
    }
    // A large file is read off the main thread (src/frameworks/limits.ts), with a progress line meanwhile.
    if (file.size > OFF_THREAD_BYTES) setState({ stage: 'reading', name: file.name, size: file.size });
    const [{ openMarkFileBounded }, { FilePreview: Preview }, mark, text] = await Promise.all([
      import('./markFile/openMarkFile'),
      import('./markFile/FilePreview'),
      loadMark(definitionHref),
      file.text(),
    ]);
    const read = await openMarkFileBounded(text, mark);
    if (read.ok) setState({ stage: 'preview', name: file.name, file: read.file, mark, Preview });
    else refuse(refusalText(t, read.refusal, keep.mark.name));
  }

  function replace(name: string, file: MarkFile) {
    takeMarkFile(keep.mark, file);
    setState({ stage: 'opened', name });
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('files.openHeading')}</h2>
      <p>{t('files.openLede')}</p>
      <label htmlFor={`${id}-file`}>{t('files.choose')}</label>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again reads it again.
          e.currentTarget.value = '';
          if (file) void open(file);
        }}
      />
      {state.stage === 'reading' && (
        <p role="status" data-testid="file-reading">
          {t('files.reading', { file: state.name, size: sizeInWords(state.size) })}
        </p>
      )}
      {state.stage === 'refused' && (
        <div ref={refused} tabIndex={-1} className="notice notice--warning" role="alert" data-testid="file-refused">
          <p>
            <strong>{t('files.refusedHeading', { file: state.name })}</strong> {state.message} {t('files.unchanged')}
          </p>
        </div>
      )}
      {state.stage === 'preview' && (
        <state.Preview
          mark={state.mark}
          file={state.file}
          source={{ kind: 'file', name: state.name }}
          onDevice={readMarkData(keep.mark)}
          onReplace={() => replace(state.name, state.file)}
          onCancel={() => {
            setState({ stage: 'idle' });
            input.current?.focus();
          }}
        />
      )}
      <p role="status" data-testid="file-opened">
        {state.stage === 'opened' ? t('files.replaced', { file: state.name }) : ''}
      </p>
    </section>
  );
}

/** Makes a link that carries the answers in its fragment, for someone to read them (or import them) on their own device. */
function ShareSection({ keep, sharedHref }: Pick<Props, 'keep' | 'sharedHref'>) {
  const t = useText();
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState<'copied' | 'byHand' | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);

  async function make() {
    const [{ shareFragment }, { markFileText }, { currentMarkFile }] = await Promise.all([
      import('~/frameworks/markFile/shareLink'),
      import('~/frameworks/markFile/writeMarkFile'),
      import('./markFile/saveMarkFile'),
    ]);
    const file = currentMarkFile(keep.mark);
    setLink(`${new URL(sharedHref, location.href).href}#${await shareFragment(markFileText(file))}`);
    setCopied(undefined);
  }

  async function copy() {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // No clipboard API on a plain-HTTP host: the link is selected for the user to copy.
      setCopied('byHand');
    }
  }

  return (
    <section aria-labelledby="files-share">
      <h2 id="files-share">{t('files.shareHeading')}</h2>
      <p>{t('files.shareLede')}</p>
      <p className="actions">
        <button type="button" onClick={() => void make()}>
          {t('files.makeLink')}
        </button>
      </p>
      {link && (
        <>
          <label htmlFor="files-link">{t('files.linkLabel')}</label>
          <input ref={field} id="files-link" type="text" readOnly value={link} data-testid="share-link" onFocus={(e) => e.currentTarget.select()} />
          <p className="hint">{t('files.linkLength', { count: link.length })}</p>
          <p className="actions">
            <button type="button" className="button--secondary" onClick={() => void copy()}>
              {t('files.copy')}
            </button>
          </p>
        </>
      )}
      <p role="status">{copied === 'copied' ? t('files.copied') : copied === 'byHand' ? t('files.copyByHand') : ''}</p>
    </section>
  );
}

/** Downloads every tool's answers as one spreadsheet. */
function CsvSection({ keep, definitionHref }: Pick<Props, 'keep' | 'definitionHref'>) {
  const t = useText();
  async function download() {
    const [{ markCsv }, { downloadFile }, { markFileName }, mark] = await Promise.all([
      import('~/frameworks/markFile/markCsv'),
      import('./markFile/download'),
      import('~/frameworks/markFile/writeMarkFile'),
      loadMark(definitionHref),
    ]);
    const words: MarkCsvWords = {
      section: t('files.csv.section'),
      group: t('files.csv.group'),
      ref: t('files.csv.ref'),
      id: t('files.csv.id'),
      statement: t('files.csv.statement'),
      answer: t('files.csv.answer'),
      evidence: t('files.csv.evidence'),
      notInRevision: t('files.csv.notInRevision'),
      responsesCollected: t('files.csv.responsesCollected'),
      staffMean: (mean, count) => t('files.csv.staffMean', { mean, count }),
      agreeing: (agree, answered, share) => t('files.csv.agreeing', { agree, answered, percent: share }),
      responses: (count, invited) =>
        invited === undefined ? t('files.csv.responses', { count }) : t('files.csv.responsesInvited', { count, invited }),
    };
    // Named as the self-assessment file is: school, person, mark, date and time.
    const named = { school: valueNow(schoolDetails()).name, person: valueNow(personDetails()).name };
    downloadFile(markFileName(keep.mark.id, new Date(), 'csv', named), markCsv(mark, readMarkData(keep.mark), words), 'text/csv;charset=utf-8');
  }
  return (
    <section aria-labelledby="files-csv">
      <h2 id="files-csv">{t('files.csvHeading')}</h2>
      <p>{t('files.csvLede')}</p>
      <p className="actions">
        <button type="button" onClick={() => void download()}>
          {t('files.csv')}
        </button>
      </p>
    </section>
  );
}
