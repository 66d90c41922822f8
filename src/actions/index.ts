import type { ValidateFunction } from 'ajv';
import type { ActionDefinition } from '../runtime/action.js';
import type { ActionSchema } from '../runtime/action-schema.js';
import bumpSchema from '../../action-schemas/bump.schema.json' with { type: 'json' };
import ociPushSchema from '../../action-schemas/oci-push.schema.json' with { type: 'json' };
import planPolicySchema from '../../action-schemas/plan-policy.schema.json' with { type: 'json' };

/** An action as the runner and the CLI see it before its code is loaded. */
export interface ActionEntry {
  schema: ActionSchema;
  /** The input validator compiled at build time, where the bundle has one. */
  validate?: ValidateFunction;
  load: () => Promise<ActionDefinition>;
}

/**
 * Every action. Schemas load eagerly (inputs are parsed, and `--help` answered, from them); the
 * code loads only once inputs are valid, so a step that fails on its inputs, or `bump`, which
 * never calls the API, does not pay for the rest.
 */
export const actions: Record<string, ActionEntry> = {
  bump: { schema: bumpSchema as ActionSchema, load: async () => (await import('./bump.js')).default },
  'oci-push': {
    schema: ociPushSchema as ActionSchema,
    load: async () => (await import('./oci-push.js')).default,
  },
  'plan-policy': {
    schema: planPolicySchema as ActionSchema,
    load: async () => (await import('./plan-policy.js')).default,
  },
};
