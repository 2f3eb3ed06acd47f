// The worker that reads a large input off the page's main thread (offThread.ts starts it on first use).
// It is given everything it needs (the mark, the file shapes, the survey settings), so it loads no
// definition and no virtual module of its own.
import { readMarkFile } from '~/frameworks/markFile/readMarkFile';
import { importSurveyCsvBytes } from '~/frameworks/surveys/importSurveyCsv';
import type { OffThreadJob } from './offThread';

self.onmessage = (event: MessageEvent<{ id: number; job: OffThreadJob }>) => {
  const { id, job } = event.data;
  const result = job.op === 'markFile' ? readMarkFile(job.text, job.mark, job.shapes) : importSurveyCsvBytes(job.bytes, job.name, job.surveys);
  self.postMessage({ id, result });
};
