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

/** Inline code that survives backticks and pipes inside the value. */
export function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text}${fence}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
