#!/usr/bin/env node
// The `postcheck` command. The engine is TypeScript; tsx (a runtime
// dependency) compiles it on the fly so `npx postcheck` works straight after
// `npm ci`, with no build step and the very same rule files as the extension.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../scripts/cli.ts', import.meta.url).href);
process.exitCode = await main(process.argv.slice(2));
