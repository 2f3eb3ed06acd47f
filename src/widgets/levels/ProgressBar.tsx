import { useSyncExternalStore, type ReactNode } from 'react';
import type { Level } from '~/frameworks/schema';
import { asksForActions } from '~/frameworks/tasks/taskList';
import type { LevelResult } from '~/widgets/stores/levelResults';
import { useText } from '~/widgets/shell/text';

const WIDE = '(min-width: 64rem)';
const subscribe = (onChange: () => void) => {
  const query = matchMedia(WIDE);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

/**
 * Progress that stays with you: on a phone a compact bar that stays in view ("31 of 48 answered · 20 met ·
 * 3 need an action") and opens the summary; on a laptop the summary itself, beside the form as on the list.
 */
export default function ProgressBar({ level, result: { score }, summary }: { level: Level; result: LevelResult; summary: ReactNode }) {
  const t = useText();
  const wide = useSyncExternalStore(
    subscribe,
    () => matchMedia(WIDE).matches,
    () => false,
  );
  if (wide) return summary;
  const needAction = asksForActions(level) ? score.criteria.filter((c) => c.answered && !c.met && !c.hasAction).length : 0;
  const line = [
    t('level.progress', { answered: score.answered, total: score.total, met: score.met }),
    ...(needAction > 0 ? [t('level.partNeedAction', { count: needAction })] : []),
  ].join(' · ');
  return (
    <details className="progress-bar no-print" data-testid="progress-bar">
      <summary>{line}</summary>
      {summary}
    </details>
  );
}
