import { useEffect, useState } from 'react';

/** Whether the clock has reached `at` (epoch ms); re-renders once when it does. No time means already reached. */
export function useTimeReached(at: number | undefined): boolean {
  const [reached, setReached] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (at === undefined) return;
    const timer = setTimeout(() => setReached(at), Math.max(0, at - Date.now()));
    return () => clearTimeout(timer);
  }, [at]);
  return at === undefined || reached === at;
}
