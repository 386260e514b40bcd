// Evaluated immediately before the bundle under test (see end.js and scripts/bench.mjs).
performance.mark('bench:eval-start');
