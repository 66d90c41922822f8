export const id = 158;
export const ids = [158];
export const modules = {

/***/ 8158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F4: () => (/* binding */ openTofuModuleFromTree),
  packOpenTofuModule: () => (/* binding */ packOpenTofuModule)
});

// UNUSED EXPORTS: OPENTOFU_MODULE_ARTIFACT_TYPE, OPENTOFU_MODULE_LAYER_MEDIA_TYPE

// EXTERNAL MODULE: ./build/src/oci/artifacts/artifact-manifest.js
var artifact_manifest = __webpack_require__(5047);
// EXTERNAL MODULE: ./build/src/oci/artifacts/ignore-rules.js
var ignore_rules = __webpack_require__(8811);
// EXTERNAL MODULE: ./build/src/oci/artifacts/pack-options.js
var pack_options = __webpack_require__(7265);
// EXTERNAL MODULE: ./build/src/oci/artifacts/source-tree.js
var source_tree = __webpack_require__(2899);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./build/src/runtime/user-error.js
var user_error = __webpack_require__(6128);
// EXTERNAL MODULE: ./build/src/oci/artifacts/gzip-layer-writer.js + 1 modules
var gzip_layer_writer = __webpack_require__(3582);
;// CONCATENATED MODULE: ./build/src/oci/artifacts/zip-archive.js






const deflateRawAsync = (0,external_node_util_.promisify)(external_node_zlib_.deflateRaw);
/**
 * A zip of the tree's files, byte-for-byte the same for the same content (APPNOTE 6.3.x):
 * entries in the tree's bytewise order, every timestamp the DOS epoch (1980-01-01 00:00), no
 * extra fields, no comments, no data descriptors (sizes and CRCs go in the local headers), UTF-8
 * names flagged. Unix modes 0644/0755 go in the external attributes so `unzip` restores them.
 * Directories get no entries: extractors create them from the file paths, and module packages
 * have no use for empty ones. Files deflate in parallel on the thread pool, written in order.
 */
async function writeZip(tree) {
    const parts = [];
    const central = [];
    let offset = 0;
    let count = 0;
    const append = (entry) => {
        const end = offset + LOCAL_HEADER_LENGTH + entry.name.length + entry.data.length;
        if (count === MAX_ENTRIES || entry.size > MAX_32_BIT || end > MAX_32_BIT) {
            throw new user_error/* UserError */.yo(`${tree.root} is too large for a zip without ZIP64`, {
                hint: 'module packages over 4 GiB or 65535 files are not supported; leave build output out with ignore-paths',
            });
        }
        central.push(centralHeader(entry, offset));
        parts.push(localHeader(entry), entry.data);
        offset = end;
        count++;
    };
    const pending = [];
    for (const entry of tree.entries) {
        if (entry.type !== 'file')
            continue;
        const compressing = compress(tree, entry);
        compressing.catch(() => undefined); // awaited below; marked handled in case an earlier one throws
        pending.push(compressing);
        if (pending.length >= IN_FLIGHT)
            append(await pending.shift());
    }
    for (const compressing of pending)
        append(await compressing);
    const directory = Buffer.concat(central);
    return Buffer.concat([...parts, directory, endOfCentralDirectory(count, directory.length, offset)]);
}
/** Files read and compressed ahead of the one being written. */
const IN_FLIGHT = 8;
const MAX_ENTRIES = 0xffff;
const LOCAL_HEADER_LENGTH = 30;
/** Sizes and offsets are 32-bit fields without ZIP64. */
const MAX_32_BIT = 0xffffffff;
const DOS_TIME = 0x0000;
/** 1980-01-01: (year - 1980) << 9 | month << 5 | day. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
const VERSION_NEEDED = 20;
/** Made by Unix (3), spec 2.0: tells readers the external attributes hold a Unix mode. */
const VERSION_MADE_BY = (3 << 8) | 20;
const STORED = 0;
const DEFLATED = 8;
async function compress(tree, entry) {
    const { content, mode } = readWithMode(entry.source, (0,source_tree/* shownPath */.pS)(tree.root, entry.path));
    const deflated = await deflateRawAsync(content, { level: gzip_layer_writer/* DEFLATE_LEVEL */.Dd });
    // Stored when deflate does not help, as zip tools do; either way the choice follows the bytes.
    const stored = deflated.length >= content.length;
    return {
        name: Buffer.from(entry.path),
        method: stored ? STORED : DEFLATED,
        crc: (0,external_node_zlib_.crc32)(content),
        size: content.length,
        data: stored ? content : deflated,
        mode,
    };
}
function readWithMode(path, shown) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (error) {
        throw (0,source_tree/* explainFileError */.Yd)(error, shown);
    }
    try {
        const executable = ((0,external_node_fs_.fstatSync)(fd).mode & 0o100) !== 0;
        return { content: (0,external_node_fs_.readFileSync)(fd), mode: executable ? 0o755 : 0o644 };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function localHeader(entry) {
    const header = Buffer.alloc(LOCAL_HEADER_LENGTH + entry.name.length);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(VERSION_NEEDED, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(entry.method, 8);
    header.writeUInt16LE(DOS_TIME, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(entry.crc, 14);
    header.writeUInt32LE(entry.data.length, 18);
    header.writeUInt32LE(entry.size, 22);
    header.writeUInt16LE(entry.name.length, 26);
    // Extra field length (28) stays 0.
    entry.name.copy(header, LOCAL_HEADER_LENGTH);
    return header;
}
function centralHeader(entry, localOffset) {
    const header = Buffer.alloc(46 + entry.name.length);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(VERSION_MADE_BY, 4);
    header.writeUInt16LE(VERSION_NEEDED, 6);
    header.writeUInt16LE(UTF8_NAMES, 8);
    header.writeUInt16LE(entry.method, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(entry.crc, 16);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.size, 24);
    header.writeUInt16LE(entry.name.length, 28);
    // Extra, comment, disk number and internal attributes (30-37) stay 0.
    header.writeUInt32LE(((0o100000 | entry.mode) << 16) >>> 0, 38);
    header.writeUInt32LE(localOffset, 42);
    entry.name.copy(header, 46);
    return header;
}
function endOfCentralDirectory(count, directoryLength, directoryOffset) {
    const record = Buffer.alloc(22);
    record.writeUInt32LE(0x06054b50, 0);
    record.writeUInt16LE(count, 8);
    record.writeUInt16LE(count, 10);
    record.writeUInt32LE(directoryLength, 12);
    record.writeUInt32LE(directoryOffset, 16);
    return record;
}

;// CONCATENATED MODULE: ./build/src/oci/artifacts/opentofu-module.js





/**
 * OpenTofu's module package (docs: "Module Packages in OCI Registries"): an image manifest with
 * this artifactType and exactly one `archive/zip` layer whose root is the module root, so
 * `source = "oci://registry/repo?tag=1.2.0"` installs it and `//subdir` selects a module inside.
 * The config is the OCI empty descriptor, as `oras push --artifact-type` writes it.
 */
const OPENTOFU_MODULE_ARTIFACT_TYPE = 'application/vnd.opentofu.modulepkg';
const OPENTOFU_MODULE_LAYER_MEDIA_TYPE = 'archive/zip';
async function packOpenTofuModule(directory, options) {
    const ignore = new ignore_rules/* IgnoreRules */.w0([...ignore_rules/* MODULE_DEFAULT_IGNORE */.ww, ...(options.ignorePaths ?? [])]);
    return openTofuModuleFromTree((0,source_tree/* readSourceTree */.mg)(directory, { ignore, symlinks: options.symlinks }), options);
}
/** The OpenTofu form of an already opened tree (the terraform-module packer shares one walk). */
async function openTofuModuleFromTree(tree, options) {
    const recorded = (0,source_tree/* recordingFiles */.hh)(tree);
    const zip = await writeZip(recorded.tree);
    return (0,artifact_manifest/* assembleArtifact */.BV)({
        files: recorded.files,
        artifactType: OPENTOFU_MODULE_ARTIFACT_TYPE,
        config: artifact_manifest/* EMPTY_CONFIG */.$v,
        layers: [(0,artifact_manifest/* blobOf */.DE)(OPENTOFU_MODULE_LAYER_MEDIA_TYPE, zip)],
        annotations: (0,pack_options/* withUserAnnotations */.G_)({ [pack_options/* ANNOTATION_CREATED */.H]: (0,pack_options/* createdTimestamp */.jt)(options) }, options),
    });
}


/***/ })

};
