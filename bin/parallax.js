#!/usr/bin/env node
// The command line runs the TypeScript sources through tsx, so it shares every line of
// import and storage code with the server.
import { register } from 'tsx/esm/api';
import { fileURLToPath } from 'node:url';

process.env.TZ ??= 'UTC';
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/lib/server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
