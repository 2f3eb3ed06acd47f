import { useState } from 'react';
import type { Ratings } from '~/frameworks/schema';
import type { TextMap } from '~/text/translate';
import { PrioritiesTable } from './ratings/PrioritiesTable';
import { ResponseFiles, type ImportReport } from './ratings/ResponseFiles';
import { ClearControl } from './shell/ClearControl';
import { useLive } from './shell/live';
import { useText } from './shell/text';
import { ToolShell } from './shell/ToolShell';
import type { KeepProps } from './shell/keep';
import { auditOf, collectedOf } from './stores/ratings';
import { rankedPriorities } from './stores/priorityResults';

interface Props {
  /** The mark, for saving its answers to a file. */
  keep: KeepProps;
  markId: string;
  ratings: Ratings;
  decidedBy: string;
  auditHref: string;
  clear: { label: string };
  text: TextMap;
}

/** Combines the leaders' audit with staff response files and ranks the rated items, weakest first. */
export default function Priorities({ markId, ratings, clear, text, keep, ...rest }: Props) {
  const collected = collectedOf(markId, ratings);
  const [report, setReport] = useState<ImportReport>();
  return (
    <ToolShell keep={keep} className="priorities" text={text} saved={[collected, auditOf(markId, ratings)]}>
      <PrioritiesView markId={markId} ratings={ratings} report={report} setReport={setReport} {...rest} />
      <ClearResponses markId={markId} ratings={ratings} label={clear.label} onCleared={() => setReport(undefined)} />
    </ToolShell>
  );
}

interface ViewProps extends Omit<Props, 'clear' | 'text' | 'keep'> {
  report: ImportReport | undefined;
  setReport: (report: ImportReport) => void;
}

function PrioritiesView({ markId, ratings, decidedBy, auditHref, report, setReport }: ViewProps) {
  const t = useText();
  const ranked = useLive(rankedPriorities(markId, ratings));
  return (
    <>
      <ResponseFiles
        markId={markId}
        ratings={ratings}

        auditHref={auditHref}
        report={report}
        onReport={setReport}
      />
      <PrioritiesTable ratings={ratings} ranked={ranked} itemNoun={ratings.itemNoun.one} />
      <p className="source-note">
        {t('priorities.scaleNote', {
          low: ratings.scale[0]!.value,
          lowLabel: ratings.scale[0]!.label,
          high: ratings.scale.at(-1)!.value,
          highLabel: ratings.scale.at(-1)!.label,
          count: ratings.disagreementAt,
          items: ratings.itemNoun.other,
        })}{' '}
        {decidedBy}
      </p>
      <PrioritiesActions markId={markId} ratings={ratings} />
    </>
  );
}

function PrioritiesActions({ markId, ratings }: Pick<Props, 'markId' | 'ratings'>) {
  const t = useText();
  async function downloadCsv() {
    const [{ prioritiesCsv }, { downloadFile }] = await Promise.all([import('~/frameworks/ratings/prioritiesCsv'), import('./markFile/download')]);
    const { $value } = rankedPriorities(markId, ratings);
    downloadFile(`${markId}-priorities.csv`, prioritiesCsv($value.get(), auditOf(markId, ratings).$value.get(), ratings), 'text/csv');
  }
  return (
    <ul className="actions no-print">
      <li>
        <button type="button" onClick={() => void downloadCsv()}>
          {t('priorities.downloadCsv')}
        </button>
      </li>
      <li>
        <button type="button" className="button--secondary" onClick={() => window.print()}>
          {t('priorities.print')}
        </button>
      </li>
    </ul>
  );
}

function ClearResponses({ markId, ratings, label, onCleared }: Pick<Props, 'markId' | 'ratings'> & { label: string; onCleared: () => void }) {
  const t = useText();
  const collected = collectedOf(markId, ratings);
  const { responses } = useLive(collected);
  return (
    <ClearControl
      id="responses"
      label={label}
      what={t('priorities.clearWhat', { count: responses.length })}
      onClear={() => {
        collected.reset();
        onCleared();
      }}
    />
  );
}
