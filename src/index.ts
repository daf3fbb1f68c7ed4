/**
 * Cluster Gateway: the bundle entry. Importing it registers every widget (a second copy is harmless).
 */
export { CgReadinessQuiz } from './widgets/readiness-quiz/define.js';
export { CgPartnerFinder } from './widgets/partner-finder/define.js';
export { CgFundingList } from './widgets/funding-list/define.js';
export { CgDoorOpeners } from './widgets/door-openers/define.js';
export { CgInsights } from './widgets/insights/define.js';
export type { GatewayDocument, Cluster, Funding, Organisation, Quiz } from './data/schema.js';
export type { GatewayEvents } from './shared/events.js';
