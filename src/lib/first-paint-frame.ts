import { useEffect } from 'react';

/**
 * index.html paints a frame of the app before any script runs (issue #15). The first screen calls this once it is
 * drawn: the frame goes as soon as the stylesheets have loaded too, in the same frame as the screen's first paint.
 * The frame is a fixed layer over the page, so taking it away shifts nothing.
 */
export function useFrameHandOff(): void {
  useEffect(() => {
    void removeFrame();
  }, []);
}

/** The same, for places that render elements rather than call hooks (a class component's fallback). */
export function FrameHandOff(): null {
  useFrameHandOff();
  return null;
}

async function removeFrame(): Promise<void> {
  const frame = document.getElementById('app-frame');
  if (!frame) return;
  const pending = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (link) => !link.sheet,
  );
  await Promise.all(
    pending.map(
      (link) =>
        new Promise((resolve) => {
          link.addEventListener('load', resolve, { once: true });
          link.addEventListener('error', resolve, { once: true });
        }),
    ),
  );
  frame.remove();
}
