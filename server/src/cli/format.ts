import type { AnyRule, Severity } from '../rules/types';
import { rulePageFile, sarifHelp } from './ruleHelp';

/** One finding as the CLI prints it: 1-based lines and columns, the same shape for every rule. */
export interface CliFinding {
  readonly file: string;
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Where the reason lies, when elsewhere (another file of the configuration, another line). */
  readonly related?: readonly CliRelated[];
}

export interface CliRelated {
  readonly file: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** " (see conf.d/x.conf:12, ...)": the related locations in other files than the finding's, at most three. */
function seeAlso(f: CliFinding): string {
  const others = [...new Set((f.related ?? []).filter((r) => r.file !== f.file).map((r) => `${r.file}:${r.line}`))];
  if (!others.length) return '';
  const shown = others.slice(0, 3).join(', ');
  return ` (see ${shown}${others.length > 3 ? ` and ${others.length - 3} more` : ''})`;
}

/**
 * Something said about a file rather than found in it: how it was read (not UTF-8), or why it was
 * not linted. Printed on stderr as it happens; SARIF carries them as tool execution notifications.
 */
export interface CliNote {
  readonly file: string;
  /** `error`: the file was named but could not be linted (exit status 2); `note`: information only. */
  readonly level: 'error' | 'note';
  readonly message: string;
}

/** How many files a run linted, could not lint (an error above) and skipped as not configurations. */
export interface RunTally {
  readonly linted: number;
  readonly notLinted: number;
  readonly skipped: number;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatText(findings: readonly CliFinding[], fixedCount: number, tally: RunTally): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.ruleId}: ${f.message}${seeAlso(f)}`);
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  // "no problems" only when something was looked at: a run that linted nothing says so.
  const parts = [
    tally.linted === 0
      ? 'no files linted'
      : findings.length === 0
        ? 'no problems'
        : `${plural(findings.length, 'problem')} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos, ${count('hint')} hints)`,
  ];
  if (fixedCount > 0) lines.push(`fixed ${plural(fixedCount, 'problem')}`);
  if (tally.notLinted > 0) parts.push(`${plural(tally.notLinted, 'file')} not linted (see the errors above)`);
  if (tally.skipped > 0) parts.push(`${plural(tally.skipped, 'file')} skipped (empty, or nothing Affinity Lint checks)`);
  lines.push(parts.join('; '));
  return lines.join('\n') + '\n';
}

export function formatJson(findings: readonly CliFinding[]): string {
  return JSON.stringify(findings, null, 2) + '\n';
}

/** A file path as SARIF wants it: forward slashes. */
function sarifUri(file: string): string {
  return file.split('\\').join('/');
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function formatSarif(findings: readonly CliFinding[], rules: readonly AnyRule[], version: string, notes: readonly CliNote[] = []): string {
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'affinity-lint',
            version,
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
              shortDescription: { text: r.meta.summary },
              fullDescription: { text: `${r.meta.summary}. \`affinity-lint --explain ${r.meta.id}\` prints the rule's page: why it matters and how to fix it.` },
              // No helpUri: the pages have no web address; they ship with the CLI and are the help.
              help: sarifHelp(r.meta.id, r.meta.summary),
              defaultConfiguration: { level: SARIF_LEVEL[r.meta.severity] },
              properties: { tags: [r.meta.dialect, 'session-affinity'], fixable: r.meta.fixable },
            })),
          },
        },
        // How files were read and why some were not linted, where SARIF viewers look for them.
        ...(notes.length
          ? {
              invocations: [
                {
                  executionSuccessful: !notes.some((n) => n.level === 'error'),
                  toolExecutionNotifications: notes.map((n) => ({
                    level: n.level,
                    message: { text: n.message },
                    locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(n.file) } } }],
                  })),
                },
              ],
            }
          : {}),
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: sarifUri(f.file) },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
          ...(f.related?.length
            ? {
                relatedLocations: f.related.map((r, id) => ({
                  id,
                  message: { text: r.message },
                  physicalLocation: {
                    artifactLocation: { uri: sarifUri(r.file) },
                    region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
                  },
                })),
              }
            : {}),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

export function formatRules(rules: readonly AnyRule[], json: boolean): string {
  if (json) return JSON.stringify(rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, docs: rulePageFile(r.meta.id) })), null, 2) + '\n';
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.fixable ? 'fix' : '   '}  ${r.meta.summary}`).join('\n') + '\n';
}
