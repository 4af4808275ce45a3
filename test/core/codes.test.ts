// The codes are the rules' vocabulary and the locale's tables must word each code and no other: `npm run typecheck` checks both ways here.
import type { IssueCode, ResultReason } from '../../src/core/codes';
import type { Sentence } from '../../src/core/es/details';
import { MESSAGES, describe as describeIssue } from '../../src/core/es/issues';
import { RESULT_REASONS, explain } from '../../src/core/es/reasons';

// A table missing a code does not compile: the Spanish for `not_a_number` would be gone.
const { not_a_number: _dropped, ...withoutOne } = MESSAGES;
// @ts-expect-error Property 'not_a_number' is missing
withoutOne satisfies Record<IssueCode, Sentence>;

// A table with a code the rules do not know does not compile either: nothing could ever report it.
// @ts-expect-error Object literal may only specify known properties
({ ...MESSAGES, not_a_code: () => 'nunca' }) satisfies Record<IssueCode, Sentence>;

const { no_plan: _gone, ...reasonsWithoutOne } = RESULT_REASONS;
// @ts-expect-error Property 'no_plan' is missing
reasonsWithoutOne satisfies Record<ResultReason, Sentence>;
// @ts-expect-error Object literal may only specify known properties
({ ...RESULT_REASONS, not_a_reason: () => 'nunca' }) satisfies Record<ResultReason, Sentence>;

test('every issue code and every reason code is worded by the table keyed by it', () => {
  expect(withoutOne).not.toHaveProperty('not_a_number');
  expect(describeIssue({ code: 'not_a_number', value: 'ocho' })).toBe('«ocho» no es un número');
  expect(explain({ code: 'no_plan' })).toBe('sin plan de beca (Cap. XI, Art. 2)');
  expect(reasonsWithoutOne).not.toHaveProperty('no_plan');
});
