import type { GitSignature } from './git-objects.js';
import { unprocessable, notFound } from './github-errors.js';
import {
  flattenTree,
  isAncestor,
  moveRef,
  treeOf,
  writeBlob,
  writeCommit,
  writeFlatTree,
  type FlatTree,
} from './git-repo.js';
import { renderBlob, renderCommit, renderRef, renderTree } from './render-git.js';
import { json, requireRepo, type RouteRequest, type RouteTable } from './routing.js';
import { commitOf, type RepoRecord } from './state.js';

interface TreeItem {
  path: string;
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha?: string | null;
  content?: string;
}

interface SignatureInput {
  name: string;
  email: string;
  date?: string;
}

export const gitRoutes: RouteTable = {
  'git/create-blob': (request) => {
    const repo = requireRepo(request);
    const { content, encoding } = request.body as { content: string; encoding?: string };
    const bytes = Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8');
    const blob = writeBlob(repo, bytes);
    return json(201, { sha: blob.sha, url: request.urls.repoApi(repo, `/git/blobs/${blob.sha}`) });
  },

  'git/get-blob': (request) => {
    const repo = requireRepo(request);
    const blob = repo.objects.get(request.params['file_sha'] ?? '');
    if (blob?.type !== 'blob') throw notFound();
    return json(200, renderBlob(request.urls, repo, blob));
  },

  'git/create-tree': (request) => {
    const repo = requireRepo(request);
    const { tree, base_tree: baseTree } = request.body as { tree: TreeItem[]; base_tree?: string };
    let flat: FlatTree = new Map();
    if (baseTree !== undefined) {
      if (!treeOf(repo, baseTree)) throw unprocessable(`base_tree ${baseTree} is not a valid tree`);
      flat = flattenTree(repo, baseTree);
    }
    for (const item of tree) applyTreeItem(repo, flat, item);
    return json(201, renderTree(request.urls, repo, writeFlatTree(repo, flat), false));
  },

  'git/get-tree': (request) => {
    const repo = requireRepo(request);
    const tree = treeOf(repo, request.params['tree_sha'] ?? '');
    if (!tree) throw notFound();
    // GitHub treats any value of `recursive`, even "0" or "false", as enabled.
    return json(200, renderTree(request.urls, repo, tree, request.query['recursive'] !== undefined));
  },

  'git/create-commit': (request) => {
    const repo = requireRepo(request);
    const body = request.body as {
      message: string;
      tree: string;
      parents?: string[];
      author?: SignatureInput;
      committer?: SignatureInput;
    };
    if (!treeOf(repo, body.tree)) throw unprocessable('Tree SHA does not exist');
    const parents = body.parents ?? [];
    if (parents.some((parent) => !commitOf(repo, parent))) {
      throw unprocessable('Parent SHA does not exist or is not a commit object');
    }
    const author = signature(request, body.author);
    const commit = writeCommit(repo, {
      tree: body.tree,
      parents,
      message: body.message,
      author,
      committer: body.committer ? signature(request, body.committer) : author,
    });
    return json(201, renderCommit(request.urls, repo, commit));
  },

  'git/get-commit': (request) => {
    const repo = requireRepo(request);
    const commit = commitOf(repo, request.params['commit_sha'] ?? '');
    if (!commit) throw notFound();
    return json(200, renderCommit(request.urls, repo, commit));
  },

  'git/create-ref': (request) => {
    const repo = requireRepo(request);
    const { ref, sha } = request.body as { ref: string; sha: string };
    if (!/^refs\/[^/]+\/.+/.test(ref)) {
      throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
    }
    if (repo.refs.has(ref)) throw unprocessable('Reference already exists');
    if (!commitOf(repo, sha)) throw unprocessable('Object does not exist');
    moveRef(repo, ref, sha, request.store.now());
    return json(201, renderRef(request.urls, repo, ref, sha));
  },

  'git/get-ref': (request) => {
    const repo = requireRepo(request);
    const ref = `refs/${request.params['ref'] ?? ''}`;
    const sha = repo.refs.get(ref);
    if (!sha) throw notFound();
    return json(200, renderRef(request.urls, repo, ref, sha));
  },

  'git/list-matching-refs': (request) => {
    const repo = requireRepo(request);
    const prefix = `refs/${request.params['ref'] ?? ''}`;
    const matching = [...repo.refs]
      .filter(([ref]) => ref.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ref, sha]) => renderRef(request.urls, repo, ref, sha));
    return json(200, matching);
  },

  'git/update-ref': (request) => {
    const repo = requireRepo(request);
    const ref = `refs/${request.params['ref'] ?? ''}`;
    const { sha, force } = request.body as { sha: string; force?: boolean };
    const current = repo.refs.get(ref);
    if (!current) throw unprocessable('Reference does not exist');
    if (!commitOf(repo, sha)) throw unprocessable('Object does not exist');
    if (force !== true && !isAncestor(repo, current, sha))
      throw unprocessable('Update is not a fast forward');
    moveRef(repo, ref, sha, request.store.now());
    return json(200, renderRef(request.urls, repo, ref, sha));
  },

  'git/delete-ref': (request) => {
    const repo = requireRepo(request);
    const ref = `refs/${request.params['ref'] ?? ''}`;
    if (!repo.refs.delete(ref)) throw unprocessable('Reference does not exist');
    return { status: 204 };
  },
};

function applyTreeItem(repo: RepoRecord, flat: FlatTree, item: TreeItem): void {
  if (item.sha !== undefined && item.content !== undefined) {
    throw unprocessable('Must supply either tree.sha or tree.content, not both');
  }
  if (item.sha === null) {
    for (const path of [...flat.keys()]) {
      if (path === item.path || path.startsWith(`${item.path}/`)) flat.delete(path);
    }
    return;
  }
  if (item.content !== undefined) {
    flat.set(item.path, {
      mode: item.mode,
      type: 'blob',
      sha: writeBlob(repo, Buffer.from(item.content)).sha,
    });
    return;
  }
  const sha = item.sha ?? '';
  if (item.type === 'tree') {
    if (!treeOf(repo, sha)) throw unprocessable(`tree.sha ${sha} is not a valid tree`);
    for (const [path, entry] of flattenTree(repo, sha)) flat.set(`${item.path}/${path}`, entry);
    return;
  }
  if (item.type === 'blob' && repo.objects.get(sha)?.type !== 'blob') {
    throw unprocessable(`tree.sha ${sha} is not a valid blob`);
  }
  flat.set(item.path, { mode: item.mode, type: item.type, sha });
}

function signature(request: RouteRequest, input: SignatureInput | undefined): GitSignature {
  const actor = request.actor;
  return {
    name: input?.name ?? actor.login,
    email: input?.email ?? `${actor.id}+${actor.login}@users.noreply.github.com`,
    date: input?.date ?? request.store.now(),
  };
}
