#!/usr/bin/env python3
"""Times one cold start: from launching a server to its first successful answer.

Launches COMMAND, reads its output for the start-up line (which names the URL, so servers can
bind port 0), then POSTs the body every POLL_MS until the answer is HTTP 200 with a JSON body
that has `data` and no `errors`. Prints one JSON line: ms to the start-up line, ms to the first
answer, the answer's size, and how much of the machine's CPU other processes used meanwhile
(`other_pct`, of all cores), which tells a disturbed run. Stops the server before returning,
whatever happens.

Usage: cold_start.py --body FILE [--header "Name: value"]... [--timeout SECONDS] [--log FILE]
                     [--cwd FOLDER] -- COMMAND...
"""
import argparse
import http.client
import json
import os
import re
import resource
import subprocess
import sys
import threading
import time
import urllib.parse

LINE = re.compile(r"listening on (http://\S+)")
POLL_SECONDS = 0.005
TICKS = os.sysconf("SC_CLK_TCK")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--body", required=True)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--log", default="/dev/null")
    parser.add_argument("--header", action="append", default=[])
    parser.add_argument("--cwd", default=None, help="folder to start the server in")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    with open(args.body, "rb") as handle:
        body = handle.read()
    headers = {"Content-Type": "application/json"}
    for header in args.header:
        name, _, value = header.partition(":")
        headers[name.strip()] = value.strip()

    busy_before = busy_seconds()
    self_before = own_seconds()
    started = time.monotonic()
    process = subprocess.Popen(args.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               cwd=args.cwd)
    listening = {}
    ready = threading.Event()
    reader = threading.Thread(target=read_output,
                              args=(process, args.log, listening, ready, started))
    reader.daemon = True
    reader.start()
    try:
        result = time_first_answer(process, body, headers, args.timeout, started, listening, ready)
        elapsed = time.monotonic() - started
        busy = busy_seconds() - busy_before
        ours = own_seconds() - self_before + process_seconds(process.pid)
    finally:
        stop(process)
    result["other_pct"] = round(max(0.0, busy - ours) * 100 / (elapsed * os.cpu_count()), 1)
    print(json.dumps(result))
    return 0 if result["ok"] else 1


def busy_seconds():
    with open("/proc/stat", encoding="ascii") as handle:
        values = [int(value) for value in handle.readline().split()[1:8]]
    return (sum(values) - values[3] - values[4]) / TICKS


def own_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def process_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def read_output(process, log_path, listening, ready, started):
    with open(log_path, "wb") as log:
        for raw in process.stdout:
            log.write(raw)
            match = LINE.search(raw.decode("utf-8", "replace"))
            if match and not ready.is_set():
                listening["ms"] = (time.monotonic() - started) * 1000
                listening["url"] = match.group(1)
                ready.set()


def time_first_answer(process, body, headers, timeout, started, listening, ready):
    deadline = started + timeout
    if not ready.wait(timeout):
        return {"ok": False, "reason": "no start-up line", "exit": process.poll()}
    url = urllib.parse.urlsplit(listening["url"])
    last = "no answer"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return {"ok": False, "reason": "server exited", "exit": process.returncode}
        answer = post(url, body, headers)
        if answer is not None and answer[0] == 200 and is_data(answer[1]):
            return {
                "ok": True,
                "line_ms": round(listening["ms"], 1),
                "answer_ms": round((time.monotonic() - started) * 1000, 1),
                "bytes": len(answer[1]),
            }
        last = "no answer" if answer is None else f"HTTP {answer[0]}"
        time.sleep(POLL_SECONDS)
    return {"ok": False, "reason": f"timeout, last: {last}"}


def post(url, body, headers):
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        connection.request("POST", url.path, body, headers)
        response = connection.getresponse()
        return response.status, response.read()
    except OSError:
        return None
    finally:
        connection.close()


def is_data(raw):
    try:
        document = json.loads(raw)
    except ValueError:
        return False
    return isinstance(document, dict) and document.get("data") and "errors" not in document


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


if __name__ == "__main__":
    sys.exit(main())
