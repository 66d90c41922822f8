export const id = 390;
export const ids = [390];
export const modules = {

/***/ 2390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packHelmChart: () => (/* binding */ packHelmChart)
});

// UNUSED EXPORTS: HELM_CHART_CONTENT_MEDIA_TYPE, HELM_CONFIG_MEDIA_TYPE, helmChartTag, helmConfigJson

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
// EXTERNAL MODULE: ./build/src/oci/artifacts/artifact-manifest.js
var artifact_manifest = __webpack_require__(5047);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/src/oci/artifacts/source-tree.js
var source_tree = __webpack_require__(2899);
;// CONCATENATED MODULE: ./build/src/oci/artifacts/chart-metadata.js





/** SemVer 2.0.0's own regular expression (semver.org), build metadata included. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** The chart name becomes the last component of the OCI repository (distribution spec grammar). */
const OCI_PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const ALIAS = /^[a-zA-Z0-9_-]+$/;
/**
 * Reads and checks `<directory>/Chart.yaml`. Scalars are read as written (the YAML failsafe
 * schema), so `appVersion: 1.10` stays "1.10" rather than the float 1.1 Helm's own loader
 * would make of it.
 */
function readChartMetadata(directory) {
    const file = (0,external_node_path_.join)(directory, 'Chart.yaml');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT' && (0,external_node_fs_.existsSync)(directory)) {
            throw new user_error/* UserError */.yo(`${directory} is not a Helm chart: it has no Chart.yaml`, {
                hint: 'point the path input at the chart directory (the one holding Chart.yaml)',
            });
        }
        throw (0,source_tree/* explainFileError */.Yd)(error, (0,external_node_fs_.existsSync)(directory) ? file : directory);
    }
    const document = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe' });
    const [error] = document.errors;
    if (error) {
        const [line, column] = [error.linePos?.[0].line, error.linePos?.[0].col];
        const problem = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:$/, '');
        throw new user_error/* UserError */.yo(`${file} is not valid YAML: ${problem}`, { location: { file, line, column } });
    }
    return validated(new ChartReader(file, document.toJS()), file);
}
function validated(chart, file) {
    const apiVersion = chart.requiredString('apiVersion', 'add "apiVersion: v2" (Helm 3 charts)');
    if (apiVersion !== 'v1' && apiVersion !== 'v2') {
        throw new user_error/* UserError */.yo(`${file}: apiVersion "${apiVersion}" is not a chart API version`, {
            hint: 'use apiVersion: v2 (or v1 for Helm 2 charts)',
        });
    }
    const name = chart.requiredString('name', 'name the chart, e.g. "name: my-app"');
    if (!OCI_PATH_COMPONENT.test(name)) {
        throw new user_error/* UserError */.yo(`${file}: chart name "${name}" cannot be an OCI repository name`, {
            hint: 'use lowercase letters, digits and single separators (. _ -), e.g. my-app',
        });
    }
    const version = chart.requiredString('version', 'give the chart a version, e.g. "version: 1.0.0"');
    if (!SEMVER.test(version)) {
        throw new user_error/* UserError */.yo(`${file}: version "${version}" is not a SemVer 2 version`, {
            hint: 'write MAJOR.MINOR.PATCH with optional -prerelease and +build, e.g. 1.2.0 or 1.2.0-rc.1; no "v" prefix',
        });
    }
    const type = chart.string('type');
    if (type !== undefined && type !== '' && type !== 'application' && type !== 'library') {
        throw new user_error/* UserError */.yo(`${file}: type "${type}" is neither application nor library`, {
            hint: 'leave type out for an application chart',
        });
    }
    const metadata = {
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
function checkDependencyNames(dependencies, file) {
    const seen = new Set();
    for (const dependency of dependencies) {
        if (dependency.alias !== undefined && dependency.alias !== '' && !ALIAS.test(dependency.alias)) {
            throw new user_error/* UserError */.yo(`${file}: dependency "${dependency.name}" has disallowed characters in its alias`, {
                hint: 'aliases use letters, digits, _ and - only',
            });
        }
        const key = dependency.alias || dependency.name;
        if (seen.has(key)) {
            throw new user_error/* UserError */.yo(`${file}: more than one dependency is named or aliased "${key}"`, {
                hint: 'give each copy its own alias',
            });
        }
        seen.add(key);
    }
}
/** Typed access to one mapping of the parsed Chart.yaml, with errors naming the file and key. */
class ChartReader {
    file;
    where;
    values;
    constructor(file, value, where = '') {
        this.file = file;
        this.where = where;
        if (!isPlainObject(value))
            throw this.error(where.replace(/\.$/, '') || 'the document', 'must be a mapping');
        this.values = value;
    }
    requiredString(key, hint) {
        const value = this.string(key);
        if (value === undefined || value === '') {
            throw new user_error/* UserError */.yo(`${this.file}: ${this.where}${key} is required`, { hint });
        }
        return value;
    }
    string(key) {
        const value = this.values[key];
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string')
            throw this.error(`${this.where}${key}`, 'must be a string');
        return sanitized(value);
    }
    boolean(key) {
        const value = this.string(key);
        if (value === undefined || value === '')
            return false;
        if (/^(?:true|True|TRUE)$/.test(value))
            return true;
        if (/^(?:false|False|FALSE)$/.test(value))
            return false;
        throw this.error(`${this.where}${key}`, 'must be true or false');
    }
    stringList(key) {
        return this.items(key).map((item, index) => {
            if (typeof item !== 'string')
                throw this.error(`${this.where}${key}[${index}]`, 'must be a string');
            return sanitized(item);
        });
    }
    list(key) {
        return this.items(key).map((item, index) => new ChartReader(this.file, item, `${this.where}${key}[${index}].`));
    }
    stringMap(key) {
        const value = this.values[key];
        if (value === undefined || value === null || value === '')
            return {};
        if (!isPlainObject(value))
            throw this.error(`${this.where}${key}`, 'must be a mapping');
        for (const [name, entry] of Object.entries(value)) {
            if (typeof entry !== 'string')
                throw this.error(`${this.where}${key}.${name}`, 'must be a string');
        }
        return value;
    }
    /** Passed through as written: Helm keeps import-values as untyped JSON. */
    items(key) {
        const value = this.values[key];
        if (value === undefined || value === null || value === '')
            return [];
        if (!Array.isArray(value))
            throw this.error(`${this.where}${key}`, 'must be a list');
        return value;
    }
    error(what, problem) {
        return new user_error/* UserError */.yo(`${this.file}: ${what} ${problem}`, {
            hint: 'see https://helm.sh/docs/topics/charts/#the-chartyaml-file',
        });
    }
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Helm's sanitizeString: whitespace becomes a space, unprintable characters go. */
function sanitized(value) {
    return value.replace(/[\t\n\v\f\r\u0085\p{Z}]/gu, ' ').replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu, '');
}

// EXTERNAL MODULE: ./build/src/oci/artifacts/ignore-rules.js
var ignore_rules = __webpack_require__(8811);
// EXTERNAL MODULE: ./build/src/oci/artifacts/pack-options.js
var pack_options = __webpack_require__(7265);
// EXTERNAL MODULE: ./build/src/oci/artifacts/tar-layer.js + 1 modules
var tar_layer = __webpack_require__(4460);
// EXTERNAL MODULE: ./build/src/oci/artifacts/utf8-order.js
var utf8_order = __webpack_require__(7365);
;// CONCATENATED MODULE: ./build/src/oci/artifacts/helm-chart.js










/** Helm's media types (helm.sh/helm/v3/pkg/registry), as `helm push` writes them. */
const HELM_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.helm.config.v1+json';
const HELM_CHART_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.helm.chart.content.v1.tar+gzip';
/** Helm's loader leaves hidden files under templates/ out whatever .helmignore says. */
const HELM_DEFAULT_IGNORE = ['templates/.?*'];
/**
 * OCI tags cannot hold `+`, so Helm writes SemVer build metadata with `_` (1.2.0+build.7 is
 * pushed as 1.2.0_build.7) and turns it back when pulling.
 */
function helmChartTag(version) {
    return version.replaceAll('+', '_');
}
/**
 * Packs a chart directory as `helm package` followed by `helm push` would: Chart.yaml checked,
 * `.helmignore` applied (with gitignore semantics, a superset of Helm's), files only under
 * `<name>/`, the chart metadata as the config, and Helm's manifest annotations.
 */
async function packHelmChart(directory, options) {
    const chart = readChartMetadata(directory);
    const ignore = new ignore_rules/* IgnoreRules */.w0([
        ...HELM_DEFAULT_IGNORE,
        ...helmIgnore(directory),
        ...(options.ignorePaths ?? []),
    ]);
    const tree = (0,source_tree/* listSourceTree */.kp)((0,source_tree/* readSourceTree */.mg)(directory, { ignore, symlinks: options.symlinks }));
    if (![...tree.entries].some((entry) => entry.path === 'Chart.yaml')) {
        throw new user_error/* UserError */.yo(`${directory}/Chart.yaml is ignored, but a chart cannot do without it`, {
            hint: 'remove the pattern that matches Chart.yaml from .helmignore or ignore-paths',
        });
    }
    const recorded = (0,source_tree/* recordingFiles */.hh)(tree);
    const layer = await (0,tar_layer/* writeTarGzip */.Z)(recorded.tree, { prefix: `${chart.name}/`, directories: false });
    const artifact = (0,artifact_manifest/* assembleArtifact */.BV)({
        files: recorded.files.map((file) => `${chart.name}/${file}`),
        config: (0,artifact_manifest/* blobOf */.DE)(HELM_CONFIG_MEDIA_TYPE, Buffer.from(helmConfigJson(chart))),
        layers: [(0,artifact_manifest/* blobOf */.DE)(HELM_CHART_CONTENT_MEDIA_TYPE, layer.bytes, layer.digest)],
        annotations: (0,pack_options/* withUserAnnotations */.G_)(helmAnnotations(chart, (0,pack_options/* createdTimestamp */.jt)(options)), options),
    });
    return { artifact, name: chart.name, version: chart.version, tag: helmChartTag(chart.version) };
}
function helmIgnore(directory) {
    const file = (0,external_node_path_.join)(directory, '.helmignore');
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8').split(/\r?\n/);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw (0,source_tree/* explainFileError */.Yd)(error, file);
    }
}
/**
 * What `helm push` annotates: description, title, version, url, created, the first source and
 * the maintainers as authors (each only when non-blank), then the chart's own annotations,
 * which may not replace title or version.
 */
function helmAnnotations(chart, created) {
    const annotations = {};
    const add = (key, value) => {
        if (value !== undefined && value.trim() !== '')
            annotations[`org.opencontainers.image.${key}`] = value;
    };
    add('description', chart.description);
    add('title', chart.name);
    add('version', chart.version);
    add('url', chart.home);
    add('created', created);
    add('source', chart.sources[0]);
    add('authors', chart.maintainers
        .map((maintainer) => `${maintainer.name ?? ''}${maintainer.email ? ` (${maintainer.email})` : ''}`)
        .join(', '));
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
function helmConfigJson(chart) {
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
                    .map((m) => goObject([
                    ['name', goString(m.name)],
                    ['email', goString(m.email)],
                    ['url', goString(m.url)],
                ]))
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
                    .map((d) => goObject([
                    ['name', goJson(d.name)],
                    ['version', goString(d.version)],
                    ['repository', goJson(d.repository)],
                    ['condition', goString(d.condition)],
                    ['tags', goStrings(d.tags)],
                    ['enabled', d.enabled ? 'true' : undefined],
                    ['import-values', d.importValues.length === 0 ? undefined : goJson(d.importValues)],
                    ['alias', goString(d.alias)],
                ]))
                    .join(',')}]`,
        ],
        ['type', goString(chart.type)],
    ]);
}
function goObject(members) {
    const present = members.filter((member) => member[1] !== undefined);
    return `{${present.map(([key, json]) => `${goJson(key)}:${json}`).join(',')}}`;
}
/** `omitempty` for a string. */
function goString(value) {
    return value === undefined || value === '' ? undefined : goJson(value);
}
function goStrings(values) {
    return values.length === 0 ? undefined : goJson(values);
}
/**
 * Go's encoding: map keys sorted, and <, >, & and the JavaScript line separators escaped
 * (Go's HTML-safe default), which JSON.stringify leaves as they are.
 */
function goJson(value) {
    if (Array.isArray(value))
        return `[${value.map(goJson).join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const record = value;
        const keys = Object.keys(record).sort(utf8_order/* compareUtf8 */.z);
        return `{${keys.map((key) => `${goJson(key)}:${goJson(record[key])}`).join(',')}}`;
    }
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}


/***/ })

};
