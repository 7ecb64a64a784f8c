#!/usr/bin/env python3
"""Splits one cold start by class loading, from a class-loading log and cold_start.py's result.

Prints the phases of the start (JVM until the main class, then until the start-up line, then
until the first answer), and for each named part of the program, when it loaded its first and its
last class: parts that overlap run in parallel. The log's times are the JVM's uptime, which starts
a few milliseconds after the launch that cold_start.py times from.

Usage: startup_phases.py CLASS_LOG COLD_START_JSON MAIN_CLASS [LABEL=CLASS_PREFIX]...
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
    main_class = sys.argv[3]
    main_at = next((ms for ms, name, _ in loads if name == main_class), 0.0)
    ends = [("JVM start, until the main class", main_at),
            ("until the start-up line", cold["line_ms"]),
            ("until the first answer", cold["answer_ms"])]
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
    parts = [argument.partition("=")[::2] for argument in sys.argv[4:]]
    if parts:
        out += ["", "| Part | First class at (ms) | Last class at (ms) | Classes |",
                "|---|---:|---:|---:|"]
        for label, prefix in parts:
            times = [ms for ms, name, _ in loads if name.startswith(prefix)]
            if times:
                out.append(f"| {label} (`{prefix}`) | {min(times):,.0f} | {max(times):,.0f} "
                           f"| {len(times)} |")
    print("\n".join(out))


if __name__ == "__main__":
    main()
