-- wrk script: POSTs the benchmark query with a new account number on every request, so no two
-- requests of a run are the same. The body template, read from BENCH_TEMPLATE_FILE, holds
-- __ACCOUNT_NUMBER__ where the number goes. The script argument (after "--") is the first number,
-- so that a warm-up and the measured run that follows it use different numbers; each wrk thread
-- counts in its own range of 2^24. The value of BENCH_AUTHORIZATION, when set, is sent as the
-- Authorization header.
local path = assert(os.getenv("BENCH_TEMPLATE_FILE"), "set BENCH_TEMPLATE_FILE")
local file = assert(io.open(path, "rb"))
local template = file:read("*a")
file:close()
local marker = "__ACCOUNT_NUMBER__"
local at = assert(template:find(marker, 1, true), "no " .. marker .. " in the template")
local prefix = template:sub(1, at - 1)
local suffix = template:sub(at + #marker)
local headers = { ["Content-Type"] = "application/json" }
local authorization = os.getenv("BENCH_AUTHORIZATION")
if authorization and authorization ~= "" then
  headers["Authorization"] = authorization
end

local threads = 0
function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

local counter
function init(args)
  local first = tonumber(args[1] or "0")
  counter = first + (index or 0) * 16777216
end

function request()
  counter = counter + 1
  return wrk.format("POST", nil, headers, prefix .. string.format("A-%08X", counter) .. suffix)
end
