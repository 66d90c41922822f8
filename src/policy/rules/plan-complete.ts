import type { Finding } from '../finding.js';
import type { ParsedPlan } from '../plan-model.js';
import { changeFinding, objectName, planFinding } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

const ID = 'plan-complete';

/** A partial or failed plan shows only part of what apply will do, so nothing about it can be approved. */
export const planComplete: BuiltInRule<Record<string, never>, undefined> = {
  description: {
    id: ID,
    title: 'The plan is complete',
    help:
      'A plan marked incomplete (`complete: false`, from `-target` or deferred work), with `deferred_changes`, ' +
      'that `errored`, or with an action list this tool does not know, does not show everything apply will do. ' +
      'Plan the whole configuration again without `-target` once the deferred inputs are known.',
  },
  prepare: () => undefined,
  check(plan: ParsedPlan, _options: undefined, settings: RuleSettings): Finding[] {
    const findings: Finding[] = [];
    if (plan.complete === false)
      findings.push(planFinding(ID, settings, plan, undefined, 'the plan is incomplete (complete: false)'));
    if (plan.deferredChanges > 0) {
      const what = plan.deferredChanges === 1 ? '1 change is' : `${plan.deferredChanges} changes are`;
      findings.push(planFinding(ID, settings, plan, undefined, `${what} deferred to a later plan`));
    }
    if (plan.errored === true)
      findings.push(planFinding(ID, settings, plan, undefined, 'the plan errored part way (errored: true)'));
    for (const change of plan.changesByKind.unknown) {
      const message = `${objectName(change)} has actions ${JSON.stringify(change.actions)}, which this tool does not know`;
      findings.push(changeFinding(ID, settings, change, message));
    }
    return findings;
  },
};
