let context: CanvasRenderingContext2D | null | undefined;

/**
 * How wide `text` is drawn in the page's font at `sizePx`, in pixels, measured on a canvas (no layout needed).
 * Without a canvas, an overestimate of 0.6 em a character.
 */
export function textWidth(text: string, sizePx = 12): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * sizePx * 0.6;
  context.font = `${sizePx}px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
  return context.measureText(text).width;
}
