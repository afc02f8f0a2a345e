#!/usr/bin/env node
import { signMain } from '../src/cli.ts';

process.exitCode = await signMain();
