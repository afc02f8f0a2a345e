#!/usr/bin/env node
import { verifyMain } from '../src/cli.ts';

process.exitCode = await verifyMain();
