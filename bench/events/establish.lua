-- POSTs a new commission on every request (each publishes CommissionEstablished), with a code of its own:
-- three letters from the thread number, a counter and CODE_OFFSET (so that warm-up and measurement differ).
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("number", threads)
end

local counter = 0
local offset = tonumber(os.getenv("CODE_OFFSET") or "0")

init = function(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

local function code(n)
  n = n % 17576
  local a = string.char(65 + math.floor(n / 676) % 26)
  local b = string.char(65 + math.floor(n / 26) % 26)
  local c = string.char(65 + n % 26)
  return a .. b .. c
end

request = function()
  counter = counter + 1
  local body = string.format('{"code":"%s","nameBg":"МКБТХ Бенч","nameEn":"LCCTHB Bench","city":"Bench",' ..
    '"region":"Bench Province","establishedOn":"2010-03-01",' ..
    '"foundingAct":{"issuer":"Mayor of Bench","number":"B-1","date":"2010-02-15"},' ..
    '"chair":{"title":"Deputy Mayor","institution":"Municipality of Bench"},' ..
    '"secretary":{"name":"Secretary of LCCTHB Bench","email":"secretary@lccthb.example.org","phone":"+359 2 000 000"}}',
    code(offset + (number - 1) * 4000 + counter))
  return wrk.format(nil, nil, nil, body)
end

-- PACE_MS (when set): each connection waits that long after an answer before its next request, so that 32
-- connections write at a steady rate below what the machine can take (latency is then the system's, not a queue's).
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  delay = function()
    return pace
  end
end
