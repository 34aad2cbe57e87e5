/**
 * The thread of bounded-pattern.ts: tests one custom-field pattern at a time, off the page's thread, so a pattern
 * that backtracks for minutes costs this worker (which is then terminated), never the tab.
 */
self.onmessage = (event: MessageEvent<{ pattern: string; value: string }>) => {
  const { pattern, value } = event.data;
  let answer: 'match' | 'mismatch' | 'invalid';
  try {
    answer = new RegExp(pattern).test(value) ? 'match' : 'mismatch';
  } catch {
    answer = 'invalid';
  }
  self.postMessage(answer);
};
self.postMessage('ready');
