import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { UserError } from '../../runtime/user-error.js';
import { explainFileError } from './source-tree.js';

/** Chart.yaml as Helm 3 models it (helm.sh/helm/v3/pkg/chart Metadata), after Helm's checks. */
export interface ChartMetadata {
  name: string;
  home?: string;
  sources: string[];
  version: string;
  description?: string;
  keywords: string[];
  maintainers: Maintainer[];
  icon?: string;
  apiVersion: string;
  condition?: string;
  tags?: string;
  appVersion?: string;
  deprecated: boolean;
  annotations: Record<string, string>;
  kubeVersion?: string;
  dependencies: Dependency[];
  type?: string;
}

export interface Maintainer {
  name?: string;
  email?: string;
  url?: string;
}

export interface Dependency {
  name: string;
  version?: string;
  repository: string;
  condition?: string;
  tags: string[];
  enabled: boolean;
  importValues: unknown[];
  alias?: string;
}

/** SemVer 2.0.0's own regular expression (semver.org), build metadata included. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** The chart name becomes the last component of the OCI repository (distribution spec grammar). */
const OCI_PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const ALIAS = /^[a-zA-Z0-9_-]+$/;

/**
 * Reads and checks `<directory>/Chart.yaml`. Scalars are read as written (the YAML failsafe
 * schema), so `appVersion: 1.10` stays "1.10" rather than the float 1.1 Helm's own loader
 * would make of it.
 */
export function readChartMetadata(directory: string): ChartMetadata {
  const file = join(directory, 'Chart.yaml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(directory)) {
      throw new UserError(`${directory} is not a Helm chart: it has no Chart.yaml`, {
        hint: 'point the path input at the chart directory (the one holding Chart.yaml)',
      });
    }
    throw explainFileError(error, existsSync(directory) ? file : directory);
  }
  const document = parseDocument(text, { schema: 'failsafe' });
  const [error] = document.errors;
  if (error) {
    const [line, column] = [error.linePos?.[0].line, error.linePos?.[0].col];
    const problem = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:$/, '');
    throw new UserError(`${file} is not valid YAML: ${problem}`, { location: { file, line, column } });
  }
  return validated(new ChartReader(file, document.toJS()), file);
}

function validated(chart: ChartReader, file: string): ChartMetadata {
  const apiVersion = chart.requiredString('apiVersion', 'add "apiVersion: v2" (Helm 3 charts)');
  if (apiVersion !== 'v1' && apiVersion !== 'v2') {
    throw new UserError(`${file}: apiVersion "${apiVersion}" is not a chart API version`, {
      hint: 'use apiVersion: v2 (or v1 for Helm 2 charts)',
    });
  }
  const name = chart.requiredString('name', 'name the chart, e.g. "name: my-app"');
  if (!OCI_PATH_COMPONENT.test(name)) {
    throw new UserError(`${file}: chart name "${name}" cannot be an OCI repository name`, {
      hint: 'use lowercase letters, digits and single separators (. _ -), e.g. my-app',
    });
  }
  const version = chart.requiredString('version', 'give the chart a version, e.g. "version: 1.0.0"');
  if (!SEMVER.test(version)) {
    throw new UserError(`${file}: version "${version}" is not a SemVer 2 version`, {
      hint: 'write MAJOR.MINOR.PATCH with optional -prerelease and +build, e.g. 1.2.0 or 1.2.0-rc.1; no "v" prefix',
    });
  }
  const type = chart.string('type');
  if (type !== undefined && type !== '' && type !== 'application' && type !== 'library') {
    throw new UserError(`${file}: type "${type}" is neither application nor library`, {
      hint: 'leave type out for an application chart',
    });
  }
  const metadata: ChartMetadata = {
    name,
    home: chart.string('home'),
    sources: chart.stringList('sources'),
    version,
    description: chart.string('description'),
    keywords: chart.stringList('keywords'),
    maintainers: chart.list('maintainers').map((item) => ({
      name: item.string('name'),
      email: item.string('email'),
      url: item.string('url'),
    })),
    icon: chart.string('icon'),
    apiVersion,
    condition: chart.string('condition'),
    tags: chart.string('tags'),
    appVersion: chart.string('appVersion'),
    deprecated: chart.boolean('deprecated'),
    annotations: chart.stringMap('annotations'),
    kubeVersion: chart.string('kubeVersion'),
    dependencies: chart.list('dependencies').map((item) => ({
      name: item.requiredString('name', 'every dependency needs the name of the chart it depends on'),
      version: item.string('version'),
      repository: item.string('repository') ?? '',
      condition: item.string('condition'),
      tags: item.stringList('tags'),
      enabled: item.boolean('enabled'),
      importValues: item.items('import-values'),
      alias: item.string('alias'),
    })),
    type,
  };
  checkDependencyNames(metadata.dependencies, file);
  return metadata;
}

/** Helm refuses these when it loads the chart; catching them here fails before the push. */
function checkDependencyNames(dependencies: Dependency[], file: string): void {
  const seen = new Set<string>();
  for (const dependency of dependencies) {
    if (dependency.alias !== undefined && dependency.alias !== '' && !ALIAS.test(dependency.alias)) {
      throw new UserError(`${file}: dependency "${dependency.name}" has disallowed characters in its alias`, {
        hint: 'aliases use letters, digits, _ and - only',
      });
    }
    const key = dependency.alias || dependency.name;
    if (seen.has(key)) {
      throw new UserError(`${file}: more than one dependency is named or aliased "${key}"`, {
        hint: 'give each copy its own alias',
      });
    }
    seen.add(key);
  }
}

/** Typed access to one mapping of the parsed Chart.yaml, with errors naming the file and key. */
class ChartReader {
  private readonly values: Record<string, unknown>;

  constructor(
    private readonly file: string,
    value: unknown,
    private readonly where = '',
  ) {
    if (!isPlainObject(value))
      throw this.error(where.replace(/\.$/, '') || 'the document', 'must be a mapping');
    this.values = value;
  }

  requiredString(key: string, hint: string): string {
    const value = this.string(key);
    if (value === undefined || value === '') {
      throw new UserError(`${this.file}: ${this.where}${key} is required`, { hint });
    }
    return value;
  }

  string(key: string): string | undefined {
    const value = this.values[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw this.error(`${this.where}${key}`, 'must be a string');
    return sanitized(value);
  }

  boolean(key: string): boolean {
    const value = this.string(key);
    if (value === undefined || value === '') return false;
    if (/^(?:true|True|TRUE)$/.test(value)) return true;
    if (/^(?:false|False|FALSE)$/.test(value)) return false;
    throw this.error(`${this.where}${key}`, 'must be true or false');
  }

  stringList(key: string): string[] {
    return this.items(key).map((item, index) => {
      if (typeof item !== 'string') throw this.error(`${this.where}${key}[${index}]`, 'must be a string');
      return sanitized(item);
    });
  }

  list(key: string): ChartReader[] {
    return this.items(key).map(
      (item, index) => new ChartReader(this.file, item, `${this.where}${key}[${index}].`),
    );
  }

  stringMap(key: string): Record<string, string> {
    const value = this.values[key];
    if (value === undefined || value === null || value === '') return {};
    if (!isPlainObject(value)) throw this.error(`${this.where}${key}`, 'must be a mapping');
    for (const [name, entry] of Object.entries(value)) {
      if (typeof entry !== 'string') throw this.error(`${this.where}${key}.${name}`, 'must be a string');
    }
    return value as Record<string, string>;
  }

  /** Passed through as written: Helm keeps import-values as untyped JSON. */
  items(key: string): unknown[] {
    const value = this.values[key];
    if (value === undefined || value === null || value === '') return [];
    if (!Array.isArray(value)) throw this.error(`${this.where}${key}`, 'must be a list');
    return value;
  }

  private error(what: string, problem: string): UserError {
    return new UserError(`${this.file}: ${what} ${problem}`, {
      hint: 'see https://helm.sh/docs/topics/charts/#the-chartyaml-file',
    });
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Helm's sanitizeString: whitespace becomes a space, unprintable characters go. */
function sanitized(value: string): string {
  return value.replace(/[\t\n\v\f\r\u0085\p{Z}]/gu, ' ').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}
