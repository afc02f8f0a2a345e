#!/usr/bin/env node
import { scheduleMain } from '../src/cli.ts';

process.exitCode = await scheduleMain();
