-- wrk script: send the signed webhook posts listed in a file (form body, tab, signature),
-- each thread its own share, so no MessageSid is sent twice while the file lasts.
local threads, requests, i = 0, {}, 0

function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end

function init(args)
  local n = 0
  for line in io.lines(args[1]) do
    if n % 2 == id then
      local body, signature = line:match("^([^\t]*)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", nil,
        {["Content-Type"] = "application/x-www-form-urlencoded", ["X-Twilio-Signature"] = signature}, body)
    end
    n = n + 1
  end
end

function request()
  i = i + 1
  return requests[(i - 1) % #requests + 1]
end
