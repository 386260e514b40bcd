import { expect } from '@open-wc/testing';
import { CarepathInputError, type InputIssue } from '../../src/core/errors.js';

/** Runs `fn`, expects a CarepathInputError, and returns its issues for closer checks. */
export function inputIssues(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(CarepathInputError);
    const issues = (error as CarepathInputError).issues;
    expect(issues.length).to.be.greaterThan(0);
    for (const issue of issues) expect(issue.message, JSON.stringify(issue)).to.be.a('string').and.not.equal('Invalid input');
    return issues;
  }
  expect.fail('expected a CarepathInputError');
}

/** The issue for `field`, failing when there is none. */
export function issueFor(issues: readonly InputIssue[], field: string): InputIssue {
  const issue = issues.find((candidate) => candidate.field === field);
  expect(issue, `no issue for "${field}" in ${JSON.stringify(issues)}`).to.exist;
  return issue as InputIssue;
}
