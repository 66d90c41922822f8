export const id = 774;
export const ids = [774];
export const modules = {

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'
const REGEX_TEST_BLANK_LINE = /^\s+$/
const REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g
// /foo,
// ./foo,
// ../foo,
// .
// ..
const REGEX_TEST_INVALID_PATH = /^\.*\/|^\.+$/

const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) =>
  Object.defineProperty(object, key, {value})

const REGEX_REGEXP_RANGE = /([0-z])-([0-z])/g

const RETURN_FALSE = () => false

// Sanitize the range of a regular expression
// The cases are complicated, see test cases for details
const sanitizeRange = range => range.replace(
  REGEX_REGEXP_RANGE,
  (match, from, to) => from.charCodeAt(0) <= to.charCodeAt(0)
    ? match
    // Invalid range (out of order) which is ok for gitignore rules but
    //   fatal for JavaScript regular expression, so eliminate it.
    : EMPTY
)

// See fixtures #59
const cleanRangeBackSlash = slashes => {
  const {length} = slashes
  return slashes.slice(0, length - length % 2)
}

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
const REPLACERS = [

  [
    // remove BOM
    // TODO:
    // Other similar zero-width characters?
    /^\uFEFF/,
    () => EMPTY
  ],

  // > Trailing spaces are ignored unless they are quoted with backslash ("\")
  [
    // (a\ ) -> (a )
    // (a  ) -> (a)
    // (a ) -> (a)
    // (a \ ) -> (a  )
    /((?:\\\\)*?)(\\?\s+)$/,
    (_, m1, m2) => m1 + (
      m2.indexOf('\\') === 0
        ? SPACE
        : EMPTY
    )
  ],

  // replace (\ ) with ' '
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    /(\\+?)\s/g,
    (_, m1) => {
      const {length} = m1
      return m1.slice(0, length - length % 2) + SPACE
    }
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^'
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/'
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*\\\*\\\*\\\//,

    // '**/foo' <-> 'foo'
    () => '^(?:.*\\/)?'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    /^(?=[^^])/,
    function startingReplacer () {
      // If has a slash `/` at the beginning or middle
      return !/\/(?!$)/.test(this)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/
      // > A slash followed by two consecutive asterisks then a slash matches
      // >   zero or more directories.
      // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
      // '/**/'
      ? '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder
      : '\\/.+'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\]+)(\\\*)+(?=.+)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    (_, p1, p2) => {
      // 1.
      // > An asterisk "*" matches anything except a slash.
      // 2.
      // > Other consecutive asterisks are considered regular asterisks
      // > and will match according to the previous rules.
      const unescaped = p2.replace(/\\\*/g, '[^\\/]*')
      return p1 + unescaped
    }
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE
  ],

  [
    // > The range notation, e.g. [a-zA-Z],
    // > can be used to match one of the characters in a range.

    // `\` is escaped by step 3
    /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
    (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE
      // '\\[bar]' -> '\\\\[bar\\]'
      ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}`
      : close === ']'
        ? endEscape.length % 2 === 0
          // A normal case, and it is a range notation
          // '[bar]'
          // '[bar\\\\]'
          ? `[${sanitizeRange(range)}${endEscape}]`
          // Invalid range notaton
          // '[bar\\]' -> '[bar\\\\]'
          : '[]'
        : '[]'
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    /(?:[^*])$/,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    match => /\/$/.test(match)
      // foo/ will not match 'foo'
      ? `${match}$`
      // foo matches 'foo' and 'foo/'
      : `${match}(?=$|\\/$)`
  ],

  // trailing wildcard
  [
    /(\^|\\\/)?\\\*$/,
    (_, p1) => {
      const prefix = p1
        // '\^':
        // '/*' does not match EMPTY
        // '/*' does not match everything

        // '\\\/':
        // 'abc/*' does not match 'abc/'
        ? `${p1}[^/]+`

        // 'a*' matches 'a'
        // 'a*' matches 'aa'
        : '[^/]*'

      return `${prefix}(?=$|\\/$)`
    }
  ],
]

// A simple cache, because an ignore rule only has only one certain meaning
const regexCache = Object.create(null)

// @param {pattern}
const makeRegex = (pattern, ignoreCase) => {
  let source = regexCache[pattern]

  if (!source) {
    source = REPLACERS.reduce(
      (prev, [matcher, replacer]) =>
        prev.replace(matcher, replacer.bind(pattern)),
      pattern
    )
    regexCache[pattern] = source
  }

  return ignoreCase
    ? new RegExp(source, 'i')
    : new RegExp(source)
}

const isString = subject => typeof subject === 'string'

// > A blank line matches no files, so it can serve as a separator for readability.
const checkPattern = pattern => pattern
  && isString(pattern)
  && !REGEX_TEST_BLANK_LINE.test(pattern)
  && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern)

  // > A line starting with # serves as a comment.
  && pattern.indexOf('#') !== 0

const splitPattern = pattern => pattern.split(REGEX_SPLITALL_CRLF)

class IgnoreRule {
  constructor (
    origin,
    pattern,
    negative,
    regex
  ) {
    this.origin = origin
    this.pattern = pattern
    this.negative = negative
    this.regex = regex
  }
}

const createRule = (pattern, ignoreCase) => {
  const origin = pattern
  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (pattern.indexOf('!') === 0) {
    negative = true
    pattern = pattern.substr(1)
  }

  pattern = pattern
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regex = makeRegex(pattern, ignoreCase)

  return new IgnoreRule(
    origin,
    pattern,
    negative,
    regex
  )
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

const isNotRelative = path => REGEX_TEST_INVALID_PATH.test(path)

checkPath.isNotRelative = isNotRelative
checkPath.convert = p => p

class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = []
    this._ignoreCase = ignoreCase
    this._allowRelativePaths = allowRelativePaths
    this._initCache()
  }

  _initCache () {
    this._ignoreCache = Object.create(null)
    this._testCache = Object.create(null)
  }

  _addPattern (pattern) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules)
      this._added = true
      return
    }

    if (checkPattern(pattern)) {
      const rule = createRule(pattern, this._ignoreCase)
      this._added = true
      this._rules.push(rule)
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false

    makeArray(
      isString(pattern)
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._addPattern, this)

    // Some rules have just added to the ignore,
    // making the behavior changed.
    if (this._added) {
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  //          |           ignored : unignored
  // negative |   0:0   |   0:1   |   1:0   |   1:1
  // -------- | ------- | ------- | ------- | --------
  //     0    |  TEST   |  TEST   |  SKIP   |    X
  //     1    |  TESTIF |  SKIP   |  TEST   |    X

  // - SKIP: always skip
  // - TEST: always test
  // - TESTIF: only test if checkUnignored
  // - X: that never happen

  // @param {boolean} whether should check if the path is unignored,
  //   setting `checkUnignored` to `false` could reduce additional
  //   path matching.

  // @returns {TestResult} true if a file is ignored
  _testOne (path, checkUnignored) {
    let ignored = false
    let unignored = false

    this._rules.forEach(rule => {
      const {negative} = rule
      if (
        unignored === negative && ignored !== unignored
        || negative && !ignored && !unignored && !checkUnignored
      ) {
        return
      }

      const matched = rule.regex.test(path)

      if (matched) {
        ignored = !negative
        unignored = negative
      }
    })

    return {
      ignored,
      unignored
    }
  }

  // @returns {TestResult}
  _test (originalPath, cache, checkUnignored, slices) {
    const path = originalPath
      // Supports nullable path
      && checkPath.convert(originalPath)

    checkPath(
      path,
      originalPath,
      this._allowRelativePaths
        ? RETURN_FALSE
        : throwError
    )

    return this._t(path, cache, checkUnignored, slices)
  }

  _t (path, cache, checkUnignored, slices) {
    if (path in cache) {
      return cache[path]
    }

    if (!slices) {
      // path/to/a.js
      // ['path', 'to', 'a.js']
      slices = path.split(SLASH)
    }

    slices.pop()

    // If the path has no parent directory, just test it
    if (!slices.length) {
      return cache[path] = this._testOne(path, checkUnignored)
    }

    const parent = this._t(
      slices.join(SLASH) + SLASH,
      cache,
      checkUnignored,
      slices
    )

    // If the path contains a parent directory, check the parent first
    return cache[path] = parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._testOne(path, checkUnignored)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, false).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, true)
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(path && checkPath.convert(path), path, RETURN_FALSE)

factory.isPathValid = isPathValid

// Fixes typescript
factory.default = factory

module.exports = factory

// Windows
// --------------------------------------------------------------
/* istanbul ignore if */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && (
    process.env && process.env.IGNORE_TEST_WIN32
    || process.platform === 'win32'
  )
) {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGIX_IS_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGIX_IS_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {



const parse = __webpack_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 7774:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ oci_push)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./build/src/exec/lazy-command-runner.js
var lazy_command_runner = __webpack_require__(2672);
// EXTERNAL MODULE: ./node_modules/semver/functions/parse.js
var parse = __webpack_require__(6353);
// EXTERNAL MODULE: ./node_modules/semver/functions/valid.js
var valid = __webpack_require__(8780);
// EXTERNAL MODULE: ./build/src/image/image-reference.js
var image_reference = __webpack_require__(4726);
// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
;// CONCATENATED MODULE: ./build/src/oci/artifact-tags.js
// The two functions only: the package's index also loads ranges and comparators (88 KB bundled),
// which cost a push 10-25 ms of start-up.




/** `1.2.3` or `v1.2.3`: a release version, which an artifact tag may only ever name once. */
function isExactVersionTag(tag) {
    return valid(tag.replace(/^v(?=\d)/, '')) !== null;
}
/**
 * The tags to push: as given, checked against the distribution spec's tag grammar, plus with
 * `semverTags` the floating `1.2` and `1` of each release version (`v` kept), never of a
 * prerelease, which must not move a release line.
 */
function artifactTags(tags, options) {
    const result = [];
    for (const tag of tags) {
        if (tag.includes('+')) {
            throw new user_error/* InputError */.dz(`tags: '${tag}' contains '+', which OCI tags cannot`, {
                hint: `write it with '_' instead: '${tag.replace(/\+/g, '_')}' (what Helm does for chart versions)`,
            });
        }
        if (!(0,image_reference/* isValidTag */.r_)(tag)) {
            throw new user_error/* InputError */.dz(`tags: '${tag}' is not a valid tag`, {
                hint: "a tag has at most 128 letters, digits, '_', '.' and '-', and does not start with '.' or '-'",
            });
        }
        result.push(tag);
        const version = options.semverTags ? parse(tag.replace(/^v(?=\d)/, '')) : null;
        if (version && version.prerelease.length === 0) {
            const prefix = tag.startsWith('v') ? 'v' : '';
            result.push(`${prefix}${version.major}.${version.minor}`, `${prefix}${version.major}`);
        }
    }
    return [...new Set(result)];
}

// EXTERNAL MODULE: ./build/src/oci/connect-registry.js + 18 modules
var connect_registry = __webpack_require__(9221);
// EXTERNAL MODULE: ./build/src/git/git.js + 1 modules
var git_git = __webpack_require__(5555);
// EXTERNAL MODULE: ./build/src/oci/artifacts/flux-artifact.js
var flux_artifact = __webpack_require__(3823);
// EXTERNAL MODULE: ./build/src/oci/oci-reference.js
var oci_reference = __webpack_require__(9834);
;// CONCATENATED MODULE: ./build/src/oci/oci-push-inputs.js





/** Where to push, and where blobs may be mounted from: the same registry, no tag or digest. */
function parseRepositories(inputs) {
    const repository = (0,oci_reference/* parseOciReference */.K)(inputs.repository);
    if (repository.tag !== undefined || repository.digest !== undefined) {
        throw new user_error/* InputError */.dz(`'repository' takes no tag or digest, got '${inputs.repository}'`, {
            hint: "put the tags in 'tags', one per line",
        });
    }
    const mountFrom = inputs['mount-from'] ? (0,oci_reference/* parseOciReference */.K)(inputs['mount-from']) : undefined;
    if (mountFrom && mountFrom.registry !== repository.registry) {
        throw new user_error/* InputError */.dz(`'mount-from' must be on ${repository.registry}, got '${inputs['mount-from']}'`, {
            hint: 'registries mount blobs only between repositories they hold themselves',
        });
    }
    return { repository, mountFrom };
}
function parseAnnotations(lines = []) {
    return Object.fromEntries(lines.map((line) => {
        const at = line.indexOf('=');
        return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
    }));
}
/**
 * Where the content came from, for the source and revision annotations Flux shows: the inputs,
 * else the workflow's context, else the local checkout (CLI use). Flux needs both.
 */
async function sourceAndRevision(inputs, github, log) {
    let source = inputs.source ?? (github.repository ? `${github.serverUrl}/${github.repository}` : undefined);
    let revision = inputs.revision ?? (github.sha ? (0,flux_artifact/* formatFluxRevision */.Y5)({ ref: github.ref, sha: github.sha }) : undefined);
    if (source === undefined || revision === undefined) {
        const git = new git_git/* Git */.T(new lazy_command_runner/* LazyCommandRunner */.I(log), github.workspace, { log });
        try {
            source ??= await git.remoteUrl();
            revision ??= (0,flux_artifact/* formatFluxRevision */.Y5)({ ref: await currentRef(git), sha: await git.headSha() });
        }
        catch (error) {
            log.debug(`no git context: ${error.message}`);
        }
    }
    if (source === undefined || revision === undefined) {
        const missing = source === undefined ? "'source'" : "'revision'";
        const why = source === undefined
            ? "no GITHUB_REPOSITORY and no 'origin' remote"
            : 'no GITHUB_SHA and no git commit';
        throw new user_error/* InputError */.dz(`${missing} is needed: ${why} in ${github.workspace}`, {
            hint: 'set source (e.g. https://github.com/acme/app) and revision (e.g. main@sha1:<commit>)',
        });
    }
    return { source, revision };
}
async function currentRef(git) {
    try {
        return `refs/heads/${await git.currentBranch()}`;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./build/src/oci/artifacts/artifact-manifest.js
var artifact_manifest = __webpack_require__(5047);
;// CONCATENATED MODULE: ./build/src/oci/package-artifact.js



/**
 * Packs the directory as its kind and says where each result goes: one target, or for
 * terraform-module the Flux form for tofu-controller and the OpenTofu form under suffixed tags.
 * A Helm chart goes where `helm push` puts it: `<repository>/<chart name>`, tagged with its
 * version besides the tags given. A Flux form is read only when published (see FluxPackage), so
 * that an unchanged re-push is found before anything is compressed. The other packers load with
 * their kind: a Flux push, the common one, needs neither the YAML parser (Chart.yaml) nor zip.
 */
async function packageTargets(request) {
    const { repository, tags } = request;
    const at = (packed, targetTags, child) => ({
        repository: child ? `${repository.repository}/${child}` : repository.repository,
        name: child ? `${repository.name}/${child}` : repository.name,
        tags: targetTags,
        packed,
    });
    switch (request.kind) {
        case 'flux':
            return [at((0,flux_artifact/* packFluxArtifact */.nz)(request.path, request.pack), tags)];
        case 'opentofu-module': {
            const { packOpenTofuModule } = await __webpack_require__.e(/* import() */ 158).then(__webpack_require__.bind(__webpack_require__, 8158));
            return [at((0,artifact_manifest/* alreadyPacked */.Nl)(await packOpenTofuModule(request.path, request.pack)), tags)];
        }
        case 'helm-chart': {
            const { packHelmChart } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(390)]).then(__webpack_require__.bind(__webpack_require__, 2390));
            const chart = await packHelmChart(request.path, request.pack);
            return [at((0,artifact_manifest/* alreadyPacked */.Nl)(chart.artifact), [...new Set([chart.tag, ...tags])], chart.name)];
        }
        case 'terraform-module': {
            const { packTerraformModule } = await __webpack_require__.e(/* import() */ 628).then(__webpack_require__.bind(__webpack_require__, 8628));
            const forms = await packTerraformModule(request.path, request.pack);
            return [
                at(forms.flux, tags),
                at((0,artifact_manifest/* alreadyPacked */.Nl)(forms.opentofu), artifactTags(tags.map((tag) => `${tag}${request.moduleTagSuffix}`), { semverTags: false })),
            ];
        }
    }
}

// EXTERNAL MODULE: ./build/src/oci/digest.js
var digest = __webpack_require__(6559);
;// CONCATENATED MODULE: ./build/src/oci/publish-artifact.js



/**
 * Pushes an artifact unless the registry already has the same content under a tag: identical
 * config and layers make a tag `unchanged` (the created time does not count), and the existing
 * manifest stays. A kind whose config pins its uncompressed layers (Flux) is compared by that
 * config before anything is compressed, so an unchanged re-push never runs gzip. An exact version
 * tag that names different content is refused unless `overwrite`: consumers pin versions and
 * must never see one change under them.
 */
async function publishArtifact(client, target, options) {
    const outcome = { target, uploaded: 0, mounted: 0, skipped: 0, unchangedTags: [] };
    if (!client) {
        const packed = await target.packed.pack();
        return {
            ...outcome,
            digest: (0,digest/* sha256Digest */.s)(packed.manifestBytes),
            operation: 'dry-run',
            size: totalSize(packed.manifestBytes, packed.manifest),
        };
    }
    // Started before the registry is asked, so that reading the tree overlaps the round trips;
    // nothing is compressed until `pack` says so. Awaited below, or superseded by `pack`.
    const identity = target.packed.identify?.();
    identity?.catch(() => undefined);
    const existing = await existingManifests(client, target).catch(async (error) => {
        // A problem of the tree itself (nothing to package, a link leading outside) is the one to
        // fix first, whatever the registry answered meanwhile.
        const treeProblem = await identity?.then(() => undefined, (problem) => problem);
        throw treeProblem instanceof user_error/* UserError */.yo ? treeProblem : error;
    });
    // Every tag exists: most likely nothing changed, so reading need not keep the content. A tag
    // that does not exist will be pushed whatever the others hold: compress while reading.
    if (existing.length === target.tags.length)
        target.packed.identityOnly?.();
    else if (existing.length > 0)
        target.packed.pack().catch(() => undefined);
    const matches = existing.length === 0 ? undefined : await sameContentAs(target.packed, identity);
    const unchanged = new Map();
    const conflicts = [];
    for (const found of existing) {
        if (matches?.(found.manifest)) {
            unchanged.set(found.tag, found);
        }
        else if (isExactVersionTag(found.tag) && !options.overwrite) {
            conflicts.push(`${target.name}:${found.tag} (now ${found.digest})`);
        }
    }
    if (conflicts.length > 0) {
        const verb = conflicts.length === 1 ? 'holds' : 'hold';
        throw new user_error/* UserError */.yo(`refusing to change released versions: ${conflicts.join(', ')} already ${verb} different content`, {
            hint: 'release the change under a new version, or set overwrite: true if you really mean to replace it',
        });
    }
    const unchangedTags = [...unchanged.keys()];
    const toPush = target.tags.filter((tag) => !unchanged.has(tag));
    if (toPush.length === 0) {
        options.log.info(`${target.name}: every tag already holds this content; nothing pushed.`);
        const first = unchanged.get(target.tags[0]);
        return {
            ...outcome,
            digest: first.digest,
            operation: 'unchanged',
            unchangedTags,
            size: totalSize(first.bytes, first.manifest),
        };
    }
    const packed = await target.packed.pack();
    const result = await client.pushArtifact(target.repository, packed, toPush, {
        mountFrom: options.mountFrom,
    });
    return {
        ...outcome,
        digest: result.digest,
        operation: 'pushed',
        unchangedTags,
        uploaded: result.uploaded.length,
        mounted: result.mounted.length,
        skipped: result.skipped.length,
        size: totalSize(packed.manifestBytes, packed.manifest),
    };
}
/** The manifests the target's tags name now, a GET per tag (a HEAD first would cost a round trip more). */
async function existingManifests(client, target) {
    const existing = [];
    for (const tag of target.tags) {
        const found = await client.findManifest(target.repository, tag);
        if (found === undefined)
            continue;
        const { bytes, digest } = found;
        existing.push({ tag, digest, bytes, manifest: JSON.parse(bytes.toString('utf8')) });
    }
    return existing;
}
/**
 * How to tell an existing manifest holds this content: by the kind's content identity when it
 * has one (no compression needed), else by the packed artifact's config and layer digests.
 */
async function sameContentAs(artifact, identifying) {
    if (identifying) {
        const identity = await identifying;
        return (existing) => existing.artifactType === identity.artifactType &&
            existing.config?.digest === identity.config.digest &&
            existing.layers?.length === identity.layerMediaTypes.length &&
            existing.layers.every((layer, i) => layer.mediaType === identity.layerMediaTypes[i]);
    }
    const packed = (await artifact.pack()).manifest;
    return (existing) => existing.artifactType === packed.artifactType &&
        existing.config?.digest === packed.config.digest &&
        existing.layers?.length === packed.layers.length &&
        existing.layers.every((layer, i) => layer.digest === packed.layers[i]?.digest);
}
/** What the artifact takes in the registry: the manifest and every blob it names. */
function totalSize(manifestBytes, manifest) {
    return [manifest.config, ...manifest.layers].reduce((sum, blob) => sum + blob.size, manifestBytes.length);
}

// EXTERNAL MODULE: ./build/src/runtime/markdown.js
var markdown = __webpack_require__(8741);
;// CONCATENATED MODULE: ./build/src/oci/push-report.js

const LISTED_FILES = 25;
/** The job summary: what went where, by digest, and what the artifact holds. */
function pushReport(outcomes, kind) {
    const md = new markdown/* Markdown */.oz().heading(`oci-push (${kind})`);
    md.table(['Artifact', 'Tags', 'Digest', 'Result', 'Size'], outcomes.map((outcome) => [
        (0,markdown/* code */.aY)(outcome.target.name),
        outcome.target.tags.map(markdown/* code */.aY).join(' '),
        (0,markdown/* code */.aY)(outcome.digest),
        describe(outcome),
        formatBytes(outcome.size),
    ]));
    const files = outcomes[0]?.target.packed.files ?? [];
    md.paragraph(`${files.length} file(s) in the artifact${files.length > LISTED_FILES ? `, the first ${LISTED_FILES}` : ''}:`);
    md.list(files.slice(0, LISTED_FILES).map(markdown/* code */.aY));
    return md.toString();
}
function describe(outcome) {
    switch (outcome.operation) {
        case 'dry-run':
            return 'dry run: not pushed';
        case 'unchanged':
            return 'unchanged: the registry already had it';
        case 'pushed':
            return `pushed: ${outcome.uploaded} blob(s) uploaded, ${outcome.mounted ? `${outcome.mounted} mounted, ` : ''}${outcome.skipped} already there${outcome.unchangedTags.length ? `; ${outcome.unchangedTags.join(', ')} unchanged` : ''}`;
    }
}
function formatBytes(size) {
    if (size < 1024)
        return `${size} B`;
    if (size < 1024 * 1024)
        return `${(size / 1024).toFixed(1)} KiB`;
    return `${(size / 1024 / 1024).toFixed(1)} MiB`;
}

;// CONCATENATED MODULE: ./build/src/actions/oci-push.js








const ociPush = {
    async run(inputs, { log, github, env }) {
        const { repository, mountFrom } = parseRepositories(inputs);
        const tags = artifactTags(inputs.tags, { semverTags: inputs['semver-tags'] });
        const { source, revision } = await sourceAndRevision(inputs, github, log);
        const targets = await log.group(`Package ${inputs.path} as ${inputs.kind}`, () => packageTargets({
            kind: inputs.kind,
            path: (0,external_node_path_.resolve)(github.workspace, inputs.path),
            repository,
            tags,
            moduleTagSuffix: inputs['module-tag-suffix'],
            pack: {
                source,
                revision,
                reproducible: inputs.reproducible,
                annotations: parseAnnotations(inputs.annotations),
                ignorePaths: inputs['ignore-paths'],
                symlinks: inputs['follow-symlinks'] ? 'follow-inside' : 'refuse',
            },
        }));
        const client = inputs['dry-run']
            ? undefined
            : await (0,connect_registry/* connectRegistry */.g)(repository.registry, {
                explicit: inputs.password
                    ? { username: inputs.username ?? 'oauth2', password: inputs.password }
                    : undefined,
                env,
                runner: new lazy_command_runner/* LazyCommandRunner */.I(log),
                plainHttp: inputs['plain-http'],
                log,
            });
        const outcomes = [];
        for (const target of targets) {
            outcomes.push(await log.group(`Push ${target.name}:${target.tags.join(',')}`, () => publishArtifact(client, target, {
                overwrite: inputs.overwrite,
                log,
                mountFrom: mountFrom?.repository,
            })));
        }
        const [main] = outcomes;
        return {
            outputs: {
                digest: main.digest,
                ref: `${main.target.name}@${main.digest}`,
                url: `oci://${main.target.name}:${main.target.tags[0]}`,
                tags: main.target.tags.join('\n'),
                operation: outcomes.every((o) => o.operation === 'unchanged') ? 'unchanged' : main.operation,
                size: String(main.size),
            },
            report: pushReport(outcomes, inputs.kind),
        };
    },
};
/* harmony default export */ const oci_push = (ociPush);


/***/ }),

/***/ 2672:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ LazyCommandRunner)
/* harmony export */ });
/**
 * A NodeCommandRunner loaded on its first command: most runs start no program (no credential
 * helper, source and revision given), and loading child_process costs start-up time.
 */
class LazyCommandRunner {
    log;
    #runner;
    constructor(log) {
        this.log = log;
    }
    async run(command, args, options) {
        this.#runner ??= __webpack_require__.e(/* import() */ 990).then(__webpack_require__.bind(__webpack_require__, 9990)).then(({ NodeCommandRunner }) => new NodeCommandRunner(this.log));
        return (await this.#runner).run(command, args, options);
    }
}


/***/ }),

/***/ 5047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ EMPTY_CONFIG),
/* harmony export */   BV: () => (/* binding */ assembleArtifact),
/* harmony export */   DE: () => (/* binding */ blobOf),
/* harmony export */   Nl: () => (/* binding */ alreadyPacked)
/* harmony export */ });
/* unused harmony export sha256Digest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var _content_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2102);
/* harmony import */ var _utf8_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7365);



/** The OCI empty descriptor's content (image-spec v1.1, "Guidance for an Empty Descriptor"). */
const EMPTY_CONFIG = blobOf(_content_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_EMPTY_CONFIG */ .Vt, Buffer.from('{}'));
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function blobOf(mediaType, bytes, digest = sha256Digest(bytes)) {
    return { descriptor: { mediaType, digest, size: bytes.length }, bytes };
}
/**
 * The manifest and the exact bytes to push. The bytes are built field by field in the order of
 * image-spec's Go structs, with annotation keys sorted, so the same parts always give the same
 * manifest digest (JSON.stringify alone would move integer-like keys first).
 */
function assembleArtifact(parts) {
    const annotations = Object.keys(parts.annotations).length > 0 ? { ...parts.annotations } : undefined;
    const manifest = {
        schemaVersion: 2,
        mediaType: _content_js__WEBPACK_IMPORTED_MODULE_1__/* .OCI_MANIFEST */ .EG,
        ...(parts.artifactType !== undefined && { artifactType: parts.artifactType }),
        config: parts.config.descriptor,
        layers: parts.layers.map((layer) => layer.descriptor),
        ...(annotations && { annotations }),
    };
    return {
        manifest,
        manifestBytes: Buffer.from(manifestJson(manifest)),
        blobs: [parts.config, ...parts.layers],
        files: parts.files,
    };
}
/** A package for an artifact packed already: kinds without a content identity pack up front. */
function alreadyPacked(packed) {
    return { files: packed.files, pack: () => Promise.resolve(packed) };
}
function manifestJson(manifest) {
    return jsonObject([
        ['schemaVersion', String(manifest.schemaVersion)],
        ['mediaType', JSON.stringify(manifest.mediaType)],
        ['artifactType', optionalString(manifest.artifactType)],
        ['config', descriptorJson(manifest.config)],
        ['layers', `[${manifest.layers.map(descriptorJson).join(',')}]`],
        ['annotations', manifest.annotations && annotationsJson(manifest.annotations)],
    ]);
}
function descriptorJson(descriptor) {
    return jsonObject([
        ['mediaType', JSON.stringify(descriptor.mediaType)],
        ['digest', JSON.stringify(descriptor.digest)],
        ['size', String(descriptor.size)],
        ['annotations', descriptor.annotations && annotationsJson(descriptor.annotations)],
        ['artifactType', optionalString(descriptor.artifactType)],
    ]);
}
function annotationsJson(annotations) {
    return jsonObject(Object.keys(annotations)
        .sort(_utf8_order_js__WEBPACK_IMPORTED_MODULE_2__/* .compareUtf8 */ .z)
        .map((key) => [key, JSON.stringify(annotations[key])]));
}
/** Members whose JSON is undefined are left out, as Go's `omitempty` does. */
function jsonObject(members) {
    const present = members.filter((member) => member[1] !== undefined);
    return `{${present.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')}}`;
}
function optionalString(value) {
    return value === undefined ? undefined : JSON.stringify(value);
}


/***/ }),

/***/ 3823:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y5: () => (/* binding */ formatFluxRevision),
/* harmony export */   a: () => (/* binding */ fluxArtifactFromTree),
/* harmony export */   nz: () => (/* binding */ packFluxArtifact)
/* harmony export */ });
/* unused harmony exports FLUX_CONFIG_MEDIA_TYPE, FLUX_CONTENT_MEDIA_TYPE */
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6128);
/* harmony import */ var _artifact_manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5047);
/* harmony import */ var _ignore_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8811);
/* harmony import */ var _pack_options_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7265);
/* harmony import */ var _source_tree_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2899);
/* harmony import */ var _gzip_layer_writer_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3582);
/* harmony import */ var _tar_layer_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4460);







/** Flux's media types (RFC-0003), as `flux push artifact` writes them. */
const FLUX_CONFIG_MEDIA_TYPE = 'application/vnd.cncf.flux.config.v1+json';
const FLUX_CONTENT_MEDIA_TYPE = 'application/vnd.cncf.flux.content.v1.tar+gzip';
/**
 * Packs a directory of manifests (or one file) for a Flux OCIRepository: Flux's default ignore
 * list plus `ignorePaths`, one tar+gzip layer with directory entries (as Flux's own builder
 * writes them), and the config Flux writes. Nothing is read until the package is asked for.
 */
function packFluxArtifact(path, options) {
    const ignore = new _ignore_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .IgnoreRules */ .w0([..._ignore_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .FLUX_DEFAULT_IGNORE */ .dD, ...(options.ignorePaths ?? [])]);
    const tree = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .readSourceTree */ .mg)(path, { ignore, symlinks: options.symlinks, allowSingleFile: true });
    return fluxArtifactFromTree(tree, options);
}
/** The Flux form of an already opened tree (the terraform-module packer shares one walk). */
function fluxArtifactFromTree(tree, options) {
    for (const [name, value] of [
        ['source', options.source],
        ['revision', options.revision],
    ]) {
        if (value.trim() === '') {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`a Flux artifact needs a ${name}`, {
                hint: 'Flux shows the source and revision annotations in `flux get sources oci`',
            });
        }
    }
    const annotations = (0,_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .withUserAnnotations */ .G_)({
        [_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_SOURCE */ .KM]: options.source,
        [_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_REVISION */ .qK]: options.revision,
        [_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .ANNOTATION_CREATED */ .H]: (0,_pack_options_js__WEBPACK_IMPORTED_MODULE_3__/* .createdTimestamp */ .jt)(options),
    }, options);
    return new FluxPackage(tree, annotations);
}
const TAR_OPTIONS = { directories: true };
/**
 * The tree is read once. `identify` starts reading without compressing (the tar kept in memory)
 * and answers with the config as soon as the diff ID is known; `pack` compresses, from the start
 * or from wherever the reading has got to, so a caller may start `identify`, learn that nothing
 * needs comparing, and `pack` without having waited. The bytes are the same either way.
 */
class FluxPackage {
    annotations;
    files;
    #tree;
    /** The same tree without recording, for a second reading after `identityOnly`. */
    #unrecorded;
    #layer;
    #packed;
    constructor(tree, annotations) {
        this.annotations = annotations;
        const recorded = (0,_source_tree_js__WEBPACK_IMPORTED_MODULE_4__/* .recordingFiles */ .hh)(tree);
        this.files = recorded.files;
        this.#tree = recorded.tree;
        this.#unrecorded = tree;
    }
    identityOnly() {
        this.#layer?.writer.keepNothing();
    }
    async identify() {
        const diffId = await this.#written({ compress: false }).diffId;
        return { config: fluxConfig(diffId).descriptor, layerMediaTypes: [FLUX_CONTENT_MEDIA_TYPE] };
    }
    pack() {
        return (this.#packed ??= this.#assemble());
    }
    async #assemble() {
        // After identityOnly nothing was kept: the content changed after all, so read it again.
        if (this.#layer?.writer.keepsNothing)
            this.#layer = this.#writing(this.#unrecorded, { compress: true });
        const { writer, diffId } = this.#written({ compress: true });
        writer.compress();
        await diffId;
        const layer = await writer.compressed();
        return (0,_artifact_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .assembleArtifact */ .BV)({
            files: this.files,
            config: fluxConfig(layer.diffId),
            layers: [(0,_artifact_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .blobOf */ .DE)(FLUX_CONTENT_MEDIA_TYPE, layer.bytes, layer.digest)],
            annotations: this.annotations,
        });
    }
    /** Starts writing the tar on first use. */
    #written(options) {
        this.#layer ??= this.#writing(this.#tree, options);
        return this.#layer;
    }
    #writing(tree, options) {
        const writer = new _gzip_layer_writer_js__WEBPACK_IMPORTED_MODULE_5__/* .GzipLayerWriter */ .XF(options);
        return { writer, diffId: (0,_tar_layer_js__WEBPACK_IMPORTED_MODULE_6__/* .writeTar */ .F)(tree, TAR_OPTIONS, writer).then(() => writer.endStream()) };
    }
}
/**
 * `flux push artifact` starts from go-containerregistry's empty image and appends the layer, so
 * its config is that library's image config with zero times and the layer's diff ID — 233
 * bytes. Written the same here, so tools comparing configs see a Flux artifact; source-controller
 * itself never reads it.
 */
function fluxConfig(diffId) {
    const zeroTime = '0001-01-01T00:00:00Z';
    return (0,_artifact_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .blobOf */ .DE)(FLUX_CONFIG_MEDIA_TYPE, Buffer.from(`{"architecture":"","created":"${zeroTime}","history":[{"created":"${zeroTime}"}],"os":"",` +
        `"rootfs":{"type":"layers","diff_ids":["${diffId}"]},"config":{}}`));
}
/**
 * Flux's revision format (RFC-0005): `main@sha1:<sha>` for a branch, `v1.2.0@sha1:<sha>` for a
 * tag, the full ref for any other (`refs/pull/7/merge@sha1:<sha>`), `sha1:<sha>` without one.
 */
function formatFluxRevision(git) {
    const sha = git.sha.toLowerCase();
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`"${git.sha}" is not a full commit hash`, {
            hint: 'pass the 40-character commit SHA',
        });
    }
    const digest = `${sha.length === 40 ? 'sha1' : 'sha256'}:${sha}`;
    const ref = git.ref ?? '';
    const name = ref.replace(/^refs\/(?:heads|tags)\//, '');
    return name === '' ? digest : `${name}@${digest}`;
}


/***/ }),

/***/ 3582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Dd: () => (/* binding */ DEFLATE_LEVEL),
  XF: () => (/* binding */ GzipLayerWriter)
});

// UNUSED EXPORTS: GZIP_HEADER

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./build/src/oci/artifacts/chunked-stream.js
/**
 * Uncompressed archive bytes written in place into 1 MiB chunks: files are read into `chunk`,
 * headers encoded in it, so packing allocates nothing per entry. Each filled chunk goes to
 * `take`. The chunk boundaries are part of the output (gzip deflates every chunk on its own), so
 * they depend on the sequence of writes only: a chunk is handed on when full, or early when the
 * next header does not fit in what is left. Every chunk starts zero-filled, so writers skip
 * zeroing padding and empty fields (a fresh 1 MiB allocation comes from zeroed pages anyway).
 */
const CHUNK_LENGTH = 1 << 20;
/** Recycled chunks kept for reuse: about as many as are deflating at once. */
const MAX_SPARES = 8;
class ChunkedStream {
    /** The buffer being filled; `used` bytes of it are written, the rest is zero. Replaced on every hand-over. */
    chunk = Buffer.alloc(CHUNK_LENGTH);
    used = 0;
    get free() {
        return this.chunk.length - this.used;
    }
    /** Makes sure `length` contiguous bytes (at most one chunk) are free in `chunk`. */
    async reserve(length) {
        if (this.free < length)
            await this.flush();
    }
    /** Hands the filled part of the chunk on and starts a new chunk. */
    async flush() {
        if (this.used > 0)
            await this.handOver(false);
    }
    /** Hands on the last chunk, empty or not: the stream ends with it. */
    end() {
        return this.handOver(true);
    }
    /**
     * A chunk `take` is done with, zeroed and filled again instead of a new allocation: fresh
     * memory costs a page fault per 4 KiB on first write, a tenth of packing a large tree.
     */
    recycle(data) {
        if (this.spares.length < MAX_SPARES)
            this.spares.push(Buffer.from(data.buffer, data.byteOffset, CHUNK_LENGTH));
    }
    spares = [];
    handOver(last) {
        const data = this.chunk.subarray(0, this.used);
        this.chunk = this.spares.pop()?.fill(0) ?? Buffer.alloc(CHUNK_LENGTH);
        this.used = 0;
        return this.take(data, last);
    }
}

;// CONCATENATED MODULE: ./build/src/oci/artifacts/gzip-layer-writer.js





const deflateRawAsync = (0,external_node_util_.promisify)(external_node_zlib_.deflateRaw);
/**
 * Gzip for layers. Chunks deflate in parallel the way pigz does it: each one is a separate raw
 * deflate primed with the 32 KiB before it (so matches still reach back across the boundary) and
 * ended with a sync flush, which leaves it byte-aligned so the pieces concatenate into one valid
 * stream; only the last one is finished. The output depends on the bytes and the chunk
 * boundaries only (see ChunkedStream), never on thread timing or on whether the chunks are
 * compressed as they are written or later from a captured stream.
 *
 * The gzip framing is written here, not by zlib, so that it is the same everywhere: no file
 * name, mtime 0, XFL 0 and OS 255 ("unknown", what Go's gzip writes) — zlib's own header
 * records the build platform. The deflate data is whatever Node's bundled zlib produces at
 * level 6: the same across runs and machines for one zlib build (`process.versions.zlib`; the
 * builds in Node 20 and 24 agree), while another zlib build may encode the same tar differently.
 */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
/** zlib's default level, as `gzip` uses; the zip writer deflates at the same level. */
const DEFLATE_LEVEL = 6;
/** Deflate's window: the most a match can reach back. */
const WINDOW = 32 * 1024;
/**
 * Chunks deflating at once: one per core, at least two so that reading overlaps deflating, at
 * most libuv's default thread-pool size.
 */
const PARALLEL_CHUNKS = Math.max(2, Math.min(4, (0,external_node_os_.availableParallelism)()));
/**
 * A layer written once and compressed when asked: with `compress: false` the uncompressed chunks
 * are hashed and kept, so the diff ID is known before any deflate runs; `compress()` (called at
 * any point, before or after the end) deflates the kept chunks and every later one as it comes.
 * Either way the gzip is the same: only the chunks and their boundaries decide it.
 */
class GzipLayerWriter extends ChunkedStream {
    gzip;
    /** Chunks not handed to the compressor yet. */
    pending = [];
    ended = false;
    /** Set by keepNothing. */
    digestOnly = false;
    uncompressedHash = (0,external_node_crypto_.createHash)('sha256');
    diffId;
    constructor(options = { compress: true }) {
        super();
        if (options.compress)
            this.compress();
    }
    compress() {
        if (this.digestOnly)
            throw new Error('the uncompressed layer was not kept');
        this.gzip ??= new ParallelGzip((chunk) => this.recycle(chunk));
    }
    /**
     * Only the diff ID is wanted (the registry holds every tag, so only a comparison is left): the
     * kept chunks are dropped and each later one is recycled once hashed, which spares allocating
     * and faulting in memory for the whole layer. Nothing can be compressed afterwards.
     */
    keepNothing() {
        if (this.gzip)
            return;
        this.digestOnly = true;
        // Hashed already; their memory, faulted in once, serves the chunks still to come.
        for (const chunk of this.pending.splice(0))
            this.recycle(chunk);
    }
    get keepsNothing() {
        return this.digestOnly;
    }
    /** Ends the uncompressed stream; its digest is the layer's diff ID. */
    async endStream() {
        await this.end();
        this.diffId = `sha256:${this.uncompressedHash.digest('hex')}`;
        return this.diffId;
    }
    /** The layer, compressing whatever is left; only after the stream ended. */
    async compressed() {
        if (this.diffId === undefined)
            throw new Error('the layer stream has not ended');
        this.compress();
        await this.drain();
        return { ...(await this.gzip.finish()), diffId: this.diffId };
    }
    async finish() {
        await this.endStream();
        return this.compressed();
    }
    async take(data, last) {
        this.uncompressedHash.update(data);
        if (this.digestOnly)
            return this.recycle(data);
        this.pending.push(data);
        this.ended = last;
        if (this.gzip)
            return this.drain();
        // Kept, not compressed: let the event loop turn, so that an answer arriving meanwhile (the
        // registry saying the tag is new) can switch compression on while the tree is still read.
        return new Promise((resolve) => setImmediate(resolve));
    }
    async drain() {
        const gzip = this.gzip;
        while (this.pending.length > 0) {
            const chunk = this.pending.shift();
            await gzip.write(chunk, this.ended && this.pending.length === 0);
        }
    }
}
class ParallelGzip {
    release;
    crc = 0;
    uncompressedLength = 0;
    compressedHash = (0,external_node_crypto_.createHash)('sha256').update(GZIP_HEADER);
    compressed = [GZIP_HEADER];
    deflating = [];
    window;
    /** `release` gets each input chunk back once deflated, for reuse. */
    constructor(release) {
        this.release = release;
    }
    /** Starts deflating `data` on the thread pool; waits only when enough chunks are in flight. */
    async write(data, last) {
        this.crc = (0,external_node_zlib_.crc32)(data, this.crc);
        this.uncompressedLength += data.length;
        // One output buffer per chunk: zlib hands back each full buffer via the event loop.
        const options = {
            level: DEFLATE_LEVEL,
            finishFlush: last ? external_node_zlib_.constants.Z_FINISH : external_node_zlib_.constants.Z_SYNC_FLUSH,
            chunkSize: CHUNK_LENGTH,
        };
        if (this.window)
            options.dictionary = this.window;
        const output = deflateRawAsync(data, options);
        // Marked handled: when packing stops early on a user error nobody awaits this chunk.
        output.catch(() => undefined);
        this.deflating.push({ input: data, output });
        // A copy: this chunk is recycled once deflated, possibly before the next one starts.
        this.window = Buffer.from(data.subarray(Math.max(0, data.length - WINDOW)));
        if (this.deflating.length >= PARALLEL_CHUNKS)
            await this.collectOldest();
    }
    async finish() {
        while (this.deflating.length > 0)
            await this.collectOldest();
        const trailer = Buffer.alloc(8);
        trailer.writeUInt32LE(this.crc >>> 0, 0);
        // ISIZE is the length modulo 2^32 (RFC 1952).
        trailer.writeUInt32LE(this.uncompressedLength % 2 ** 32, 4);
        this.collect(trailer);
        return {
            bytes: Buffer.concat(this.compressed),
            digest: `sha256:${this.compressedHash.digest('hex')}`,
        };
    }
    async collectOldest() {
        const { input, output } = this.deflating.shift();
        this.collect(await output);
        this.release(input);
    }
    collect(bytes) {
        this.compressed.push(bytes);
        this.compressedHash.update(bytes);
    }
}


/***/ }),

/***/ 8811:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dD: () => (/* binding */ FLUX_DEFAULT_IGNORE),
/* harmony export */   w0: () => (/* binding */ IgnoreRules),
/* harmony export */   ww: () => (/* binding */ MODULE_DEFAULT_IGNORE)
/* harmony export */ });
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(298);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6128);


/**
 * What `flux push artifact` leaves out unless told otherwise: its `--ignore-paths` default is
 * Flux's VCS list plus its extension list (fluxcd/pkg sourceignore `ExcludeVCS` and
 * `ExcludeExt`). Here user patterns are added after these instead of replacing them, so a
 * negation such as `!logo.png` re-includes a file.
 */
const FLUX_DEFAULT_IGNORE = [
    '.git/',
    '.gitignore',
    '.gitmodules',
    '.gitattributes',
    '*.jpg',
    '*.jpeg',
    '*.gif',
    '*.png',
    '*.wmv',
    '*.flv',
    '*.tar.gz',
    '*.zip',
];
/**
 * Never part of a module package: the repository, OpenTofu's working directory (downloaded
 * providers and modules) and state files, which can hold secrets.
 */
const MODULE_DEFAULT_IGNORE = ['.git/', '.terraform/', '*.tfstate', '*.tfstate.*'];
/**
 * Gitignore rules over paths relative to the packed directory (`a/b.yaml`; directories are
 * asked about with their own flag so directory-only patterns like `build/` apply). Matching is
 * case-sensitive, as git is on Linux; later patterns win, so `!keep.png` after `*.png` keeps it.
 */
class IgnoreRules {
    patterns;
    /** Undefined when the name patterns answer for every pattern. */
    matcher;
    /** Set when no pattern negates: the plain name patterns, matched without the general matcher. */
    names;
    constructor(patterns) {
        const lines = patterns.flatMap((pattern) => pattern.split(/\r?\n/));
        lines.forEach(refuseOutsidePattern);
        this.patterns = lines;
        // Without negations a path is ignored when any pattern matches it or a parent, so the plain
        // name patterns (all of Flux's defaults) can be answered on their own. That saves the
        // general matcher's regexes on every path: a tenth of packing 12,000 small files.
        const negates = lines.some((line) => line.startsWith('!'));
        this.names = negates ? undefined : NamePatterns.from(lines);
        const general = this.names
            ? lines.filter((line) => !NamePatterns.accepts(line) && !isBlank(line))
            : lines;
        // `ignore` ships CommonJS with its factory on `default` too; NodeNext types only that one.
        this.matcher = general.length > 0 ? ignore__WEBPACK_IMPORTED_MODULE_0__["default"]({ ignorecase: false }).add(general) : undefined;
    }
    ignores(relativePath, isDirectory) {
        if (this.names?.matchesPath(relativePath, isDirectory))
            return true;
        return this.generalIgnores(relativePath, isDirectory);
    }
    /**
     * `ignores` for an entry named `name` at `relativePath` whose parent directories are known to
     * be kept, as in a walk that never enters an ignored directory: the name patterns then need to
     * look at the name alone.
     */
    ignoresChild(name, relativePath, isDirectory) {
        if (this.names?.matchesName(name, isDirectory))
            return true;
        return this.generalIgnores(relativePath, isDirectory);
    }
    generalIgnores(relativePath, isDirectory) {
        return this.matcher?.ignores(isDirectory ? `${relativePath}/` : relativePath) ?? false;
    }
}
/**
 * Patterns that are a plain name (`.git/`, `Thumbs.db`) or `*` and a plain suffix (`*.png`):
 * having no slash inside, gitignore matches them against the name of the path and of each
 * parent directory; a trailing slash limits them to directories.
 */
class NamePatterns {
    static SHAPE = /^(\*)?([\w.-]+)(\/)?$/;
    names = new Set();
    directoryNames = new Set();
    suffixes = [];
    directorySuffixes = [];
    static accepts(line) {
        return NamePatterns.SHAPE.test(line);
    }
    static from(lines) {
        const patterns = new NamePatterns();
        for (const line of lines) {
            const shape = NamePatterns.SHAPE.exec(line);
            if (!shape)
                continue;
            const [, star, body = '', slash] = shape;
            if (star)
                (slash ? patterns.directorySuffixes : patterns.suffixes).push(body);
            else
                (slash ? patterns.directoryNames : patterns.names).add(body);
        }
        return patterns;
    }
    matchesPath(relativePath, isDirectory) {
        let start = 0;
        for (;;) {
            const end = relativePath.indexOf('/', start);
            const last = end === -1;
            const name = relativePath.slice(start, last ? undefined : end);
            if (this.matchesName(name, last ? isDirectory : true))
                return true;
            if (last)
                return false;
            start = end + 1;
        }
    }
    matchesName(name, isDirectory) {
        if (this.names.has(name) || endsWithAny(name, this.suffixes))
            return true;
        if (!isDirectory)
            return false;
        return this.directoryNames.has(name) || endsWithAny(name, this.directorySuffixes);
    }
}
/** A loop rather than `some`: asked for every entry of a tree, a closure per call adds up. */
function endsWithAny(name, suffixes) {
    for (const suffix of suffixes)
        if (name.endsWith(suffix))
            return true;
    return false;
}
/** Blank lines and comments, which gitignore skips. */
function isBlank(line) {
    return line.trim() === '' || line.startsWith('#');
}
/**
 * Gitignore patterns never start with `./` or `../`: git would silently match nothing, which
 * here would ship files the user meant to leave out.
 */
function refuseOutsidePattern(line) {
    const body = line.startsWith('!') ? line.slice(1) : line;
    if (body.startsWith('./') || body.startsWith('../') || body === '.' || body === '..') {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`ignore pattern "${line}" is relative to the current directory`, {
            hint: 'ignore-paths use .gitignore syntax relative to the packed directory: write "docs/" for any docs directory or "/docs/" for the top-level one',
        });
    }
}


/***/ }),

/***/ 7265:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G_: () => (/* binding */ withUserAnnotations),
/* harmony export */   H: () => (/* binding */ ANNOTATION_CREATED),
/* harmony export */   KM: () => (/* binding */ ANNOTATION_SOURCE),
/* harmony export */   jt: () => (/* binding */ createdTimestamp),
/* harmony export */   qK: () => (/* binding */ ANNOTATION_REVISION)
/* harmony export */ });
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6128);

const ANNOTATION_CREATED = 'org.opencontainers.image.created';
const ANNOTATION_SOURCE = 'org.opencontainers.image.source';
const ANNOTATION_REVISION = 'org.opencontainers.image.revision';
/** RFC 3339 in UTC to the second, as Flux and Helm write it. */
function createdTimestamp(options) {
    const date = options.reproducible ? new Date(0) : (options.now ?? (() => new Date()))();
    return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The packer's annotations with the user's on top; empty keys are refused. */
function withUserAnnotations(own, options) {
    const user = options.annotations ?? {};
    for (const key of Object.keys(user)) {
        if (key.trim() === '')
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('an annotation has an empty key', { hint: 'write annotations as key=value' });
    }
    return { ...own, ...user };
}


/***/ }),

/***/ 2899:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yd: () => (/* binding */ explainFileError),
/* harmony export */   hh: () => (/* binding */ recordingFiles),
/* harmony export */   kp: () => (/* binding */ listSourceTree),
/* harmony export */   mg: () => (/* binding */ readSourceTree),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6128);
/* harmony import */ var _utf8_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7365);




/** Opens a directory for packing: ignored paths left out, symlinks per the policy. */
function readSourceTree(root, options) {
    const absoluteRoot = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root);
    const rootStat = statOrExplain(absoluteRoot, root);
    if (rootStat.isFile() && options.allowSingleFile) {
        // The file's directory stands as the root, so messages name the file as the user did.
        return { root: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(root), entries: [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(root), type: 'file', source: absoluteRoot }] };
    }
    if (!rootStat.isDirectory()) {
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${root} is not a directory`, {
            hint: 'point the path input at the directory to package',
        });
    }
    const realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absoluteRoot);
    return {
        root,
        entries: { [Symbol.iterator]: () => new TreeWalk(root, realRoot, options).walk(absoluteRoot) },
    };
}
/** The tree, recording the paths of its files as an archive writer walks them. */
function recordingFiles(tree) {
    const files = [];
    const entries = {
        *[Symbol.iterator]() {
            for (const entry of tree.entries) {
                if (entry.type === 'file')
                    files.push(entry.path);
                yield entry;
            }
        },
    };
    return { tree: { root: tree.root, entries }, files };
}
/** Walks the whole tree now: for packers that inspect the entries before archiving them. */
function listSourceTree(tree) {
    return { root: tree.root, entries: [...tree.entries] };
}
class TreeWalk {
    root;
    realRoot;
    options;
    files = 0;
    ignored = 0;
    policy;
    /**
     * Real paths of the directories being walked, root first, so a followed link back up the tree
     * is caught instead of recursing forever.
     */
    ancestors;
    constructor(root, realRoot, options) {
        this.root = root;
        this.realRoot = realRoot;
        this.options = options;
        this.policy = options.symlinks ?? 'refuse';
        this.ancestors = [realRoot];
    }
    /**
     * Depth first, with a stack of the directories being listed rather than a generator per level,
     * through which every entry of a deep tree would otherwise be handed up one level at a time.
     */
    *walk(absoluteRoot) {
        const open = [{ children: this.sortedChildren(absoluteRoot, '', this.realRoot), next: 0 }];
        while (open.length > 0) {
            const directory = open[open.length - 1];
            const child = directory.children[directory.next++];
            if (child === undefined) {
                open.pop();
                // The root's own real path stays: it is where every followed link must lead.
                if (open.length > 0)
                    this.ancestors.pop();
                continue;
            }
            yield { path: child.relative, type: child.type, source: child.path };
            if (child.type === 'directory') {
                this.ancestors.push(child.realPath);
                open.push({ children: this.sortedChildren(child.path, child.relative, child.realPath), next: 0 });
            }
            else {
                this.files++;
            }
        }
        if (this.files > 0)
            return;
        throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(this.ignored > 0
            ? `nothing to package in ${this.root}: every file in it is ignored (${this.ignored} paths matched)`
            : `nothing to package in ${this.root}: it contains no files`, {
            hint: this.ignored > 0
                ? `check ignore-paths; the rules in effect are: ${this.options.ignore.patterns.join(', ')}`
                : 'point the path input at the directory that holds the files',
        });
    }
    sortedChildren(path, relative, realPath) {
        return this.children(path, relative, realPath).sort((a, b) => (0,_utf8_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareUtf8 */ .z)(a.key, b.key));
    }
    /** The directory's entries that get packed, symlinks resolved (or refused), unsorted. */
    children(path, relative, realPath) {
        const children = [];
        for (const dirent of this.list(path, relative)) {
            const childRelative = relative === '' ? dirent.name : `${relative}/${dirent.name}`;
            const childPath = `${path}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${dirent.name}`;
            const isDirectory = dirent.isDirectory();
            // Git records a symlink as a file, so directory-only patterns do not match the link itself.
            if (this.skip(dirent.name, childRelative, isDirectory))
                continue;
            if (isDirectory) {
                children.push(child(dirent.name, childRelative, childPath, 'directory', `${realPath}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${dirent.name}`));
            }
            else if (dirent.isFile()) {
                children.push(child(dirent.name, childRelative, childPath, 'file', ''));
            }
            else if (dirent.isSymbolicLink()) {
                const target = this.followLink(childPath, childRelative);
                if (target)
                    children.push(child(dirent.name, childRelative, target.path, target.type, target.path));
            }
            else {
                throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${this.display(childRelative)} is not a regular file, directory or symlink`, {
                    hint: 'sockets, pipes and devices cannot be packaged: add the path to ignore-paths',
                });
            }
        }
        return children;
    }
    /** The target to pack in the link's place; undefined when it is a directory that is ignored. */
    followLink(path, relative) {
        const shown = `${this.display(relative)} -> ${(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(path)}`;
        if (this.policy === 'refuse') {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`symlink ${shown} is not packaged by default`, {
                hint: 'replace the link with the file it points at, add it to ignore-paths, or allow links that stay inside the directory (follow-symlinks)',
            });
        }
        let target;
        try {
            target = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
        }
        catch (error) {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`symlink ${shown} points at nothing`, {
                hint: 'fix or remove the dangling link, or add it to ignore-paths',
                cause: error,
            });
        }
        // A link to the root itself stays inside; it is refused below as a loop.
        if (target !== this.realRoot && !target.startsWith(`${this.realRoot}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`)) {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`symlink ${shown} leads outside ${this.root}`, {
                hint: 'only links to files inside the packaged directory are followed: copy the target in, or add the link to ignore-paths',
            });
        }
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(target).isDirectory())
            return { path: target, type: 'file' };
        if (this.skip((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(relative), relative, true))
            return undefined;
        if (this.ancestors.includes(target)) {
            throw new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`symlink ${shown} points back at a directory that contains it`, {
                hint: 'remove the loop or add the link to ignore-paths',
            });
        }
        return { path: target, type: 'directory' };
    }
    list(path, relative) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(path, { withFileTypes: true });
        }
        catch (error) {
            throw explainFileError(error, relative === '' ? this.root : this.display(relative));
        }
    }
    /** Only for an entry of a directory the walk entered: its parents are kept. */
    skip(name, relative, isDirectory) {
        const ignored = this.options.ignore.ignoresChild(name, relative, isDirectory);
        if (ignored)
            this.ignored++;
        return ignored;
    }
    display(relative) {
        return shownPath(this.root, relative);
    }
}
function child(name, relative, path, type, realPath) {
    return { relative, path, type, realPath, key: type === 'directory' ? `${name}/` : name };
}
/** A path inside the tree as the user would type it: the root they named, then the entry. */
function shownPath(root, relative) {
    return `${root.replace(/[\\/]+$/, '')}/${relative}`;
}
function statOrExplain(path, shown) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch (error) {
        throw explainFileError(error, shown);
    }
}
/** Turns the file-system errors a user can fix into messages that name the path and the fix. */
function explainFileError(error, shown) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} does not exist`, {
                hint: 'check the path input; relative paths start at the workspace',
                cause: error,
            });
        case 'EACCES':
        case 'EPERM':
            return new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} cannot be read (permission denied)`, {
                hint: 'make it readable (chmod a+r, and a+x for directories) or add it to ignore-paths',
                cause: error,
            });
        case 'ENOTDIR':
        case 'ELOOP':
            return new _runtime_user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${shown} cannot be read (${code})`, { hint: 'check the path', cause: error });
        default:
            return error;
    }
}


/***/ }),

/***/ 4460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ writeTar),
  Z: () => (/* binding */ writeTarGzip)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
// EXTERNAL MODULE: ./build/src/oci/artifacts/gzip-layer-writer.js + 1 modules
var gzip_layer_writer = __webpack_require__(3582);
// EXTERNAL MODULE: ./build/src/oci/artifacts/source-tree.js
var source_tree = __webpack_require__(2899);
;// CONCATENATED MODULE: ./build/src/oci/artifacts/tar-header.js
/**
 * POSIX ustar headers (pax extended headers for what ustar cannot hold), with every field that
 * varies between machines fixed: uid/gid 0, empty user and group names, mtime 0. Written in
 * place into the caller's buffer, so packing thousands of files allocates nothing per header.
 */
const TAR_BLOCK = 512;
/** Two zero blocks end a tar archive. */
const TAR_END_LENGTH = 2 * TAR_BLOCK;
const NAME_FIELD = 100;
/** The largest size an 11-digit octal field holds; larger files need a pax `size` record. */
const MAX_OCTAL_SIZE = 0o77777777777;
const TYPE_FLAG = { file: 0x30, directory: 0x35, pax: 0x78 };
/** Bytes the header of this entry takes: one block, or a pax header and its records before it. */
function tarHeaderLength(header) {
    if (fitsUstar(header))
        return TAR_BLOCK;
    const records = paxRecords(header);
    return 2 * TAR_BLOCK + paddedToBlock(Buffer.byteLength(records));
}
/**
 * Writes the header (and pax header, if needed) at `offset`; returns the bytes written. The
 * target bytes must be zero (ChunkedStream's are): unset fields and padding are left as found.
 */
function writeTarHeader(target, offset, header) {
    let at = offset;
    if (!fitsUstar(header)) {
        const records = paxRecords(header);
        const length = Buffer.byteLength(records);
        writeBlock(target, at, { name: 'PaxHeader', type: 'pax', mode: 0o644, size: length });
        at += TAR_BLOCK;
        target.write(records, at, 'utf8');
        at += paddedToBlock(length);
    }
    writeBlock(target, at, header);
    return at + TAR_BLOCK - offset;
}
function paddedToBlock(length) {
    return Math.ceil(length / TAR_BLOCK) * TAR_BLOCK;
}
/** Whether the plain header holds the entry: an ASCII name (the common case, scanned here) or a short UTF-8 one. */
function fitsUstar(header) {
    if (header.size > MAX_OCTAL_SIZE)
        return false;
    const { name } = header;
    if (name.length > NAME_FIELD)
        return false;
    for (let i = 0; i < name.length; i++)
        if (name.charCodeAt(i) >= 0x80)
            return Buffer.byteLength(name) <= NAME_FIELD;
    return true;
}
/**
 * Pax records for a name longer than the ustar name field or a size beyond 8 GiB. Names always
 * go through pax rather than the ustar prefix field: one rule, and every reader knows pax.
 */
function paxRecords(header) {
    let records = '';
    if (Buffer.byteLength(header.name) > NAME_FIELD)
        records += paxRecord('path', header.name);
    if (header.size > MAX_OCTAL_SIZE)
        records += paxRecord('size', String(header.size));
    return records === '' ? undefined : records;
}
/** `<length> <key>=<value>\n`, where the length counts its own digits too. */
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    const bodyLength = Buffer.byteLength(body);
    let digits = String(bodyLength).length;
    while (String(bodyLength + digits).length !== digits)
        digits++;
    return `${bodyLength + digits}${body}`;
}
/**
 * What every header holds alike, from the mode field (100) to the end of the magic (265): uid,
 * gid and mtime 0, the checksum field as blanks (as it is summed), `ustar\0` and version `00`.
 * Mode, size and type flag are zero here and written over. uname, gname, devmajor, devminor and
 * prefix stay zero-filled.
 */
const FIXED_FROM = 100;
const FIXED = (() => {
    const block = Buffer.alloc(TAR_BLOCK);
    writeOctal(block, 108, 8, 0); // uid
    writeOctal(block, 116, 8, 0); // gid
    writeOctal(block, 136, 12, 0); // mtime
    block.fill(0x20, 148, 156);
    block.write('ustar\u000000', 257, 8, 'latin1');
    return block.subarray(FIXED_FROM, 265);
})();
const FIXED_SUM = FIXED.reduce((sum, byte) => sum + byte, 0);
/**
 * One header block. The checksum is the sum of the block's bytes with the checksum field as
 * blanks: the fixed fields' sum is known, the rest is added up as each field is written, so
 * the block is never read back.
 */
function writeBlock(target, offset, header) {
    target.set(FIXED, offset + FIXED_FROM);
    let checksum = FIXED_SUM + writeName(target, offset, header.name);
    checksum += writeOctal(target, offset + 100, 8, header.mode);
    checksum += writeOctal(target, offset + 124, 12, header.size > MAX_OCTAL_SIZE ? 0 : header.size);
    const flag = TYPE_FLAG[header.type];
    target[offset + 156] = flag;
    checksum += flag;
    writeOctal(target, offset + 148, 7, checksum);
    target[offset + 155] = 0x20;
}
/**
 * Writes the name field and returns the sum of its bytes. An ASCII name is copied a character
 * at a time; any other is encoded as UTF-8, cut (never mid-character) to the field when too long:
 * the pax record holds it whole.
 */
function writeName(target, offset, name) {
    let sum = 0;
    const length = Math.min(name.length, NAME_FIELD);
    for (let i = 0; i < length; i++) {
        const code = name.charCodeAt(i);
        if (code >= 0x80) {
            const written = target.write(name, offset, NAME_FIELD, 'utf8');
            sum = 0;
            for (let j = offset; j < offset + written; j++)
                sum += target[j];
            return sum;
        }
        target[offset + i] = code;
        sum += code;
    }
    return sum;
}
/** Zero-padded octal digits and a NUL, written digit by digit; returns the sum of the bytes. */
function writeOctal(target, offset, width, value) {
    let rest = value;
    let sum = 0;
    for (let i = offset + width - 2; i >= offset; i--) {
        const digit = 0x30 + (rest % 8);
        target[i] = digit;
        sum += digit;
        rest = Math.floor(rest / 8);
    }
    target[offset + width - 1] = 0;
    return sum;
}

;// CONCATENATED MODULE: ./build/src/oci/artifacts/tar-layer.js





/**
 * A gzipped tar of the tree, byte-for-byte the same for the same content: entries in the tree's
 * bytewise order, modes reduced to 0644 or 0755 (git's rule: executable when the owner may run
 * it), directories 0755, owners and times zeroed. The tree's root gets no entry of its own.
 */
async function writeTarGzip(tree, options) {
    const writer = new gzip_layer_writer/* GzipLayerWriter */.XF();
    await writeTar(tree, options, writer);
    return writer.finish();
}
/**
 * Entries are written synchronously into the current chunk, each file read straight into it.
 * One thread does it all: on two cores a reading worker thread was slower (its start, the copy
 * out of its buffers and the contention with the deflate threads cost more than it saved: a
 * 45 MiB tree of 12,000 files packed in 260-300 ms alone against 310-510 ms with it).
 */
async function writeTar(tree, options, writer) {
    const prefix = options.prefix ?? '';
    // The loop runs without a pause until a chunk fills: let the caller's requests go out first (a
    // re-push asks the registry for its tags while the tree is read).
    await new Promise((resolve) => setImmediate(resolve));
    for (const entry of tree.entries) {
        const pending = entry.type === 'file'
            ? readInPlace(writer, tree, entry, prefix)
            : options.directories
                ? writeHeader(writer, { name: `${prefix}${entry.path}/`, type: 'directory', mode: 0o755, size: 0 })
                : undefined;
        // Only a full chunk makes anything wait: an await per entry would cost more than most files.
        if (pending)
            await pending;
    }
    await writer.reserve(TAR_END_LENGTH);
    writer.used += TAR_END_LENGTH;
}
/** Git's rule for modes: executable when the owner may run it. */
function tarMode(mode) {
    return mode & 0o100 ? 0o755 : 0o644;
}
/**
 * A file, read straight into the chunk: at once (returning nothing to await) when its header and
 * content fit in what is left of the chunk, as nearly every file does; else across chunks.
 */
function readInPlace(writer, tree, entry, prefix) {
    const fd = openFile(tree, entry);
    let rest;
    try {
        const { size, mode } = (0,external_node_fs_.fstatSync)(fd);
        const header = writeHeader(writer, {
            name: `${prefix}${entry.path}`,
            type: 'file',
            mode: tarMode(mode),
            size,
        });
        if (header === undefined && readInto(writer, fd, size))
            return undefined;
        rest = (async () => {
            if (header !== undefined) {
                await header;
                if (readInto(writer, fd, size))
                    return;
            }
            await readAcrossChunks(writer, tree, entry, fd, size);
        })().finally(() => (0,external_node_fs_.closeSync)(fd));
        return rest;
    }
    finally {
        if (rest === undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function shrank(shown) {
    return new user_error/* UserError */.yo(`${shown} shrank while it was being packaged`, {
        hint: 'package the directory when nothing else is writing to it',
    });
}
/** Awaits nothing when the header fits in the current chunk. */
function writeHeader(writer, header) {
    const length = tarHeaderLength(header);
    if (writer.free < length)
        return writer.flush().then(() => writeHeader(writer, header));
    writer.used += writeTarHeader(writer.chunk, writer.used, header);
    return undefined;
}
function openFile(tree, entry) {
    try {
        return (0,external_node_fs_.openSync)(entry.source, 'r');
    }
    catch (error) {
        throw (0,source_tree/* explainFileError */.Yd)(error, (0,source_tree/* shownPath */.pS)(tree.root, entry.path));
    }
}
/**
 * Reads a file that fits, padding included, straight into the current chunk: no per-file
 * buffer, no copy; the padding is already zero. False, with nothing written, when it does not fit.
 */
function readInto(writer, fd, size) {
    const padded = paddedToBlock(size);
    if (writer.free < padded)
        return false;
    let read = 0;
    while (read < size) {
        const n = (0,external_node_fs_.readSync)(fd, writer.chunk, writer.used + read, size - read, null);
        if (n === 0)
            return false;
        read += n;
    }
    writer.used += padded;
    return true;
}
/** A file larger than what is left of the chunk (or one that shrank): read chunk by chunk. */
async function readAcrossChunks(writer, tree, entry, fd, size) {
    let remaining = size;
    let position = 0;
    while (remaining > 0) {
        if (writer.free === 0)
            await writer.flush();
        const read = (0,external_node_fs_.readSync)(fd, writer.chunk, writer.used, Math.min(remaining, writer.free), position);
        if (read === 0)
            throw shrank((0,source_tree/* shownPath */.pS)(tree.root, entry.path));
        writer.used += read;
        remaining -= read;
        position += read;
    }
    const padding = paddedToBlock(size) - size;
    await writer.reserve(padding);
    writer.used += padding;
}


/***/ }),

/***/ 7365:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ compareUtf8)
/* harmony export */ });
/**
 * Compares strings in UTF-8 byte order — the order of `tar --sort=name`, `LC_ALL=C sort` and Go's
 * string comparison — without encoding them. UTF-16 code units already sort that way, except
 * that surrogates (characters beyond U+FFFF, four UTF-8 bytes) must sort after U+E000–U+FFFF.
 */
function compareUtf8(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        let x = a.charCodeAt(i);
        let y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x >= 0xd800 && y >= 0xd800) {
            x = x < 0xe000 ? x + 0x2000 : x - 0x800;
            y = y < 0xe000 ? y + 0x2000 : y - 0x800;
        }
        return x - y;
    }
    return a.length - b.length;
}


/***/ })

};
