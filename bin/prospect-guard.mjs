#!/usr/bin/env node
// `npx prospect-guard team <command>` from a checkout: loads the TypeScript CLI through tsx (a
// devDependency), so there is no separate build step. Node 20 or later.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/team-cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
