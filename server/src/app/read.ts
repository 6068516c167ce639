import type { Node } from 'web-tree-sitter';
import type { Comment } from '../model/common';
import type { SourceText } from '../text/sourceText';
import type { Span } from '../text/span';
import type {
  AppInstance,
  AppModel,
  AppObject,
  AppProperty,
  AppSyntax,
  AppValue,
  AppVersions,
  ConnectRedisBinding,
  ConnectRedisForm,
  OptionAssignment,
  Origin,
  RedisClient,
  RedisStoreConstruction,
  SessionLibrary,
  SessionSetup,
  StoreRef,
  TrustProxySetting,
} from './model';
import { propertyOf, resolved } from './model';

/** How deep identifiers are followed through declarations (a guard against `a = b; b = a`). */
const MAX_DEPTH = 8;
const MAX_SYNTAX_ERRORS = 5;

const span = (n: Node): Span => ({ start: n.startIndex, end: n.endIndex });

/** Nodes that only wrap an expression (parentheses, `await`, TypeScript's `as` / `!` / `<T>x` / `satisfies`). */
const WRAPPERS = new Set(['parenthesized_expression', 'await_expression', 'as_expression', 'satisfies_expression', 'non_null_expression', 'type_assertion']);

/** The nodes the first walk turns into objects and reads. */
const COLLECTED = new Set(['import_statement', 'variable_declarator', 'formal_parameters', 'arrow_function', 'call_expression', 'new_expression', 'assignment_expression', 'export_statement', 'return_statement']);

/** Where statements live: their children are statements an ignore comment can stand before. */
const STATEMENT_PARENTS = new Set(['program', 'statement_block', 'switch_case', 'switch_default', 'class_body']);

function unwrap(n: Node): Node {
  let cur = n;
  for (let i = 0; i < 16 && WRAPPERS.has(cur.type); i++) {
    const inner = cur.type === 'as_expression' || cur.type === 'satisfies_expression' || cur.type === 'non_null_expression' ? cur.namedChild(0) : cur.namedChild(cur.namedChildCount - 1);
    if (!inner) break;
    cur = inner;
  }
  return cur;
}

function stringValue(n: Node): string | null {
  const template = n.type === 'template_string';
  if (n.type !== 'string' && !template) return null;
  let out = '';
  for (const c of n.namedChildren) {
    if (!c) continue;
    if (c.type === 'string_fragment') out += c.text;
    else if (c.type === 'escape_sequence') out += unescape(c.text);
    // A template with substitutions has no value the file tells.
    else if (c.type === 'template_substitution') return null;
  }
  return out;
}

function unescape(seq: string): string {
  const c = seq[1];
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
  if (c in simple) return simple[c];
  if (c === 'x') return String.fromCharCode(parseInt(seq.slice(2), 16));
  if (c === 'u') return String.fromCodePoint(parseInt(seq.slice(2).replace(/[{}]/g, ''), 16));
  if (c === '\n' || c === '\r') return '';
  return seq.slice(1);
}

/** A named declaration of the file: a variable (with its initializer), a destructured name, an import. */
interface Declaration {
  readonly name: string;
  readonly nameNode: Node;
  readonly statement: Node;
  /** Where the name is visible: its block, function or the program. */
  readonly scope: Span;
  /** A variable's initializer. */
  readonly value: Node | null;
  /** `const { A: b } = value` takes `A` of the value. */
  readonly member: string | null;
  readonly imported: { readonly module: string; readonly path: readonly string[]; readonly via: 'import-default' | 'import' | 'require' } | null;
}

/** Reads one parsed file into the app model (the caller owns and frees the tree). */
export class AppReader {
  private readonly declarations = new Map<string, Declaration[]>();
  private readonly calls: Node[] = [];
  private readonly news: Node[] = [];
  private readonly assignments: Node[] = [];
  private readonly exported = new Set<string>();
  private readonly origins = new Map<number, Origin | null>();
  private readonly comments: Comment[] = [];
  private readonly statements: Span[] = [];
  private readonly syntaxErrors: { message: string; span: Span }[] = [];
  private readonly imports: { module: string; via: 'import' | 'require'; declaration: Span }[] = [];

  constructor(
    private readonly root: Node,
    private readonly source: SourceText,
  ) {
    this.collect();
  }

  read(file: string, syntax: AppSyntax, versions: AppVersions): AppModel {
    // Each part is looked for only when the file brings in a module it starts from.
    const modules = new Set(this.imports.map((i) => i.module));
    const has = (...names: string[]): boolean => names.some((n) => modules.has(n));
    const redisClients = has('redis', '@redis/client', 'ioredis') ? this.redisClients() : [];
    const connectRedis = has('connect-redis') ? this.connectRedisBindings(redisClients) : [];
    const sessions = has('express-session', 'koa-session', '@fastify/session', 'fastify-session') ? this.sessions(connectRedis) : [];
    const apps = has('express', 'fastify', '@nestjs/core', 'koa') ? this.apps() : [];
    const trustProxy = this.trustProxy(apps);
    const hasImport = this.imports.some((i) => i.via === 'import');
    const hasRequire = this.imports.some((i) => i.via === 'require');
    return {
      file,
      syntax,
      source: this.source,
      moduleStyle: hasImport && hasRequire ? 'mixed' : hasImport ? 'esm' : hasRequire ? 'commonjs' : 'none',
      imports: this.imports,
      sessions,
      connectRedis,
      redisClients,
      apps,
      trustProxy,
      versions,
      comments: this.comments,
      statements: this.statements,
      syntaxErrors: this.syntaxErrors,
    };
  }

  /** Whether the file holds anything the app rules read. */
  static relevant(model: AppModel): boolean {
    return model.sessions.length > 0 || model.connectRedis.length > 0 || model.redisClients.length > 0;
  }

  // -------------------------------------------------------------------------------------------
  // One walk over the tree.
  // -------------------------------------------------------------------------------------------

  /**
   * One walk with a tree cursor (node objects are made only for the kinds of nodes read here: each
   * one costs calls into the WASM runtime).
   */
  private collect(): void {
    const cursor = this.root.walk();
    const text = this.source.text;
    const parents: string[] = [];
    // Missing nodes are looked for only in a tree that has an error somewhere (each question is a WASM call).
    const broken = this.root.hasError;
    for (;;) {
      const type = cursor.nodeType;
      const parent = parents[parents.length - 1];
      if ((parent !== undefined && STATEMENT_PARENTS.has(parent) && type !== 'comment') || type === 'pair') this.statements.push({ start: cursor.startIndex, end: cursor.endIndex });
      if (type === 'comment') {
        const start = cursor.startIndex;
        const end = cursor.endIndex;
        this.comments.push({ text: text.slice(start, end), span: { start, end } });
      } else if (broken && (type === 'ERROR' || cursor.nodeIsMissing)) {
        if (this.syntaxErrors.length < MAX_SYNTAX_ERRORS)
          this.syntaxErrors.push({ message: type === 'ERROR' ? 'The JavaScript/TypeScript grammar cannot read this text.' : `Missing ${type}.`, span: { start: cursor.startIndex, end: cursor.endIndex } });
      } else if (COLLECTED.has(type)) this.visit(cursor.currentNode);
      if (cursor.gotoFirstChild()) {
        parents.push(type);
        continue;
      }
      let done = false;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) {
          done = true;
          break;
        }
        parents.pop();
      }
      if (done || parents.length === 0) break;
    }
    cursor.delete();
    this.imports.sort((a, b) => a.declaration.start - b.declaration.start);
  }

  private visit(n: Node): void {
    switch (n.type) {
      case 'import_statement':
        this.importStatement(n);
        break;
      case 'variable_declarator':
        this.declarator(n);
        break;
      case 'formal_parameters':
        this.parameters(n);
        break;
      case 'arrow_function': {
        const param = n.childForFieldName('parameter');
        if (param) this.declare({ name: param.text, nameNode: param, statement: n, scope: span(n), value: null, member: null, imported: null });
        break;
      }
      case 'call_expression':
        this.calls.push(n);
        this.requireCall(n);
        break;
      case 'new_expression':
        this.news.push(n);
        break;
      case 'assignment_expression':
        this.assignments.push(n);
        this.exportAssignment(n);
        break;
      case 'export_statement':
        this.exportStatement(n);
        break;
      case 'return_statement': {
        const v = n.namedChild(0);
        if (v && unwrap(v).type === 'identifier') this.exported.add(unwrap(v).text);
        break;
      }
    }
  }

  /** The block (or program) a declaration at `n` is visible in. */
  private scopeOf(n: Node): Span {
    let cur: Node | null = n.parent;
    while (cur && cur.type !== 'statement_block' && cur.type !== 'program') cur = cur.parent;
    return cur ? span(cur) : span(this.root);
  }

  /** Function parameters: names that hide same-named declarations outside the function. */
  private parameters(n: Node): void {
    const fn = n.parent;
    if (!fn) return;
    const names: Node[] = [];
    const visit = (p: Node | null): void => {
      if (!p) return;
      if (p.type === 'identifier' || p.type === 'shorthand_property_identifier_pattern') names.push(p);
      else if (p.type === 'required_parameter' || p.type === 'optional_parameter') visit(p.childForFieldName('pattern'));
      else if (p.type === 'assignment_pattern' || p.type === 'object_assignment_pattern') visit(p.childForFieldName('left'));
      else if (p.type === 'pair_pattern') visit(p.childForFieldName('value'));
      else if (p.type === 'rest_pattern' || p.type === 'object_pattern' || p.type === 'array_pattern' || p.type === 'formal_parameters') for (const c of p.namedChildren) visit(c);
    };
    visit(n);
    for (const id of names) this.declare({ name: id.text, nameNode: id, statement: fn, scope: span(fn), value: null, member: null, imported: null });
  }

  private declare(d: Declaration): void {
    const list = this.declarations.get(d.name) ?? [];
    list.push(d);
    this.declarations.set(d.name, list);
  }

  private importStatement(n: Node): void {
    const source = n.childForFieldName('source');
    const module = source ? stringValue(source) : null;
    const clause = n.namedChildren.find((c) => c?.type === 'import_clause' || c?.type === 'import_require_clause') ?? null;
    if (clause?.type === 'import_require_clause') {
      // TypeScript `import X = require('m')`.
      const id = clause.namedChildren.find((c) => c?.type === 'identifier');
      const src = clause.childForFieldName('source');
      const m = src ? stringValue(src) : null;
      if (id && m !== null) {
        this.imports.push({ module: m, via: 'require', declaration: span(n) });
        this.declare({ name: id.text, nameNode: id, statement: n, scope: span(this.root), value: null, member: null, imported: { module: m, path: [], via: 'require' } });
      }
      return;
    }
    if (module === null) return;
    this.imports.push({ module, via: 'import', declaration: span(n) });
    if (!clause) return;
    for (const c of clause.namedChildren) {
      if (!c) continue;
      if (c.type === 'identifier') {
        this.declare({ name: c.text, nameNode: c, statement: n, scope: span(this.root), value: null, member: null, imported: { module, path: ['default'], via: 'import-default' } });
      } else if (c.type === 'namespace_import') {
        const id = c.namedChildren.find((x) => x?.type === 'identifier');
        if (id) this.declare({ name: id.text, nameNode: id, statement: n, scope: span(this.root), value: null, member: null, imported: { module, path: [], via: 'import' } });
      } else if (c.type === 'named_imports') {
        for (const spec of c.namedChildren) {
          if (spec?.type !== 'import_specifier') continue;
          const name = spec.childForFieldName('name');
          const alias = spec.childForFieldName('alias') ?? name;
          if (!name || !alias) continue;
          const imported = stringValue(name) ?? name.text;
          this.declare({ name: alias.text, nameNode: alias, statement: n, scope: span(this.root), value: null, member: null, imported: { module, path: [imported], via: imported === 'default' ? 'import-default' : 'import' } });
        }
      }
    }
  }

  private declarator(n: Node): void {
    const name = n.childForFieldName('name');
    const value = n.childForFieldName('value');
    const statement = n.parent ?? n;
    const scope = this.scopeOf(statement);
    if (!name) return;
    if (name.type === 'identifier') {
      this.declare({ name: name.text, nameNode: name, statement, scope, value, member: null, imported: null });
    } else if (name.type === 'object_pattern' && value) {
      for (const p of name.namedChildren) {
        if (!p) continue;
        if (p.type === 'shorthand_property_identifier_pattern') {
          this.declare({ name: p.text, nameNode: p, statement, scope, value, member: p.text, imported: null });
        } else if (p.type === 'pair_pattern') {
          const key = p.childForFieldName('key');
          const v = p.childForFieldName('value');
          const target = v?.type === 'assignment_pattern' ? v.childForFieldName('left') : v;
          if (key && target?.type === 'identifier') this.declare({ name: target.text, nameNode: target, statement, scope, value, member: stringValue(key) ?? key.text, imported: null });
        } else if (p.type === 'object_assignment_pattern') {
          const left = p.childForFieldName('left');
          if (left?.type === 'shorthand_property_identifier_pattern') this.declare({ name: left.text, nameNode: left, statement, scope, value, member: left.text, imported: null });
        }
      }
    }
  }

  /** `require('m')`: a module the file brings in. */
  private requireCall(n: Node): void {
    const module = this.requiredModule(n);
    if (module !== null) this.imports.push({ module, via: 'require', declaration: span(this.statementOf(n)) });
  }

  private requiredModule(n: Node): string | null {
    if (n.type !== 'call_expression') return null;
    const fn = n.childForFieldName('function');
    const args = n.childForFieldName('arguments');
    if (fn?.type !== 'identifier' || fn.text !== 'require' || !args) return null;
    const first = args.namedChild(0);
    return first ? stringValue(first) : null;
  }

  private exportStatement(n: Node): void {
    const decl = n.childForFieldName('declaration');
    if (decl) {
      for (const d of decl.namedChildren) {
        const name = d?.type === 'variable_declarator' ? d.childForFieldName('name') : null;
        if (name?.type === 'identifier') this.exported.add(name.text);
      }
      const name = decl.childForFieldName('name');
      if (name) this.exported.add(name.text);
    }
    const value = n.childForFieldName('value');
    if (value && unwrap(value).type === 'identifier') this.exported.add(unwrap(value).text);
    for (const c of n.namedChildren) {
      if (c?.type !== 'export_clause') continue;
      for (const s of c.namedChildren) {
        const name = s?.childForFieldName('name');
        if (name) this.exported.add(name.text);
      }
    }
  }

  /** `module.exports = x`, `module.exports = { x }`, `exports.y = x`. */
  private exportAssignment(n: Node): void {
    const left = n.childForFieldName('left');
    const right = n.childForFieldName('right');
    if (!left || !right || !/^(module\.)?exports\b/.test(left.text)) return;
    const r = unwrap(right);
    if (r.type === 'identifier') this.exported.add(r.text);
    if (r.type === 'object') {
      for (const p of r.namedChildren) {
        if (p?.type === 'shorthand_property_identifier') this.exported.add(p.text);
        if (p?.type === 'pair') {
          const v = p.childForFieldName('value');
          if (v && unwrap(v).type === 'identifier') this.exported.add(unwrap(v).text);
        }
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Declarations, origins and values.
  // -------------------------------------------------------------------------------------------

  /** The declaration an identifier used at `at` refers to: the last one before it, else the first. */
  private declarationOf(name: string, at: number): Declaration | null {
    const list = this.declarations.get(name);
    if (!list?.length) return null;
    // The innermost scope holding the use wins; in it, the last declaration before the use (else the first).
    let best: Declaration | null = null;
    for (const d of list) {
      if (at < d.scope.start || at > d.scope.end) continue;
      if (!best || d.scope.start > best.scope.start) best = d;
      else if (d.scope.start === best.scope.start && d.nameNode.startIndex <= at && (best.nameNode.startIndex > at || d.nameNode.startIndex > best.nameNode.startIndex)) best = d;
    }
    return best;
  }

  /** The statement a node belongs to (a child of the program or of a block). */
  statementOf(n: Node): Node {
    let cur = n;
    while (cur.parent && !STATEMENT_PARENTS.has(cur.parent.type)) cur = cur.parent;
    return cur;
  }

  origin(node: Node | null, depth = 0): Origin | null {
    if (!node || depth > MAX_DEPTH) return null;
    if (depth > 0) return this.originOf(node, depth);
    // The passes over calls ask again for the same callees: remember the answers of the first.
    const cached = this.origins.get(node.id);
    if (cached !== undefined) return cached;
    const found = this.originOf(node, 0);
    this.origins.set(node.id, found);
    return found;
  }

  private originOf(node: Node, depth: number): Origin | null {
    const n = unwrap(node);
    switch (n.type) {
      case 'identifier': {
        const d = this.declarationOf(n.text, n.startIndex);
        if (!d || (d.value && d.value.startIndex <= n.startIndex && n.endIndex <= d.value.endIndex)) return null;
        return this.declarationOrigin(d, depth + 1);
      }
      case 'call_expression': {
        const module = this.requiredModule(n);
        if (module !== null) return { kind: 'module', module, path: [], via: 'require', declaration: span(this.statementOf(n)) };
        const callee = this.origin(n.childForFieldName('function'), depth + 1);
        if (!callee) return null;
        const args = n.childForFieldName('arguments');
        return { kind: 'call', callee, span: span(n), args: args ? args.namedChildren.filter((a) => a !== null).map(span) : [] };
      }
      case 'new_expression': {
        const callee = this.origin(n.childForFieldName('constructor'), depth + 1);
        return callee ? { kind: 'new', callee, span: span(n) } : null;
      }
      case 'member_expression': {
        const prop = n.childForFieldName('property');
        return prop ? member(this.origin(n.childForFieldName('object'), depth + 1), prop.text) : null;
      }
      case 'subscript_expression': {
        const index = n.childForFieldName('index');
        const key = index ? stringValue(index) : null;
        return key !== null ? member(this.origin(n.childForFieldName('object'), depth + 1), key) : null;
      }
      default:
        return null;
    }
  }

  /** Where a declared name comes from: its import, or its initializer (and the member destructured from it). */
  declarationOrigin(d: Declaration, depth = 0): Origin | null {
    if (d.imported) return { kind: 'module', module: d.imported.module, path: d.imported.path, via: d.imported.via, declaration: span(d.statement) };
    if (!d.value) return null;
    const base = this.origin(d.value, depth + 1);
    return d.member ? member(base, d.member) : base;
  }

  value(node: Node, depth = 0): AppValue {
    const n = unwrap(node);
    const s = span(n);
    if (depth > MAX_DEPTH) return { kind: 'expression', span: s, text: n.text, origin: null };
    const str = stringValue(n);
    if (str !== null) return { kind: 'string', span: s, value: str, quote: n.text[0] };
    const num = numberValue(n);
    if (num !== null) return { kind: 'number', span: s, value: num };
    switch (n.type) {
      case 'true':
      case 'false':
        return { kind: 'boolean', span: s, value: n.type === 'true' };
      case 'null':
        return { kind: 'null', span: s };
      case 'undefined':
        return { kind: 'undefined', span: s };
      case 'object':
        return this.object(n, depth);
      case 'array':
        return { kind: 'array', span: s, elements: n.namedChildren.filter((c) => c !== null && c.type !== 'comment').map((c) => this.value(c!, depth + 1)) };
      case 'arrow_function':
      case 'function_expression':
      case 'function': {
        const body = n.childForFieldName('body');
        const returns: AppValue[] = [];
        if (body && body.type !== 'statement_block') returns.push(this.value(body, depth + 1));
        else if (body) for (const st of body.namedChildren) if (st?.type === 'return_statement' && st.namedChild(0)) returns.push(this.value(st.namedChild(0)!, depth + 1));
        return { kind: 'function', span: s, returns };
      }
      case 'binary_expression': {
        const op = n.childForFieldName('operator')?.text;
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        if ((op === '||' || op === '??' || op === '&&') && left && right) return { kind: 'logical', span: s, operator: op, left: this.value(left, depth + 1), right: this.value(right, depth + 1) };
        break;
      }
      case 'ternary_expression': {
        const t = n.childForFieldName('consequence');
        const f = n.childForFieldName('alternative');
        if (t && f) return { kind: 'conditional', span: s, whenTrue: this.value(t, depth + 1), whenFalse: this.value(f, depth + 1) };
        break;
      }
      case 'identifier': {
        if (n.text === 'undefined') return { kind: 'undefined', span: s };
        const d = this.declarationOf(n.text, n.startIndex);
        const inside = d?.value && d.value.startIndex <= n.startIndex && n.endIndex <= d.value.endIndex;
        let target: AppValue | null = null;
        if (d?.value && !d.member && !inside) {
          target = this.value(d.value, depth + 1);
          if (target.kind === 'object') target = { ...target, via: { name: n.text, span: s } };
        }
        return { kind: 'identifier', span: s, name: n.text, resolved: target };
      }
      case 'member_expression':
      case 'subscript_expression': {
        const env = envName(n);
        if (env !== null) return { kind: 'env', span: s, name: env };
        break;
      }
    }
    return { kind: 'expression', span: s, text: n.text, origin: this.origin(n, depth + 1) };
  }

  private object(n: Node, depth: number): AppObject {
    const properties: AppProperty[] = [];
    let spread = false;
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'spread_element') spread = true;
      else if (c.type === 'shorthand_property_identifier') {
        const d = this.declarationOf(c.text, c.startIndex);
        const target = d?.value && !d.member ? this.value(d.value, depth + 1) : null;
        properties.push({ key: c.text, keySpan: span(c), value: { kind: 'identifier', span: span(c), name: c.text, resolved: target }, span: span(c), shorthand: true });
      } else if (c.type === 'pair') {
        const key = c.childForFieldName('key');
        const value = c.childForFieldName('value');
        if (!key || !value) continue;
        const name = key.type === 'computed_property_name' ? (key.namedChild(0) ? stringValue(key.namedChild(0)!) : null) : stringValue(key) ?? key.text;
        if (name === null) continue;
        properties.push({ key: name, keySpan: span(key), value: this.value(value, depth + 1), span: span(c), shorthand: false });
      } else if (c.type === 'method_definition') {
        const key = c.childForFieldName('name');
        if (key) properties.push({ key: stringValue(key) ?? key.text, keySpan: span(key), value: this.value(c, depth + 1), span: span(c), shorthand: false });
      }
    }
    return { kind: 'object', span: span(n), properties, spread };
  }

  /** The object literal a value is (through identifiers), or null. */
  private objectOf(node: Node | null): AppObject | null {
    if (!node) return null;
    const v = resolved(this.value(node));
    return v?.kind === 'object' ? v : null;
  }

  // -------------------------------------------------------------------------------------------
  // Session set-ups.
  // -------------------------------------------------------------------------------------------

  private sessions(connectRedis: readonly ConnectRedisBinding[]): SessionSetup[] {
    const out: SessionSetup[] = [];
    for (const call of this.calls) {
      const fn = call.childForFieldName('function');
      const args = call.childForFieldName('arguments');
      if (!fn || !args) continue;
      const argNodes = args.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment');
      const origin = this.origin(fn);
      let library: SessionLibrary | null = null;
      let optionsNode: Node | null = null;
      let appName: string | null = null;
      if (isModuleFunction(origin, 'express-session', ['session'])) {
        library = 'express-session';
        optionsNode = argNodes[0] ?? null;
      } else if (isModuleFunction(origin, 'koa-session', ['session'])) {
        library = 'koa-session';
        // koa-session(opts, app) since 6.x; koa-session(app, opts) before: the argument that is an object.
        optionsNode = argNodes.find((a) => this.objectOf(a) !== null) ?? null;
      } else if (fn.type === 'member_expression' && fn.childForFieldName('property')?.text === 'register' && argNodes[0]) {
        const plugin = this.origin(argNodes[0]);
        if (isModuleFunction(plugin, '@fastify/session', ['fastifySession']) || isModuleFunction(plugin, 'fastify-session', ['fastifySession'])) {
          library = '@fastify/session';
          optionsNode = argNodes[1] ?? null;
          appName = fn.childForFieldName('object')?.text ?? null;
        }
      }
      if (!library) continue;
      if (library !== '@fastify/session') appName = this.useReceiver(call);
      const optionsArg = optionsNode ? this.value(optionsNode) : null;
      const options = optionsNode ? this.objectOf(optionsNode) : null;
      const cookieProp = propertyOf(options, 'cookie');
      const cookieValue = resolved(cookieProp?.value);
      let cookie: AppObject | null = null;
      let cookieForm: SessionSetup['cookieForm'] = 'absent';
      if (cookieValue?.kind === 'object') {
        cookie = cookieValue;
        cookieForm = 'object';
      } else if (cookieValue?.kind === 'function') {
        cookieForm = 'function';
        const objects = cookieValue.returns.map(resolved).filter((r): r is AppObject => r?.kind === 'object');
        cookie = objects.length === 1 ? objects[0] : null;
      } else if (cookieProp) cookieForm = 'other';
      const assignments = optionsNode ? this.assignmentsTo(optionsNode) : [];
      const libraryNode = library === '@fastify/session' ? argNodes[0] : fn;
      const libraryName = libraryNode && unwrap(libraryNode).type === 'identifier' ? unwrap(libraryNode).text : null;
      const optionsAt = options ? this.root.descendantForIndex(options.span.start, options.span.end) : null;
      out.push({
        library,
        call: span(call),
        callee: span(fn),
        libraryName,
        optionsArg,
        options,
        cookie,
        cookieForm,
        store: assignments.some((a) => a.path[0] === 'store') ? { kind: 'unknown', property: propertyOf(options, 'store'), module: null, redisStore: null } : this.store(options, connectRedis),
        assignments,
        statement: span(this.statementOf(call)),
        optionsStatement: optionsAt ? span(this.statementOf(optionsAt)) : null,
        appName,
      });
    }
    return out;
  }

  /** `opts.cookie.secure = true`, ...: assignments below the object a same-file name holds. */
  private assignmentsTo(node: Node): OptionAssignment[] {
    const n = unwrap(node);
    if (n.type !== 'identifier') return [];
    const d = this.declarationOf(n.text, n.startIndex);
    if (!d || d.imported || d.member) return [];
    const out: OptionAssignment[] = [];
    for (const a of this.assignments) {
      const path: string[] = [];
      let left = a.childForFieldName('left');
      while (left?.type === 'member_expression' || left?.type === 'subscript_expression') {
        const key = left.type === 'member_expression' ? left.childForFieldName('property')?.text : stringValue(left.childForFieldName('index')!);
        if (key === undefined || key === null) break;
        path.unshift(key);
        left = left.childForFieldName('object');
      }
      const right = a.childForFieldName('right');
      if (left?.type !== 'identifier' || left.text !== n.text || !path.length || !right) continue;
      if (this.declarationOf(left.text, left.startIndex) !== d) continue;
      out.push({ path, span: span(a), value: this.value(right) });
    }
    return out;
  }

  /** `app` in `app.use(session(...))`. */
  private useReceiver(call: Node): string | null {
    const args = call.parent;
    const outer = args?.parent;
    if (args?.type !== 'arguments' || outer?.type !== 'call_expression') return null;
    const fn = outer.childForFieldName('function');
    if (fn?.type !== 'member_expression' || fn.childForFieldName('property')?.text !== 'use') return null;
    return fn.childForFieldName('object')?.text ?? null;
  }

  private store(options: AppObject | null, connectRedis: readonly ConnectRedisBinding[]): StoreRef {
    const property = propertyOf(options, 'store');
    if (!property) return { kind: options?.spread || !options ? 'unknown' : 'default', property: null, module: null, redisStore: null };
    const v = resolved(property.value);
    if (!v || v.kind === 'undefined') return { kind: 'default', property, module: null, redisStore: null };
    const origin = v.kind === 'expression' ? v.origin : null;
    const redisStore = connectRedis.flatMap((b) => b.constructions).find((c) => c.span.start === v.span.start && c.span.end === v.span.end) ?? null;
    if (redisStore) return { kind: 'connect-redis', property, module: 'connect-redis', redisStore };
    const root = rootModule(origin);
    if (!origin || !root) return { kind: 'unknown', property, module: null, redisStore: null };
    // express-session's MemoryStore; @fastify/session's `Store` / `MemoryStore` (one class over a Map).
    const inMemory = root.module === 'express-session' ? ['MemoryStore'] : root.module === '@fastify/session' || root.module === 'fastify-session' ? ['MemoryStore', 'Store'] : [];
    if (origin.kind === 'new' && inMemory.includes(lastOf(origin.callee) ?? '')) return { kind: 'memory-store', property, module: root.module, redisStore: null };
    if (root.module === 'memorystore') return { kind: 'memorystore', property, module: 'memorystore', redisStore: null };
    if (root.module === 'connect-redis') return { kind: 'connect-redis', property, module: 'connect-redis', redisStore: null };
    if (root.module.startsWith('.') || root.module.startsWith('/')) return { kind: 'unknown', property, module: root.module, redisStore: null };
    return { kind: 'package', property, module: root.module, redisStore: null };
  }

  // -------------------------------------------------------------------------------------------
  // connect-redis and Redis clients.
  // -------------------------------------------------------------------------------------------

  private connectRedisBindings(clients: readonly RedisClient[]): ConnectRedisBinding[] {
    const out: ConnectRedisBinding[] = [];
    const calledNames = new Set<string>();
    for (const c of this.calls) {
      const fn = c.childForFieldName('function');
      if (fn?.type === 'identifier') calledNames.add(fn.text);
    }
    for (const [name, list] of this.declarations) {
      for (const d of list) {
        const origin = this.declarationOrigin(d);
        const root = rootModule(origin);
        if (!origin || root?.module !== 'connect-redis') continue;
        let form: ConnectRedisForm | null = null;
        let factoryCall: Span | null = null;
        let factoryStatement: Span | null = null;
        if (origin.kind === 'call' && origin.callee.kind === 'module' && isModuleSelf(origin.callee)) {
          form = 'factory';
          factoryCall = origin.span;
          factoryStatement = span(d.statement);
        } else if (origin.kind === 'module' && !calledNames.has(name)) {
          if (origin.path.length === 0) form = origin.via === 'require' ? 'require-plain' : null;
          else if (origin.path.length === 1 && origin.path[0] === 'default') form = origin.via === 'require' ? 'require-default' : 'import-default';
          else if (origin.path.length === 1 && origin.path[0] === 'RedisStore') form = 'named';
        }
        if (!form) continue;
        const via = root.via === 'require' ? 'require' : 'import';
        // A plain require used only as a namespace (`cr.RedisStore`) is not the class.
        const constructions = this.constructionsOf(name, d, clients);
        if (form === 'require-plain' && constructions.length === 0) continue;
        out.push({ form, via, localName: name, nameSpan: span(d.nameNode), declaration: root.declaration, factoryCall, factoryStatement, constructions });
      }
    }
    // `new (require('connect-redis')(session))(...)` and the like: no name in between.
    for (const n of this.news) {
      const ctor = n.childForFieldName('constructor');
      if (!ctor || unwrap(ctor).type === 'identifier') continue;
      const origin = this.origin(ctor);
      const root = rootModule(origin);
      if (!origin || root?.module !== 'connect-redis') continue;
      let form: ConnectRedisForm | null = null;
      if (origin.kind === 'call' && origin.callee.kind === 'module' && isModuleSelf(origin.callee)) form = 'factory';
      else if (origin.kind === 'module' && origin.path.length === 1 && origin.path[0] === 'default') form = origin.via === 'require' ? 'require-default' : 'import-default';
      else if (origin.kind === 'module' && origin.path.length === 1 && origin.path[0] === 'RedisStore') form = 'named';
      else if (origin.kind === 'module' && origin.path.length === 0 && origin.via === 'require') form = 'require-plain';
      if (!form) continue;
      out.push({
        form,
        via: root.via === 'require' ? 'require' : 'import',
        localName: unwrap(ctor).text,
        nameSpan: span(unwrap(ctor)),
        declaration: root.declaration,
        factoryCall: form === 'factory' && origin.kind === 'call' ? origin.span : null,
        factoryStatement: form === 'factory' ? span(this.statementOf(n)) : null,
        constructions: [this.construction(n, clients)],
      });
    }
    return out.sort((a, b) => a.nameSpan.start - b.nameSpan.start);
  }

  private constructionsOf(name: string, d: Declaration, clients: readonly RedisClient[]): RedisStoreConstruction[] {
    const out: RedisStoreConstruction[] = [];
    for (const n of this.news) {
      const ctor = n.childForFieldName('constructor');
      if (!ctor || unwrap(ctor).type !== 'identifier' || unwrap(ctor).text !== name) continue;
      if (this.declarationOf(name, n.startIndex) !== d) continue;
      out.push(this.construction(n, clients));
    }
    return out;
  }

  private construction(n: Node, clients: readonly RedisClient[]): RedisStoreConstruction {
    const args = n.childForFieldName('arguments');
    const first = args?.namedChildren.find((a) => a !== null && a.type !== 'comment') ?? null;
    const options = this.objectOf(first);
    const client = propertyOf(options, 'client');
    let redisClient: RedisClient | null = null;
    if (client) {
      const v = client.value;
      const name = v.kind === 'identifier' ? v.name : v.kind === 'expression' ? v.text : null;
      redisClient =
        clients.find((c) => (c.name !== null && c.name === name) || (c.span.start >= v.span.start && c.span.end <= v.span.end)) ??
        (v.kind === 'identifier' && v.resolved ? clients.find((c) => c.span.start >= v.resolved!.span.start && c.span.end <= v.resolved!.span.end) ?? null : null);
    }
    return { span: span(n), options, client, redisClient };
  }

  private redisClients(): RedisClient[] {
    const out: RedisClient[] = [];
    const connectCalls: string[] = [];
    for (const c of this.calls) {
      const fn = c.childForFieldName('function');
      if (fn?.type === 'member_expression' && fn.childForFieldName('property')?.text === 'connect') connectCalls.push(unwrap(fn.childForFieldName('object')!).text);
    }
    const add = (n: Node, library: 'redis' | 'ioredis', optionsNode: Node | null): void => {
      const options = this.objectOf(optionsNode);
      // Climb `createClient(...).on(...)`, `.connect()`, `await`, parentheses to what the client is bound to.
      let cur = n;
      let chainedConnect = false;
      for (let i = 0; i < 16; i++) {
        const p = cur.parent;
        if (!p) break;
        if (WRAPPERS.has(p.type)) {
          cur = p;
          continue;
        }
        const gp = p.parent;
        if (p.type === 'member_expression' && p.childForFieldName('object')?.id === cur.id && gp?.type === 'call_expression' && gp.childForFieldName('function')?.id === p.id) {
          const method = p.childForFieldName('property')?.text;
          if (method === 'connect') chainedConnect = true;
          if (method === 'on' || method === 'once' || method === 'connect') {
            cur = gp;
            continue;
          }
        }
        break;
      }
      const holder = cur.parent;
      let name: string | null = null;
      if (holder?.type === 'variable_declarator' && holder.childForFieldName('value')?.id === cur.id) name = holder.childForFieldName('name')?.text ?? null;
      else if (holder?.type === 'assignment_expression' && holder.childForFieldName('right')?.id === cur.id) name = holder.childForFieldName('left')?.text ?? null;
      const returned = holder?.type === 'return_statement' || holder?.type === 'arrow_function';
      const exported = returned || (name !== null && this.exported.has(name)) || holder?.type === 'export_statement';
      out.push({
        library,
        span: span(n),
        options,
        legacyMode: propertyOf(options, 'legacyMode'),
        name,
        statement: span(this.statementOf(n)),
        connected: chainedConnect || (name !== null && connectCalls.includes(name)),
        exported,
      });
    };
    for (const c of this.calls) {
      const origin = this.origin(c.childForFieldName('function'));
      if (origin?.kind !== 'module' || (origin.module !== 'redis' && origin.module !== '@redis/client')) continue;
      const last = origin.path[origin.path.length - 1];
      if (last !== 'createClient' && last !== 'createCluster') continue;
      add(c, 'redis', c.childForFieldName('arguments')?.namedChild(0) ?? null);
    }
    for (const n of this.news) {
      const origin = this.origin(n.childForFieldName('constructor'));
      if (origin?.kind !== 'module' || origin.module !== 'ioredis') continue;
      if (!origin.path.every((p) => p === 'default' || p === 'Redis' || p === 'Cluster')) continue;
      const args = n.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null) ?? [];
      add(n, 'ioredis', args.find((a) => this.objectOf(a) !== null) ?? null);
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }

  // -------------------------------------------------------------------------------------------
  // Applications and trust proxy.
  // -------------------------------------------------------------------------------------------

  private apps(): AppInstance[] {
    const out: AppInstance[] = [];
    const bound = (n: Node): string | null => {
      let cur = n;
      while (cur.parent && WRAPPERS.has(cur.parent.type)) cur = cur.parent;
      const p = cur.parent;
      if (p?.type === 'variable_declarator') return p.childForFieldName('name')?.text ?? null;
      if (p?.type === 'assignment_expression') return p.childForFieldName('left')?.text ?? null;
      return null;
    };
    for (const c of this.calls) {
      const origin = this.origin(c.childForFieldName('function'));
      const args = c.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null) ?? [];
      let framework: AppInstance['framework'] | null = null;
      let options: AppObject | null = null;
      if (isModuleFunction(origin, 'express', ['express'])) framework = 'express';
      else if (isModuleFunction(origin, 'fastify', ['fastify'])) {
        framework = 'fastify';
        options = this.objectOf(args[0] ?? null);
      } else if (origin?.kind === 'module' && origin.module === '@nestjs/core' && origin.path.join('.') === 'NestFactory.create') {
        framework = 'nestjs';
        options = args.slice(1).map((a) => this.objectOf(a)).find((o) => o !== null) ?? null;
      }
      if (framework) out.push({ framework, name: bound(c), span: span(c), statement: span(this.statementOf(c)), options });
    }
    for (const n of this.news) {
      const origin = this.origin(n.childForFieldName('constructor'));
      if (!isModuleFunction(origin, 'koa', ['Koa'])) continue;
      const first = n.childForFieldName('arguments')?.namedChild(0) ?? null;
      out.push({ framework: 'koa', name: bound(n), span: span(n), statement: span(this.statementOf(n)), options: this.objectOf(first) });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }

  private trustProxy(apps: readonly AppInstance[]): TrustProxySetting[] {
    const out: TrustProxySetting[] = [];
    for (const c of this.calls) {
      const fn = c.childForFieldName('function');
      if (fn?.type !== 'member_expression') continue;
      const method = fn.childForFieldName('property')?.text;
      if (method !== 'set' && method !== 'enable' && method !== 'disable') continue;
      const args = c.childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null) ?? [];
      if (!args[0] || stringValue(args[0]) !== 'trust proxy') continue;
      const target = fn.childForFieldName('object')?.text ?? null;
      if (method === 'set') out.push({ form: 'set', span: span(c), value: args[1] ? this.value(args[1]) : null, target });
      else out.push({ form: method, span: span(c), value: null, target });
    }
    for (const a of apps) {
      const p = a.framework === 'koa' ? propertyOf(a.options, 'proxy') : propertyOf(a.options, 'trustProxy');
      if (p) out.push({ form: a.framework === 'koa' ? 'koa-proxy' : 'fastify-option', span: p.span, value: p.value, target: a.name });
    }
    // Nest's `new FastifyAdapter({ trustProxy: true })`.
    for (const n of this.news) {
      const origin = this.origin(n.childForFieldName('constructor'));
      if (origin?.kind !== 'module' || origin.module !== '@nestjs/platform-fastify') continue;
      const p = propertyOf(this.objectOf(n.childForFieldName('arguments')?.namedChild(0) ?? null), 'trustProxy');
      if (p) out.push({ form: 'fastify-option', span: p.span, value: p.value, target: null });
    }
    // Koa's `app.proxy = true`.
    for (const a of this.assignments) {
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      if (left?.type !== 'member_expression' || left.childForFieldName('property')?.text !== 'proxy' || !right) continue;
      out.push({ form: 'koa-proxy', span: span(a), value: this.value(right), target: left.childForFieldName('object')?.text ?? null });
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }
}

function member(base: Origin | null, name: string): Origin | null {
  if (!base) return null;
  if (base.kind === 'module') return { ...base, path: [...base.path, name] };
  return null;
}

/** The module an origin starts from, following calls and `new`. */
export function rootModule(origin: Origin | null): Extract<Origin, { kind: 'module' }> | null {
  let o = origin;
  for (let i = 0; i < 16 && o; i++) {
    if (o.kind === 'module') return o;
    o = o.callee;
  }
  return null;
}

function lastOf(origin: Origin): string | null {
  return origin.kind === 'module' ? origin.path[origin.path.length - 1] ?? null : null;
}

/** The module itself or its default export (`require('m')`, `import m from 'm'`, `require('m').default`). */
function isModuleSelf(o: Extract<Origin, { kind: 'module' }>): boolean {
  return o.path.length === 0 || (o.path.length === 1 && o.path[0] === 'default');
}

/** Whether an origin is a module's main function: the module itself, its default, or one of `names` it exports. */
function isModuleFunction(origin: Origin | null, module: string, names: readonly string[]): boolean {
  if (origin?.kind !== 'module' || origin.module !== module) return false;
  const path = origin.path[0] === 'default' ? origin.path.slice(1) : origin.path;
  return path.length === 0 || (path.length === 1 && names.includes(path[0]));
}

function numberValue(n: Node): number | null {
  if (n.type === 'number') {
    const v = Number(n.text.replace(/_/g, '').replace(/n$/, ''));
    return Number.isFinite(v) ? v : null;
  }
  if (n.type === 'unary_expression') {
    const op = n.childForFieldName('operator')?.text;
    const arg = n.childForFieldName('argument');
    const v = arg ? numberValue(unwrap(arg)) : null;
    if (v !== null && op === '-') return -v;
    if (v !== null && op === '+') return v;
    return null;
  }
  if (n.type === 'binary_expression') {
    const op = n.childForFieldName('operator')?.text;
    const l = n.childForFieldName('left');
    const r = n.childForFieldName('right');
    const a = l ? numberValue(unwrap(l)) : null;
    const b = r ? numberValue(unwrap(r)) : null;
    if (a === null || b === null) return null;
    switch (op) {
      case '*':
        return a * b;
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '/':
        return b === 0 ? null : a / b;
      case '**':
        return a ** b;
      default:
        return null;
    }
  }
  return null;
}

/** `NAME` of `process.env.NAME` / `process.env['NAME']`, else null. */
function envName(n: Node): string | null {
  const obj = n.childForFieldName('object');
  if (!obj || unwrap(obj).text.replace(/\s/g, '') !== 'process.env') return null;
  if (n.type === 'member_expression') return n.childForFieldName('property')?.text ?? null;
  const index = n.childForFieldName('index');
  return index ? stringValue(index) : null;
}
