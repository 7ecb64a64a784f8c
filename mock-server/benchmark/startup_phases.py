#!/usr/bin/env python3
"""Splits one cold start into phases, from a class-loading log and cold_start.py's result.

A phase ends when the first class whose name starts with the given prefix is loaded; the last
two phases end at the start-up line and at the first answer. The log's times are the JVM's
uptime, which starts a few milliseconds after the launch that cold_start.py times from.

Usage: startup_phases.py CLASS_LOG COLD_START_JSON LABEL=CLASS_PREFIX...
  (the log from java -Xlog:class+load:file=CLASS_LOG:uptime)
"""
import json
import re
import sys

LINE = re.compile(r"^\[(\d+\.\d+)s\] (\S+) source: (.*)$")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    loads = []
    with open(sys.argv[1], encoding="utf-8") as handle:
        for line in handle:
            match = LINE.match(line.rstrip("\n"))
            if match:
                loads.append((float(match.group(1)) * 1000, match.group(2), match.group(3)))
    with open(sys.argv[2], encoding="utf-8") as handle:
        cold = json.loads(handle.read().strip().splitlines()[-1])
    ends = []
    for milestone in sys.argv[3:]:
        label, _, prefix = milestone.partition("=")
        at = next((ms for ms, name, _ in loads if name.startswith(prefix)), None)
        if at is not None:
            ends.append((label, at))
    ends.append(("until the start-up line", cold["line_ms"]))
    ends.append(("until the first answer", cold["answer_ms"]))
    out = [
        "| Phase | Ends at (ms) | Takes (ms) | Classes loaded | from the archive (CDS) |",
        "|---|---:|---:|---:|---:|",
    ]
    start = 0.0
    for label, end in ends:
        phase = [source for ms, _, source in loads if start <= ms < end]
        shared = sum(1 for source in phase if "shared objects file" in source)
        out.append(f"| {label} | {end:,.0f} | {end - start:,.0f} | {len(phase)} | {shared} |")
        start = end
    print("\n".join(out))


if __name__ == "__main__":
    main()
