import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { Explorer } from './explorer.js';

/** What a browser gets at GET /graphql: Apollo Sandbox (from Apollo's CDN), GraphiQL (offline) or nothing. */
export const LANDING_PAGES = ['sandbox', 'graphiql', 'off'] as const;
export type LandingPage = (typeof LANDING_PAGES)[number];

export interface LandingPageOptions {
  landingPage: LandingPage;
  production: boolean;
  /** Apollo Sandbox's own telemetry (the embedded Sandbox reports usage to Apollo); off unless asked for. */
  sandboxTelemetry: boolean;
  /** The GraphiQL page, for `graphiql`. */
  explorer: Explorer;
}

/** The Apollo Server plugin that renders the chosen landing page. */
export function landingPagePlugin<TContext extends BaseContext>(options: LandingPageOptions): ApolloServerPlugin<TContext> {
  switch (options.landingPage) {
    case 'off':
      return ApolloServerPluginLandingPageDisabled();
    case 'graphiql':
      return {
        async serverWillStart() {
          return {
            async renderLandingPage() {
              return { html: options.explorer.html };
            },
          };
        },
      };
    case 'sandbox':
      return options.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ embed: { runTelemetry: options.sandboxTelemetry } });
  }
}
