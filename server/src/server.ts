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
  LINT_WORKSPACE_PROGRESS_NOTIFICATION,
  LINT_WORKSPACE_REQUEST,
  MEMBER_FILES_NOTIFICATION,
  type MemberFiles,
  type LintWorkspaceResult,
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
import { FileChangeType, type CancellationToken } from 'vscode-languageserver/node';
import { Linter } from './engine/linter';
import { RULES } from './rules/registry';
import { pathToUri, uriToPath, WorkspaceConfigurations } from './features/workspaceConfigurations';
import { Navigator } from './features/navigator';
import { KindDocuments } from './features/kindDocuments';
import { EditorLinks } from './features/workspaceLinks';
import type { WorkspaceLinks } from './kinds/fileKind';
import { withSessionEvidence } from './link/annotate';

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
// Configurations across files: a file one of them reads is linted with it (features/workspaceConfigurations.ts).
const configurations = new WorkspaceConfigurations(
  parser,
  store,
  new Linter(RULES),
  (folderUri) => (dynamicConfiguration || settingsSupported ? connection.workspace.getConfiguration({ scopeUri: folderUri, section: 'affinityLint' }) : Promise.resolve({})),
  (uri) => settings.get(uri),
  (message) => connection.console.warn(message),
);
diagnostics.configurations = configurations;
configurations.onMembers = (files) => void connection.sendNotification(MEMBER_FILES_NOTIFICATION, { files } satisfies MemberFiles);
// Definitions, references, renames, include links and symbols across files (features/navigator.ts).
const navigation = new Navigator(store, configurations, (doc) => diagnostics.current(doc));
let settingsSupported = false;
// Manifests, Traefik and compose files, application code: documents of other extensions' languages (features/kindDocuments.ts).
const kinds: KindDocuments = new KindDocuments({
  settings: (uri) => settings.get(uri),
  publish: (uri, version, list) => void connection.sendDiagnostics({ uri, version, diagnostics: list }),
  links,
  log: (message) => connection.console.error(message),
  workspace: (): WorkspaceLinks | undefined => workspaceLinks.current() ?? undefined,
});
// The apps behind the workspace's load balancers (features/workspaceLinks.ts): the shared-store fixes
// say where the app keeps its sessions; app rules see the groups in front of their app.
const workspaceLinks: EditorLinks = new EditorLinks({
  parser,
  folders: () => configurations.workspaceFolders,
  openText: (file): string | null => {
    const uri = pathToUri(file);
    return kinds.get(uri)?.source.text ?? store.get(uri)?.source.text ?? null;
  },
  changed: () => {
    diagnostics.scheduleAll();
    kinds.relintAll();
  },
  log: (message) => connection.console.error(message),
});
diagnostics.annotate = (file, findings) => {
  const current = workspaceLinks.current();
  return current ? withSessionEvidence(findings, file, current.linksOfGroupsIn(file), (f) => current.label(f)) : findings;
};
const saveValidator = new SaveValidator({ connection, store, trust, detector, editor: editorConfig, republish: (uri) => diagnostics.schedule(uri), configurations });

/** Settings, trust or binaries changed: forget what was derived from them, lint again, refresh the status item. */
function reconfigure(): void {
  settings.clear();
  configurations.invalidate();
  editorConfig.clear();
  detector.clear();
  saveValidator.clear();
  diagnostics.scheduleAll();
  kinds.relintAll();
  workspaceLinks.refresh();
  void connection.sendNotification(TARGETS_CHANGED_NOTIFICATION);
}
trust.onGranted(reconfigure);
let dynamicConfiguration = false;

connection.onInitialize((params): InitializeResult => {
  const workspace = params.capabilities.workspace;
  settings.enable(Boolean(workspace?.configuration));
  settingsSupported = Boolean(workspace?.configuration);
  // Related locations only for a client that says it shows them (VS Code does): they are a third of
  // a big file's diagnostics payload.
  diagnostics.sendsRelated = params.capabilities.textDocument?.publishDiagnostics?.relatedInformation === true;
  configurations.setFolders(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
  editorConfig.supported = Boolean(workspace?.configuration);
  const options = params.initializationOptions as AffinityInitializationOptions | undefined;
  if (options?.workspaceTrusted === true) trust.grant();
  links.clientShowsPages = options?.showsRulePages === true;
  dynamicConfiguration = Boolean(workspace?.didChangeConfiguration?.dynamicRegistration);
  workspaceFoldersChange = Boolean(workspace?.workspaceFolders);
  // Load the runtime early so the first document does not wait for it.
  void loader.language('nginx').catch((e: unknown) => connection.console.error(`cannot load the nginx grammar: ${String(e)}`));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' '] },
      documentSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      documentLinkProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      executeCommandProvider: { commands: [SHOW_DOCS_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'affinity-lint', version: typeof AFFINITY_LINT_VERSION === 'string' ? AFFINITY_LINT_VERSION : 'dev' },
  };
});

declare const AFFINITY_LINT_VERSION: string | undefined;

connection.onInitialized(() => {
  // Read the workspace's configurations now, so that the files they read are known (and their
  // language set by the client) before the first one is opened.
  void configurations.ready().catch((e: unknown) => connection.console.error(`reading the workspace's configurations failed: ${(e as Error)?.stack ?? String(e)}`));
  workspaceLinks.refresh(0);
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'affinityLint' });
  if (workspaceFoldersChange) {
    connection.workspace.onDidChangeWorkspaceFolders(async () => {
      const folders = (await connection.workspace.getWorkspaceFolders()) ?? [];
      configurations.setFolders(folders.map((f) => f.uri));
      diagnostics.scheduleAll();
      workspaceLinks.refresh();
    });
  }
});
let workspaceFoldersChange = false;

connection.onDidChangeConfiguration(reconfigure);

// A .affinity-lint.json was created, changed or deleted: settings again. A configuration file changed
// on disk (a checkout, another editor), appeared or went away (an include glob's match): the
// configurations that read it are read again, and their files' findings published.
connection.onDidChangeWatchedFiles(async ({ changes }) => {
  workspaceLinks.refresh();
  if (changes.some((c) => c.uri.endsWith('/.affinity-lint.json'))) {
    reconfigure();
    return;
  }
  const paths = changes.map((c) => uriToPath(c.uri)).filter((p): p is string => p !== null);
  const structural = changes.some((c) => c.type !== FileChangeType.Changed);
  try {
    for (const ff of await configurations.filesChanged(paths, structural)) await diagnostics.publishFile(ff);
    if (structural) diagnostics.scheduleAll();
  } catch (e) {
    connection.console.error(`reading changed files failed: ${(e as Error)?.stack ?? String(e)}`);
  }
});

connection.onRequest(LINT_WORKSPACE_REQUEST, async (_params: unknown, token: CancellationToken): Promise<LintWorkspaceResult> => {
  let cancelled = false;
  const files = await configurations.relintAll((done, total, name) => {
    if (token.isCancellationRequested) {
      cancelled = true;
      return false;
    }
    void connection.sendNotification(LINT_WORKSPACE_PROGRESS_NOTIFICATION, { done, total, name });
    return true;
  });
  for (const ff of files) await diagnostics.publishFile(ff);
  return { configurations: configurations.all().length, files: files.length, problems: files.reduce((n, f) => n + f.findings.length, 0), cancelled };
});

connection.onNotification(WORKSPACE_TRUSTED_NOTIFICATION, () => trust.grant());

connection.onRequest(TARGETS_REQUEST, async (params: TargetsParams) => {
  const targets = await settings.targets(params.uri);
  const doc = store.get(params.uri);
  if (!doc) return targets;
  await store.refresh(doc);
  return documentTargets(targets, doc.config ? inferredNginxPlus(doc.config, doc.source, await settings.get(params.uri)) : null);
});

connection.onDidSaveTextDocument(({ textDocument }) => {
  workspaceLinks.refresh();
  void saveValidator.onSave(textDocument.uri).catch((e: unknown) => connection.console.error(`validating ${textDocument.uri} failed: ${(e as Error)?.stack ?? String(e)}`));
});

connection.onDidOpenTextDocument(({ textDocument }) => {
  if (kinds.open(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text)) return;
  const doc = store.open(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text);
  if (doc) diagnostics.schedule(doc.uri);
});

connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  if (kinds.change(textDocument.uri, textDocument.version, contentChanges)) return;
  const doc = store.change(textDocument.uri, textDocument.version, contentChanges);
  if (doc) diagnostics.schedule(doc.uri);
});

connection.onDidCloseTextDocument(({ textDocument }) => {
  if (kinds.close(textDocument.uri)) {
    settings.forget(textDocument.uri);
    return;
  }
  store.close(textDocument.uri);
  settings.forget(textDocument.uri);
  inferredTargets.forget(textDocument.uri);
  editorConfig.forget(textDocument.uri);
  saveValidator.forget(textDocument.uri);
  void diagnostics.closed(textDocument.uri);
});

connection.onCodeAction(async (params) => {
  const kindDoc = kinds.get(params.textDocument.uri);
  if (kindDoc) {
    await kinds.current(kindDoc);
    return codeActions(kindDoc, params, { lintText: (_d, text) => kinds.lintText(kindDoc, text), links });
  }
  const doc = store.get(params.textDocument.uri);
  if (!doc) return [];
  try {
    await diagnostics.current(doc);
  } catch (e) {
    // The actions of the findings last published (disable, documentation) are still offered.
    connection.console.error(`linting ${doc.uri} for its code actions failed: ${(e as Error)?.stack ?? String(e)}`);
  }
  return codeActions(doc, params, { lintText: (_d, text) => diagnostics.lintText(doc, text), links, sourceOf: (file) => diagnostics.editableSourceOf(file), editable: (file) => configurations.inWorkspace(file) });
});

connection.onHover(async ({ textDocument, position }) => {
  const kindDoc = kinds.get(textDocument.uri);
  if (kindDoc) return kinds.hover(kindDoc, kindDoc.source.offsetAt(position));
  const doc = store.get(textDocument.uri);
  if (!doc) return null;
  await store.refresh(doc);
  return hover(doc, doc.source.offsetAt(position));
});

connection.onCompletion(async ({ textDocument, position }) => {
  const kindDoc = kinds.get(textDocument.uri);
  if (kindDoc) return kinds.completion(kindDoc, kindDoc.source.offsetAt(position));
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

connection.onDefinition((params) => navigation.definition(params));
connection.onReferences((params) => navigation.references(params));
connection.onPrepareRename((params) => navigation.prepareRename(params));
connection.onRenameRequest((params) => navigation.rename(params));
connection.onDocumentLinks(({ textDocument }) => navigation.documentLinks(textDocument.uri));
connection.onWorkspaceSymbol(({ query }) => navigation.workspaceSymbols(query));

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
