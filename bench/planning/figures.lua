-- Prints wrk's figures on one machine-readable line, read by bench/planning/run.sh:
-- FIGURES requests/s mean_ms p50_ms p95_ms p99_ms non-2xx/3xx other_errors requests
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("FIGURES %.1f %.2f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1000000),
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
