// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// Times Readability.js + jsdom on every *.html / *.html.gz page under a
// directory: node readability_time.js CORPUS_DIR (run by
// bench/compare-readability, which installs the packages). Only parsing and
// extraction are timed (files are read first). Prints one JSON line.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

function listPages(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listPages(p));
    else if (/\.(html?|html\.gz)$/.test(entry.name)) out.push(p);
  }
  return out.sort();
}

const pages = listPages(process.argv[2]).map((p) => {
  const raw = fs.readFileSync(p);
  return p.endsWith('.gz') ? zlib.gunzipSync(raw) : raw;
});
// jsdom decodes bytes itself (BOM, <meta charset>), as a browser would.
const virtualConsole = new VirtualConsole();  // silence CSS/script errors
let peakRss = process.memoryUsage().rss;
let articles = 0;
const ms = [];
const start = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
for (const html of pages) {
  const t0 = process.hrtime.bigint();
  try {
    const dom = new JSDOM(html, { url: 'https://example.com/', virtualConsole });
    const article = new Readability(dom.window.document).parse();
    if (article && article.textContent) ++articles;
    dom.window.close();
  } catch (e) {
    // A page Readability cannot handle still costs its time.
  }
  ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
ms.sort((a, b) => a - b);
console.log(JSON.stringify({
  pages: pages.length, seconds, cpu_seconds: cpuSeconds,
  pages_per_second: pages.length / seconds,
  mean_ms: (seconds * 1000) / pages.length, p50_ms: ms[Math.floor(ms.length / 2)],
  p95_ms: ms[Math.floor(ms.length * 0.95)], articles,
  peak_rss_mb: peakRss / 1048576,
}));
