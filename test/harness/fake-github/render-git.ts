import type { BlobObject, CommitObject, TreeObject } from './git-objects.js';
import { treeOf } from './git-repo.js';
import type { RepoRecord } from './state.js';
import { nodeId, type ApiUrls } from './urls.js';

export function renderBlob(urls: ApiUrls, repo: RepoRecord, blob: BlobObject) {
  // GitHub wraps base64 blob content at 60 characters.
  const content = (blob.content.toString('base64').match(/.{1,60}/g) ?? []).join('\n');
  return {
    sha: blob.sha,
    node_id: nodeId('B', blob.sha),
    size: blob.content.length,
    url: urls.repoApi(repo, `/git/blobs/${blob.sha}`),
    content: content === '' ? '' : `${content}\n`,
    encoding: 'base64',
  };
}

export function renderTree(urls: ApiUrls, repo: RepoRecord, tree: TreeObject, recursive: boolean) {
  return {
    sha: tree.sha,
    url: urls.repoApi(repo, `/git/trees/${tree.sha}`),
    tree: listTree(urls, repo, tree, recursive, ''),
    truncated: false,
  };
}

function listTree(urls: ApiUrls, repo: RepoRecord, tree: TreeObject, recursive: boolean, prefix: string) {
  return tree.entries.flatMap((entry): Record<string, unknown>[] => {
    const path = `${prefix}${entry.name}`;
    const object = repo.objects.get(entry.sha);
    const kind = entry.type === 'tree' ? 'trees' : 'blobs';
    const listed = {
      path,
      mode: entry.mode,
      type: entry.type,
      sha: entry.sha,
      ...(object?.type === 'blob' ? { size: object.content.length } : {}),
      ...(entry.type === 'commit' ? {} : { url: urls.repoApi(repo, `/git/${kind}/${entry.sha}`) }),
    };
    const subtree = entry.type === 'tree' ? treeOf(repo, entry.sha) : undefined;
    if (!recursive || !subtree) return [listed];
    return [listed, ...listTree(urls, repo, subtree, true, `${path}/`)];
  });
}

export function renderCommit(urls: ApiUrls, repo: RepoRecord, commit: CommitObject) {
  return {
    sha: commit.sha,
    node_id: nodeId('C', commit.sha),
    url: urls.repoApi(repo, `/git/commits/${commit.sha}`),
    html_url: urls.repoWeb(repo, `/commit/${commit.sha}`),
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: urls.repoApi(repo, `/git/trees/${commit.tree}`) },
    message: commit.message,
    parents: commit.parents.map((sha) => ({
      sha,
      url: urls.repoApi(repo, `/git/commits/${sha}`),
      html_url: urls.repoWeb(repo, `/commit/${sha}`),
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

export function renderRef(urls: ApiUrls, repo: RepoRecord, ref: string, sha: string) {
  return {
    ref,
    node_id: nodeId('REF', `${repo.id}:${ref}`),
    url: urls.repoApi(repo, `/git/${ref}`),
    object: { type: 'commit', sha, url: urls.repoApi(repo, `/git/commits/${sha}`) },
  };
}
