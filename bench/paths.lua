-- wrk script: spread requests over the paths listed in the WRK_PATHS
-- environment variable (space separated), in turn.
local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "/", "%S+") do
  table.insert(paths, path)
end
local counter = 0

request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
