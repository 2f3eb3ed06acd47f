import { useState } from 'react';
import type { MarkRef } from '~/frameworks/markFile/kinds';
import { useText } from './text';

/** Saves everything the page holds for the mark to a file; the code that makes the file loads on the first click. */
export function SaveFileButton({ mark }: { mark: MarkRef }) {
  const t = useText();
  const [message, setMessage] = useState('');
  async function save() {
    try {
      const { saveMarkFile } = await import('../files/saveMarkFile');
      setMessage(t('keep.saved', { file: saveMarkFile(mark) }));
    } catch (error) {
      setMessage(t('keep.failed', { reason: String(error) }));
    }
  }
  return (
    <>
      <button type="button" onClick={() => void save()}>
        {t('keep.save')}
      </button>
      <span role="status" className="keep-status">
        {message}
      </span>
    </>
  );
}
