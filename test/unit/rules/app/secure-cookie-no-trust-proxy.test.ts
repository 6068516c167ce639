import { APP_KIND } from '../../../../server/src/app/kind';
import { appSecureCookieNoTrustProxy } from '../../../../server/src/rules/app/secure-cookie-no-trust-proxy';
import { kindRuleTester } from '../../../helpers/kindRuleTester';

const HEAD = "const express = require('express');\nconst session = require('express-session');\n\nconst app = express();\n";
const use = (options: string): string => `${HEAD}app.use(session(${options}));\n`;

kindRuleTester(APP_KIND, appSecureCookieNoTrustProxy, {
  valid: [
    { name: 'secure: true with trust proxy (the README form)', code: `${HEAD}app.set('trust proxy', 1);\napp.use(session({ secret: process.env.S, cookie: { secure: true } }));\n` },
    { name: "secure: 'auto' with app.enable('trust proxy')", code: `${HEAD}app.enable('trust proxy');\napp.use(session({ secret: process.env.S, cookie: { secure: 'auto' } }));\n` },
    { name: 'trust proxy given as a subnet list', code: `${HEAD}app.set('trust proxy', 'loopback, 10.0.0.0/8');\napp.use(session({ secret: process.env.S, cookie: { secure: true } }));\n` },
    { name: 'the session option proxy: true', code: use('{ secret: process.env.S, proxy: true, cookie: { secure: true } }') },
    { name: 'no secure cookie (app/cookie-no-secure says so)', code: use('{ secret: process.env.S, cookie: { maxAge: 1000 } }') },
    { name: 'secure decided by an expression', code: use("{ secret: process.env.S, cookie: { secure: process.env.NODE_ENV === 'production' } }") },
    {
      name: 'the README pattern: secure and trust proxy set together in production',
      code: `${HEAD}const sess = { secret: process.env.S, cookie: {} };\nif (app.get('env') === 'production') {\n  app.set('trust proxy', 1);\n  sess.cookie.secure = true;\n}\napp.use(session(sess));\n`,
    },
    { name: 'the process serves HTTPS itself', code: `const https = require('node:https');\n${use('{ secret: process.env.S, cookie: { secure: true } }')}https.createServer({}, app).listen(443);\n` },
  ],
  invalid: [
    {
      name: 'secure: true and nothing trusts the proxy: the trust-proxy line goes before app.use',
      code: use('{ secret: process.env.S, cookie: { secure: true } }'),
      errors: [{ line: 5, column: 60, message: /^`secure: true` with neither `trust proxy` nor `proxy: true` in this file: .* sends no session cookie at all/ }],
      output: `${HEAD}app.set('trust proxy', 1); // TLS ends at the load balancer: trust its X-Forwarded-Proto\napp.use(session({ secret: process.env.S, cookie: { secure: true } }));\n`,
      suggestions: [{ title: /proxy: true/, output: use('{ secret: process.env.S, cookie: { secure: true }, proxy: true }') }],
    },
    {
      name: 'a file written without semicolons gets the line without one',
      code: "var express = require('express')\nvar session = require('express-session')\nvar app = express()\napp.use(session({ secret: process.env.S, cookie: { secure: true } }))\n",
      errors: [{ line: 4 }],
      output: "var express = require('express')\nvar session = require('express-session')\nvar app = express()\napp.set('trust proxy', 1) // TLS ends at the load balancer: trust its X-Forwarded-Proto\napp.use(session({ secret: process.env.S, cookie: { secure: true } }))\n",
    },
    {
      name: "secure: 'auto' sends a cookie without Secure",
      code: use("{ secret: process.env.S, cookie: { secure: 'auto' } }"),
      errors: [{ line: 5, message: /^`secure: 'auto'` .* without the Secure attribute/ }],
      output: `${HEAD}app.set('trust proxy', 1); // TLS ends at the load balancer: trust its X-Forwarded-Proto\napp.use(session({ secret: process.env.S, cookie: { secure: 'auto' } }));\n`,
    },
    {
      name: "trust proxy set to false: the value becomes 1",
      code: `${HEAD}app.set("trust proxy", false);\napp.use(session({ secret: process.env.S, cookie: { secure: true } }));\n`,
      errors: [{ line: 6 }],
      output: `${HEAD}app.set("trust proxy", 1);\napp.use(session({ secret: process.env.S, cookie: { secure: true } }));\n`,
    },
    {
      name: 'proxy: false in the session options wins over trust proxy: it becomes true',
      code: use('{ secret: process.env.S, proxy: false, cookie: { secure: true } }'),
      errors: [{ line: 5 }],
      output: use('{ secret: process.env.S, proxy: true, cookie: { secure: true } }'),
    },
    {
      name: 'NestJS (INestApplication has no set): proxy: true, on a line of its own',
      file: 'main.ts',
      code: "import { NestFactory } from '@nestjs/core';\nimport session from 'express-session';\nimport { AppModule } from './app.module';\n\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.use(\n    session({\n      secret: process.env.SESSION_SECRET,\n      cookie: {\n        secure: true, // behind the ALB\n      },\n    }),\n  );\n  await app.listen(3000);\n}\nbootstrap();\n",
      errors: [{ line: 11 }],
      output: "import { NestFactory } from '@nestjs/core';\nimport session from 'express-session';\nimport { AppModule } from './app.module';\n\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.use(\n    session({\n      secret: process.env.SESSION_SECRET,\n      cookie: {\n        secure: true, // behind the ALB\n      },\n      proxy: true,\n    }),\n  );\n  await app.listen(3000);\n}\nbootstrap();\n",
    },
    {
      name: 'secure set by an assignment, with no trust proxy anywhere',
      code: `${HEAD}const sess = { secret: process.env.S, cookie: {} };\nsess.cookie.secure = true;\napp.use(session(sess));\n`,
      errors: [{ line: 6 }],
      output: `${HEAD}const sess = { secret: process.env.S, cookie: {} };\nsess.cookie.secure = true;\napp.set('trust proxy', 1); // TLS ends at the load balancer: trust its X-Forwarded-Proto\napp.use(session(sess));\n`,
    },
  ],
}, { defaultFile: 'app.js' });
