-- Anonymous GETs without cookies over many different addresses: the pages kept for everyone, searches with words
-- no one asked before (each a new page to keep), pages of lists and the Open Referral API. wrk runs it
-- (benchmark/soak/run.sh).
local paths = {
  "/", "/neighbourhoods/kingsmead", "/forums/kingsmead-general", "/forums/search?q=bus", "/asset-map",
  "/asset-map?postcode=KM2+4AB", "/accessibility"
}
local counter = 0

request = function()
  counter = counter + 1
  local kind = counter % 10
  local path
  if kind < 6 then
    path = paths[(counter % #paths) + 1]
  elseif kind == 6 then
    path = "/asset-map?q=w" .. counter
  elseif kind == 7 then
    path = "/forums/search?q=b" .. counter
  elseif kind == 8 then
    path = "/openreferral/services?per_page=10&page=" .. (counter % 7 + 1)
  else
    path = "/forums/kingsmead-general?page=" .. (counter % 2 + 1)
  end
  return wrk.format("GET", path)
end
