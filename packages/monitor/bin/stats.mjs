#!/usr/bin/env node
import { main } from '../src/stats-cli.ts';

process.exitCode = await main();
