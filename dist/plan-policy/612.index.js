export const id = 612;
export const ids = [612];
export const modules = {

/***/ 3612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderSarif: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony exports SARIF_SCHEMA, TOOL_NAME, FINGERPRINT_KEY, MAX_RESULTS, fingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_NAME = 'gitops-actions plan-policy';
/**
 * Our own fingerprint key: `primaryLocationLineHash` is GitHub's, recomputed from the file's
 * lines, and a different value there draws an "inconsistent fingerprint" warning on upload.
 */
const FINGERPRINT_KEY = 'planPolicyFinding/v1';
/** Code scanning rejects a run with more results than this (it shows the first 5,000). */
const MAX_RESULTS = 25_000;
const LEVELS = {
    deny: 'error',
    warn: 'warning',
    info: 'note',
};
const SEVERITY_ORDER = { deny: 0, warn: 1, info: 2 };
/**
 * SARIF 2.1.0 for code scanning: one run, every rule that ran, one result per finding placed on
 * the plan file (line 1: a plan JSON's lines mean nothing to a reviewer) with the resource address
 * as a logical location. Excepted findings stay in, with an external suppression, so an alert
 * closes as suppressed rather than disappearing.
 */
function renderSarif(outcome, options) {
    const rules = ruleDescriptors(outcome);
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    const ordered = [...outcome.findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    const results = ordered.slice(0, MAX_RESULTS).map((finding) => result(finding, index.get(finding.rule)));
    const run = {
        tool: {
            driver: {
                name: TOOL_NAME,
                version: options.toolVersion,
                semanticVersion: options.toolVersion,
                ...(options.informationUri ? { informationUri: options.informationUri } : {}),
                rules,
            },
        },
        results,
        columnKind: 'utf16CodeUnits',
    };
    if (ordered.length > MAX_RESULTS) {
        run.invocations = [
            {
                executionSuccessful: true,
                toolExecutionNotifications: [
                    {
                        level: 'warning',
                        message: {
                            text: `${ordered.length - MAX_RESULTS} of ${ordered.length} findings left out: code scanning accepts at most ${MAX_RESULTS} results per run.`,
                        },
                    },
                ],
            },
        ];
    }
    return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
/** The rules that ran, then any rule only findings name (Rego packages, expired exceptions). */
function ruleDescriptors(outcome) {
    const described = new Map();
    for (const rule of outcome.rules)
        if (!described.has(rule.id))
            described.set(rule.id, rule);
    for (const finding of outcome.findings) {
        if (!described.has(finding.rule)) {
            described.set(finding.rule, { id: finding.rule, title: finding.rule, help: '' });
        }
    }
    // A rule's severity is set by the policy and is not part of its description: the most severe of
    // its findings stands for it, `warning` when it found nothing.
    const severest = new Map();
    for (const { rule, severity } of outcome.findings) {
        const known = severest.get(rule);
        if (!known || SEVERITY_ORDER[severity] < SEVERITY_ORDER[known])
            severest.set(rule, severity);
    }
    return [...described.values()].map((rule) => {
        const severity = severest.get(rule.id);
        return descriptor(rule, severity ? LEVELS[severity] : 'warning');
    });
}
function descriptor(rule, level) {
    const help = rule.help.trim() || rule.title;
    return {
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: rule.title },
        fullDescription: { text: help.split(/\n\s*\n/)[0].trim() },
        help: { text: help, markdown: help },
        defaultConfiguration: { level },
        properties: { tags: ['terraform', 'opentofu', 'policy'] },
    };
}
function result(finding, ruleIndex) {
    const location = {
        physicalLocation: {
            artifactLocation: artifactLocation(finding.plan),
            region: { startLine: 1 },
        },
        ...(finding.address
            ? { logicalLocations: [{ fullyQualifiedName: finding.address, kind: 'resource' }] }
            : {}),
    };
    return {
        ruleId: finding.rule,
        ruleIndex,
        level: LEVELS[finding.severity],
        // Code scanning requires `message.text`; an empty one is rejected.
        message: { text: finding.message.trim() || `${finding.rule} on ${finding.address ?? finding.plan}` },
        locations: [location],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(finding) },
        ...(finding.exception
            ? {
                suppressions: [
                    {
                        kind: 'external',
                        status: 'accepted',
                        justification: `${finding.exception.reason} (expires ${finding.exception.expires})`,
                    },
                ],
            }
            : {}),
        properties: {
            severity: finding.severity,
            blocksAutoApprove: finding.blocksAutoApprove,
            ...(finding.kind ? { changeKind: finding.kind } : {}),
        },
    };
}
/**
 * Stable across runs: rule, plan and address only, never the message (it may quote values). A
 * deposed object adds its key, so that it is not one alert with the current object at its address.
 */
function fingerprint(finding) {
    const deposed = finding.deposed === undefined ? '' : `\0${finding.deposed}`;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${finding.rule}\0${finding.plan}\0${finding.address ?? ''}${deposed}`)
        .digest('hex')
        .slice(0, 32);
}
/** The plan's label as a URI reference relative to the checkout, as code scanning needs. */
function artifactLocation(label) {
    const path = label.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    if (path.startsWith('/'))
        return { uri: `file://${encoded}` };
    return { uri: encoded, uriBaseId: '%SRCROOT%' };
}
/** `no-direct-iam` → `NoDirectIam`, `rego:terraform.deny` → `RegoTerraformDeny`. */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join('');
}


/***/ })

};
