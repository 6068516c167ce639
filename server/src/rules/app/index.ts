import type { AppModel } from '../../app/model';
import type { KindRule } from '../types';
import { appConnectRedisApi } from './connect-redis-api';
import { APP_COOKIE_RULES } from './cookieRules';
import { appInProcessStore } from './in-process-store';
import { appRedisNotConnected } from './redis-not-connected';

/** The rules of application session code (express-session, NestJS, @fastify/session, koa-session, connect-redis). */
export const APP_RULES: readonly KindRule<AppModel>[] = [appInProcessStore, appConnectRedisApi, appRedisNotConnected, ...APP_COOKIE_RULES];
