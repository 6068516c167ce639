import * as path from 'path';
import type { FileKind, KindInput, KindReading } from '../kinds/fileKind';
import { MANIFEST_RULES } from '../rules/manifest';
import { composeOf, objectsOf, traefikOf } from './classify';
import { manifestCompletion } from './completion';
import { manifestHover } from './hover';
import type { ManifestModel, SkippedDocument } from './model';
import { hasTemplate, maskTemplates } from './read/template';
import { readToml } from './read/toml';
import { readYaml } from './read/yaml';
import { composeRefsOf } from '../link/compose';

const YAML_NAME = /\.ya?ml$/i;
const TOML_NAME = /\.toml$/i;

/**
 * Kubernetes manifests, Traefik's file-provider configuration and compose files: YAML (every
 * document of a file) and TOML. A file is linted only when it holds something the rules read
 * (an object with `apiVersion` and `kind`, Traefik's `http:` / `tcp:`, compose `services:`):
 * any other YAML costs a scan for those words (no parse when they are absent) and shows nothing.
 * Helm / Go templates (`{{ }}`) are masked before reading (read/template), offsets kept exact; a
 * document that still cannot be read is skipped, with a note and, when it holds affinity settings,
 * a `manifest/templated` finding.
 */
export const MANIFEST_KIND: FileKind<ManifestModel> = {
  id: 'manifest',
  languages: ['yaml', 'dockercompose', 'toml'],
  lineComment: '#',
  claimsName: (file) => YAML_NAME.test(file) || TOML_NAME.test(file),
  rules: MANIFEST_RULES,
  read(input: KindInput): Promise<KindReading<ManifestModel>> {
    return Promise.resolve(readManifest(input));
  },
  linkFacts: (model) => ({ compose: composeRefsOf(model) }),
  linkTells: 'services',
  // A document written by a Helm / Go template is read as one rendering of it; an edit there would
  // land between actions the reader set aside (inside an {{ if }} branch, say). Findings stay, fixes go.
  editable: (model, start, end) => !model.documents.some((d) => d.span.start <= end && start <= d.span.end && model.source.text.slice(d.span.start, d.span.end).includes('{{')),
  hover: (model, input, offset) => manifestHover(model, offset, input.settings.platforms),
  // Read from the text, not the model: a manifest being typed often does not parse yet.
  completion: (_model, input, offset) => (YAML_NAME.test(input.file) ? manifestCompletion(input.text, offset, input.settings.platforms) : []),
};

/**
 * Text without which a file cannot hold anything the rules read: Kubernetes' `apiVersion`, compose's
 * `services:`, Traefik's `http:` / `tcp:` / `udp:` (`[http.` in TOML). A file without any is not parsed.
 */
const YAML_RELEVANT = /apiVersion|services["']?[ \t]*:|\b(?:http|tcp|udp)["']?[ \t]*:/;
const TOML_RELEVANT = /\b(?:http|tcp|udp)\b/;

/** Settings the affinity rules read, for saying that a document skipped held some. */
const AFFINITY_TEXT = /sessionAffinity|ingress\.kubernetes\.io\/(?:affinity|session-cookie|upstream-hash-by)|sticky|consistentHash|sessionPersistence|sessionCookie|stickiness|lb-method|hashPolicy/i;

const NOTHING: KindReading<ManifestModel> = { model: null, findings: [], notes: [] };

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * The largest manifest read (its CustomResourceDefinitions not counted, see BIG_MANIFEST_CHARS).
 * The yaml package took 2.5-3.8 s per MB of small Service documents on the 2-core machine while
 * other jobs loaded it (load 13-18): 1.9 MB 7.4 s, 3.9 MB 11-14 s, 9.9 MB 61 s and 1.9 GB; the editor
 * reads on every change. Past this, a note says why the file is not linted. (lintKind stops every
 * kind at 10 MB before reading.)
 */
export const MANIFEST_MAX_CHARS = 2 * 1024 * 1024;

/** Past this size a YAML file's CustomResourceDefinition documents are blanked before reading. */
export const BIG_MANIFEST_CHARS = 1024 * 1024;

/**
 * The text with every document of a kind (`kind: CustomResourceDefinition` at a line's start)
 * blanked (spaces, line breaks kept: offsets stay exact), how many and how many characters.
 */
export function blankDocumentsOfKind(text: string, kind: string): { text: string; count: number; chars: number } {
  const marker = new RegExp(`^kind:[ \\t]*["']?${kind}["']?[ \\t]*(#.*)?\\r?$`, 'm');
  const starts = [0];
  for (const m of text.matchAll(/^---/gm)) if (m.index > 0) starts.push(m.index);
  starts.push(text.length);
  const parts: string[] = [];
  let count = 0;
  let chars = 0;
  for (let i = 0; i + 1 < starts.length; i++) {
    // The `---` line itself stays, so documents keep their numbers.
    const chunk = text.slice(starts[i], starts[i + 1]);
    if (!marker.test(chunk)) {
      parts.push(chunk);
      continue;
    }
    const nl = chunk.startsWith('---') ? chunk.indexOf('\n') + 1 || chunk.length : 0;
    parts.push(chunk.slice(0, nl) + chunk.slice(nl).replace(/[^\r\n]/g, ' '));
    count++;
    chars += chunk.length - nl;
  }
  return { text: count > 0 ? parts.join('') : text, count, chars };
}

export function readManifest(input: KindInput): KindReading<ManifestModel> {
  const syntax = TOML_NAME.test(input.file) ? 'toml' : 'yaml';
  const text = input.text;
  if (!(syntax === 'toml' ? TOML_RELEVANT : YAML_RELEVANT).test(text)) return NOTHING;
  const notes: string[] = [];
  // A big bundle is mostly CustomResourceDefinitions (schemas, never affinity): they are not read.
  const bundle = syntax === 'yaml' && text.length > BIG_MANIFEST_CHARS ? blankDocumentsOfKind(text, 'CustomResourceDefinition') : null;
  if (bundle && bundle.count > 0) notes.push(`${path.basename(input.file)}: ${bundle.count} CustomResourceDefinition document(s) not read (they hold no affinity settings).`);
  const size = text.length - (bundle?.chars ?? 0);
  if (size > MANIFEST_MAX_CHARS) {
    const mb = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
    return { model: null, findings: [], notes: [`${path.basename(input.file)}: not linted: it is ${mb(size)}${bundle?.count ? ' without its CustomResourceDefinitions' : ''}, over the ${mb(MANIFEST_MAX_CHARS)} limit for a manifest.`] };
  }
  const base = bundle && bundle.count > 0 ? bundle.text : text;
  const masked = hasTemplate(base) ? maskTemplates(base) : null;
  const readText = masked ? masked.text : base;
  const reading = syntax === 'toml' ? readToml(readText, text) : readYaml(readText, text, masked?.actions ?? []);
  let documents = reading.documents;
  let errors = reading.errors;
  const skipped: SkippedDocument[] = [];
  if (masked && masked.actions.length > 0 && errors.length > 0) {
    // Templates decide the structure of what they render: a document that still cannot be read with
    // its actions masked is skipped (never a syntax error of ours), and said so.
    const docOf = (offset: number): number => {
      let at = 0;
      for (let i = 0; i < documents.length; i++) if (documents[i].span.start <= offset) at = i;
      return at;
    };
    const broken = new Set(errors.map((e) => docOf(e.span.start)));
    documents = documents.map((d, i) => {
      if (!broken.has(i)) return d;
      const end = i + 1 < documents.length ? documents[i + 1].span.start : text.length;
      const docText = text.slice(d.span.start, end);
      const hit = AFFINITY_TEXT.exec(docText);
      const firstLine = /^(?!---|\.\.\.)[ \t]*[^\s#]/m.exec(docText);
      const start = d.span.start + (hit ? hit.index : firstLine ? firstLine.index : 0);
      const at = { start, end: hit ? start + hit[0].length : Math.max(start, text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start)) };
      const line = lineOf(text, d.span.start + (firstLine ? firstLine.index : 0));
      skipped.push({ index: i, span: { start: d.span.start, end }, at, setting: hit ? hit[0] : null });
      notes.push(`${path.basename(input.file)}: document ${i + 1} (line ${line}) not linted: with its template actions ({{ }}) masked it still cannot be read as ${syntax.toUpperCase()}.`);
      return { ...d, root: null };
    });
    errors = [];
  }
  const objects = syntax === 'toml' ? [] : documents.flatMap(objectsOf);
  // A TOML file is only ever Traefik's dynamic configuration here (no Kubernetes objects, no compose).
  const traefik = documents.map(traefikOf).filter((t) => t !== null);
  const compose = syntax === 'toml' ? [] : documents.flatMap((d) => composeOf(d, path.basename(input.file)));
  const relevantSkipped = skipped.filter((s) => s.setting !== null);
  if (objects.length === 0 && traefik.length === 0 && compose.length === 0 && relevantSkipped.length === 0) return { model: null, findings: [], notes };
  const model: ManifestModel = {
    file: input.file,
    syntax,
    source: input.source,
    documents,
    objects,
    traefik,
    compose,
    comments: reading.comments,
    statements: reading.statements,
    syntaxErrors: errors,
    skipped,
  };
  return { model, findings: [], notes };
}
