import type { Finding, RuleDescription } from './finding.js';
import type { ChangeKind, ParsedPlan } from './plan-model.js';

export type ChangeCounts = Record<ChangeKind, number>;

/** The policy outcome for every plan of a run, which every output and report is rendered from. */
export interface PolicyOutcome {
  plans: ParsedPlan[];
  /** Every finding, excepted ones included (they carry `exception`). */
  findings: Finding[];
  /** Descriptions of the rules that ran, for SARIF and the summary. */
  rules: RuleDescription[];
  verdict: 'pass' | 'fail';
  autoApprove: boolean;
  /** Why auto-approve is false, in words, for the summary ("2 blocking findings", "no changes"). */
  autoApproveReason: string;
}

/**
 * The `report` output. Its shape is documented in the README and kept stable: add fields,
 * never rename or remove them.
 */
export interface PolicyReportJson {
  version: 1;
  verdict: 'pass' | 'fail';
  autoApprove: boolean;
  counts: ChangeCounts;
  plans: { plan: string; tool: string; formatVersion: string; counts: ChangeCounts }[];
  findings: {
    rule: string;
    severity: Finding['severity'];
    plan: string;
    address: string | null;
    /** Only on a finding about a deposed object: its key, which with `address` names the object. */
    deposed?: string;
    message: string;
    blocksAutoApprove: boolean;
    exception: { reason: string; expires: string } | null;
  }[];
  /**
   * Findings left out to keep the output within GitHub's 1 MB for a job's outputs: the most
   * severe are kept, and the SARIF and JUnit files always hold all of them.
   */
  findingsOmitted: number;
}
