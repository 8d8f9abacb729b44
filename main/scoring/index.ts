// The scoring engine: pure (no Node, no DOM), shared by the services and the renderer's live totals.
export { formatPoints, plain, toBig } from './decimal.js';
export { entryProblem, scoredItems, type ScoredItem } from './items.js';
export { computeStandings, type Member } from './ranking.js';
export { scaleProblems, scaleSums } from './scale.js';
