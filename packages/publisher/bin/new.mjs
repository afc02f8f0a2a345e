#!/usr/bin/env node
import { newMain } from '../src/cli.ts';

process.exitCode = await newMain();
