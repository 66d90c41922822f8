export const id = 502;
export const ids = [502];
export const modules = {

/***/ 7502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evaluateRego: () => (/* binding */ evaluateRego)
});

// UNUSED EXPORTS: findingsFromOpaOutput

// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
;// CONCATENATED MODULE: ./build/src/policy/rego/conftest-rules.js
/**
 * conftest's rule names, which is what teams' existing policies use: `deny`, `violation` and `warn`,
 * optionally with a suffix (`deny_public_bucket`). conftest reads them in package `main` unless told
 * otherwise; here every package counts, as with its `--all-namespaces`.
 */
const RULE_NAME = /^(deny|violation|warn)(_[A-Za-z0-9_]+)?$/;
/**
 * Walks the `data` document OPA evaluated and turns every conftest rule's results into findings.
 * Packages are nested objects (`package terraform.iam` is `data.terraform.iam`); OPA's output does
 * not say which objects are packages, so a rule-named key whose value is a set (a JSON array) or a
 * boolean is taken as a rule, and the walk does not descend into such values.
 */
function findingsFromData(data, label) {
    const findings = [];
    walkPackages(data, [], (packagePath, ruleName, value) => {
        // Rego has no rules outside a package; only a data file can put one at the top.
        findings.push(...findingsOfRule(packagePath.join('.') || 'data', ruleName, value, label));
    });
    return findings;
}
function walkPackages(node, packagePath, visit) {
    if (!isObject(node))
        return;
    for (const [key, value] of Object.entries(node)) {
        if (RULE_NAME.test(key) && (Array.isArray(value) || typeof value === 'boolean')) {
            visit(packagePath, key, value);
        }
        else {
            walkPackages(value, [...packagePath, key], visit);
        }
    }
}
function findingsOfRule(packageName, ruleName, value, label) {
    const blocking = !ruleName.startsWith('warn');
    const base = {
        rule: `rego:${packageName}`,
        severity: blocking ? 'deny' : 'warn',
        blocksAutoApprove: blocking,
        plan: label,
    };
    // A boolean rule (`deny if { ... }`) carries no message; name the rule so the finding says something.
    if (typeof value === 'boolean') {
        return value ? [{ ...base, address: undefined, message: `${packageName}.${ruleName} is true` }] : [];
    }
    return value.map((result) => ({ ...base, ...messageOf(result, packageName, ruleName) }));
}
/** conftest results are strings, or objects whose `msg` is the message (other keys are metadata). */
function messageOf(result, packageName, ruleName) {
    if (typeof result === 'string')
        return { address: undefined, message: result };
    if (isObject(result)) {
        const address = [result.address, result.resource].find((field) => typeof field === 'string');
        const message = typeof result.msg === 'string' ? result.msg : `${packageName}.${ruleName}: ${JSON.stringify(result)}`;
        return { address: address, message };
    }
    return { address: undefined, message: `${packageName}.${ruleName}: ${JSON.stringify(result)}` };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./build/src/policy/rego/opa-eval.js


/**
 * The query is `data`, evaluated once: every package's rules come back in one document, so one
 * process serves any number of packages and the caller need not name them (conftest's
 * `--all-namespaces`). The cost is that helper rules are printed too; plan-policy only reads the
 * deny/violation/warn rules out of it.
 */
const QUERY = 'data';
async function evaluateRego(evaluation) {
    const args = ['eval', '--format', 'json'];
    if (evaluation.regoV0)
        args.push('--v0-compatible');
    for (const policyPath of evaluation.policyPaths)
        args.push('--data', policyPath);
    args.push('--input', evaluation.planPath, QUERY);
    // OPA exits non-zero on errors but still prints them as JSON; the output decides.
    const result = await evaluation.runner.run(evaluation.opaPath, args, { allowFailure: true });
    let output;
    try {
        output = JSON.parse(result.stdout);
    }
    catch {
        const said = (result.stderr || result.stdout).trim().split('\n').slice(-10).join('\n');
        throw new user_error/* UserError */.yo(`opa eval failed (exit ${result.exitCode}) on ${evaluation.policyPaths.join(', ')}`, {
            hint: said || 'run the same opa eval command locally to see why',
        });
    }
    return findingsFromOpaOutput(output, evaluation.label);
}
/** Reads `opa eval --format json` output: `{result: [{expressions: [{value}]}]}` or `{errors: [...]}`. */
function findingsFromOpaOutput(output, label) {
    if (!opa_eval_isObject(output))
        throw new Error(`opa eval printed ${typeof output}, not a JSON object`);
    if (Array.isArray(output.errors) && output.errors.length > 0) {
        throw regoError(output.errors);
    }
    // An undefined query prints `{}`; `data` is never undefined, but an empty answer is no finding.
    const results = Array.isArray(output.result) ? output.result : [];
    const findings = [];
    for (const result of results) {
        const expressions = opa_eval_isObject(result) && Array.isArray(result.expressions) ? result.expressions : [];
        for (const expression of expressions) {
            if (opa_eval_isObject(expression))
                findings.push(...findingsFromData(expression.value, label));
        }
    }
    return findings;
}
const V0_SYNTAX = /`(if|contains)` keyword is required/;
/** One UserError for all of OPA's errors, located at the first one that names a file. */
function regoError(errors) {
    const lines = errors.map((error) => {
        const where = locationOf(error);
        const prefix = where ? `${(0,user_error/* formatLocation */.j$)(where)}: ` : '';
        return `${prefix}${error.code ?? 'opa_error'}: ${error.message ?? 'no message'}`;
    });
    const location = errors.map(locationOf).find((where) => where !== undefined);
    const v0 = errors.some((error) => V0_SYNTAX.test(error.message ?? ''));
    const hint = v0
        ? 'the policy uses pre-1.0 Rego syntax: convert it with `opa fmt --write --v0-v1 <dir>`, or evaluate it as Rego v0'
        : 'fix the policy, then check it locally with `opa check <files>`';
    const noun = errors.length === 1 ? 'an error' : `${errors.length} errors`;
    return new user_error/* UserError */.yo(`OPA reported ${noun} in the Rego policies:\n${lines.join('\n')}`, {
        hint,
        ...(location && { location }),
    });
}
function locationOf(error) {
    const file = error.location?.file;
    if (!file)
        return undefined;
    return { file, line: error.location?.row, column: error.location?.col };
}
function opa_eval_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
