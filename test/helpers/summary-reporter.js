// Prints one plain closing line, "jest: N passed, N failed, N skipped", that CI reads as the run's verdict.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, numFailedTestSuites, numRuntimeErrorTestSuites } = results;
    const failed = numFailedTests + (numFailedTestSuites > 0 && numFailedTests === 0 ? numRuntimeErrorTestSuites || numFailedTestSuites : 0);
    process.stdout.write(`\njest: ${numPassedTests} passed, ${failed} failed, ${numPendingTests + numTodoTests} skipped\n`);
  }
}
module.exports = SummaryReporter;
