import packageJson from '../../package.json' with { type: 'json' };
import type { Log } from '../runtime/log.js';
import type { PolicyOutcome } from './policy-report.js';
import type { FailOn } from './verdict.js';

export interface ReportFileRequest {
  /** Absolute paths, or undefined for reports not asked for. */
  sarif: string | undefined;
  junit: string | undefined;
  failOn: FailOn;
  log: Log;
}

/** Writes the SARIF and JUnit files asked for; returns the paths written. */
export async function writeReports(
  outcome: PolicyOutcome,
  request: ReportFileRequest,
): Promise<{ sarif?: string; junit?: string }> {
  const written: { sarif?: string; junit?: string } = {};
  if (!request.sarif && !request.junit) return written;
  const { writeReportFile } = await import('./write-report-file.js');
  // Each writer loads only when its file is asked for: most runs write neither.
  if (request.sarif) {
    const { renderSarif } = await import('./report-sarif.js');
    const log = renderSarif(outcome, {
      toolVersion: packageJson.version,
      informationUri: 'https://github.com/org/gitops-actions',
    });
    await writeReportFile(request.sarif, `${JSON.stringify(log, null, 2)}\n`, 'sarif');
    request.log.info(`SARIF: ${request.sarif}`);
    written.sarif = request.sarif;
  }
  if (request.junit) {
    const { renderJUnit } = await import('./report-junit.js');
    await writeReportFile(request.junit, renderJUnit(outcome, { failOn: request.failOn }), 'junit');
    request.log.info(`JUnit: ${request.junit}`);
    written.junit = request.junit;
  }
  return written;
}
