import { writeFileSync } from 'node:fs';

// Preloaded with `node --import` when /usr/bin/time is missing: at exit, the process
// writes its peak resident set size (KB, every thread included) to AMZ_BENCH_RSS_FILE.
const file = process.env.AMZ_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
