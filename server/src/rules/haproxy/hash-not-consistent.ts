import type { HaproxyConfig, HaproxyDirective, HaproxySection } from '../../model/haproxy';
import { effectiveDirective, effectiveMode, inheritanceChain } from '../../model/haproxyQueries';
import type { SourceText } from '../../text/sourceText';
import { insertLineAfter, replace } from '../edits';
import type { HaproxyRule, TextEdit } from '../types';

/** Balance algorithms that hash a key onto the servers. */
const HASHED = new Set(['source', 'uri', 'url_param', 'hdr', 'hash', 'rdp-cookie']);
/** Those that need HTTP: in TCP mode HAProxy falls back to round robin and hashes nothing. */
const LAYER7 = new Set(['uri', 'url_param', 'hdr']);

function hashAlgorithm(balance: HaproxyDirective | null): string | null {
  const word = balance?.args[0]?.value.replace(/\(.*$/, '') ?? '';
  return HASHED.has(word) ? word : null;
}

function isConsistent(hashType: HaproxyDirective | null): boolean {
  return hashType?.args[0]?.value === 'consistent';
}

/** Makes `hash-type` consistent: rewrites the method of the section's own line, or inserts one below `balance`. */
function fixEdits(source: SourceText, ownHashType: HaproxyDirective | null, balance: HaproxyDirective): TextEdit[] {
  if (ownHashType && ownHashType.args.length > 0) return [replace(ownHashType.args[0].span, 'consistent')];
  if (ownHashType) return [replace(ownHashType.span, 'hash-type consistent')];
  return [insertLineAfter(source, balance.span.end, source.indentAt(balance.span.start), 'hash-type consistent')];
}

function inheritedFrom(d: HaproxyDirective): string {
  return d.section?.name ? `defaults '${d.section.name}'` : 'defaults';
}

/**
 * Whether a defaults section speaks for some proxy with this balance and hash-type: one that
 * inherits both unchanged (in HTTP mode for the HTTP-only algorithms), or no proxy inherits from it.
 */
function speaksForAProxy(config: HaproxyConfig, defaults: HaproxySection, balance: HaproxyDirective, hashType: HaproxyDirective | null, layer7: boolean): boolean {
  const heirs = config.sections.filter((s) => (s.kind === 'backend' || s.kind === 'listen') && inheritanceChain(s).includes(defaults));
  if (heirs.length === 0) return !layer7 || effectiveMode(defaults) === 'http';
  return heirs.some(
    (p) => effectiveDirective(p, 'balance') === balance && effectiveDirective(p, 'hash-type') === hashType && (!layer7 || effectiveMode(p) === 'http'),
  );
}

export const hashNotConsistent: HaproxyRule = {
  meta: {
    id: 'haproxy/hash-not-consistent',
    dialect: 'haproxy',
    severity: 'info',
    summary: "hash-based balance without 'hash-type consistent': a farm change remaps nearly all clients",
    fixable: true,
  },
  visits: { sections: ['backend', 'listen', 'defaults'] },
  /**
   * Reported where the decision is written: the section that owns the `balance` line or the
   * non-consistent `hash-type` line. A proxy that inherits both is covered by its defaults.
   */
  checkSection(section, context) {
    const { config, source } = context;
    const balance = effectiveDirective(section, 'balance');
    const algorithm = hashAlgorithm(balance);
    if (!balance || !algorithm) return;
    const hashType = effectiveDirective(section, 'hash-type');
    if (isConsistent(hashType)) return;
    const ownBalance = balance.section === section;
    const ownHashType = hashType !== null && hashType.section === section ? hashType : null;
    if (!ownBalance && !ownHashType) return;
    const layer7 = LAYER7.has(algorithm);
    if (section.kind === 'defaults' ? !speaksForAProxy(config, section, balance, hashType, layer7) : layer7 && effectiveMode(section) !== 'http') return;

    const at = ownBalance ? balance : ownHashType!;
    const how = hashType ? `'hash-type ${hashType.args.map((a) => a.raw).join(' ')}'` : 'the default map-based hashing';
    context.report({
      message: `'balance ${balance.args.map((a) => a.raw).join(' ')}'${ownBalance ? '' : ` (inherited from ${inheritedFrom(balance)})`} hashes with ${how}: adding, removing or losing one server remaps most clients to another server; 'hash-type consistent' moves only the clients of the server that changed.`,
      span: at.span,
      fixes: [{ title: "Use 'hash-type consistent'", edits: fixEdits(source, ownHashType, balance), preferred: true }],
    });
  },
};
