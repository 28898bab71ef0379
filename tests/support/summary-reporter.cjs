// Prints one plain closing line, "tests: N passed, N failed", that CI and people
// can read at a glance whatever runner printed before it.
const fs = require("node:fs");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failedSuites = results.numFailedTestSuites;
    const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0);
    let line = `tests: ${results.numPassedTests} passed, ${failed} failed`;
    if (skipped) line += `, ${skipped} skipped`;
    process.stderr.write(`\n${line}\n`);
    fs.mkdirSync("test-results", { recursive: true });
    fs.writeFileSync("test-results/summary.txt", `${line}\n`);
    if (failedSuites && !failed) process.stderr.write(`(${failedSuites} test file(s) could not run)\n`);
  }
}
module.exports = SummaryReporter;
