import { Truncated } from '../components/Truncated.tsx';

/**
 * A legend entry's words in the page's text colour: the swatch beside it carries the series colour, because text
 * in orange or pink on white falls below 3:1. Long names are cut with the whole name in the tooltip.
 */
export function LegendText({ text }: { text: string }) {
  return <Truncated text={text} className="legend-text" />;
}
