import type { AppModel } from '../../app/model';
import type { KindRule } from '../types';

/** The rules of application session code (express-session, NestJS, @fastify/session, koa-session, connect-redis). */
export const APP_RULES: readonly KindRule<AppModel>[] = [];
