import DataLoader from 'dataloader';
import pLimit from 'p-limit';
import { awsErrorToGraphQL, type AwsCall } from '../errors.js';

export interface AwsLoaderSpec<K, V> {
  /** Loader name, for tracing. */
  name: string;
  /** Which AWS call one key costs; used to label its errors. */
  call: (key: K) => AwsCall;
  /** Distinct string for each distinct result: every input that changes the answer (region and account included). */
  cacheKey: (key: K) => string;
  /** One AWS call for one key, mapped to the GraphQL shape. */
  load: (key: K) => Promise<V>;
  /** AWS calls in flight at once for one batch. */
  concurrency: number;
}

/**
 * A per-request DataLoader over an AWS "get one" operation. The APIs have no batch form, so a batch of N distinct
 * keys is N calls run concurrently (at most `concurrency` at a time); duplicate keys in one request cost one call.
 * Results come back in key order; a failing key gets its own error (following the error contract) in its slot and
 * fails only the fields that asked for it.
 */
export function createAwsLoader<K, V>(spec: AwsLoaderSpec<K, V>): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const one = (key: K): Promise<V | Error> => spec.load(key).catch((error: unknown) => awsErrorToGraphQL(error, spec.call(key)));
      // A batch within the bound needs no queue (the common case: one key per request).
      if (keys.length <= spec.concurrency) return Promise.all(keys.map(one));
      const limit = pLimit(spec.concurrency);
      return Promise.all(keys.map((key) => limit(() => one(key))));
    },
    { cacheKeyFn: spec.cacheKey, name: spec.name },
  );
}

/**
 * `pick` applied to a value that may still be loading: synchronous when the value is already there (an object read
 * in full), so such a field resolves without a promise and graphql-js completes the object synchronously.
 */
export function whenLoaded<T, R>(value: T | Promise<T>, pick: (loaded: T) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(pick) : pick(value);
}
