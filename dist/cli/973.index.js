export const id = 973;
export const ids = [973];
export const modules = {

/***/ 8973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderJUnit: () => (/* binding */ renderJUnit)
/* harmony export */ });
/* unused harmony exports text, attribute */
const FAILING = {
    deny: ['deny'],
    warn: ['deny', 'warn'],
    never: [],
};
/**
 * JUnit XML: a `<testsuite>` per plan, a `<testcase>` per rule that ran on it. A case fails when
 * the rule has findings that count towards the verdict (not excepted, severity at or above
 * `failOn`), so the test report and the verdict agree; other findings go to `<system-out>`. A
 * rule whose every finding is excepted is skipped, which keeps the exception visible.
 */
function renderJUnit(outcome, options = {}) {
    const failing = FAILING[options.failOn ?? 'deny'];
    const ruleIds = unique([...outcome.rules.map((rule) => rule.id), ...outcome.findings.map((f) => f.rule)]);
    const planLabels = unique([
        ...outcome.plans.map((plan) => plan.label),
        ...outcome.findings.map((f) => f.plan),
    ]);
    const byPlanAndRule = new Map();
    for (const finding of outcome.findings) {
        const key = `${finding.plan}\0${finding.rule}`;
        const list = byPlanAndRule.get(key);
        if (list)
            list.push(finding);
        else
            byPlanAndRule.set(key, [finding]);
    }
    const suites = planLabels.map((plan) => {
        const cases = ruleIds.map((rule) => testCase(rule, byPlanAndRule.get(`${plan}\0${rule}`) ?? [], failing));
        return { plan, cases };
    });
    const total = (pick) => suites.reduce((sum, suite) => sum + pick(suite.cases), 0);
    const failures = (cases) => cases.filter((c) => c.failures.length > 0).length;
    const skipped = (cases) => cases.filter((c) => c.skipped).length;
    const lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites ${attributes({
            name: 'plan-policy',
            tests: total((cases) => cases.length),
            failures: total(failures),
            errors: 0,
            skipped: total(skipped),
        })}>`,
    ];
    for (const suite of suites) {
        lines.push(`  <testsuite ${attributes({
            name: suite.plan,
            tests: suite.cases.length,
            failures: failures(suite.cases),
            errors: 0,
            skipped: skipped(suite.cases),
        })}>`);
        for (const item of suite.cases)
            lines.push(...testCaseXml(suite.plan, item));
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return `${lines.join('\n')}\n`;
}
function testCase(rule, findings, failing) {
    const failures = findings.filter((finding) => !finding.exception && failing.includes(finding.severity));
    const others = findings.filter((finding) => !failures.includes(finding));
    const skipped = findings.length > 0 && findings.every((finding) => finding.exception);
    return { rule, failures, others, skipped };
}
function testCaseXml(plan, item) {
    const open = `    <testcase ${attributes({ classname: plan, name: item.rule })}`;
    const body = [];
    if (item.failures.length > 0) {
        const first = item.failures[0];
        body.push(`      <failure ${attributes({
            message: `${item.failures.length} finding(s): ${first.message}`,
            type: first.severity,
        })}>${text(item.failures.map(describe).join('\n'))}</failure>`);
    }
    else if (item.skipped) {
        const reasons = unique(item.others.map((finding) => finding.exception.reason));
        body.push(`      <skipped ${attributes({ message: `excepted: ${reasons.join('; ')}` })}/>`);
    }
    if (item.others.length > 0) {
        body.push(`      <system-out>${text(item.others.map(describe).join('\n'))}</system-out>`);
    }
    return body.length === 0 ? [`${open}/>`] : [`${open}>`, ...body, '    </testcase>'];
}
function describe(finding) {
    const where = finding.address ?? '(plan)';
    const excepted = finding.exception
        ? ` [excepted until ${finding.exception.expires}: ${finding.exception.reason}]`
        : '';
    return `${finding.severity}: ${where}: ${finding.message}${excepted}`;
}
function attributes(values) {
    return Object.entries(values)
        .map(([name, value]) => `${name}="${attribute(String(value))}"`)
        .join(' ');
}
// XML 1.0 (section 2.2) allows tab, line feed, carriage return and the ranges below; anything else
// (other C0 controls, lone surrogates, U+FFFE/U+FFFF) makes the document ill-formed.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** Character data: markup escaped, characters XML cannot hold replaced by U+FFFD. */
function text(value) {
    return value
        .replace(NOT_XML_CHAR, '\uFFFD')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r/g, '&#13;');
}
/** An attribute value: as text, plus quotes, and whitespace as references so parsers keep it. */
function attribute(value) {
    return text(value)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;');
}
function unique(items) {
    return [...new Set(items)];
}


/***/ })

};
