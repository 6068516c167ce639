import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  LINT_WORKSPACE_PROGRESS_NOTIFICATION,
  LINT_WORKSPACE_REQUEST,
  MEMBER_FILES_NOTIFICATION,
  type MemberFiles,
  SHOW_RULE_DOCS_COMMAND,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type AffinityInitializationOptions,
  type LintWorkspaceProgress,
  type LintWorkspaceResult,
} from '../../server/src/features/customProtocol';
import { explicitSettings } from './explicitSettings';
import { showRulePage } from './rulePages';
import { TargetStatusItem } from './targetStatusItem';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'nginx' },
      { scheme: 'file', language: 'haproxy' },
      { scheme: 'untitled', language: 'nginx' },
      { scheme: 'untitled', language: 'haproxy' },
      // Joined, never claimed: Kubernetes manifests, Traefik and compose files, application session
      // code. Documents with nothing Affinity Lint checks get no diagnostics (server: kinds/).
      ...['yaml', 'dockercompose', 'toml', 'javascript', 'typescript', 'javascriptreact', 'typescriptreact'].flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
    ],
    // The server runs no program (nginx -t, nginx -V, ...) unless the workspace is trusted. Its
    // documentation links and actions run our command, which shows the pages shipped with the extension.
    initializationOptions: { workspaceTrusted: vscode.workspace.isTrusted, showsRulePages: true } satisfies AffinityInitializationOptions,
    outputChannel: log,
    traceOutputChannel: log,
    // Settings files, and the files configurations are made of: a change on disk (a checkout, another
    // editor) or a file appearing under an include glob reaches the server's configurations.
    synchronize: {
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.affinity-lint.json'),
        vscode.workspace.createFileSystemWatcher('**/*.{conf,cfg,types,nginx,haproxy}'),
        vscode.workspace.createFileSystemWatcher('**/*_params'),
        vscode.workspace.createFileSystemWatcher('**/{sites-enabled,sites-available,conf.d,snippets}/**'),
        // What links apps to load balancers (compose files, package.json) and the apps' own code.
        vscode.workspace.createFileSystemWatcher('**/{compose,docker-compose}*.{yml,yaml}'),
        vscode.workspace.createFileSystemWatcher('**/package.json'),
      ],
    },
    middleware: {
      workspace: {
        // Only what the user set: the server layers it over .affinity-lint.json and the defaults.
        configuration: (params) => params.items.map((item) => (item.section === 'affinityLint' ? explicitSettings(item.scopeUri) : null)),
      },
    },
  };
  // The client reads affinityLint.trace.server itself and traces the protocol to the channel.
  return new LanguageClient('affinityLint', 'Affinity Lint', serverOptions, clientOptions);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Affinity Lint', { log: true });
  context.subscriptions.push(log);
  client = createClient(context, log);
  const status = new TargetStatusItem(client, log);
  context.subscriptions.push(
    status,
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('workspace trusted: validation and version detection may run now');
      void client?.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION);
    }),
    vscode.commands.registerCommand(SHOW_RULE_DOCS_COMMAND, (page?: unknown) => showRulePage(context.extensionUri, page, log)),
    vscode.commands.registerCommand('affinityLint.lintWorkspace', () => lintWorkspace(log)),
    vscode.commands.registerCommand('affinityLint.restartServer', async () => {
      log.info('restarting the language server');
      await client?.restart();
    }),
  );
  await client.start();
  log.info('language server started');
  context.subscriptions.push(...configurationLanguages(client));
  void status.refresh();
}

/**
 * Opens the files a configuration reads in its language when VS Code shows them as plain text: a
 * `10-shop.cfg` of a numbered HAProxy folder, a snippet without an extension. A file another
 * extension claims keeps its language.
 */
function configurationLanguages(running: LanguageClient): vscode.Disposable[] {
  let members = new Map<string, 'nginx' | 'haproxy'>();
  const adopt = (doc: vscode.TextDocument): void => {
    const dialect = members.get(doc.uri.toString());
    if (dialect && doc.languageId === 'plaintext') void vscode.languages.setTextDocumentLanguage(doc, dialect);
  };
  return [
    running.onNotification(MEMBER_FILES_NOTIFICATION, (p: MemberFiles) => {
      members = new Map(p.files.map((f) => [vscode.Uri.parse(f.uri).toString(), f.dialect]));
      for (const doc of vscode.workspace.textDocuments) adopt(doc);
    }),
    vscode.workspace.onDidOpenTextDocument(adopt),
  ];
}

/**
 * Lints every configuration of the workspace with a cancellable progress notification; the
 * findings of files that are not open fill the Problems panel.
 */
async function lintWorkspace(log: vscode.LogOutputChannel): Promise<LintWorkspaceResult | undefined> {
  const running = client;
  if (!running) return undefined;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Affinity Lint: linting the workspace', cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const listener = running.onNotification(LINT_WORKSPACE_PROGRESS_NOTIFICATION, (p: LintWorkspaceProgress) => {
        const share = p.total ? (100 * (p.done + 1)) / p.total : 100;
        progress.report({ message: `${p.name} (${p.done + 1}/${p.total})`, increment: share - reported });
        reported = share;
      });
      try {
        const result: LintWorkspaceResult = await running.sendRequest(LINT_WORKSPACE_REQUEST, {}, token);
        log.info(`workspace lint${result.cancelled ? ' (cancelled)' : ''}: ${result.configurations} configurations, ${result.files} files, ${result.problems} problems`);
        return result;
      } finally {
        listener.dispose();
      }
    },
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
