-- Headless Neovim (0.7+) as a real LSP client: open a draft, attach commslint-lsp, wait for the
-- server's publishDiagnostics, and write what Neovim shows to $OUT, one line per diagnostic.
local out, bin, root, draft = os.getenv('OUT'), os.getenv('LSP_BIN'), os.getenv('ROOT'), os.getenv('DRAFT')
vim.cmd('edit ' .. vim.fn.fnameescape(draft))

local received = false
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  received = true
  return publish(err, result, ctx, config)
end

local client = vim.lsp.start_client({ name = 'commslint', cmd = { 'node', bin, '--stdio' }, root_dir = root })
vim.lsp.buf_attach_client(0, client)
vim.wait(30000, function() return received end, 50)

local lines = { received and 'received' or 'timeout' }
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(lines, string.format('%d:%d %s %s', d.lnum + 1, d.col + 1, d.source or '', code))
end
vim.fn.writefile(lines, out)
vim.cmd('qa!')
