/** Small Markdown builder for job summaries and CLI reports: tables, not walls of text. */
export class Markdown {
  private readonly parts: string[] = [];

  heading(text: string, level = 3): this {
    this.parts.push(`${'#'.repeat(level)} ${text}`);
    return this;
  }

  paragraph(text: string): this {
    this.parts.push(text);
    return this;
  }

  list(items: readonly string[]): this {
    if (items.length > 0) this.parts.push(items.map((item) => `- ${item}`).join('\n'));
    return this;
  }

  table(header: readonly string[], rows: readonly (readonly string[])[]): this {
    const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
    this.parts.push([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'));
    return this;
  }

  toString(): string {
    return this.parts.length === 0 ? '' : `${this.parts.join('\n\n')}\n`;
  }
}

/**
 * Inline code that survives backticks and pipes inside the value: the fence is one backtick longer
 * than the longest run inside, padded when the text starts or ends with one (CommonMark 6.1).
 */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * Text from outside (plan values, rule messages) as literal Markdown: HTML and inline syntax
 * escaped, so a value cannot inject markup. Pipes are left to `table`, which escapes them for
 * its cells; outside a table they mean nothing.
 */
export function escapeText(text: string): string {
  return escapeHtml(text).replace(/[\\`*_[\]~#]/g, '\\$&');
}

/** Text for HTML contexts such as `<summary>`, where Markdown is not parsed. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
