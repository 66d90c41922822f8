import type { CommentBehaviour } from '../github/sticky-comment.js';
import type { FailOn } from './verdict.js';

/** The plan-policy action's inputs, as its schema declares them (kebab-case names). */
export interface PlanPolicyInputs {
  plans: string[];
  policy?: string;
  'fail-on': FailOn;
  'check-run': boolean;
  'check-name': string;
  comment: CommentBehaviour;
  sarif?: string;
  junit?: string;
  'rego-policies'?: string[];
  'opa-version'?: string;
  'opa-sha256'?: string;
  'opa-download-url': string;
  'rego-v0': boolean;
  token?: string;
}
