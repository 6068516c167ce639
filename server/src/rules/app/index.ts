import type { AppModel } from '../../app/model';
import type { KindRule } from '../types';
import { APP_COOKIE_RULES } from './cookieRules';

/** The rules of application session code (express-session, NestJS, @fastify/session, koa-session, connect-redis). */
export const APP_RULES: readonly KindRule<AppModel>[] = [...APP_COOKIE_RULES];
