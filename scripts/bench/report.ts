// The summary: one row per figure with its target and verdict, printed as a table and written as JSON and
// Markdown. In the small mode a row only has to hold a number: its verdict says whether the figure was produced.
import fs from 'node:fs';
import path from 'node:path';

export interface Row {
  section: string;
  figure: string;
  value: number;
  unit: string;
  /** The target in words, e.g. "≥ 0.9 × floor"; empty for figures shown for context. */
  target: string;
  /** Whether the value meets the target; undefined for context figures. */
  pass?: boolean;
  note?: string;
}

export class Report {
  readonly rows: Row[] = [];

  add(row: Row) {
    this.rows.push(row);
  }

  /** A figure with a target of the form value ≤ max or value ≥ min. */
  check(section: string, figure: string, value: number, unit: string, bound: { max?: number; min?: number }, target: string, note?: string) {
    const pass = Number.isFinite(value) && (bound.max === undefined || value <= bound.max) && (bound.min === undefined || value >= bound.min);
    this.add({ section, figure, value, unit, target, pass, note });
  }

  context(section: string, figure: string, value: number, unit: string, note?: string) {
    this.add({ section, figure, value, unit, target: '', note });
  }

  missing(): Row[] {
    return this.rows.filter((r) => !Number.isFinite(r.value));
  }
}

export function formatValue(row: Row): string {
  if (!Number.isFinite(row.value)) return 'missing';
  const v = row.value;
  const digits = row.unit === '×' ? 2 : Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : 1;
  return `${v.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${row.unit && row.unit !== '×' ? ` ${row.unit}` : row.unit}`;
}

function verdict(row: Row, small: boolean): string {
  if (small) return Number.isFinite(row.value) ? 'produced' : 'MISSING';
  if (row.pass === undefined) return '';
  return row.pass ? 'pass' : 'FAIL';
}

function tableLines(report: Report, small: boolean, markdown: boolean): string[] {
  const header = ['section', 'figure', 'value', 'target', small ? 'produced' : 'pass/fail', 'note'];
  const body = report.rows.map((r) => [r.section, r.figure, formatValue(r), r.target, verdict(r, small), r.note ?? '']);
  if (markdown) {
    const cell = (s: string) => s.replaceAll('|', '\\|');
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((cols) => `| ${cols.map(cell).join(' | ')} |`)];
  }
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...body.map((cols) => cols[i]!.length))));
  const line = (cols: string[]) => cols.map((c, i) => (i === cols.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)];
}

export function printTable(report: Report, small: boolean) {
  console.log(`\n${tableLines(report, small, false).join('\n')}\n`);
}

export function writeResults(outDir: string, name: string, meta: Record<string, unknown>, report: Report, raw: Record<string, unknown>, small: boolean) {
  fs.mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify({ meta, rows: report.rows, raw }, null, 2);
  const metaLines = Object.entries(meta).map(([k, v]) => `- ${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
  const markdown = [`# Benchmark ${name}`, '', ...metaLines, '', ...tableLines(report, small, true), ''].join('\n');
  const latest = small ? 'latest-small' : 'latest';
  for (const base of [name, latest]) {
    fs.writeFileSync(path.join(outDir, `${base}.json`), json);
    fs.writeFileSync(path.join(outDir, `${base}.md`), markdown);
  }
  return { json: path.join(outDir, `${name}.json`), markdown: path.join(outDir, `${name}.md`) };
}
