// "Affinity Lint: Lint Workspace Configurations" (affinityLint.lintWorkspace): every configuration of
// the workspace is linted, and the findings of files that no editor shows fill the Problems panel.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { codeOf, codes, EXTENSION_ID, waitForDiagnostics, workspaceRoot } from './helpers';

interface LintWorkspaceResult {
  configurations: number;
  files: number;
  problems: number;
  cancelled: boolean;
}

const isOpen = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());

describe('the lintWorkspace command', function () {
  it('publishes the findings of files that are not open, each configuration read as a whole', async function () {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    const file = (relative: string): vscode.Uri => vscode.Uri.file(path.join(workspaceRoot(), relative));
    const api = file('haproxy-folder/20-api.cfg');
    const site = file('nginx-debian/sites-enabled/shop.conf');
    for (const uri of [api, site]) {
      assert.ok(!isOpen(uri), `${uri.fsPath} is not open`);
      assert.deepStrictEqual(codes(uri), [], `no diagnostics on ${uri.fsPath} before the command`);
    }

    const result = await vscode.commands.executeCommand<LintWorkspaceResult>('affinityLint.lintWorkspace');
    assert.ok(result, 'the command answers');
    assert.strictEqual(result.cancelled, false);
    // The copy of examples/ holds nginx/, nginx-debian/, haproxy/, haproxy-folder/ and compose-shop/'s nginx.conf; project/ an nginx/ of its own.
    assert.strictEqual(result.configurations, 6);

    const diagnostics = await waitForDiagnostics(api, (d) => d.some((x) => codeOf(x) === 'haproxy/balance-source'), 'haproxy/balance-source on the unopened 20-api.cfg');
    const balance = diagnostics.find((d) => codeOf(d) === 'haproxy/balance-source')!;
    const line = fs.readFileSync(api.fsPath, 'utf8').split('\n').findIndex((l) => l.includes('balance source'));
    assert.strictEqual(balance.range.start.line, line);
    assert.ok(!isOpen(api), 'linting the workspace opens no document');
    // The Debian layout is clean as a whole: its site file gets no finding.
    assert.deepStrictEqual(codes(site), []);
  });
});
