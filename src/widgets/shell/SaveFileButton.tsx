import type { MarkRef } from '~/frameworks/markFile/kinds';
import { useText } from './text';

/** Saves everything the page holds for the mark to a file (the browser shows the download); the code loads on the first click. */
export function SaveFileButton({ mark }: { mark: MarkRef }) {
  const t = useText();
  return (
    <button type="button" onClick={() => void import('../markFile/saveMarkFile').then(({ saveMarkFile }) => saveMarkFile(mark))}>
      {t('keep.save')}
    </button>
  );
}
