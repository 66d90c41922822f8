import type { ActionDefinition } from '../runtime/action.js';
import type { ActionSchema } from '../runtime/action-schema.js';
import bumpSchema from '../../action-schemas/bump.schema.json' with { type: 'json' };

/**
 * The actions the CLI knows. Schemas load eagerly for `--help`; code loads only for the action
 * that runs, so `bump` never pays for Octokit.
 */
export const actions: Record<string, { schema: ActionSchema; load: () => Promise<ActionDefinition> }> = {
  bump: { schema: bumpSchema as ActionSchema, load: async () => (await import('./bump.js')).default },
};
