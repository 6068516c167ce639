import type { Dialect } from '../model/common';
import type { KindInput } from '../kinds/fileKind';
import type { HaproxyConfig, HaproxyDirective, HaproxySection } from '../model/haproxy';
import type { NginxConfig, NginxDirective } from '../model/nginx';
import type { LintSettings } from '../engine/settings';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A replacement of the text between two offsets of the document as it was linted. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
  /**
   * The file the offsets are in, when it is not the finding's own: a fix of a configuration that
   * spans files may edit several (set by the configuration linter, never by a rule).
   */
  readonly file?: string;
}

/** Where the reason for a finding lies, when it is not at the finding itself (LSP relatedInformation). */
export interface Related {
  readonly message: string;
  readonly span: Span;
  /** The file of the span, when it is not the finding's own (set by the configuration linter). */
  readonly file?: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** Safe to apply without reading it: offered as the preferred fix and applied by `--fix` / fix-all. */
  readonly preferred: boolean;
  /**
   * The title of one action that applies, in one edit, this fix and the fixes that carry the same
   * title on the other findings of the same span (every missing option of one cookie line, say).
   * Offered only when two or more such findings remain after settings and suppressions.
   */
  readonly combinedTitle?: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly message: string;
  readonly span: Span;
  readonly severity: Severity;
  readonly fixes: readonly Fix[];
  readonly related?: readonly Related[];
}

/**
 * The part of a rule id before the slash: a configuration dialect (`nginx`, `haproxy`) or, for the
 * kinds of files read besides them (kinds/), the platform or library the rule is about.
 */
export type RuleFamily = Dialect | 'manifest' | 'k8s' | 'ingress-nginx' | 'nginx-ingress' | 'gateway-api' | 'istio' | 'traefik' | 'aws-lbc' | 'app';

export interface RuleMeta {
  readonly id: string;
  readonly dialect: RuleFamily;
  /** False for a rule that runs only when its severity is set (an advice most users do not want). */
  readonly enabledByDefault?: boolean;
  /** The default severity; a rule may report a finding at another (RULES.md's W/E cases). */
  readonly severity: Severity;
  /** One line, used in `--list-rules`, SARIF and hovers. */
  readonly summary: string;
  readonly fixable: boolean;
  /** Pages that show the way out, offered as code actions next to the fixes. */
  readonly guides?: readonly Guide[];
}

export interface Guide {
  readonly title: string;
  /** The page under `docs/` (rules/docs.ts). */
  readonly page: string;
}

/** What a rule reports; the engine fills in the rule id and the default severity. */
export interface Report {
  readonly message: string;
  readonly span: Span;
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  /** Directives elsewhere that decide the finding (a `defaults` section's `mode`, a pass's settings). */
  readonly related?: readonly Related[];
}

export interface RuleContext<C> {
  readonly config: C;
  readonly source: SourceText;
  readonly settings: LintSettings;
  report(report: Report): void;
}

export interface NginxRule {
  readonly meta: RuleMeta & { readonly dialect: 'nginx' };
  /** Directive names this rule is called for; the engine walks the tree once and dispatches. */
  readonly visits: readonly string[];
  check(directive: NginxDirective, context: RuleContext<NginxConfig>): void;
}

export interface HaproxyRule {
  readonly meta: RuleMeta & { readonly dialect: 'haproxy' };
  /**
   * What the engine calls the rule for: directives by full keyword (`balance`, `cookie`,
   * `stick on`, `option redispatch`), and sections by kind (`backend`, `listen`, `defaults`).
   */
  readonly visits: { readonly keywords?: readonly string[]; readonly sections?: readonly string[] };
  check?(directive: HaproxyDirective, context: RuleContext<HaproxyConfig>): void;
  checkSection?(section: HaproxySection, context: RuleContext<HaproxyConfig>): void;
}

/** A rule that reads the whole document at once, such as the syntax rules. */
export interface DocumentRule<C> {
  readonly meta: RuleMeta;
  checkDocument(context: RuleContext<C>): void;
}

/**
 * A rule of a kind of file read besides the configuration dialects (kinds/fileKind.ts): it reads
 * the kind's whole model at once.
 */
export interface KindRule<M> {
  readonly meta: RuleMeta;
  checkModel(context: RuleContext<M>, input: KindInput): void;
}

export type AnyRule = NginxRule | HaproxyRule | DocumentRule<NginxConfig> | DocumentRule<HaproxyConfig> | KindRule<never>;
