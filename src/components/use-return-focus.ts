import { useEffect, useState } from 'react';

/**
 * For a dialog that is mounted to open and unmounted to close (Mantine's Modal gives focus back only when its
 * `opened` turns false): remembers what had focus when it opened and gives focus back to it when it closes.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(
    () => () => {
      if (opener?.isConnected) opener.focus();
    },
    [opener],
  );
}
