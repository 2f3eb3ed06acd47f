import type { Level } from '~/frameworks/schema';
import type { LevelResult } from '~/widgets/stores/levelResults';
import type { KeepProps } from '~/widgets/shell/keep';
import { useText } from '~/widgets/shell/text';
import { levelVerdict } from './levelText';

interface Props {
  level: Level;
  result: LevelResult;
  /** The level below, which must be met first, in a sequential mark. */
  below: string | undefined;
  readinessHref: string;
  keep: KeepProps;
}

/** Shown once the last question is answered: the verdict, and what to do with the answers now. */
export default function Completion({ level, result, below, readinessHref, keep }: Props) {
  const t = useText();
  const verdict = levelVerdict(t, level, result, below);
  return (
    <section className="completion no-print" aria-labelledby="completion-heading" data-testid="completion">
      <h2 id="completion-heading">{t('level.complete.heading')}</h2>
      <p className={verdict.met ? 'status status--met' : 'status status--unmet'}>{verdict.text}</p>
      <ul className="actions">
        <li>
          <button type="button" onClick={() => void import('../markFile/saveMarkFile').then(({ saveMarkFile }) => saveMarkFile(keep.mark))}>
            {t('level.complete.save')}
          </button>
        </li>
        <li>
          <button type="button" className="button--secondary" onClick={() => print()}>
            {t('print.answers')}
          </button>
        </li>
        <li>
          <a className="button button--secondary" href={readinessHref}>
            {t('level.complete.readiness')}
          </a>
        </li>
      </ul>
    </section>
  );
}
