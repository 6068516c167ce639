import * as assert from 'assert';
import { normalizeSettings } from '../../../server/src/engine/settings';
import { lintKind } from '../../../server/src/kinds/kindLinter';
import { MANIFEST_KIND } from '../../../server/src/manifest/kind';

/**
 * A document written by a Helm template is read as one rendering: its findings stay, but no fix
 * edits it (an edit would land between template actions: inside an {{ if }} branch, say, which the
 * corpus's templated DestinationRule showed). A plain document of the same file keeps its fixes.
 */
describe('fixes never edit a templated document', () => {
  const text = [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: {{ .Values.name }}',
    '  annotations:',
    '    example.com/flag: true',
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: plain',
    '  annotations:',
    '    example.com/flag: true',
    '',
  ].join('\n');

  it('the finding in the template has no fix; the same finding in the plain document has its fix', async () => {
    const result = await lintKind(MANIFEST_KIND, '/chart/templates/service.yaml', text, normalizeSettings({}).settings);
    const notString = result.findings.filter((f) => f.ruleId === 'k8s/annotation-not-string');
    assert.deepStrictEqual(
      notString.map((f) => [result.source.positionAt(f.span.start).line + 1, f.fixes.length]),
      [
        [6, 0],
        [13, 1],
      ],
    );
  });
});
