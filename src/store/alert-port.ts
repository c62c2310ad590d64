/** A saved search that alerts, as the store keeps it. */
export interface Alert {
  id: string;
  name: string;
  query: string;
  /** Where a digest of each batch's new matches is posted, or null for the feed alone. */
  webhook: string | null;
  createdAt: string;
  /** When someone last looked at the alert's matches (`seen`); null before the first look. */
  seenAt: string | null;
  /** Matches stored so far, and those since `seenAt`. */
  matches: number;
  newMatches: number;
}

/** What a new alert is made of; the id and the secret are made by the caller. */
export interface NewAlert {
  id: string;
  name: string;
  query: string;
  webhook: string | null;
  /** The HMAC key of its webhook signatures. */
  secret: string;
  createdAt: string;
}

/** What the matcher needs of an alert. */
export interface AlertDefinition {
  id: string;
  name: string;
  query: string;
  webhook: string | null;
}

/** One article an alert matched. */
export interface AlertMatch {
  alertId: string;
  documentId: string;
}

export interface AlertFeedItem {
  documentId: string;
  matchedAt: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  /** The start of the clean text. */
  lead: string;
}

/** One batch's digest for one webhook, with its delivery record. */
export interface WebhookDelivery {
  id: number;
  alertId: string;
  webhook: string;
  secret: string;
  /** The JSON body posted, fixed when the batch committed. */
  payload: string;
  attempts: number;
  nextAttemptAt: string;
  deliveredAt: string | null;
  lastError: string | null;
}

export interface DeliveryAttempt {
  id: number;
  at: string;
  /** HTTP status, or null when no answer came. */
  status: number | null;
  error: string | null;
  /** When to try again; null when delivered or given up. */
  nextAttemptAt: string | null;
  delivered: boolean;
}

/** Reads of alerts, outside any write. */
export interface AlertReads {
  list(): Promise<Alert[]>;
  get(id: string): Promise<Alert | null>;
  /** The articles matched, newest match first. */
  feed(id: string, limit: number): Promise<AlertFeedItem[]>;
  /** Deliveries due at `now` (not delivered, not given up), oldest first. */
  dueDeliveries(now: string, limit: number): Promise<WebhookDelivery[]>;
  deliveries(alertId: string, limit: number): Promise<WebhookDelivery[]>;
}

/** Writes of alerts, inside a store transaction (so matches commit with their batch). */
export interface AlertWrites {
  create(alert: NewAlert): Promise<void>;
  /** False when there was no such alert. */
  remove(id: string): Promise<boolean>;
  markSeen(id: string, at: string): Promise<boolean>;
  /** Every alert, read inside the batch's transaction: one created after the batch began waits for the next. */
  active(): Promise<AlertDefinition[]>;
  /** Stores the matches of a batch and one webhook delivery per alert that has a webhook. */
  recordMatches(matches: AlertMatch[], at: string, digests: { alertId: string; payload: string }[]): Promise<void>;
  recordAttempt(attempt: DeliveryAttempt): Promise<void>;
}
