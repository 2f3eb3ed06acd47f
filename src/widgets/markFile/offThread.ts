import { OFF_THREAD_BYTES } from '~/frameworks/limits';
import { readMarkFile, type MarkFileShapes, type ReadMarkFile } from '~/frameworks/markFile/readMarkFile';
import type { Mark, Surveys } from '~/frameworks/schema';
import { importSurveyCsvBytes, type SurveyImport } from '~/frameworks/surveys/importSurveyCsv';

/** What the worker (parseWorker.ts) is asked to read. */
export type OffThreadJob =
  { op: 'markFile'; text: string; mark: Mark; shapes: MarkFileShapes } | { op: 'surveyCsv'; bytes: Uint8Array; name: string; surveys: Surveys };

type ResultOf<J extends OffThreadJob> = J extends { op: 'markFile' } ? ReadMarkFile : SurveyImport;

let worker: Worker | undefined;
let broken = false;
let nextId = 0;
const waiting = new Map<number, { job: OffThreadJob; resolve: (result: unknown) => void }>();

const onMainThread = <J extends OffThreadJob>(job: J): ResultOf<J> =>
  (job.op === 'markFile' ? readMarkFile(job.text, job.mark, job.shapes) : importSurveyCsvBytes(job.bytes, job.name, job.surveys)) as ResultOf<J>;

/** The worker, started on first use: a same-origin script, which the CSP's worker-src 'self' allows. */
function started(): Worker | undefined {
  if (worker || broken) return worker;
  try {
    worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<{ id: number; result: unknown }>) => {
    waiting.get(event.data.id)?.resolve(event.data.result);
    waiting.delete(event.data.id);
  };
  // A worker that could not load (a host that will not serve it): what it held is read here instead.
  worker.onerror = () => {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const { job, resolve } of waiting.values()) resolve(onMainThread(job));
    waiting.clear();
  };
  return worker;
}

/**
 * Reads an input: on the main thread when it is at most OFF_THREAD_BYTES (src/frameworks/limits.ts),
 * else in the worker, so the page goes on responding and can show its progress line. Where no
 * worker can start, the main thread reads it after all.
 */
export function readBounded<J extends OffThreadJob>(job: J, bytes: number): Promise<ResultOf<J>> {
  const off = bytes > OFF_THREAD_BYTES ? started() : undefined;
  if (!off) return Promise.resolve(onMainThread(job));
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, { job, resolve: resolve as (result: unknown) => void });
    off.postMessage({ id, job });
  });
}
