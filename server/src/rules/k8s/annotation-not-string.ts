import type { K8sObject, ManifestModel, MMap, MPair } from '../../manifest/model';
import { mapAt, valueAt } from '../../manifest/model';
import { yamlString } from '../../manifest/edits';
import type { SourceText } from '../../text/sourceText';
import type { Fix, KindRule } from '../types';
import { isTemplated } from './objects';
import { yaml11Type } from './yaml11';

/** Workload kinds whose pod template (`spec.template`) carries annotations of its own. */
const POD_TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job']);

/** The annotation maps of an object: its own, and its pod template's for the built-in workloads. */
function annotationMaps(object: K8sObject): MMap[] {
  const maps: (MMap | undefined)[] = [mapAt(object.root, 'metadata', 'annotations')];
  const builtIn = /^(v1|apps\/v1|batch\/v1|batch\/v1beta1)$/.test(object.apiVersion);
  if (builtIn && POD_TEMPLATE_KINDS.has(object.kind)) maps.push(mapAt(object.root, 'spec', 'template', 'metadata', 'annotations'));
  if (builtIn && object.kind === 'CronJob') {
    const job = valueAt(object.root, 'spec', 'jobTemplate');
    maps.push(mapAt(job, 'metadata', 'annotations'), mapAt(job, 'spec', 'template', 'metadata', 'annotations'));
  }
  return maps.filter((m): m is MMap => m !== undefined);
}

/** Whether the scalar is written with a tag (`!!str true`), which decides its type. */
function tagged(source: SourceText, start: number): boolean {
  const line = source.text.slice(source.text.lastIndexOf('\n', start - 1) + 1, start);
  return /(^|[\s:,[{-])![^\s]*\s+(&\S+\s+)?$/.test(line);
}

type Problem = { readonly what: string; readonly quoted: string | null; readonly start: number; readonly end: number };

function problemOf(pair: MPair, source: SourceText): Problem | null {
  const value = pair.value;
  // No value, `null` or `~`: encoding/json stores an empty string for a null map value, so the object is taken.
  if (value === null || isTemplated(value, source)) return null;
  // An alias (`*name`) reads as the anchored node, which is judged where it is written.
  if (value.span.start < pair.key.span.end) return null;
  if (value.kind !== 'scalar') return { what: `is a ${value.kind === 'map' ? 'map' : 'list'}`, quoted: null, start: value.span.start, end: value.span.end };
  if (value.style !== 'plain' || tagged(source, value.span.start)) return null;
  const type = yaml11Type(value.raw);
  if (type !== 'bool' && type !== 'int' && type !== 'float') return null;
  // YAML 1.1 booleans that a YAML 1.2 reader keeps as strings (`yes`, `on`) are named as such.
  const yaml11Only = type === 'bool' && !/^(true|false)$/i.test(value.raw);
  return {
    what: `is ${type === 'bool' ? 'a boolean' : 'a number'} (\`${value.raw}\`${yaml11Only ? ', a boolean to the YAML 1.1 reader of kubectl and Helm' : ''})`,
    quoted: yamlString(value.raw, 'double'),
    start: value.span.start,
    end: value.span.end,
  };
}

/** An annotation whose value is not a string: the API server and kubectl refuse the whole object. */
export const annotationNotString: KindRule<ManifestModel> = {
  meta: {
    id: 'k8s/annotation-not-string',
    dialect: 'k8s',
    severity: 'error',
    summary: 'Annotation values must be strings: an unquoted true, yes or 8080 makes kubectl and the API server refuse the object',
    fixable: true,
  },
  checkModel(context) {
    const { source } = context;
    for (const object of context.config.objects) {
      // Kustomize reads its own files into typed structs, which turns a plain true into "true".
      if (object.apiVersion.startsWith('kustomize.config.k8s.io/')) continue;
      for (const map of annotationMaps(object)) {
        for (const pair of map.pairs) {
          const problem = problemOf(pair, source);
          if (!problem) continue;
          const key = typeof pair.key.value === 'string' ? pair.key.value : pair.key.raw;
          const fixes: Fix[] = problem.quoted
            ? [{ title: `Quote the value: ${problem.quoted}`, edits: [{ start: problem.start, end: problem.end, newText: problem.quoted }], preferred: true }]
            : [];
          context.report({
            message: `Annotation '${key}' ${problem.what}, not a string: kubectl, Helm and the API server refuse the whole ${object.kind} ("cannot unmarshal ... of type string"). ${problem.quoted ? `Quote it: ${problem.quoted}.` : 'Write the value as one quoted string (JSON text, say).'}`,
            span: { start: problem.start, end: problem.end },
            fixes,
          });
        }
      }
    }
  },
};
