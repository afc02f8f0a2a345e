#!/usr/bin/env node
import { codeownersMain } from '../src/cli.ts';

process.exitCode = await codeownersMain();
