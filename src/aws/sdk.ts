/**
 * The AWS SDK service packages, each loaded on first use. A service package is large (QuickSight's client alone adds
 * about 37 MiB of RSS and 300 ms of start-up): a gateway whose callers only read Q Business never loads the other two.
 * The first call to a service waits for its package once; later calls get the loaded module at once.
 */
type Loader<M> = () => Promise<M>;

function once<M>(load: () => Promise<M>): Loader<M> {
  let module: Promise<M> | undefined;
  return () => (module ??= load());
}

export const loadSdk = {
  qbusiness: once(() => import('@aws-sdk/client-qbusiness')),
  quicksight: once(() => import('@aws-sdk/client-quicksight')),
  securityhub: once(() => import('@aws-sdk/client-securityhub')),
} as const;
