import modelFile from './link-model.json' with { type: 'json' };

/** The similarity features of a document (or event) against a candidate event, each in [0, 1]. */
export interface PairFeatures {
  /** TF-IDF cosine of the stemmed terms against the event centroid. */
  body: number;
  /** TF-IDF cosine of the title terms against the terms of the event's titles. */
  title: number;
  /** IDF-weighted cosine of entity saliences. */
  entities: number;
  /** TF-IDF cosine with the closest member document found by the index. */
  bestMember: number;
  /** Days between the dates as log(1 + days) / log(1 + 365), capped at 1; 0 when a date is missing. */
  timeGap: number;
  /** 1 when either side has no date. */
  undated: number;
}

export const FEATURE_NAMES = ['body', 'title', 'entities', 'bestMember', 'timeGap', 'undated'] as const;

/** Logistic regression over `PairFeatures`: weights learned on labelled pairs (bench/cluster-train.ts). */
export interface LinkModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** A document joins its best candidate event when the probability reaches this. */
  threshold: number;
  /** Two events merge in the final pass when their probability reaches this. */
  mergeThreshold: number;
  /** Where the weights came from, for people who doubt them. */
  provenance?: Record<string, unknown>;
}

export function featureVector(features: PairFeatures): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}

export function linkProbability(model: LinkModel, features: PairFeatures): number {
  const values = featureVector(features);
  let z = model.bias;
  for (let index = 0; index < values.length; index++) z += (model.weights[index] ?? 0) * values[index]!;
  return 1 / (1 + Math.exp(-z));
}

function checkModel(model: LinkModel): LinkModel {
  const expected = FEATURE_NAMES.join(',');
  if (model.features.join(',') !== expected || model.weights.length !== FEATURE_NAMES.length) {
    throw new Error(`link model features must be [${expected}], got [${model.features.join(',')}]`);
  }
  return model;
}

/** The weights committed in link-model.json. */
export const DEFAULT_LINK_MODEL: LinkModel = checkModel(modelFile as LinkModel);

export function timeGapFeature(days: number | null): number {
  if (days === null) return 0;
  return Math.min(1, Math.log1p(days) / Math.log1p(365));
}
