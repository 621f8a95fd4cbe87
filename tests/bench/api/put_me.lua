-- wrk script: PUT /api/me as the signed-in demo user, a different address
-- each time. COOKIE and CSRF come from the environment (scripts/bench-api.sh).
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["X-CSRF-Token"] = os.getenv("CSRF")
local n = 0
request = function()
  n = n + 1
  local body = '{"full_name":"Петренко Петро Петрович","region":"Київська область","address":"Київ, вул. Хрещатик, ' .. n .. '","postal_code":"01001","phone":"+380442535485"}'
  return wrk.format(nil, nil, nil, body)
end
