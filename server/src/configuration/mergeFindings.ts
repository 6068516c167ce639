import type { Finding } from '../rules/types';

/** One configuration's findings for a file, and how messages name that configuration. */
export interface ConfigurationRun {
  readonly name: string;
  readonly findings: readonly Finding[];
}

const key = (f: Finding): string => `${f.ruleId}\0${f.span.start}\0${f.message}`;

/**
 * A file's findings over every configuration that reads it: each finding once; one that only some
 * of them report ends with `[in <configuration>]`, naming the first that does. In file order.
 */
export function mergeConfigurationFindings(runs: readonly ConfigurationRun[]): Finding[] {
  const keys = runs.map((r) => new Set(r.findings.map(key)));
  const seen = new Set<string>();
  const out: Finding[] = [];
  runs.forEach((run) => {
    for (const f of run.findings) {
      const k = key(f);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(keys.every((s) => s.has(k)) ? f : { ...f, message: `${f.message} [in ${run.name}]` });
    }
  });
  return out.sort((a, b) => a.span.start - b.span.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
