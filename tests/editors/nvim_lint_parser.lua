-- Headless check of editors/nvim-lint/goleaklint.lua (nvim-lint itself is not installed here: its contract is a
-- table with cmd/args/stdin and parser(output, bufnr) returning vim.diagnostic items). Runs goleaklint the
-- way nvim-lint would (the buffer on stdin, --stdin-filename) and writes what the parser made of it.
local root, binary, file, out = os.getenv("GOLEAKLINT_ROOT"), os.getenv("GOLEAKLINT_BINARY"),
  os.getenv("GOLEAKLINT_FILE"), os.getenv("GOLEAKLINT_NVIM_OUT")
local linter = dofile(root .. "/editors/nvim-lint/goleaklint.lua")
vim.cmd("edit " .. vim.fn.fnameescape(file))
local args = {}
for _, argument in ipairs(linter.args) do
  table.insert(args, type(argument) == "function" and argument() or argument)
end
local command = { binary }
vim.list_extend(command, args)
local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
local output = vim.fn.system(command, table.concat(lines, "\n") .. "\n")
local names = { [vim.diagnostic.severity.ERROR] = "error", [vim.diagnostic.severity.WARN] = "warn",
  [vim.diagnostic.severity.INFO] = "info", [vim.diagnostic.severity.HINT] = "hint" }
local report = {}
local ok, diagnostics = pcall(linter.parser, output, 0)
if not ok then
  table.insert(report, "parser error: " .. tostring(diagnostics))
else
  for _, d in ipairs(diagnostics) do
    table.insert(report, string.format("%s %s %d:%d-%d:%d", d.code, names[d.severity] or "?", d.lnum, d.col, d.end_lnum, d.end_col))
  end
  -- nvim accepts them as they are.
  local namespace = vim.api.nvim_create_namespace("goleaklint-test")
  local set_ok, problem = pcall(vim.diagnostic.set, namespace, 0, diagnostics)
  table.insert(report, set_ok and ("set: " .. #vim.diagnostic.get(0, { namespace = namespace })) or ("set error: " .. tostring(problem)))
end
vim.fn.writefile(report, out)
vim.cmd("qa!")
