import { useEffect, useState } from 'react';
import { balans } from './balans.ts';

/** A number that grows whenever the settings change (here or in another window), to key calls that read them. */
export function useSettingsVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => balans().on('settingsChanged', () => setVersion((n) => n + 1)), []);
  return version;
}
