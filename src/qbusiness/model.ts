import type { Plugin } from '../__generated__/resolvers-types.js';

/** Plugin fields computed by resolvers from the AWS fields (the Integration view); never stored in a parent. */
type ComputedField = 'id' | 'arn' | 'name' | 'awsService' | 'provider' | 'authKind' | 'normalizedStatus';

/** A plugin as GetPlugin returns it. */
export type PluginDetail = Omit<Plugin, ComputedField>;

/** Fields GetPlugin has and the ListPlugins summary lacks: resolved through the GetPlugin loader when selected. */
export type PluginDetailOnlyField = 'authConfiguration' | 'customPluginConfiguration' | 'pluginArn';

/** The parent of every Plugin field (the codegen mapper): read in full, or from a list summary; with its region. */
export type PluginModel =
  | (PluginDetail & { source: 'GetPlugin'; region: string })
  | (Omit<PluginDetail, PluginDetailOnlyField> & { source: 'ListPlugins'; region: string });

export type FullPlugin = Extract<PluginModel, { source: 'GetPlugin' }>;
