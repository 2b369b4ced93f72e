#!/usr/bin/env python3
"""Run an Oxigraph SPARQL server on 127.0.0.1, load N-Triples into it, query it, stop it.

Usage (the Makefile's `load`, `stop-db` and `query` targets call these):

    scripts/graphdb.py start [--port 7878] [--data build/oxigraph] [--pid build/oxigraph.pid]
    scripts/graphdb.py load  [--port 7878] FILE.nt
    scripts/graphdb.py query [--port 7878] [--json] FILE.rq
    scripts/graphdb.py stop  [--pid build/oxigraph.pid]

`start` starts `oxigraph serve` (the PyPI package `oxigraph`, installed into the same virtual
environment as this Python) bound to 127.0.0.1 only, persisting to --data, and records its
process id in --pid; it does nothing if a server already answers on the port. `load` replaces
the default graph with FILE through the SPARQL 1.1 Graph Store HTTP Protocol (PUT
/store?default) and prints the triple count; running it twice gives the same count. `query`
prints the results as tab-separated values (the SPARQL 1.1 TSV format: IRIs in <>, literals
quoted), or the SPARQL JSON results with --json. `stop` stops the server whose id --pid holds,
if it is still an oxigraph process. Standard library only.
"""

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request

HOST = "127.0.0.1"


def url(port, path):
    return f"http://{HOST}:{port}{path}"


def is_up(port):
    """Whether an HTTP server answers on the port."""
    try:
        with urllib.request.urlopen(url(port, "/"), timeout=1):
            return True
    except urllib.error.HTTPError:
        return True
    except (urllib.error.URLError, OSError):
        return False


def read_pid(path):
    try:
        with open(path, encoding="ascii") as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def is_oxigraph(pid):
    """Whether pid is a live process running oxigraph (not a recycled id)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return b"oxigraph" in f.read()
    except OSError:
        try:
            os.kill(pid, 0)
            return True
        except OSError:
            return False


def default_signals():
    """In the server process: unblock and default the stop signals, whatever the caller (a test
    runner, say) blocked or ignored, so that `stop` ends it with SIGTERM."""
    signal.pthread_sigmask(signal.SIG_SETMASK, [])
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)


def start(args):
    if is_up(args.port):
        pid = read_pid(args.pid)
        owner = f" (pid {pid})" if pid and is_oxigraph(pid) else ""
        print(f"graphdb: a server already answers on {url(args.port, '/')}{owner}")
        return 0
    binary = os.path.join(os.path.dirname(sys.executable), "oxigraph")
    if not os.access(binary, os.X_OK):
        print(f"graphdb: {binary} not found; run `make deps` (requirements-dev.txt installs oxigraph)",
              file=sys.stderr)
        return 1
    os.makedirs(args.data, exist_ok=True)
    os.makedirs(os.path.dirname(os.path.abspath(args.pid)), exist_ok=True)
    log_path = os.path.abspath(args.data.rstrip("/") + ".log")
    with open(log_path, "ab") as log:
        process = subprocess.Popen(
            [binary, "serve", "--location", args.data, "--bind", f"{HOST}:{args.port}"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
            preexec_fn=default_signals)
    with open(args.pid, "w", encoding="ascii") as f:
        f.write(f"{process.pid}\n")
    deadline = time.monotonic() + args.timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            os.remove(args.pid)
            print(f"graphdb: oxigraph exited with status {process.returncode}; see {log_path}",
                  file=sys.stderr)
            return 1
        if is_up(args.port):
            print(f"graphdb: started oxigraph (pid {process.pid}) on {url(args.port, '/')}, "
                  f"data in {args.data}, log {log_path}")
            return 0
        time.sleep(0.1)
    print(f"graphdb: oxigraph (pid {process.pid}) did not answer within {args.timeout} s; "
          f"see {log_path}", file=sys.stderr)
    return 1


def sparql(port, query, accept):
    request = urllib.request.Request(
        url(port, "/query"), data=query.encode("utf-8"), method="POST",
        headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": accept})
    with urllib.request.urlopen(request, timeout=120) as response:
        return response.read().decode("utf-8")


def count(port):
    tsv = sparql(port, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/tab-separated-values")
    value = tsv.splitlines()[1]
    return int(value.split("^^")[0].strip('"'))


def load(args):
    if not is_up(args.port):
        print(f"graphdb: no server on {url(args.port, '/')}; run `make load`", file=sys.stderr)
        return 1
    with open(args.file, "rb") as f:
        data = f.read()
    began = time.monotonic()
    request = urllib.request.Request(
        url(args.port, "/store?default"), data=data, method="PUT",
        headers={"Content-Type": "application/n-triples"})
    try:
        with urllib.request.urlopen(request, timeout=600):
            pass
    except urllib.error.HTTPError as error:
        print(f"graphdb: loading {args.file} failed: HTTP {error.code}: "
              f"{error.read().decode('utf-8', 'replace')}", file=sys.stderr)
        return 1
    seconds = time.monotonic() - began
    print(f"graphdb: loaded {args.file} ({len(data)} bytes) into the default graph of "
          f"{url(args.port, '/')} in {seconds:.2f} s: {count(args.port)} triples")
    return 0


def query(args):
    if not is_up(args.port):
        print(f"graphdb: no server on {url(args.port, '/')}; run `make load`", file=sys.stderr)
        return 1
    with open(args.file, encoding="utf-8") as f:
        text = f.read()
    accept = "application/sparql-results+json" if args.json else "text/tab-separated-values"
    try:
        sys.stdout.write(sparql(args.port, text, accept))
    except urllib.error.HTTPError as error:
        print(f"graphdb: {args.file}: HTTP {error.code}: {error.read().decode('utf-8', 'replace')}",
              file=sys.stderr)
        return 1
    return 0


def stop(args):
    pid = read_pid(args.pid)
    if pid is None:
        print(f"graphdb: no {args.pid}; nothing to stop")
        return 0
    if not is_oxigraph(pid):
        print(f"graphdb: process {pid} from {args.pid} is not running; removing the file")
        os.remove(args.pid)
        return 0
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and is_oxigraph(pid):
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
        time.sleep(0.1)
    how = "stopped"
    if is_oxigraph(pid):
        os.kill(pid, signal.SIGKILL)
        how = "killed (it ignored SIGTERM for 10 s)"
    os.remove(args.pid)
    print(f"graphdb: {how} oxigraph (pid {pid})")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("start", "load", "query"):
        sub = commands.add_parser(name)
        sub.add_argument("--port", type=int, default=7878)
    commands.choices["start"].add_argument("--data", default="build/oxigraph")
    commands.choices["start"].add_argument("--pid", default="build/oxigraph.pid")
    commands.choices["start"].add_argument("--timeout", type=float, default=30)
    commands.choices["load"].add_argument("file")
    commands.choices["query"].add_argument("--json", action="store_true")
    commands.choices["query"].add_argument("file")
    stop_parser = commands.add_parser("stop")
    stop_parser.add_argument("--pid", default="build/oxigraph.pid")
    args = parser.parse_args()
    return {"start": start, "load": load, "query": query, "stop": stop}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
