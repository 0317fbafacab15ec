// The built-in rules, by id. The engine never picks rules itself: config resolves this
// registry (plus plugins) into the list the engine runs.
import type { LoadedRule } from '../src/rule-api.js';
import documentNumber from './document-number.js';
import fullwidthPunctuation from './fullwidth-punctuation.js';
import headingSequence from './heading-sequence.js';
import noOutdatedReference from './no-outdated-reference.js';
import noPrivateInfo from './no-private-info.js';
import pairedPunctuation from './paired-punctuation.js';
import publishDeadline from './publish-deadline.js';
import forbiddenTerms from './forbidden-terms.js';
import requireAchievements from './require-achievements.js';
import requireNextYearPlan from './require-next-year-plan.js';
import requireProblemsAndCauses from './require-problems-and-causes.js';
import requireResponsiblePerson from './require-responsible-person.js';
import requireSignature from './require-signature.js';
import requireThreeSystems from './require-three-systems.js';
import requireTopics from './require-topics.js';
import requireTitle from './require-title.js';
import requiredTerms from './required-terms.js';
import yearConsistency from './year-consistency.js';
import sectionMinLength from './section-min-length.js';

export const builtinRules: ReadonlyMap<string, LoadedRule> = new Map(
  [
    requireTitle,
    requireAchievements,
    requireProblemsAndCauses,
    requireResponsiblePerson,
    requireNextYearPlan,
    requireThreeSystems,
    // What the report covers (issue 20): off unless a config or preset turns it on.
    requireTopics,
    // Report quality (issue 5): warnings in the recommended set.
    yearConsistency,
    requireSignature,
    publishDeadline,
    headingSequence,
    pairedPunctuation,
    fullwidthPunctuation,
    documentNumber,
    noOutdatedReference,
    noPrivateInfo,
    // Rule kinds configured by data (issue 6): off until a config gives them items.
    requiredTerms,
    forbiddenTerms,
    sectionMinLength,
  ].map((rule) => [rule.meta.id, rule]),
);
