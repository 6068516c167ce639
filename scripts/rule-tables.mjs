// Writes the tables of the rules of the other file kinds (manifests, application code) into
// README.md and docs/rules/README.md, between the kind-rules markers, and their entries in the
// .affinity-lint.json schema, from the rules' own metadata. Run after `npm run compile`:
//   node scripts/rule-tables.mjs
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { fileURLToPath } from 'url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { RULES } = require(path.join(root, 'out/server/src/rules/registry.js'));

/** Families in the order the tables show them, with their headings. */
const FAMILIES = [
  ['manifest', 'Manifests: reading YAML and TOML'],
  ['k8s', 'Kubernetes'],
  ['ingress-nginx', 'ingress-nginx'],
  ['nginx-ingress', 'NGINX Ingress Controller'],
  ['gateway-api', 'Gateway API'],
  ['istio', 'Istio'],
  ['traefik', 'Traefik'],
  ['aws-lbc', 'AWS Load Balancer Controller'],
  ['app', 'Application session code (JS/TS)'],
];

const kindRules = RULES.filter((r) => r.meta.dialect !== 'nginx' && r.meta.dialect !== 'haproxy');
const unknown = kindRules.filter((r) => !FAMILIES.some(([f]) => f === r.meta.dialect));
if (unknown.length) throw new Error(`no heading for the families of ${unknown.map((r) => r.meta.id).join(', ')}`);

function table(link, level) {
  const out = [];
  for (const [family, heading] of FAMILIES) {
    const rules = kindRules.filter((r) => r.meta.dialect === family);
    if (!rules.length) continue;
    out.push(`${'#'.repeat(level)} ${heading}`, '', '| Rule | Default severity | Fix | What it flags |', '|---|---|---|---|');
    for (const r of rules) {
      const severity = r.meta.enabledByDefault === false ? `off (${r.meta.severity} when on)` : r.meta.severity;
      out.push(`| [${r.meta.id}](${link(r.meta.id)}) | ${severity} | ${r.meta.fixable ? 'yes' : 'no'} | ${r.meta.summary.replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

function replaceBlock(file, body) {
  const text = fs.readFileSync(file, 'utf8');
  const start = '<!-- kind-rules:start (scripts/rule-tables.mjs writes this part) -->';
  const end = '<!-- kind-rules:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file} has no kind-rules markers`);
  const next = `${text.slice(0, a + start.length)}\n\n${body}\n${text.slice(b)}`;
  if (next !== text) fs.writeFileSync(file, next);
}

replaceBlock(path.join(root, 'README.md'), table((id) => `docs/rules/${id}.md`, 4));
replaceBlock(path.join(root, 'docs/rules/README.md'), table((id) => `${id}.md`, 3));

const schemaFile = path.join(root, 'schemas/affinity-lint.schema.json');
const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8'));
const props = schema.properties.rules.properties;
// Entries of kind families whose rule is gone (renamed, removed) go too.
const families = new Set(FAMILIES.map(([f]) => f));
for (const id of Object.keys(props)) if (families.has(id.split('/')[0]) && !kindRules.some((r) => r.meta.id === id)) delete props[id];
for (const r of kindRules) {
  const when = r.meta.enabledByDefault === false ? `default: off; ${r.meta.severity} when switched on` : `default: ${r.meta.severity}`;
  props[r.meta.id] = {
    type: 'string',
    enum: ['error', 'warning', 'info', 'hint', 'off'],
    markdownDescription: `${r.meta.summary} (${when}). Rule page: the rule id's link on a finding, or \`affinity-lint --explain ${r.meta.id}\`.`,
  };
}
fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + '\n');
console.log(`rule tables: ${kindRules.length} rules of other file kinds written`);
