import { UserError } from '../runtime/user-error.js';
import { limitCharacters } from './field-limits.js';
import type { GitHubClient } from './github-client.js';
import { callGitHub, type GitHubOperation } from './github-error.js';

/** GitHub refuses longer comment bodies ("Body is too long (maximum is 65536 characters)"). */
export const COMMENT_BODY_MAX_CHARACTERS = 65_536;

export type CommentBehaviour = 'update' | 'new' | 'off';

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  /** Pull request or issue number: pull request conversations are issue comments. */
  issueNumber: number;
  /** Tells this action's comments apart from others': letters, digits, `.`, `_`, `:`, `-`. */
  marker: string;
  /** Markdown; the hidden marker is added in front. */
  body: string;
  behaviour: CommentBehaviour;
  /**
   * Login the token comments as (`github-actions[bot]` for the workflow token), when known. Only
   * its comments are edited, so a person quoting the marker never has their comment replaced.
   */
  author?: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'skipped';
  id?: number;
  url?: string;
}

const MARKER_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** The hidden line that identifies a sticky comment: invisible in rendered Markdown. */
export function commentMarker(marker: string): string {
  if (!MARKER_PATTERN.test(marker)) {
    throw new UserError(`comment marker '${marker}' cannot go inside an HTML comment`, {
      hint: 'use letters, digits, dots, underscores, colons and dashes, starting with a letter or digit',
    });
  }
  return `<!-- gitops-actions:${marker} -->`;
}

/**
 * Posts the report as one comment that later runs edit in place (`update`), as a fresh comment
 * every run (`new`), or not at all (`off`).
 */
export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
): Promise<StickyCommentResult> {
  if (request.behaviour === 'off') return { action: 'skipped' };
  const { owner, repo, issueNumber } = request;
  const marker = commentMarker(request.marker);
  // The marker goes first so that truncation can never cut it off.
  const body = `${marker}\n${limitCharacters(request.body, COMMENT_BODY_MAX_CHARACTERS - marker.length - 1, 'comment')}`;
  const operation: GitHubOperation = {
    action: `comment on #${issueNumber} of ${owner}/${repo}`,
    permission: 'pull-requests: write',
    target: `pull request #${issueNumber} of ${owner}/${repo}`,
  };

  const existing =
    request.behaviour === 'update' ? await findNewestMarked(client, request, marker, operation) : undefined;
  if (existing !== undefined) {
    const updated = await callGitHub(
      { ...operation, action: `edit comment ${existing} on #${issueNumber}` },
      () =>
        client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          owner,
          repo,
          comment_id: existing,
          body,
        }),
    );
    return { action: 'updated', id: Number(updated.data.id), url: updated.data.html_url };
  }
  const created = await callGitHub(operation, () =>
    client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issueNumber,
      body,
    }),
  );
  return { action: 'created', id: Number(created.data.id), url: created.data.html_url };
}

/** Walks every page (oldest first, as GitHub lists them) and keeps the last match: the newest. */
async function findNewestMarked(
  client: GitHubClient,
  request: StickyCommentRequest,
  marker: string,
  operation: GitHubOperation,
): Promise<number | undefined> {
  const { owner, repo, issueNumber, author } = request;
  return callGitHub(
    { ...operation, action: `list the comments of #${issueNumber} of ${owner}/${repo}` },
    async () => {
      let newest: number | undefined;
      const pages = client.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      });
      for await (const page of pages) {
        for (const comment of page.data) {
          if (!comment.body?.includes(marker)) continue;
          if (author !== undefined && comment.user?.login !== author) continue;
          newest = Number(comment.id);
        }
      }
      return newest;
    },
  );
}
