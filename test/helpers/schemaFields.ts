import * as fs from 'fs';
import * as ts from 'typescript';

/**
 * Unknown fields, as the API server reports them under strict field validation (kubectl's default
 * `--validate=strict`; server-side since Kubernetes 1.27): the generated validators do not say
 * `additionalProperties: false`, but the packages' type declarations list every field of every
 * object, so the TypeScript checker reads them. A map (`{[key: string]: T}`) and `any` accept any
 * key, a union of object shapes the keys of each.
 */

const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es5.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
};

let program: ts.Program | undefined;
const roots: string[] = [];
/** Types of the current program (a type belongs to the checker that made it). */
const declared = new Map<string, ts.Type | null>();

/** The declared interface `I<kind>` of a package's `<kind>.d.ts`, or null when there is none. */
function objectType(file: string, kind: string): ts.Type | null {
  if (!fs.existsSync(file)) return null;
  if (!roots.includes(file)) {
    roots.push(file);
    program = ts.createProgram([...roots], OPTIONS, undefined, program);
    declared.clear();
  }
  const cached = declared.get(file);
  if (cached !== undefined || !program) return cached ?? null;
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const module = source && checker.getSymbolAtLocation(source);
  const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === `I${kind}`);
  const type = symbol ? checker.getDeclaredTypeOfSymbol(symbol) : null;
  declared.set(file, type);
  return type;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function walk(checker: ts.TypeChecker, type: ts.Type, value: Json, keys: (string | number)[], out: (string | number)[][]): void {
  if (value === null || typeof value !== 'object') return;
  const t = checker.getNonNullableType(type);
  if (t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
  if (Array.isArray(value)) {
    const item = checker.getIndexTypeOfType(t, ts.IndexKind.Number);
    if (item) value.forEach((v, i) => walk(checker, item, v, [...keys, i], out));
    return;
  }
  // A union (a oneOf in the schema) takes the keys of any of its object shapes; the validators judge the rest.
  const shapes = t.isUnion() ? t.types.filter((u) => u.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) : [t];
  if (shapes.length === 0) return;
  const maps = shapes.map((shape) => checker.getIndexTypeOfType(shape, ts.IndexKind.String)).filter((m) => m !== undefined);
  if (maps.length === 0 && shapes.every((shape) => checker.getPropertiesOfType(shape).length === 0)) return;
  for (const [key, v] of Object.entries(value)) {
    const property = shapes.map((shape) => checker.getPropertyOfType(shape, key)).find((p) => p !== undefined);
    if (property) walk(checker, checker.getTypeOfSymbol(property), v, [...keys, key], out);
    else if (maps.length > 0) walk(checker, maps[0], v, [...keys, key], out);
    else out.push([...keys, key]);
  }
}

/** The paths (keys from the object's root) of the fields the object's declared type does not have. */
export function unknownFields(declarationFile: string, kind: string, object: Json): (string | number)[][] {
  const type = objectType(declarationFile, kind);
  if (!type || !program) return [];
  const out: (string | number)[][] = [];
  walk(program.getTypeChecker(), type, object, [], out);
  return out;
}
