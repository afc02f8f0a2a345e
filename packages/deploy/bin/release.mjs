#!/usr/bin/env node
import { releaseMain } from '../src/cli.ts';

process.exitCode = await releaseMain();
