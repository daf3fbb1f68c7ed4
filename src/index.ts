/**
 * Cluster Gateway: the bundle entry. Importing it registers every widget (a second copy is harmless).
 */
export { CgReadinessQuiz } from './widgets/readiness-quiz/readiness-quiz.js';
export { CgPartnerFinder } from './widgets/partner-finder/partner-finder.js';
export { CgFundingList } from './widgets/funding-list/funding-list.js';
export { CgDoorOpeners } from './widgets/door-openers/door-openers.js';
export { CgInsights } from './widgets/insights/insights.js';
export type { GatewayDocument, Cluster, Funding, Organisation, Quiz } from './data/schema.js';
export type { GatewayEvents } from './shared/events.js';
