// Bar charts as plain SVG, drawn in black and white (solid against dashed outline), each beside a
// table of the same figures: no chart library, a few hundred bytes.

export interface BarPair {
  label: string;
  first?: number | undefined;
  second?: number | undefined;
}

interface Props {
  title: string;
  pairs: BarPair[];
  /** The axis runs from `min` to `max`. */
  min?: number;
  max: number;
  firstLabel: string;
  secondLabel: string;
  /** How a value is written at the end of its bar. */
  format?: (value: number) => string;
}

const LABEL = 190;
const WIDTH = 600;
const BAR = 14;
const ROW = BAR * 2 + 14;

/** Two bars per row: the first solid, the second a dashed outline, each with its figure written after it. */
export function PairedBars({ title, pairs, min = 0, max, firstLabel, secondLabel, format = String }: Props) {
  const span = Math.max(max - min, 1);
  const scale = (v: number) => ((Math.max(v, min) - min) / span) * (WIDTH - LABEL - 50);
  const height = pairs.length * ROW + 30;
  const bar = (value: number | undefined, y: number, solid: boolean) =>
    value === undefined ? null : (
      <>
        <rect
          x={LABEL}
          y={y}
          width={Math.max(scale(value), 1)}
          height={BAR}
          fill={solid ? 'currentColor' : 'none'}
          stroke="currentColor"
          strokeWidth={solid ? 0 : 1.5}
          strokeDasharray={solid ? undefined : '4 2'}
        />
        <text x={LABEL + scale(value) + 6} y={y + BAR - 3} fontSize="12" fill="currentColor">
          {format(value)}
        </text>
      </>
    );
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      <g fontSize="12" fill="currentColor">
        <rect x={LABEL} y={4} width={14} height={10} fill="currentColor" />
        <text x={LABEL + 20} y={13}>
          {firstLabel}
        </text>
        <rect x={LABEL + 120} y={4} width={14} height={10} fill="none" stroke="currentColor" strokeWidth={1.5} strokeDasharray="4 2" />
        <text x={LABEL + 140} y={13}>
          {secondLabel}
        </text>
      </g>
      {pairs.map((p, i) => {
        const y = 30 + i * ROW;
        return (
          <g key={i}>
            <text x={LABEL - 8} y={y + BAR + 3} fontSize="12" textAnchor="end" fill="currentColor">
              {p.label.length > 28 ? `${p.label.slice(0, 27)}…` : p.label}
            </text>
            {bar(p.first, y, true)}
            {bar(p.second, y + BAR + 2, false)}
          </g>
        );
      })}
      <line x1={LABEL} x2={LABEL} y1={24} y2={height} stroke="currentColor" />
    </svg>
  );
}
