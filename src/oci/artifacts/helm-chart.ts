import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../runtime/user-error.js';
import type { PackedArtifact } from '../content.js';
import { assembleArtifact, blobOf } from './artifact-manifest.js';
import { readChartMetadata, type ChartMetadata } from './chart-metadata.js';
import { IgnoreRules } from './ignore-rules.js';
import { createdTimestamp, withUserAnnotations, type PackOptions } from './pack-options.js';
import { explainFileError, listSourceTree, readSourceTree, recordingFiles } from './source-tree.js';
import { writeTarGzip } from './tar-layer.js';
import { compareUtf8 } from './utf8-order.js';

/** Helm's media types (helm.sh/helm/v3/pkg/registry), as `helm push` writes them. */
export const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
export const HELM_CHART_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';

/** Helm's loader leaves hidden files under templates/ out whatever .helmignore says. */
const HELM_DEFAULT_IGNORE = ['templates/.?*'];

export interface HelmChartArtifact {
  artifact: PackedArtifact;
  /** The chart name: `helm push` appends it to the repository (`oci://ghcr.io/org/charts/<name>`). */
  name: string;
  version: string;
  /** The tag Helm pushes and pulls the version as: see helmChartTag. */
  tag: string;
}

/**
 * OCI tags cannot hold `+`, so Helm writes SemVer build metadata with `_` (1.2.0+build.7 is
 * pushed as 1.2.0_build.7) and turns it back when pulling.
 */
export function helmChartTag(version: string): string {
  return version.replaceAll('+', '_');
}

/**
 * Packs a chart directory as `helm package` followed by `helm push` would: Chart.yaml checked,
 * `.helmignore` applied (with gitignore semantics, a superset of Helm's), files only under
 * `<name>/`, the chart metadata as the config, and Helm's manifest annotations.
 */
export async function packHelmChart(directory: string, options: PackOptions): Promise<HelmChartArtifact> {
  const chart = readChartMetadata(directory);
  const ignore = new IgnoreRules([
    ...HELM_DEFAULT_IGNORE,
    ...helmIgnore(directory),
    ...(options.ignorePaths ?? []),
  ]);
  const tree = listSourceTree(readSourceTree(directory, { ignore, symlinks: options.symlinks }));
  if (![...tree.entries].some((entry) => entry.path === 'Chart.yaml')) {
    throw new UserError(`${directory}/Chart.yaml is ignored, but a chart cannot do without it`, {
      hint: 'remove the pattern that matches Chart.yaml from .helmignore or ignore-paths',
    });
  }
  const recorded = recordingFiles(tree);
  const layer = await writeTarGzip(recorded.tree, { prefix: `${chart.name}/`, directories: false });
  const artifact = assembleArtifact({
    files: recorded.files.map((file) => `${chart.name}/${file}`),
    config: blobOf(HELM_CONFIG_MEDIA_TYPE, Buffer.from(helmConfigJson(chart))),
    layers: [blobOf(HELM_CHART_CONTENT_MEDIA_TYPE, layer.bytes, layer.digest)],
    annotations: withUserAnnotations(helmAnnotations(chart, createdTimestamp(options)), options),
  });
  return { artifact, name: chart.name, version: chart.version, tag: helmChartTag(chart.version) };
}

function helmIgnore(directory: string): string[] {
  const file = join(directory, '.helmignore');
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw explainFileError(error, file);
  }
}

/**
 * What `helm push` annotates: description, title, version, url, created, the first source and
 * the maintainers as authors (each only when non-blank), then the chart's own annotations,
 * which may not replace title or version.
 */
function helmAnnotations(chart: ChartMetadata, created: string): Record<string, string> {
  const annotations: Record<string, string> = {};
  const add = (key: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') annotations[`org.opencontainers.image.${key}`] = value;
  };
  add('description', chart.description);
  add('title', chart.name);
  add('version', chart.version);
  add('url', chart.home);
  add('created', created);
  add('source', chart.sources[0]);
  add(
    'authors',
    chart.maintainers
      .map((maintainer) => `${maintainer.name ?? ''}${maintainer.email ? ` (${maintainer.email})` : ''}`)
      .join(', '),
  );
  for (const [key, value] of Object.entries(chart.annotations)) {
    if (key !== 'org.opencontainers.image.title' && key !== 'org.opencontainers.image.version') {
      annotations[key] = value;
    }
  }
  return annotations;
}

/**
 * The config blob `helm push` writes: Go's json.Marshal of the chart Metadata struct — fields in
 * struct order, empty ones left out (`omitempty`), except a dependency's name and repository.
 */
export function helmConfigJson(chart: ChartMetadata): string {
  return goObject([
    ['name', goString(chart.name)],
    ['home', goString(chart.home)],
    ['sources', goStrings(chart.sources)],
    ['version', goString(chart.version)],
    ['description', goString(chart.description)],
    ['keywords', goStrings(chart.keywords)],
    [
      'maintainers',
      chart.maintainers.length === 0
        ? undefined
        : `[${chart.maintainers
            .map((m) =>
              goObject([
                ['name', goString(m.name)],
                ['email', goString(m.email)],
                ['url', goString(m.url)],
              ]),
            )
            .join(',')}]`,
    ],
    ['icon', goString(chart.icon)],
    ['apiVersion', goString(chart.apiVersion)],
    ['condition', goString(chart.condition)],
    ['tags', goString(chart.tags)],
    ['appVersion', goString(chart.appVersion)],
    ['deprecated', chart.deprecated ? 'true' : undefined],
    ['annotations', Object.keys(chart.annotations).length === 0 ? undefined : goJson(chart.annotations)],
    ['kubeVersion', goString(chart.kubeVersion)],
    [
      'dependencies',
      chart.dependencies.length === 0
        ? undefined
        : `[${chart.dependencies
            .map((d) =>
              goObject([
                ['name', goJson(d.name)],
                ['version', goString(d.version)],
                ['repository', goJson(d.repository)],
                ['condition', goString(d.condition)],
                ['tags', goStrings(d.tags)],
                ['enabled', d.enabled ? 'true' : undefined],
                ['import-values', d.importValues.length === 0 ? undefined : goJson(d.importValues)],
                ['alias', goString(d.alias)],
              ]),
            )
            .join(',')}]`,
    ],
    ['type', goString(chart.type)],
  ]);
}

function goObject(members: [string, string | undefined][]): string {
  const present = members.filter((member): member is [string, string] => member[1] !== undefined);
  return `{${present.map(([key, json]) => `${goJson(key)}:${json}`).join(',')}}`;
}

/** `omitempty` for a string. */
function goString(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : goJson(value);
}

function goStrings(values: string[]): string | undefined {
  return values.length === 0 ? undefined : goJson(values);
}

/**
 * Go's encoding: map keys sorted, and <, >, & and the JavaScript line separators escaped
 * (Go's HTML-safe default), which JSON.stringify leaves as they are.
 */
function goJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(goJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).sort(compareUtf8);
    return `{${keys.map((key) => `${goJson(key)}:${goJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
