import { createHash } from 'node:crypto';

/** Git object model with real SHA-1 ids, so shas look and behave like GitHub's. */

export interface GitSignature {
  name: string;
  email: string;
  /** ISO 8601 timestamp, as the REST API reports it. */
  date: string;
}

export type TreeEntryType = 'blob' | 'tree' | 'commit';

export interface TreeEntry {
  name: string;
  /** API spelling: `100644`, `100755`, `040000`, `160000`, `120000`. */
  mode: string;
  type: TreeEntryType;
  sha: string;
}

export interface BlobObject {
  type: 'blob';
  sha: string;
  content: Buffer;
}

export interface TreeObject {
  type: 'tree';
  sha: string;
  entries: TreeEntry[];
}

export interface CommitObject {
  type: 'commit';
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: GitSignature;
  committer: GitSignature;
}

export type GitObject = BlobObject | TreeObject | CommitObject;

export function makeBlob(content: Buffer): BlobObject {
  return { type: 'blob', sha: hashObject('blob', content), content };
}

export function makeTree(entries: TreeEntry[]): TreeObject {
  const sorted = [...entries].sort((a, b) => Buffer.compare(sortKey(a), sortKey(b)));
  const body = Buffer.concat(
    sorted.map((entry) =>
      Buffer.concat([
        Buffer.from(`${entry.mode.replace(/^0+/, '')} ${entry.name}\0`),
        Buffer.from(entry.sha, 'hex'),
      ]),
    ),
  );
  return { type: 'tree', sha: hashObject('tree', body), entries: sorted };
}

export function makeCommit(fields: Omit<CommitObject, 'type' | 'sha'>): CommitObject {
  const lines = [
    `tree ${fields.tree}`,
    ...fields.parents.map((parent) => `parent ${parent}`),
    `author ${signatureLine(fields.author)}`,
    `committer ${signatureLine(fields.committer)}`,
    '',
    fields.message,
  ];
  return { type: 'commit', sha: hashObject('commit', Buffer.from(lines.join('\n'))), ...fields };
}

function hashObject(kind: string, body: Buffer): string {
  return createHash('sha1').update(`${kind} ${body.length}\0`).update(body).digest('hex');
}

function signatureLine(signature: GitSignature): string {
  const seconds = Math.floor(Date.parse(signature.date) / 1000);
  return `${signature.name} <${signature.email}> ${seconds} +0000`;
}

/** Git orders tree entries as if directory names ended in `/`. */
function sortKey(entry: TreeEntry): Buffer {
  return Buffer.from(entry.type === 'tree' ? `${entry.name}/` : entry.name);
}
