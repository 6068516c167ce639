import type { Linter, LintOutcome } from '../engine/linter';
import type { ReusePlan } from '../engine/findingReuse';
import { planHaproxyReuse, type HaproxyLintMemory } from '../engine/haproxyReuse';
import { planNginxReuse, type NginxLintMemory } from '../engine/nginxReuse';
import type { LintSettings } from '../engine/settings';
import { runWhole } from '../schedule/slices';
import type { OpenDocument } from './documentStore';

/**
 * Lints open documents' models, reusing what it can of each document's last run: the findings of
 * the NGINX units or HAProxy sections a change left alone (engine/nginxReuse.ts, haproxyReuse.ts).
 */
export class DocumentLinter {
  /** What the last run over each document left for the next one to reuse. */
  private readonly memory = new WeakMap<OpenDocument, NginxLintMemory | HaproxyLintMemory>();
  /** How many runs checked the whole file and how many only the units an edit reached. */
  readonly stats = { full: 0, partial: 0, fullBecause: new Map<string, number>() };

  constructor(private readonly linter: Linter) {}

  /** Lints the document's current model (`doc.config`, which must be set). */
  lint(doc: OpenDocument, settings: LintSettings): LintOutcome {
    return runWhole(this.lintInSteps(doc, settings, () => false));
  }

  /**
   * The same lint, pausing after a unit whenever `pause` says so (see Linter.lintInSteps). A caller
   * that drops a paused run (the document changed meanwhile) leaves the memory and the pending
   * change as they were, for the next run.
   */
  *lintInSteps(doc: OpenDocument, settings: LintSettings, pause: () => boolean): Generator<void, LintOutcome> {
    const config = doc.config!;
    const change = doc.modelKeptSinceLint ? doc.changeSinceLint : null;
    const last = this.memory.get(doc) ?? null;
    const plan: ReusePlan<NginxLintMemory | HaproxyLintMemory> =
      config.dialect === 'nginx'
        ? planNginxReuse(last?.config.dialect === 'nginx' ? (last as NginxLintMemory) : null, config, doc.source, settings, change)
        : planHaproxyReuse(last?.config.dialect === 'haproxy' ? (last as HaproxyLintMemory) : null, config, doc.source, settings, change);
    if (plan.prepare) yield* plan.prepare(pause);
    // A run that reuses findings has moved them to the new text already (see reuseExcept): it must
    // end, not be dropped at a pause. It checks a few units and is short.
    const outcome = yield* this.linter.lintInSteps(config, doc.source, settings, plan.reuse ?? undefined, plan.reuse ? () => false : pause);
    const memory = plan.remember(outcome);
    if (memory) this.memory.set(doc, memory);
    else this.memory.delete(doc);
    doc.changeSinceLint = null;
    doc.modelKeptSinceLint = true;
    if (plan.reuse) {
      this.stats.partial++;
    } else {
      this.stats.full++;
      const why = plan.fullBecause ?? '';
      this.stats.fullBecause.set(why, (this.stats.fullBecause.get(why) ?? 0) + 1);
    }
    return outcome;
  }
}
