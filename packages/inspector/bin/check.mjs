#!/usr/bin/env node
// Inspects the content library and the built sites (see packages/inspector/src/cli.ts).
import { main } from '../src/cli.ts';

process.exitCode = await main();
