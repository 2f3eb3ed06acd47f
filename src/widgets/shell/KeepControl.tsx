import type { MarkRef } from '~/frameworks/markFile/kinds';
import { SaveFileButton } from './SaveFileButton';
import { useText } from './text';

export interface KeepProps {
  mark: MarkRef;
  /** The mark's page for opening files, sharing links and spreadsheets. */
  filesHref: string;
  /** This device's saved data, where saving can be switched off and on. */
  deviceHref: string;
}

/** Every tool's way to keep a copy of the mark's answers off this browser. */
export function KeepControl({ mark, filesHref }: KeepProps) {
  const t = useText();
  return (
    <section className="keep-control no-print" aria-labelledby={`keep-${mark.id}`}>
      <h2 id={`keep-${mark.id}`}>{t('keep.heading')}</h2>
      <p className="actions">
        <SaveFileButton mark={mark} />
      </p>
      <p>
        <a href={filesHref}>{t('keep.more')}</a>
      </p>
    </section>
  );
}
