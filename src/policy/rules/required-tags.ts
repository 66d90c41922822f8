import type { Finding } from '../finding.js';
import type { ParsedPlan } from '../plan-model.js';
import { changeFinding, objectName } from './rule.js';
import type { BuiltInRule, RuleSettings } from './rule.js';

export interface RequiredTagsConfig {
  /** Tag keys every taggable resource must carry (`owner`, `cost-center`). */
  tags: string[];
}

const ID = 'required-tags';

const CHECKED_KINDS = new Set(['create', 'update', 'replace', 'replace-forget']);

type AttributeMap = Record<string, unknown>;

function isMap(value: unknown): value is AttributeMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A type supports tags when its `after` has a `tags` attribute at all (the schema is not in the
 * plan). Keys may come from `tags` or from `tags_all` (provider `default_tags`); a tag map known
 * only after apply passes, as nothing can be said about it yet.
 */
export const requiredTags: BuiltInRule<RequiredTagsConfig, readonly string[]> = {
  description: {
    id: ID,
    title: 'Resources carry the required tags',
    help:
      'Managed resources created, updated or replaced whose type has a `tags` attribute must carry every key ' +
      "listed under `tags`, set on the resource or through the provider's `default_tags` (`tags_all`).",
  },
  prepare: (config) => config.tags,
  check(plan: ParsedPlan, required: readonly string[], settings: RuleSettings): Finding[] {
    const findings: Finding[] = [];
    for (const change of plan.changes) {
      if (change.mode !== 'managed' || !CHECKED_KINDS.has(change.kind)) continue;
      const after = change.after;
      if (!isMap(after) || !('tags' in after)) continue;
      const unknown = isMap(change.afterUnknown) ? change.afterUnknown : {};
      if (unknown.tags === true || unknown.tags_all === true) continue;
      const tags = isMap(after.tags) ? after.tags : {};
      const tagsAll = isMap(after.tags_all) ? after.tags_all : {};
      const missing = required.filter((key) => !(key in tags) && !(key in tagsAll));
      if (missing.length === 0) continue;
      const message = `${objectName(change)} (${change.type}) lacks required tag${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`;
      findings.push(changeFinding(ID, settings, change, message));
    }
    return findings;
  },
};
