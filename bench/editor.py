"""Editor benchmark (issue 29): speaks LSP over stdio to `goleaklint lsp` as an editor does and times
what a person typing feels.

usage: editor.py GOLEAKLINT [NET_HTTP_DIR]

For each package (Go's net/http, and a generated package of 1,000 small files): open one file, wait for its
first diagnostics (time to first diagnostics), then send 20 incremental edits one at a time — a statement typed
into a function body in pieces, deleted, typed again — timing each from the moment the edit is written to the
server to the `publishDiagnostics` for its version; then edits that change the file's declarations (a function
pasted at the end, undone), reported apart. Prints median / p95 / max, the server's resident memory after opening
(VmRSS, from /proc), and whether the last publish equals a fresh `--stdin-filename` lint of the same text.
Targets: p95 <= 50 ms, first diagnostics <= 1 s, memory after opening the 1,000-file package <= 300 MiB.
Exit status 0 always: the verdicts are printed (`ok` / `MISSED`) for the bench report to show.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time


class Server:
    def __init__(self, binary, cwd):
        self.process = subprocess.Popen([binary, "lsp"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == self.next_id and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, version):
        while True:
            message = self.receive()
            params = message.get("params", {})
            if message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri \
                    and params.get("version") == version:
                return params["diagnostics"]

    def resident_mib(self):
        with open("/proc/%d/status" % self.process.pid) as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def stop(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()


def position(text, offset):
    """LSP position (UTF-16 units) of a byte offset in an ASCII-or-not text."""
    before = text.encode()[:offset].decode(errors="ignore")
    line = before.count("\n")
    column = before[before.rfind("\n") + 1:]
    return {"line": line, "character": len(column.encode("utf-16-le")) // 2}


def typing_edits(text):
    """20 edits as (start, end, new_text) byte ranges, each over the text as the previous ones left it: a statement
    typed into the first function body in pieces (the text between pieces does not compile, as while typing),
    then deleted, and again."""
    data = text.encode()
    anchor = data.find(b"{\n", data.find(b"\nfunc ")) + 2
    script, typed = [], b""
    while len(script) < 20:
        for piece in [b"\tn := len(", b"\"abc\"", b")\n\t_ = n\n"]:
            script.append((anchor + len(typed), anchor + len(typed), piece))
            typed += piece
        script.append((anchor, anchor + len(typed), b""))
        typed = b""
    return script[:20]


def declaration_edits(text):
    """Edits that change the file's declarations: a function pasted at the end, then undone (twice)."""
    pasted = b"\nfunc pastedHelper(n int) int {\n\tfor i := 0; i < n; i++ {\n\t\tn += i\n\t}\n\treturn n\n}\n"
    end = len(text.encode())
    return [(end, end, pasted), (end, end + len(pasted), b"")] * 2


def timed(server, uri, text, script, version):
    """Sends each edit, waits for its diagnostics; returns the seconds per edit, the text, the version, the last
    diagnostics."""
    times, diagnostics = [], []
    for start, end, new_text in script:
        version += 1
        data = text.encode()
        change = {"range": {"start": position(text, start), "end": position(text, end)}, "text": new_text.decode()}
        text = (data[:start] + new_text + data[end:]).decode()
        began = time.perf_counter()
        server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                                 "contentChanges": [change]})
        diagnostics = server.diagnostics(uri, version)
        times.append(time.perf_counter() - began)
    return times, text, version, diagnostics


def summary(times):
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)] * 1000
    return statistics.median(times) * 1000, p95, times[-1] * 1000


def fresh(binary, directory, path, text):
    """What `goleaklint --stdin-filename` reports for the text: (line, code) pairs."""
    run = subprocess.run([binary, "--no-cache", "--tests", "--format", "json", "--exit-zero", "--stdin-filename", path],
                         input=text.encode(), cwd=directory, capture_output=True)
    found = []
    for line in run.stdout.decode().splitlines():
        if line.startswith("{"):
            finding = json.loads(line)
            if "code" in finding:
                found.append((finding["location"]["line"], finding["code"]))
    return sorted(found)


def run(binary, directory, filename, label):
    path = os.path.join(directory, filename)
    uri = "file://" + path
    text = open(path, encoding="utf-8").read()
    server = Server(binary, directory)
    server.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + directory, "capabilities": {
        "general": {"positionEncodings": ["utf-16"]}}})
    server.notify("initialized", {})
    started = time.perf_counter()
    server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "go", "version": 1, "text": text}})
    server.diagnostics(uri, 1)
    first = time.perf_counter() - started
    memory = server.resident_mib()
    typing, text, version, last = timed(server, uri, text, typing_edits(text), 1)
    declarations, text, version, _ = timed(server, uri, text, declaration_edits(text), version)
    typed_again, text, version, last = timed(server, uri, text, typing_edits(text)[:3], version)
    server.stop()
    published = sorted((d["range"]["start"]["line"] + 1, d["code"]) for d in last)
    same = published == fresh(binary, directory, filename, text)
    median, p95, worst = summary(typing)
    ok = p95 <= 50 and first <= 1.0 and same
    print("editor %-20s first diagnostics %5.0f ms; 20 edits typed in a body: median %5.1f ms, p95 %5.1f ms, max %5.1f ms; "
          "memory %4.0f MiB; last publish == fresh lint: %s: %s"
          % (label, first * 1000, median, p95, worst, memory, "yes" if same else "NO", "ok" if ok else "MISSED"))
    median, p95, worst = summary(declarations)
    print("editor %-20s declaration edits (a function pasted, undone; x2): median %5.1f ms, max %5.1f ms (info)"
          % (label, median, worst))
    return memory


def generated_package(root, files=1000):
    """A package of many small files, each a handful of functions, some with findings."""
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, "go.mod"), "w") as out:
        out.write("module example.com/many\n\ngo 1.22\n")
    for index in range(files):
        with open(os.path.join(root, "f%04d.go" % index), "w") as out:
            out.write("package many\n\nimport (\n\t\"net/http\"\n\t\"time\"\n)\n\n")
            out.write("var table%d = map[string]int{}\n\n" % index)
            out.write("func fetch%d(url string) (int, error) {\n\tresp, err := http.Get(url)\n\tif err != nil {\n"
                      "\t\treturn 0, err\n\t}\n\tdefer resp.Body.Close()\n\treturn resp.StatusCode, nil\n}\n\n" % index)
            out.write("func wait%d(done chan struct{}) {\n\tfor {\n\t\tselect {\n\t\tcase <-done:\n\t\t\treturn\n"
                      "\t\tcase <-time.After(time.Second):\n\t\t}\n\t}\n}\n\n" % index)
            out.write("func record%d(key string, value int) {\n\ttable%d[key] = value\n}\n" % (index, index))


def main():
    binary = os.path.abspath(sys.argv[1])
    net_http = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/go-1.19/src/net/http"
    with tempfile.TemporaryDirectory() as work:
        # The server reads .goleaklint.yml and go.mod upwards: a copy keeps the corpus and its parents out of it.
        copy = os.path.join(work, "http")
        subprocess.run(["cp", "-r", net_http, copy], check=True)
        run(binary, copy, "server.go", "net/http server.go")
        many = os.path.join(work, "many")
        generated_package(many)
        memory = run(binary, many, "f0500.go", "1000-file package")
        print("editor memory after opening the 1000-file package: %.0f MiB (target <= 300): %s"
              % (memory, "ok" if memory <= 300 else "MISSED"))


if __name__ == "__main__":
    main()
