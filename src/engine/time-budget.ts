// Running the rules under a time budget. Rules are synchronous code, some of it the user's
// (plugins), and one that loops would hang the run: a timer cannot fire while it runs. V8 can
// stop running JavaScript from a watchdog thread, which node:vm offers as a script's timeout;
// calling the rules from a one-line script puts them under it, for about 0.05 ms per call.
import { createContext, Script } from 'node:vm';

/** The budget was spent before `run` returned; it was stopped where it stood. */
export class TimeBudgetSpent extends Error {}

const context = createContext({ run: undefined as (() => unknown) | undefined });
const script = new Script('run()', { filename: 'fazhi-lint-time-budget' });

/** Calls `run`, stopping it after `ms` milliseconds with TimeBudgetSpent. Not re-entrant. */
export function withinTimeBudget<T>(ms: number, run: () => T): T {
  context.run = run;
  try {
    return script.runInContext(context, { timeout: ms }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeBudgetSpent(`stopped after ${ms} ms`);
    throw error;
  } finally {
    context.run = undefined;
  }
}
