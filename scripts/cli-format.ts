// How the command line prints findings. Kept apart from argument handling so
// tests can check positions and layout without spawning a process.
import type { Finding } from '../rules/types';

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters (code points) of the line, so an emoji counts once. */
  column: number;
}

/** Line and column of a UTF-16 offset. A line ends at \n, \r\n or a lone \r. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair belongs to the character already counted.
    if (code >= 0xdc00 && code <= 0xdfff && i > lineStart && isHigh(text.charCodeAt(i - 1))) continue;
    if (code === 13) continue; // the \r of a \r\n pair at the end of a line
    column++;
  }
  return { line, column };
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function withPosition(text: string, finding: Finding): Finding & Position & { endLine: number; endColumn: number } {
  const from = positionAt(text, finding.start);
  const to = positionAt(text, finding.end);
  return { ...finding, ...from, endLine: to.line, endColumn: to.column };
}

/** The fields of a finding in `--jsonl` output (shared/spec/interfaces.md), plus its message id. */
export function toJsonlFinding(f: Finding) {
  return { rule: f.rule, category: f.category, severity: f.severity, start: f.start, end: f.end, match: f.match, message: f.message, messageId: f.messageId };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** ESLint-style text: a heading, one block per finding, a summary line. */
export function formatText(text: string, findings: readonly Finding[], name: string): string {
  if (!findings.length) return `${name}: no findings.\n`;
  const rows = findings.map((f) => {
    const { line, column } = positionAt(text, f.start);
    return { where: `${line}:${column}`, f };
  });
  const whereWidth = Math.max(...rows.map((r) => r.where.length));
  const sevWidth = Math.max(...rows.map((r) => r.f.severity.length));
  const catWidth = Math.max(...rows.map((r) => r.f.category.length));
  const indent = ' '.repeat(2 + whereWidth + 2);
  let out = `${name}\n`;
  for (const { where, f } of rows) {
    out += `  ${where.padEnd(whereWidth)}  ${f.severity.padEnd(sevWidth)}  ${f.category.padEnd(catWidth)}  ${f.message}  (${f.rule})\n`;
    out += `${indent}Policy: ${f.policy.source}: "${f.policy.clause}"\n`;
    if (f.suggestions.length) out += `${indent}Suggestions: ${f.suggestions.map((s) => s.label).join(', ')}\n`;
  }
  const counts = (['block', 'warn', 'info'] as const).map((s) => [s, findings.filter((f) => f.severity === s).length] as const);
  out += `\n${plural(findings.length, 'finding')} (${counts.map(([s, n]) => `${n} ${s}`).join(', ')})\n`;
  return out;
}
