#!/usr/bin/env node
import { siteNewMain } from '../src/cli.ts';

process.exitCode = await siteNewMain();
