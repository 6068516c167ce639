import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { ConfigParser } from './parsing/configParser';
import { GrammarLoader } from './parsing/treeSitter';
import { pageOf } from './rules/docs';
import { pageFileUri } from './rules/docsFolder';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { DocLinks, SHOW_DOCS_COMMAND } from './features/docLinks';
import { completion } from './features/completion';
import { DiagnosticsPublisher } from './features/diagnostics';
import { DocumentStore } from './features/documentStore';
import { hover } from './features/hover';
import { documentSymbols } from './features/symbols';
import {
  TARGETS_CHANGED_NOTIFICATION,
  TARGETS_REQUEST,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type AffinityInitializationOptions,
  type TargetsParams,
} from './features/customProtocol';
import { documentTargets, EditorConfig, InferredTargets, TargetAwareSettings, TargetResolver, WorkspaceTrust } from './features/targetStatus';
import { inferredNginxPlus } from './engine/versions';
import { SaveValidator } from './features/validateOnSave';
import { ServerDetector } from './validation/detect';

const connection = createConnection(ProposedFeatures.all);
const loader = new GrammarLoader();
const parser = new ConfigParser(loader);
const store = new DocumentStore(parser);
// Trust, detected server versions and validate-on-save (see features/targetStatus.ts, validateOnSave.ts).
const trust = new WorkspaceTrust();
const detector = new ServerDetector();
const editorConfig = new EditorConfig(connection);
const settings = new TargetAwareSettings(connection, new TargetResolver(trust, detector, editorConfig));
// The publisher's diagnostics go out with the last validate-on-save result of the same version.
const publishing = new Proxy(connection, {
  get(target, prop) {
    if (prop === 'sendDiagnostics') return (p: Parameters<typeof connection.sendDiagnostics>[0]) => target.sendDiagnostics(saveValidator.merge(p));
    const value: unknown = Reflect.get(target, prop, target);
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  },
});
const links = new DocLinks();
const diagnostics = new DiagnosticsPublisher(publishing, store, settings, parser, links);
// A Plus-only directive typed or deleted changes the target the status item shows.
const inferredTargets = new InferredTargets();
diagnostics.onLinted((doc, lintSettings) => {
  const inference = doc.config ? inferredNginxPlus(doc.config, doc.source, lintSettings) : null;
  if (inferredTargets.changed(doc.uri, inference)) void connection.sendNotification(TARGETS_CHANGED_NOTIFICATION);
});
const saveValidator = new SaveValidator({ connection, store, trust, detector, editor: editorConfig, republish: (uri) => diagnostics.schedule(uri) });

/** Settings, trust or binaries changed: forget what was derived from them, lint again, refresh the status item. */
function reconfigure(): void {
  settings.clear();
  editorConfig.clear();
  detector.clear();
  saveValidator.clear();
  diagnostics.scheduleAll();
  void connection.sendNotification(TARGETS_CHANGED_NOTIFICATION);
}
trust.onGranted(reconfigure);
let dynamicConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  const workspace = params.capabilities.workspace;
  settings.enable(Boolean(workspace?.configuration));
  editorConfig.supported = Boolean(workspace?.configuration);
  const options = params.initializationOptions as AffinityInitializationOptions | undefined;
  if (options?.workspaceTrusted === true) trust.grant();
  links.clientShowsPages = options?.showsRulePages === true;
  dynamicConfiguration = Boolean(workspace?.didChangeConfiguration?.dynamicRegistration);
  // Load the runtime early so the first document does not wait for it.
  void loader.language('nginx').catch((e: unknown) => connection.console.error(`cannot load the nginx grammar: ${String(e)}`));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
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

connection.onDidChangeConfiguration(reconfigure);

// A .affinity-lint.json was created, changed or deleted.
connection.onDidChangeWatchedFiles(reconfigure);

connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => trust.grant());

connection.onRequest(TARGETS_REQUEST, async (params: TargetsParams) => {
  const targets = await settings.targets(params.uri);
  const doc = store.get(params.uri);
  if (!doc) return targets;
  await store.refresh(doc);
  return documentTargets(targets, doc.config ? inferredNginxPlus(doc.config, doc.source, await settings.get(params.uri)) : null);
});

connection.onDidSaveTextDocument(({ textDocument }) => {
  void saveValidator.onSave(textDocument.uri).catch((e: unknown) => connection.console.error(`validating ${textDocument.uri} failed: ${(e as Error)?.stack ?? String(e)}`));
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
  inferredTargets.forget(textDocument.uri);
  editorConfig.forget(textDocument.uri);
  saveValidator.forget(textDocument.uri);
  void connection.sendDiagnostics({ uri: textDocument.uri, diagnostics: [] });
});

connection.onCodeAction(async (params) => {
  const doc = store.get(params.textDocument.uri);
  if (!doc) return [];
  await diagnostics.current(doc);
  return codeActions(doc, params, { lintText: (d, text) => diagnostics.lintText(d, text), links });
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
  if (command !== SHOW_DOCS_COMMAND) return;
  // A rule id or a page under docs/ (what DocLinks puts in the code actions), shown from the installed copy.
  const page = pageOf(args?.[0]);
  const uri = page && pageFileUri(page);
  if (uri) await connection.window.showDocument({ uri });
  // A notification, not window/showMessageRequest: there is nothing to answer, and no reply to wait for.
  else void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `affinity-lint: no documentation page for ${JSON.stringify(args?.[0])} is installed` });
});

connection.listen();
