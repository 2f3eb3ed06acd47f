import type { CriterionEntry } from '~/frameworks/criteria';
import { GAP_KINDS, type GapLists as Lists } from '~/frameworks/scoring/gapLists';
import type { Level } from '~/frameworks/schema';
import { useText } from '~/widgets/shell/text';
import { gapListHeading } from './levelText';

// The report words what a level still needs with these, imported from here: so levelText stays in this module's chunk,
// which the tools share, instead of a chunk of its own that every tool page would fetch beside it.
export { describeGap, gapListHeading } from './levelText';

interface Props {
  level: Level;
  lists: Lists;
  /** The self-assessment's address, before each criterion's anchor; "" on the self-assessment itself. */
  base: string;
  /** Open every list at once, where they are the page's point (readiness). Default: false. */
  open?: boolean;
}

/** What is still needed, by name: one list for each kind of gap, each item its reference and words, a link to its question. */
export function GapLists({ level, lists, base, open = false }: Props) {
  const t = useText();
  return (
    <div className="gap-lists" data-testid="gap-lists">
      {GAP_KINDS.map((kind) => {
        const items = lists[kind];
        if (items.length === 0) return null;
        return (
          <details key={kind} open={open || undefined} data-testid={`gaps-${kind}`}>
            <summary>
              <span className="status status--unmet">{gapListHeading(t, level, kind, items.length)}</span>
            </summary>
            <ul className="calculator__missing">
              {kind === 'unmetRequirements'
                ? lists.unmetRequirements.map((r) => (
                    <li key={r.id}>
                      <a href={`${base}#requirements-heading`}>{truncate(r.text)}</a>
                    </li>
                  ))
                : (items as CriterionEntry[]).map((entry) => (
                    <li key={entry.statement.id}>
                      <a href={`${base}#criterion-${entry.statement.id}`}>
                        <span className="criterion-ref">{entry.ref}</span>
                        {entry.group ? `${entry.group}${entry.role && entry.role !== entry.group ? `, ${entry.role}` : ''}: ` : ''}
                        {kind === 'unmetElements' ? entry.statement.text : truncate(entry.statement.text)}
                      </a>
                    </li>
                  ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

function truncate(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
