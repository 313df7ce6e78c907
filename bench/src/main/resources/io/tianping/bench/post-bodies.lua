-- POSTs the request bodies of a file (one JSON body per line) in turn, each thread starting at its own place.
-- wrk ... <url> -- <bodies file> <api key>
local threads = 0
local requests = {}
local next_request = 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  local headers = { ["Content-Type"] = "application/json", ["X-Api-Key"] = args[2] }
  for line in io.lines(args[1]) do
    requests[#requests + 1] = wrk.format("POST", nil, headers, line)
  end
  next_request = (id * 7919) % #requests
end

function request()
  next_request = next_request % #requests + 1
  return requests[next_request]
end
