import type { LevelScore } from '~/frameworks/scoring/bestFit';
import type { Level } from '~/frameworks/schema';
import { useText } from '~/widgets/shell/text';
import { countOf } from './levelText';

/** "Every unmet criterion has an action", or the list of those without one, each a link to its field. */
export function UnmetWithoutAction({ level, score }: { level: Level; score: LevelScore }) {
  const t = useText();
  return (
    <div data-testid="level-actions">
      {score.unmetWithoutAction.length === 0 ? (
        <p>
          <span className="status status--met">{t('level.everyUnmetHasAction')}</span>
        </p>
      ) : (
        <details>
          <summary>
            <span className="status status--unmet">{t('level.withoutAction', { counted: countOf(t, level, score.unmetWithoutAction.length) })}</span>
          </summary>
          <ul className="calculator__missing">
            {score.unmetWithoutAction.map(({ entry }) => (
              <li key={entry.statement.id}>
                <a href={`#criterion-${entry.statement.id}`}>
                  <span className="criterion-ref">{entry.ref}</span>
                  {entry.group ? `${entry.group}${entry.role && entry.role !== entry.group ? `, ${entry.role}` : ''}: ` : ''}
                  {truncate(entry.statement.text)}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function truncate(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
