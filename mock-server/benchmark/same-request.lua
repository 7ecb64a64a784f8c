-- wrk script: POSTs the same GraphQL request every time.
-- The body is read from the file named by BENCH_BODY_FILE (written by run.sh); the value of
-- BENCH_AUTHORIZATION, when set, is sent as the Authorization header.
local path = assert(os.getenv("BENCH_BODY_FILE"), "set BENCH_BODY_FILE")
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
local authorization = os.getenv("BENCH_AUTHORIZATION")
if authorization and authorization ~= "" then
  wrk.headers["Authorization"] = authorization
end
file:close()
