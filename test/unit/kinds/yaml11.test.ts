import * as assert from 'assert';
import { yaml11Type, type Yaml11Type } from '../../../server/src/rules/k8s/yaml11';

/** Plain scalars as go-yaml v2 (the YAML 1.1 reader behind kubectl and Helm) types them, from its resolve table. */
const CASES: readonly (readonly [string, Yaml11Type])[] = [
  ['true', 'bool'], ['False', 'bool'], ['yes', 'bool'], ['Y', 'bool'], ['n', 'bool'], ['NO', 'bool'], ['on', 'bool'], ['Off', 'bool'],
  ['null', 'null'], ['~', 'null'], ['', 'null'],
  ['0', 'int'], ['8080', 'int'], ['-1', 'int'], ['017', 'int'], ['0o17', 'int'], ['0x1F', 'int'], ['+0x1F', 'int'], ['0b101', 'int'], ['1_000', 'int'],
  ['1.5', 'float'], ['-.5', 'float'], ['.5', 'float'], ['08', 'float'], ['1e+5', 'float'], ['.inf', 'float'], ['-.Inf', 'float'], ['.NaN', 'float'],
  // Strings to go-yaml, though other readers may differ: an exponent without a sign, dates (timestamps are handed back as written).
  ['1e5', 'string'], ['2024-01-02', 'string'], ['1.2.3', 'string'], ['0o', 'string'], ['-', 'string'], ['v1', 'string'], ['3600s', 'string'], ['cookie', 'string'], ['TRUE1', 'string'],
];

describe('yaml11Type: plain scalars typed as kubectl reads them', () => {
  for (const [raw, type] of CASES) it(`${JSON.stringify(raw)} is ${type}`, () => assert.strictEqual(yaml11Type(raw), type));
});
