import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints the closing "N passed, N failed, N skipped" line that CI's log reader understands, and above it how many
 * tests were skipped for each stated reason (e.g. the @local-only ones when the run targets a real Rocket.Chat).
 */
export default class SummaryReporter implements Reporter {
  private readonly outcomes = new Map<string, ReturnType<TestCase['outcome']>>();
  private readonly skipReasons = new Map<string, string>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.outcomes.set(test.id, test.outcome());
    const skip = [...result.annotations, ...test.annotations].find((annotation) => annotation.type === 'skip');
    if (test.outcome() === 'skipped') this.skipReasons.set(test.id, skip?.description ?? 'no reason given');
  }

  onEnd(_result: FullResult): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const outcome of this.outcomes.values()) {
      if (outcome === 'expected' || outcome === 'flaky') counts.passed++;
      else if (outcome === 'skipped') counts.skipped++;
      else counts.failed++;
    }
    const byReason = new Map<string, number>();
    for (const reason of this.skipReasons.values()) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    for (const [reason, count] of byReason) console.log(`skipped ${count}: ${reason}`);
    console.log(`\nplaywright: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
