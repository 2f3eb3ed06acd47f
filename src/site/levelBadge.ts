import type { Level, Mark } from '~/frameworks/schema';

/** The modifier class of a level's badge, keyed by mark and level so two marks' levels never share colours. */
export const levelBadgeClass = (mark: Pick<Mark, 'id'>, level: Pick<Level, 'id'>): string => `level-badge--${mark.id}-${level.id}`;

/** The badge rules for every level that sets its own colours; the others keep the site's accent (the .level-badge default). */
export function levelBadgeCss(marks: readonly Pick<Mark, 'id' | 'levels'>[]): string {
  return marks
    .flatMap((mark) =>
      mark.levels.flatMap((level) =>
        level.badge ? [`.level-badge.${levelBadgeClass(mark, level)}{background:${level.badge.background};color:${level.badge.text}}`] : [],
      ),
    )
    .join('\n');
}
