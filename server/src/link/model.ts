import type { Span } from '../text/span';

/**
 * What links the two halves of a workspace: the groups a load balancer spreads requests over
 * (NGINX upstreams, HAProxy backends), the applications behind them and where each keeps its
 * sessions. Every association carries the reason it was made, for messages to show.
 */

/** A server of a group: where requests go. */
export interface GroupServer {
  /** The host as written (`web`, `10.0.0.1`, `app.internal`); null for a unix socket. */
  readonly host: string | null;
  readonly port: number | null;
  /** How many servers the line declares (a `server-template` declares several). */
  readonly count: number;
}

/** An NGINX upstream or a HAProxy backend (or listen section) with its servers and its affinity. */
export interface BalancedGroup {
  readonly dialect: 'nginx' | 'haproxy';
  /** `upstream` or `backend` (a HAProxy `listen` section reads as a backend). */
  readonly kind: 'upstream' | 'backend';
  readonly name: string;
  readonly file: string;
  /** The group's header (`upstream shop`, `backend web`) in its file. */
  readonly span: Span;
  /** The whole group: its block or section. */
  readonly extent: Span;
  readonly servers: readonly GroupServer[];
  /** The affinity it is configured with, as written (`ip_hash`, `balance source`, `cookie SRV insert`), or null. */
  readonly affinity: string | null;
}

/** Where an application keeps its sessions, as its session middleware set-up says. */
export type SessionStoreKind = 'memory' | 'shared' | 'unknown';

export interface AppSessions {
  /** The file with the session middleware set-up. */
  readonly file: string;
  /** The application's folder: the one of its nearest package.json (the file's own folder without one). */
  readonly folder: string;
  readonly store: SessionStoreKind;
  /** The store as the code names it: `MemoryStore (express-session's default)`, `connect-redis`, ... */
  readonly storeLabel: string;
  /** The set-up call (`session({...})`) in its file. */
  readonly span: Span;
}

/** A compose service: its name (a host name on the compose network) and the folder it is built from. */
export interface ComposeServiceRef {
  readonly name: string;
  readonly file: string;
  /** Absolute folder of `build` / `build.context`, null for a service from an image only. */
  readonly buildContext: string | null;
  /** Other names it answers to on the network: `hostname`, `container_name`, network aliases. */
  readonly aliases: readonly string[];
  /** How many containers run it (`deploy.replicas`, the older `scale`): one name, that many servers. */
  readonly replicas: number;
}

/** `.affinity-lint.json` `apps`: an application folder and the groups in front of it, by name. */
export interface AppMapping {
  /** Absolute folder of the application. */
  readonly folder: string;
  readonly groups: readonly string[];
  /** The settings file that says so, for messages. */
  readonly declaredIn: string;
}

/** An association of a group and an application, with the reason in words. */
export interface GroupAppLink {
  readonly group: BalancedGroup;
  readonly app: AppSessions;
  /** e.g. `server web:3000 is compose service 'web' (compose.yaml), built from ./app`. */
  readonly reason: string;
  /**
   * How many servers the group spreads requests over, counting each server line that names a compose
   * service as that service's replicas (the name resolves to every container).
   */
  readonly servers: number;
}
