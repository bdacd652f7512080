-- goleaklint for nvim-lint (https://github.com/mfussenegger/nvim-lint), with a parser of our own: staticcheck's
-- parser errors on goleaklint's `note` severity. Copy this file to lua/lint/linters/goleaklint.lua in your
-- configuration (or dofile it), then: require("lint").linters_by_ft.go = { "goleaklint" }
--
-- goleaklint reads the buffer on stdin and lints it with the other files of its package from disk.
-- `make editors` loads this file in headless Neovim and checks the parser on goleaklint's real output.
local severities = {
  error = vim.diagnostic.severity.ERROR,
  warning = vim.diagnostic.severity.WARN,
  note = vim.diagnostic.severity.INFO,
  ignored = vim.diagnostic.severity.HINT,
}

-- One JSON object per line (goleaklint --format json); lines and columns are 1-based, columns in bytes.
local function parse(output)
  local diagnostics = {}
  for line in vim.gsplit(output or "", "\n", true) do
    if line:match("^%s*{") then
      local ok, finding = pcall(vim.fn.json_decode, line)
      if ok and type(finding) == "table" and finding.location then
        local finish = finding["end"] or finding.location
        table.insert(diagnostics, {
          lnum = math.max(finding.location.line - 1, 0),
          col = math.max(finding.location.column - 1, 0),
          end_lnum = math.max(finish.line - 1, 0),
          end_col = math.max(finish.column - 1, 0),
          severity = severities[finding.severity] or vim.diagnostic.severity.WARN,
          message = finding.message,
          code = finding.code,
          source = "goleaklint",
          user_data = { url = finding.url, name = finding.name },
        })
      end
    end
  end
  return diagnostics
end

return {
  cmd = "goleaklint",
  stdin = true,
  args = { "--format", "json", "--stdin-filename", function() return vim.api.nvim_buf_get_name(0) end },
  stream = "stdout",
  ignore_exitcode = true, -- 1 means findings; a usage error (2) prints nothing on stdout
  parser = function(output, _bufnr) return parse(output) end,
}
