import type { Parser } from 'web-tree-sitter';
import type { FileKind, KindInput, KindReading } from '../kinds/fileKind';
import { GrammarLoader } from '../parsing/treeSitter';
import { APP_RULES } from '../rules/app';
import type { AppModel, AppSyntax } from './model';
import { AppReader } from './read';
import { NO_VERSIONS, readVersions } from './versions';
import { appLinkFacts } from './linkFacts';
import { appCompletion, appHover } from './assist';

const APP_NAME = /\.(?:[cm]?[jt]s|[jt]sx)$/i;

/**
 * The libraries whose names a file must mention to be read at all: any other JS/TS file costs one
 * regular-expression scan and shows nothing.
 */
export const SESSION_LIBRARY_MENTION = /express-session|@fastify\/session|fastify-session|koa-session|connect-redis|memorystore/;

/** The packages whose versions the rules use (looked up in the lockfile). */
export const APP_PACKAGES = [
  'express-session',
  'connect-redis',
  'redis',
  '@redis/client',
  'ioredis',
  '@fastify/session',
  'fastify-session',
  'koa-session',
  'memorystore',
  'express',
  'fastify',
  'koa',
  '@nestjs/core',
] as const;

/** The grammar for a file name: TSX for `.tsx` and `.jsx`, TypeScript for `.ts/.mts/.cts`, else JavaScript. */
export function syntaxOf(file: string): AppSyntax {
  if (/\.[jt]sx$/i.test(file)) return 'tsx';
  if (/\.[cm]?ts$/i.test(file)) return 'typescript';
  return 'javascript';
}

let loader: GrammarLoader | undefined;
const parsers = new Map<AppSyntax, Promise<Parser>>();

function parserFor(syntax: AppSyntax): Promise<Parser> {
  let p = parsers.get(syntax);
  if (!p) {
    loader ??= new GrammarLoader();
    p = loader.parser(syntax);
    parsers.set(syntax, p);
  }
  return p;
}

/** Reads a JS/TS file into the app model; null (and no grammar loaded) when it mentions no session library. */
export async function readApp(input: KindInput): Promise<KindReading<AppModel>> {
  if (!SESSION_LIBRARY_MENTION.test(input.text)) return { model: null, findings: [], notes: [] };
  const syntax = syntaxOf(input.file);
  const parser = await parserFor(syntax);
  const tree = parser.parse(input.text);
  if (!tree) return { model: null, findings: [], notes: [`${input.file}: the ${syntax} grammar returned no tree`] };
  let model: AppModel;
  try {
    model = new AppReader(tree.rootNode, input.source).read(input.file, syntax, NO_VERSIONS);
  } finally {
    tree.delete();
  }
  if (!AppReader.relevant(model)) return { model: null, findings: [], notes: [] };
  const versions = await readVersions(input.file, input.files, APP_PACKAGES);
  return { model: { ...model, versions }, findings: [], notes: [] };
}

/**
 * JavaScript and TypeScript application code that sets up sessions (express-session, NestJS,
 * @fastify/session, koa-session) and their stores (connect-redis, memorystore, ...): read with
 * tree-sitter's JavaScript, TypeScript and TSX grammars.
 */
export const APP_KIND: FileKind<AppModel> = {
  id: 'app',
  languages: ['javascript', 'typescript', 'javascriptreact', 'typescriptreact'],
  lineComment: '//',
  claimsName: (file) => APP_NAME.test(file) && !/\.d\.[cm]?ts$/i.test(file),
  rules: APP_RULES,
  read: readApp,
  linkFacts: appLinkFacts,
  linkTells: 'apps',
  hover: appHover,
  completion: (model, input, offset) => appCompletion(model, input, offset, APP_PACKAGES),
};
