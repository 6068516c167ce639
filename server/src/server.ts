import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { ConfigParser } from './parsing/configParser';
import { GrammarLoader } from './parsing/treeSitter';
import { docsUrl } from './rules/docs';
import { codeActions, FIX_ALL_KIND, SHOW_DOCS_COMMAND } from './features/codeActions';
import { completion } from './features/completion';
import { DiagnosticsPublisher } from './features/diagnostics';
import { DocumentStore } from './features/documentStore';
import { hover } from './features/hover';
import { SettingsCache } from './features/settings';
import { documentSymbols } from './features/symbols';

const connection = createConnection(ProposedFeatures.all);
const loader = new GrammarLoader();
const parser = new ConfigParser(loader);
const store = new DocumentStore(parser);
const settings = new SettingsCache(connection);
const diagnostics = new DiagnosticsPublisher(connection, store, settings, parser);
let dynamicConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  const workspace = params.capabilities.workspace;
  settings.enable(Boolean(workspace?.configuration));
  dynamicConfiguration = Boolean(workspace?.didChangeConfiguration?.dynamicRegistration);
  // Load the runtime early so the first document does not wait for it.
  void loader.language('nginx').catch((e: unknown) => connection.console.error(`cannot load the nginx grammar: ${String(e)}`));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' '] },
      documentSymbolProvider: true,
      executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] },
    },
    serverInfo: { name: 'affinity-lint', version: typeof AFFINITY_LINT_VERSION === 'string' ? AFFINITY_LINT_VERSION : 'dev' },
  };
});

declare const AFFINITY_LINT_VERSION: string | undefined;

connection.onInitialized(() => {
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'affinityLint' });
});

connection.onDidChangeConfiguration(() => {
  settings.clear();
  diagnostics.scheduleAll();
});

connection.onDidChangeWatchedFiles(() => {
  // A .affinity-lint.json was created, changed or deleted.
  settings.clear();
  diagnostics.scheduleAll();
});

connection.onDidOpenTextDocument(({ textDocument }) => {
  const doc = store.open(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
  if (doc) diagnostics.schedule(doc.uri);
});

connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  const doc = store.change(textDocument.uri, textDocument.version, contentChanges);
  if (doc) diagnostics.schedule(doc.uri);
});

connection.onDidCloseTextDocument(({ textDocument }) => {
  store.close(textDocument.uri);
  settings.forget(textDocument.uri);
  void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
});

connection.onCodeAction(async (params) => {
  const doc = store.get(params.textDocument.uri);
  if (!doc) return [];
  await store.refresh(doc);
  return codeActions(doc, params, { lintText: (d, text) => diagnostics.lintText(d, text) });
});

connection.onHover(async ({ textDocument, position }) => {
  const doc = store.get(textDocument.uri);
  if (!doc) return null;
  await store.refresh(doc);
  return hover(doc, doc.source.offsetAt(position));
});

connection.onCompletion(async ({ textDocument, position }) => {
  const doc = store.get(textDocument.uri);
  if (!doc) return [];
  await store.refresh(doc);
  return completion(doc, doc.source.offsetAt(position));
});

connection.onDocumentSymbol(async ({ textDocument }) => {
  const doc = store.get(textDocument.uri);
  if (!doc) return [];
  await store.refresh(doc);
  return documentSymbols(doc);
});

connection.onExecuteCommand(async ({ command, arguments: args }) => {
  if (command !== SHOW_DOCS_COMMAND || typeof args?.[0] !== 'string') return;
  // A rule id opens its page; a guide passes its own address.
  const uri = /^https:\/\//.test(args[0]) ? args[0] : docsUrl(args[0]);
  await connection.window.showDocument({ uri, external: true });
});

connection.listen();
