#!/usr/bin/env python3
"""Tells how busy the machine is, so that a measurement disturbed by other work shows it.

  wait-quiet [--max-seconds S] [--busy-below PERCENT]
      Waits until a 2-second window has the machine's CPUs less busy than PERCENT (of all cores),
      or S seconds have passed; prints what it saw. Exits 0 either way.
  run --server-pid PID --report FILE -- COMMAND...
      Runs COMMAND (the load generator) and writes to FILE, as JSON, how the machine's CPU time
      was shared meanwhile: the server, COMMAND itself, and everything else ("other"), each as a
      percentage of all cores. Exits with COMMAND's status.

Linux only: reads /proc/stat and /proc/PID/stat.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def machine_ticks():
    with open("/proc/stat", encoding="ascii") as handle:
        values = [int(value) for value in handle.readline().split()[1:]]
    idle = values[3] + values[4]
    return sum(values[:8]) - idle, sum(values[:8])


def process_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def children_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def wait_quiet(args):
    deadline = time.monotonic() + args.max_seconds
    while True:
        busy_before, total_before = machine_ticks()
        time.sleep(2)
        busy_after, total_after = machine_ticks()
        busy = (busy_after - busy_before) * 100 / max(1, total_after - total_before)
        if busy < args.busy_below:
            print(f"machine quiet: {busy:.0f}% busy", file=sys.stderr)
            return 0
        if time.monotonic() >= deadline:
            print(f"WARNING: machine still {busy:.0f}% busy after {args.max_seconds} s; "
                  "measuring anyway", file=sys.stderr)
            return 0
        print(f"waiting for a quiet machine: {busy:.0f}% busy", file=sys.stderr)


def run(args):
    cores = os.cpu_count()
    busy_before, total_before = machine_ticks()
    server_before = process_seconds(args.server_pid)
    children_before = children_seconds()
    started = time.monotonic()
    status = subprocess.call(args.command)
    elapsed = time.monotonic() - started
    busy_after, total_after = machine_ticks()
    server = process_seconds(args.server_pid) - server_before
    load_generator = children_seconds() - children_before
    capacity = elapsed * cores
    busy = (busy_after - busy_before) / TICKS
    report = {
        "seconds": round(elapsed, 1),
        "cores": cores,
        "busy_pct": round(busy * 100 / capacity, 1),
        "server_pct": round(server * 100 / capacity, 1),
        "load_generator_pct": round(load_generator * 100 / capacity, 1),
        "other_pct": round(max(0.0, busy - server - load_generator) * 100 / capacity, 1),
    }
    with open(args.report, "w", encoding="utf-8") as out:
        json.dump(report, out)
    return status


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="action", required=True)
    quiet = commands.add_parser("wait-quiet")
    quiet.add_argument("--max-seconds", type=float, default=120)
    quiet.add_argument("--busy-below", type=float, default=10)
    measured = commands.add_parser("run")
    measured.add_argument("--server-pid", type=int, required=True)
    measured.add_argument("--report", required=True)
    measured.add_argument("command", nargs="+")
    args = parser.parse_args()
    return wait_quiet(args) if args.action == "wait-quiet" else run(args)


if __name__ == "__main__":
    sys.exit(main())
