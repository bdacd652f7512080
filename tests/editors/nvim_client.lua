-- Headless Neovim (0.7+) with its built-in LSP client against `goleaklint lsp`: open a file of the
-- demo module, wait for diagnostics, apply the first quick fix, wait for the new diagnostics, and
-- write what was seen to $GOLEAKLINT_NVIM_OUT (checked by tests/editors/run.sh).
local binary = os.getenv("GOLEAKLINT_BINARY")
local demo = os.getenv("GOLEAKLINT_DEMO")
local out = assert(io.open(os.getenv("GOLEAKLINT_NVIM_OUT"), "w"))
local function say(line) out:write(line .. "\n"); out:flush() end

vim.cmd("edit " .. demo .. "/internal/store/store.go")
local buffer = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({ name = "goleaklint", cmd = { binary, "lsp" }, root_dir = demo })
vim.lsp.buf_attach_client(buffer, client)

local function codes()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do table.insert(list, d.code or "?") end
  table.sort(list)
  return table.concat(list, ",")
end

if not vim.wait(20000, function() return #vim.diagnostic.get(buffer) > 0 end, 50) then
  say("timeout waiting for diagnostics"); out:close(); vim.cmd("qall!")
end
say("diagnostics: " .. codes())

local rows
for _, d in ipairs(vim.diagnostic.get(buffer)) do if d.code == "GL104" then rows = d end end
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  range = { start = { line = rows.lnum, character = rows.col }, ["end"] = { line = rows.end_lnum, character = rows.end_col } },
  context = { diagnostics = {} },
}
local responses = vim.lsp.buf_request_sync(buffer, "textDocument/codeAction", params, 10000) or {}
local action
for _, response in pairs(responses) do
  for _, candidate in ipairs(response.result or {}) do
    say("action: " .. candidate.title)
    action = action or candidate
  end
end
vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
local before = codes()
vim.wait(20000, function() return codes() ~= before end, 50)
say("after: " .. codes())
for number, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
  if line:find("defer rows.Close()", 1, true) then say("line " .. number .. ": " .. vim.trim(line)) end
end
out:close()
vim.lsp.stop_client(client)
vim.cmd("qall!")
