import { startTransition, useEffect, useState } from 'react';

/**
 * False in a screen's first render and true from then on. A screen draws what is in view first (its charts) and
 * what is below it (tables, drill-downs) in a follow-up render that React may interrupt, so the first frame is not
 * held up by rows nobody sees yet. Only the first render is split: later updates draw everything together, so the
 * two parts never show different data.
 */
export function useFirstFrameDrawn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => startTransition(() => setDrawn(true)), []);
  return drawn;
}
