// The built-in rules, by id. The engine never picks rules itself: config resolves this
// registry (plus plugins) into the list the engine runs.
import type { RuleModule } from '../src/rule-api.js';
import requireAchievements from './require-achievements.js';
import requireNextYearPlan from './require-next-year-plan.js';
import requireProblemsAndCauses from './require-problems-and-causes.js';
import requireResponsiblePerson from './require-responsible-person.js';
import requireThreeSystems from './require-three-systems.js';
import requireTitle from './require-title.js';

export const builtinRules: ReadonlyMap<string, RuleModule> = new Map(
  [
    requireTitle,
    requireAchievements,
    requireProblemsAndCauses,
    requireResponsiblePerson,
    requireNextYearPlan,
    requireThreeSystems,
  ].map((rule) => [rule.meta.id, rule]),
);
