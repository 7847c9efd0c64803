-- PUT …/plans/VAR/quarters/{q}/activities/{id}: each wrk thread takes its own share of VAR's activities
-- and cycles through them; the k-th visit of an activity sends If-Match "k" (the benchmark resets the
-- progress versions of the quarter to 1 before each wrk run), so with as many activities per thread as
-- there are (300 / 2 threads = 150 » 16 connections per thread) the previous update of an activity has
-- long been answered when it comes round again. bench/planning/run.sh prepends `activities` (ids and
-- indicator ids) and `path` (the URL up to the activity id), and passes the number of wrk threads
-- after `--` (wrk calls setup and init thread by thread, so no thread can count the others).
local threads = 0

setup = function(thread)
  thread:set("number", threads)
  threads = threads + 1
end

local mine = {}
local counter = 0

init = function(args)
  local of = tonumber(args[1] or "1")
  wrk.method = "PUT"
  wrk.headers["Content-Type"] = "application/json"
  for index, activity in ipairs(activities) do
    if (index - 1) % of == number then
      table.insert(mine, activity)
    end
  end
end

request = function()
  local activity = mine[counter % #mine + 1]
  local round = math.floor(counter / #mine)
  counter = counter + 1
  local values = {}
  for k, id in ipairs(activity.indicators) do
    values[k] = string.format('{"indicatorId":"%s","value":%d}', id, round + k)
  end
  wrk.headers["If-Match"] = string.format('"%d"', round + 1)
  local body = string.format('{"status":"IN_PROGRESS","narrative":"Bench progress, round %d","peopleReached":%d,' ..
    '"evidence":[],"indicatorValues":[%s]}', round, round, table.concat(values, ","))
  return wrk.format(nil, path .. activity.id, nil, body)
end
