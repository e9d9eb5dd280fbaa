import { STATE_STYLES, type TimelineState } from './palette.ts';

/**
 * The SVG patterns of the timeline's away states, defined once per page in an invisible SVG: the bars and the
 * legend swatches refer to them as `url(#timeline-<state>)` (see stateFill), so both always look alike.
 */
export function TimelinePatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        {(Object.keys(STATE_STYLES) as TimelineState[]).map((state) => {
          const { base, ink, pattern } = STATE_STYLES[state];
          return (
            <pattern key={state} id={`timeline-${state}`} width="6" height="6" patternUnits="userSpaceOnUse">
              {/* Paints as style, not attributes: only style resolves the theme's CSS variables. */}
              <rect width="6" height="6" style={{ fill: base }} />
              {pattern === 'hatch' && (
                <path d="M-1 1l2-2M0 6l6-6M5 7l2-2" style={{ stroke: ink }} strokeWidth="1.2" />
              )}
              {pattern === 'cross' && (
                <path d="M0 0l6 6M6 0l-6 6" style={{ stroke: ink }} strokeWidth="1" strokeLinecap="square" />
              )}
              {pattern === 'dots' && <circle cx="3" cy="3" r="1.1" style={{ fill: ink }} />}
              {pattern === 'dash' && <path d="M0 3h3" style={{ stroke: ink }} strokeWidth="1" />}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

/** A legend swatch in a state's pattern, outlined so the light ones show on a light page. */
export function StateSwatch({ state }: { state: TimelineState }) {
  return (
    <svg className="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="11" height="11" fill={`url(#timeline-${state})`} stroke="var(--text)" />
    </svg>
  );
}
