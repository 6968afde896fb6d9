-- wrk script: POSTs one GraphQL request (the JSON body in the file KG_BODY_FILE) and names the scenario in a header
-- (the baseline server answers by it; the real service ignores it). Prints one machine-readable line at the end.
local file = assert(io.open(os.getenv("KG_BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.headers["X-KG-Scenario"] = os.getenv("KG_SCENARIO")

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  -- KG_RESULT requests/s  p50(us)  p99(us)  requests  non-2xx  socket-errors
  io.write(string.format("KG_RESULT %.1f %d %d %d %d %d\n", summary.requests / seconds,
    latency:percentile(50), latency:percentile(99), summary.requests, summary.errors.status, errors))
end
