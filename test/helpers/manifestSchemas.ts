import * as fs from 'fs';
import * as path from 'path';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';
import { unknownFields } from './schemaFields';

/**
 * The schema judge for manifests in tests: does each object still validate against its resource
 * schema after a fix? The schemas are the validators the `@kubernetes-models` packages generate
 * from upstream (Kubernetes OpenAPI, the Gateway API, Istio and Traefik CRDs), pinned as
 * devDependencies and read from node_modules (no network). On top of them, the few checks the API
 * server makes that such a schema cannot say (Go validation, CRD CEL rules) for the affinity fields.
 *
 * An object whose apiVersion/kind no package covers, and a document that is no Kubernetes object
 * (a Traefik file-provider configuration, a compose file), is listed as unchecked, never passed.
 */

/**
 * A package of schemas and what it is generated from. Its folders are `<group>/<version>/index.js`
 * (the core group's `v1/index.js` in kubernetes-models).
 */
interface SchemaPackage {
  readonly name: string;
  readonly upstream: string;
}

const PACKAGES: readonly SchemaPackage[] = [
  { name: 'kubernetes-models', upstream: 'Kubernetes OpenAPI: the core and built-in API groups (Service, Ingress, ...)' },
  { name: '@kubernetes-models/gateway-api', upstream: 'Gateway API CRDs, standard and experimental channels' },
  { name: '@kubernetes-models/istio', upstream: 'Istio CRDs' },
  { name: '@kubernetes-models/traefik', upstream: 'Traefik v3 CRDs (traefik.io)' },
];

const VERSION = /^v\d+((alpha|beta)\d+)?$/;

const NODE_MODULES = path.resolve(__dirname, '..', '..', '..', 'node_modules');

/** A generated model class: `new M(data).validate()` throws with the validator's errors. */
type ModelClass = (new (data: unknown) => { validate(): void }) & { readonly apiVersion?: string; readonly kind?: string };

interface ValidatorError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: { readonly allowedValues?: readonly unknown[]; readonly missingProperty?: string };
}

function packageVersion(name: string): string {
  const json = JSON.parse(fs.readFileSync(path.join(NODE_MODULES, name, 'package.json'), 'utf8')) as { version: string };
  return json.version;
}

/** The index module of one apiVersion in a package, or null when the package has no such folder. */
function indexOf(pkg: SchemaPackage, apiVersion: string): string | null {
  const parts = apiVersion.split('/');
  if (parts.length > 2 || !VERSION.test(parts[parts.length - 1]) || parts.some((p) => p === '' || p.startsWith('_') || p.startsWith('.'))) return null;
  const file = path.join(NODE_MODULES, pkg.name, apiVersion, 'index.js');
  return fs.existsSync(file) ? file : null;
}

const modules = new Map<string, Map<string, ModelClass>>();

/**
 * The kinds (top-level objects) of one apiVersion: the classes of its index that carry their own
 * `apiVersion` and `kind`. The packages are ES modules without a `require` export, so they are
 * loaded by file (Node's require of ES modules), synchronously.
 */
function kindsOf(file: string): Map<string, ModelClass> {
  let kinds = modules.get(file);
  if (!kinds) {
    kinds = new Map();
    const mod = require(file) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      const model = value as ModelClass;
      if (typeof model === 'function' && typeof model.kind === 'string' && typeof model.apiVersion === 'string') kinds.set(model.kind, model);
    }
    modules.set(file, kinds);
  }
  return kinds;
}

function modelOf(apiVersion: string, kind: string): { model: ModelClass; pkg: SchemaPackage } | null {
  for (const pkg of PACKAGES) {
    const file = indexOf(pkg, apiVersion);
    const model = file ? kindsOf(file).get(kind) : undefined;
    if (model && model.apiVersion === apiVersion) return { model, pkg };
  }
  return null;
}

/** What one schema package covers: its version, what it is generated from, its kinds per apiVersion. */
export interface SchemaCoverage {
  readonly package: string;
  readonly version: string;
  readonly upstream: string;
  readonly kinds: Readonly<Record<string, readonly string[]>>;
}

/** Which apiVersions and kinds the judge checks, per package (the rest is reported as unchecked). */
export function schemaCoverage(): SchemaCoverage[] {
  return PACKAGES.map((pkg) => {
    const kinds: Record<string, string[]> = {};
    const root = path.join(NODE_MODULES, pkg.name);
    const groups = ['', ...fs.readdirSync(root).filter((g) => !g.startsWith('_') && !g.startsWith('.') && fs.statSync(path.join(root, g)).isDirectory())];
    for (const group of groups) {
      for (const version of fs.readdirSync(path.join(root, group)).filter((v) => VERSION.test(v)).sort()) {
        const apiVersion = group === '' ? version : `${group}/${version}`;
        const file = indexOf(pkg, apiVersion);
        if (file) kinds[apiVersion] = [...kindsOf(file).keys()].sort();
      }
    }
    return { package: pkg.name, version: packageVersion(pkg.name), upstream: pkg.upstream, kinds };
  });
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One object found in the text, with where it is. */
interface FoundObject {
  readonly data: JsonObject;
  readonly doc: Document.Parsed;
  /** Keys from the document's root to the object (an item of a `List`). */
  readonly at: readonly (string | number)[];
  readonly label: string;
}

/** A problem the API server reports beyond the schema: where (keys from the object) and what. */
interface ServerRuleError {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const MAX_CLIENT_IP_AFFINITY_SECONDS = 86400;

/** Go validation of a Service's affinity (kubernetes/kubernetes pkg/apis/core/validation), after defaulting. */
function serviceRules(o: JsonObject): ServerRuleError[] {
  const spec = o.spec;
  if (!isObject(spec)) return [];
  const affinity = spec.sessionAffinity ?? 'None';
  const config = spec.sessionAffinityConfig;
  if (affinity === 'None' && config !== undefined && config !== null) {
    return [{ path: ['spec', 'sessionAffinityConfig'], message: 'must not be set when session affinity is None' }];
  }
  const timeout = isObject(config) && isObject(config.clientIP) ? config.clientIP.timeoutSeconds : undefined;
  if (affinity === 'ClientIP' && typeof timeout === 'number' && (timeout <= 0 || timeout > MAX_CLIENT_IP_AFFINITY_SECONDS)) {
    return [{ path: ['spec', 'sessionAffinityConfig', 'clientIP', 'timeoutSeconds'], message: `must be greater than 0 and less than ${MAX_CLIENT_IP_AFFINITY_SECONDS}` }];
  }
  return [];
}

/** The Gateway API CRDs' CEL rule on SessionPersistence (apis/v1 shared_types.go). */
function sessionPersistenceRules(sp: Json | undefined, at: readonly (string | number)[]): ServerRuleError[] {
  if (!isObject(sp)) return [];
  const lifetime = isObject(sp.cookieConfig) ? sp.cookieConfig.lifetimeType : undefined;
  if (lifetime === 'Permanent' && (sp.absoluteTimeout === undefined || sp.absoluteTimeout === null)) {
    return [{ path: at, message: 'AbsoluteTimeout must be specified when cookie lifetimeType is Permanent' }];
  }
  return [];
}

function routeRules(o: JsonObject): ServerRuleError[] {
  const rules = isObject(o.spec) ? o.spec.rules : undefined;
  if (!Array.isArray(rules)) return [];
  return rules.flatMap((rule, i) => (isObject(rule) ? sessionPersistenceRules(rule.sessionPersistence, ['spec', 'rules', i, 'sessionPersistence']) : []));
}

/** Checks by `apiVersion kind` (a group's any version: `gateway.networking.k8s.io/* HTTPRoute`). */
const SERVER_RULES: Readonly<Record<string, (o: JsonObject) => ServerRuleError[]>> = {
  'v1 Service': serviceRules,
  'gateway.networking.k8s.io/* HTTPRoute': routeRules,
  'gateway.networking.k8s.io/* GRPCRoute': routeRules,
  'gateway.networking.x-k8s.io/* XBackendTrafficPolicy': (o) => (isObject(o.spec) ? sessionPersistenceRules(o.spec.sessionPersistence, ['spec', 'sessionPersistence']) : []),
};

function serverRulesOf(apiVersion: string, kind: string): ((o: JsonObject) => ServerRuleError[]) | undefined {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : null;
  return SERVER_RULES[`${apiVersion} ${kind}`] ?? (group ? SERVER_RULES[`${group}/* ${kind}`] : undefined);
}

/** The judge's verdict on a text. */
export interface SchemaReport {
  /** One message per problem: `file:line:col apiVersion kind name: /path message`. */
  readonly errors: string[];
  /** The objects validated (`apiVersion kind name`). */
  readonly checked: string[];
  /** The objects and documents no schema covers, and why. */
  readonly unchecked: string[];
}

/** The `yaml` node at a path of keys (or its nearest existing ancestor), for a line:col. */
function nodeAt(doc: Document.Parsed, keys: readonly (string | number)[]): YamlNode | null {
  for (let n = keys.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : (doc.getIn(keys.slice(0, n), true) as YamlNode | undefined);
    if (node && (node as { range?: unknown }).range) return node;
  }
  return null;
}

/** The key node of the last key of a path (for a field that should not be there), else its value or nearest ancestor. */
function keyNodeAt(doc: Document.Parsed, keys: readonly (string | number)[]): YamlNode | null {
  const parent = keys.length <= 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
  const last = keys[keys.length - 1];
  const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last)) : undefined;
  return pair && isScalar(pair.key) && pair.key.range ? pair.key : nodeAt(doc, keys);
}

function pointerKeys(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Sequence indexes as numbers, where the document has a sequence there. */
function yamlKeys(doc: Document.Parsed, base: readonly (string | number)[], keys: readonly (string | number)[]): (string | number)[] {
  const out: (string | number)[] = [...base];
  for (const key of keys) {
    const parent = out.length === 0 ? doc.contents : doc.getIn(out, true);
    out.push(isSeq(parent) && /^\d+$/.test(String(key)) ? Number(key) : key);
  }
  return out;
}

function messageOf(e: ValidatorError): string {
  const allowed = e.params?.allowedValues ? ` (${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})` : '';
  return `${e.message ?? e.keyword}${allowed}`;
}

function objectsOf(doc: Document.Parsed, docIndex: number, unchecked: string[]): FoundObject[] {
  const data = doc.toJS({ maxAliasCount: -1 }) as Json;
  const where = `document ${docIndex + 1}`;
  if (data === null || data === undefined) return [];
  if (!isObject(data) || typeof data.apiVersion !== 'string' || typeof data.kind !== 'string') {
    unchecked.push(`${where}: not a Kubernetes object (no apiVersion and kind): no schema`);
    return [];
  }
  if (data.kind === 'List' && Array.isArray(data.items)) {
    return data.items.flatMap((item, i): FoundObject[] => {
      if (isObject(item) && typeof item.apiVersion === 'string' && typeof item.kind === 'string') return [{ data: item, doc, at: ['items', i], label: labelOf(item) }];
      unchecked.push(`${where} items[${i}]: not a Kubernetes object (no apiVersion and kind): no schema`);
      return [];
    });
  }
  return [{ data, doc, at: [], label: labelOf(data) }];
}

function labelOf(o: JsonObject): string {
  const name = isObject(o.metadata) && typeof o.metadata.name === 'string' ? o.metadata.name : '(no name)';
  return `${String(o.apiVersion)} ${String(o.kind)} ${name}`;
}

/**
 * Validates every object of every document of a manifest text. `file` names the text in messages;
 * a `.toml` file (Traefik's file provider) has no schema and is reported unchecked whole.
 */
export function manifestSchemaReport(text: string, file = 'manifest.yaml'): SchemaReport {
  const errors: string[] = [];
  const checked: string[] = [];
  const unchecked: string[] = [];
  if (/\.toml$/i.test(file)) return { errors, checked, unchecked: [`${file}: TOML (Traefik file provider): no schema`] };
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, uniqueKeys: false, logLevel: 'error' });
  const at = (node: YamlNode | null): string => {
    const offset = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    const p = lines.linePos(offset);
    return `${file}:${p.line}:${p.col}`;
  };
  if (!Array.isArray(docs)) {
    return { errors: [`${file}: not read as YAML documents`], checked, unchecked };
  }
  docs.forEach((doc, i) => {
    for (const e of doc.errors) errors.push(`${file}:${e.linePos?.[0].line ?? 0}:${e.linePos?.[0].col ?? 0} document ${i + 1}: YAML error: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:$/, '')}`);
    if (doc.errors.length > 0) return;
    for (const o of objectsOf(doc, i, unchecked)) {
      const apiVersion = String(o.data.apiVersion);
      const kind = String(o.data.kind);
      const found = modelOf(apiVersion, kind);
      if (!found) {
        unchecked.push(`${o.label}: no schema package covers ${apiVersion} ${kind}`);
        continue;
      }
      checked.push(o.label);
      const report = (keys: readonly (string | number)[], message: string, atKey = false): void => {
        const full = yamlKeys(o.doc, o.at, keys);
        const node = atKey ? keyNodeAt(o.doc, full) : nodeAt(o.doc, full);
        errors.push(`${at(node)} ${o.label}: /${keys.join('/')} ${message}`);
      };
      try {
        new found.model(o.data).validate();
      } catch (err) {
        const list = (err as { errors?: ValidatorError[] }).errors;
        if (!Array.isArray(list)) throw err;
        for (const e of list) report(pointerKeys(e.instancePath), messageOf(e));
      }
      for (const keys of unknownFields(path.join(NODE_MODULES, found.pkg.name, apiVersion, `${kind}.d.ts`), kind, o.data)) {
        report(keys, 'unknown field (strict field validation, kubectl apply by default, rejects it)', true);
      }
      for (const e of serverRulesOf(apiVersion, kind)?.(o.data) ?? []) report(e.path, e.message);
    }
  });
  return { errors, checked, unchecked };
}

/**
 * The schema errors of every object of every document whose apiVersion/kind has a schema (empty:
 * all valid). Objects without a schema are not judged here: see `manifestSchemaReport().unchecked`
 * and `assertSchemaValid`, which refuses them unless named.
 */
export function validateManifestText(text: string, file?: string): string[] {
  return manifestSchemaReport(text, file).errors;
}

/**
 * For `kindRuleTester`'s `check`: throws when an object is invalid, or when an object or document
 * has no schema and is not among `unchecked` (`apiVersion kind`, e.g. `k8s.nginx.org/v1 VirtualServer`;
 * `document` for documents that are no Kubernetes object; `toml` for a TOML file).
 */
export function assertSchemaValid(text: string, file?: string, options: { readonly unchecked?: readonly string[] } = {}): void {
  const result = manifestSchemaReport(text, file);
  const allowed = options.unchecked ?? [];
  const accepts = (a: string, u: string): boolean => (a === 'document' ? /^document \d+/.test(u) : a === 'toml' ? /: TOML /.test(u) : u.startsWith(`${a} `));
  const surprise = result.unchecked.filter((u) => !allowed.some((a) => accepts(a, u)));
  if (result.errors.length > 0 || surprise.length > 0) {
    throw new Error(['The text does not validate against its schemas:', ...result.errors, ...surprise.map((u) => `unchecked: ${u}`)].join('\n  '));
  }
}

/**
 * kindRuleTester's `check` for manifest rules: each fixed text must still validate, e.g.
 * `kindRuleTester(MANIFEST_KIND, rule, cases, { defaultFile: 'service.yaml', check: schemaCheck() })`.
 */
export function schemaCheck(options: { readonly unchecked?: readonly string[] } = {}): (fixedText: string, c: { readonly file?: string }) => void {
  return (fixedText, c) => assertSchemaValid(fixedText, c.file, options);
}
