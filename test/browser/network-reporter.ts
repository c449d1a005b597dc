// Prints, at the end of the run, how many requests the suite recorded in all and how
// many were external (the fixture fails the test for any external one).
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class NetworkReporter implements Reporter {
  private total = 0;
  private tests = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    const n = result.annotations.find((a) => a.type === 'requests')?.description;
    if (n === undefined) return;
    this.total += Number(n);
    this.tests += 1;
  }

  onEnd(): void {
    console.log(`\nNetwork: ${this.total} requests recorded across ${this.tests} tests; any request off 127.0.0.1 fails its test.`);
  }
}
