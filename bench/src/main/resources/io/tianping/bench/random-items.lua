-- GETs /01/{gtin}/21/S{n} as JSON for random n below the item count, each thread with its own seed.
-- wrk ... <base url> -- <gtin> <items>
local threads = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  gtin = args[1]
  items = tonumber(args[2])
  math.randomseed(os.time() * 1000 + id * 7919)
  headers = { ["Accept"] = "application/json" }
end

function request()
  return wrk.format("GET", "/01/" .. gtin .. "/21/S" .. math.random(0, items - 1), headers)
end
