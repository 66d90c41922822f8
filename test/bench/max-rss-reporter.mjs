// Loaded with `node --import` into a measured process: reports its peak memory on exit.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nmax-rss-kb=${process.resourceUsage().maxRSS}\n`));
