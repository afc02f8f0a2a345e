#!/usr/bin/env node
// Checks the content library and writes each site's bundle (see packages/content/src/cli.ts).
import { main } from '../src/cli.ts';

process.exitCode = main();
