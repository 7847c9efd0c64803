-- POSTs a new member on every request, each with a name of its own (thread number and counter),
-- to the path given on wrk's command line; the bearer token comes with -H.
local threads = 0

setup = function(thread)
  threads = threads + 1
  thread:set("number", threads)
end

local counter = 0

init = function(args)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  counter = counter + 1
  local body = string.format('{"name":"Bench member %d-%d","institution":"Bench institution",' ..
    '"position":"Member","email":"bench@example.org","joinedOn":"2024-01-01"}', number, counter)
  return wrk.format(nil, nil, nil, body)
end
