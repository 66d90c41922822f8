import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import type { SourceLocation } from './user-error.js';

/**
 * The runner's workflow-command protocol (`::command props::message`, the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files), written to the letter of @actions/core 3, which a test checks byte
 * for byte. We do not load @actions/core itself: its entry eagerly evaluates its OIDC client and
 * the HTTP stack behind it, measured at 43 ms of a 71 ms start-up for a bundle that only calls
 * setFailed, and every step of every workflow run pays start-up (see test/bench/RESULTS.md).
 */

type CommandProperties = Record<string, string | number | undefined>;

export function issueCommand(command: string, properties: CommandProperties, message: string): void {
  let line = `::${command}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    line += ' ';
    line += keys
      .filter((key) => properties[key])
      .map((key) => `${key}=${escapeProperty(String(properties[key]))}`)
      .join(',');
  }
  process.stdout.write(`${line}::${escapeData(message)}${EOL}`);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function annotate(
  kind: 'error' | 'warning' | 'notice',
  message: string,
  location?: SourceLocation,
): void {
  issueCommand(kind, location ? locationProperties(location) : {}, message);
}

/** Fails the step; a location makes the error a file annotation in the pull request too. */
export function setFailed(message: string, location?: SourceLocation): void {
  process.exitCode = 1;
  annotate('error', message, location);
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/** `name<<delimiter` blocks in GITHUB_OUTPUT; the delimiter is random so values cannot forge one. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: output ${name} contains the delimiter "${delimiter}"`);
  }
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown, { encoding: 'utf8' });
}

function locationProperties(location: SourceLocation): CommandProperties {
  return {
    title: undefined,
    file: location.file,
    line: location.line,
    endLine: undefined,
    col: location.column,
  };
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
