import { gunzipSync, gzipSync } from 'node:zlib';
import type { NerModel } from './tagger.ts';
import { parseWordResources, serialiseWordResources } from './word-resources.ts';

/**
 * The model on disk: gzipped JSON with the feature strings joined by newlines and the weights
 * quantised to 16-bit integers (base64), so it stays small and loads in one parse.
 */

const FORMAT = 'warta-ner/1';

interface ModelFile {
  format: string;
  tags: string[];
  transitions: number[];
  scale: number;
  features: string;
  weights: string;
  resources: string;
  /** What the model was trained on, for people who read the file. */
  about: Record<string, unknown>;
}

function quantise(weights: Float32Array): { scale: number; values: Int16Array } {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest === 0 ? 1 : largest / 32767;
  return { scale, values: Int16Array.from(weights, (weight) => Math.round(weight / scale)) };
}

export function encodeModel(model: NerModel, about: Record<string, unknown> = {}): Buffer {
  const { scale, values } = quantise(model.weights);
  const file: ModelFile = {
    format: FORMAT,
    tags: model.tags,
    transitions: Array.from(model.transitions, (weight) => Math.round(weight * 1000) / 1000),
    scale,
    features: [...model.features.keys()].join('\n'),
    weights: Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64'),
    resources: serialiseWordResources(model.resources),
    about,
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

export function decodeModel(bytes: Uint8Array): NerModel {
  const file = JSON.parse(gunzipSync(bytes).toString('utf8')) as ModelFile;
  if (file.format !== FORMAT)
    throw new Error(`NER model format: expected ${FORMAT}, got ${String(file.format)}`);
  const raw = Buffer.from(file.weights, 'base64');
  const values = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const featureNames = file.features === '' ? [] : file.features.split('\n');
  if (values.length !== featureNames.length * file.tags.length) {
    throw new Error(
      `NER model: ${values.length} weights for ${featureNames.length} features × ${file.tags.length} tags`,
    );
  }
  const features = new Map<string, number>();
  for (let row = 0; row < featureNames.length; row++) features.set(featureNames[row]!, row);
  const weights = new Float32Array(values.length);
  for (let cell = 0; cell < values.length; cell++) weights[cell] = values[cell]! * file.scale;
  return {
    tags: file.tags,
    features,
    weights,
    transitions: Float32Array.from(file.transitions),
    resources: parseWordResources(file.resources),
  };
}
