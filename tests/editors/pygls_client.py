"""End-to-end test of `goleaklint lsp` with a real client (pygls/lsprotocol), then raw bad input.

usage: pygls_client.py GOLEAKLINT DEMO_COPY
Exits non-zero with a message on the first expectation that fails.
"""
import asyncio
import json
import os
import subprocess
import sys

from lsprotocol import types as t
from pygls.lsp.client import LanguageClient

BINARY, DEMO = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
STORE = os.path.join(DEMO, "internal", "store", "store.go")
URI = "file://" + STORE


def expect(condition, message):
    if not condition:
        print("FAIL:", message, file=sys.stderr)
        sys.exit(1)


async def session():
    client = LanguageClient("goleaklint-e2e", "1")
    published = asyncio.Queue()

    @client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params):
        published.put_nowait(params)

    await client.start_io(BINARY, "lsp", cwd=DEMO)
    result = await client.initialize_async(t.InitializeParams(
        capabilities=t.ClientCapabilities(general=t.GeneralClientCapabilities(position_encodings=["utf-16"]))))
    expect(result.capabilities.position_encoding == "utf-16", f"encoding {result.capabilities.position_encoding}")
    expect(result.capabilities.code_action_provider is not None, "no code actions")
    client.initialized(t.InitializedParams())

    async def next_diagnostics(version=None):
        while True:
            params = await asyncio.wait_for(published.get(), 30)
            if params.uri == URI and (version is None or params.version == version):
                return params

    text = open(STORE).read()
    client.text_document_did_open(t.DidOpenTextDocumentParams(
        text_document=t.TextDocumentItem(uri=URI, language_id="go", version=1, text=text)))
    first = await next_diagnostics(1)
    codes = sorted(d.code for d in first.diagnostics)
    expect("GL104" in codes and "GL103" in codes, f"diagnostics {codes}")
    rows = next(d for d in first.diagnostics if d.code == "GL104")
    expect(rows.source == "goleaklint" and rows.code_description is not None, "diagnostic fields")

    actions = await client.text_document_code_action_async(t.CodeActionParams(
        text_document=t.TextDocumentIdentifier(uri=URI), range=rows.range,
        context=t.CodeActionContext(diagnostics=[rows])))
    titles = [a.title for a in actions]
    expect(titles[:2] == ["add `defer rows.Close()`", "Suppress GL104 on this line"], f"actions {titles}")

    # Apply the fix as an editor would: as an incremental change, then the diagnostic is gone.
    edit = actions[0].edit.changes[URI][0]
    client.text_document_did_change(t.DidChangeTextDocumentParams(
        text_document=t.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[t.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)]))
    second = await next_diagnostics(2)
    codes = sorted(d.code for d in second.diagnostics)
    expect("GL104" not in codes and "GL103" in codes, f"after the fix {codes}")

    client.text_document_did_close(t.DidCloseTextDocumentParams(text_document=t.TextDocumentIdentifier(uri=URI)))
    closed = await next_diagnostics()
    expect(len(closed.diagnostics) == 0, f"diagnostics not cleared on close: {closed}")
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()


def raw_bad_input():
    """Bytes no client library would send: each gets a protocol error, and the server never crashes."""
    def frame(body):
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    def message(obj):
        return frame(json.dumps(obj).encode())

    stream = (message({"jsonrpc": "2.0", "id": 1, "method": "textDocument/codeAction", "params": {}})
              + message({"jsonrpc": "2.0", "id": 2, "method": "initialize", "params": {"capabilities": {}}})
              + frame(b"{broken")
              + b"Content-Length: nope\r\n\r\n"
              + message({"jsonrpc": "2.0", "id": 3, "method": "no/such/method", "params": {}})
              + message({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
                  "uri": "file:///tmp/notes.txt", "languageId": "plaintext", "version": 1, "text": "hello"}}})
              + frame(b'{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":'
                      b'{"uri":"file:///tmp/x.go","languageId":"go","version":1,"text":"\xff\xfe"}}}')
              + b"Content-Length: 9999\r\n\r\n{\"jsonrpc\"")
    process = subprocess.run([BINARY, "lsp"], input=stream, capture_output=True, timeout=30, cwd=DEMO)
    expect(process.returncode == 0, f"exit code {process.returncode} at end of input; stderr {process.stderr[-300:]!r}")
    out, messages = process.stdout, []
    while out:
        header, _, rest = out.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        out = rest[length:]
    errors = [m["error"]["code"] for m in messages if "error" in m]
    expect(errors[:4] == [-32002, -32700, -32700, -32601], f"errors {errors}")
    expect(not any(m.get("method") == "textDocument/publishDiagnostics" and "notes.txt" in m["params"]["uri"]
                   for m in messages), "a non-Go document got diagnostics")


asyncio.run(session())
raw_bad_input()
print("pygls client: diagnostics, code action, incremental fix, close and bad input as expected")
