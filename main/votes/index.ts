// The vote engine: pure (no Node, no DOM), shared by the services and the renderer's year-end screens.
export { DEFAULT_AWARDS, defaultRules } from './defaults.js';
export { candidateOf, ineligibility, proposeCandidates, type Eligibility } from './eligibility.js';
export { baseLabelOf, computeResult, percentOf, ruleTextOf, type Counted, type RoundRule } from './result.js';
export { entryDifferences, tallyProblems, type TallyCounts, type TallyDifference, type TallyProblem, type TallyRound } from './tally.js';
export { parseThreshold, type Threshold } from './threshold.js';
