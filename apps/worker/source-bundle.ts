import type { BundleOptions } from '@temporalio/worker';

/**
 * Bundling the workflows from their TypeScript sources (tests do): the project's `#…` aliases then
 * resolve to the sources as well (package.json `imports`, condition `frontier-source`), never to dist/.
 */
export function sourceBundleOptions(workflowsPath: string): Pick<BundleOptions, 'webpackConfigHook'> {
  if (!workflowsPath.endsWith('.ts')) {
    return {};
  }
  return { webpackConfigHook: (config) => ({ ...config, resolve: { ...config.resolve, conditionNames: ['frontier-source', '...'] } }) };
}
