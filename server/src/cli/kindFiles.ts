import * as fs from 'fs';
import { fixUntilStable } from '../engine/fixes';
import type { LintSettings } from '../engine/settings';
import type { FileKind, KindFiles, WorkspaceLinks } from '../kinds/fileKind';
import { lintKind } from '../kinds/kindLinter';
import type { Finding } from '../rules/types';
import type { SourceText } from '../text/sourceText';

/** The files beside a linted one (package.json, lockfiles), read from disk once per run. */
export class DiskKindFiles implements KindFiles {
  private readonly texts = new Map<string, Promise<string | null>>();

  read(file: string): Promise<string | null> {
    let text = this.texts.get(file);
    if (!text) {
      text = fs.promises.readFile(file, 'utf8').catch(() => null);
      this.texts.set(file, text);
    }
    return text;
  }
}

export interface KindFileOutcome {
  /** False when the file holds nothing the kind checks (a YAML file of another program, JS without sessions). */
  readonly relevant: boolean;
  readonly findings: readonly Finding[];
  readonly source: SourceText;
  readonly fixed: number;
  readonly notes: readonly string[];
  readonly ruleErrors: readonly { ruleId: string; error: unknown }[];
}

/** Lints a file of a kind, fixing it first (and writing it back) with `fix`. */
export async function lintKindFile(kind: FileKind, file: string, text: string, settings: LintSettings, fix: boolean, files: KindFiles, workspace?: WorkspaceLinks): Promise<KindFileOutcome> {
  let current = text;
  let fixed = 0;
  if (fix) {
    const outcome = await fixUntilStable(text, async (t) => (await lintKind(kind, file, t, settings, files, kind.rules, workspace)).findings);
    if (outcome.text !== text) {
      fs.writeFileSync(file, outcome.text);
      current = outcome.text;
      fixed = outcome.applied;
    }
  }
  const result = await lintKind(kind, file, current, settings, files, kind.rules, workspace);
  return { relevant: result.model !== null || result.findings.length > 0, findings: result.findings, source: result.source, fixed, notes: result.notes, ruleErrors: result.ruleErrors };
}
