#!/usr/bin/env node
import { deskMain } from '../src/cli.ts';

process.exitCode = await deskMain();
