#!/usr/bin/env python3
"""Summarises a JFR recording as markdown: where the CPU went, what was allocated, and GC.

Prints: the top frames of the CPU samples (jdk.ExecutionSample, "self"), the library each top
frame belongs to, the kraken-mock, graphql-java and Datafaker methods that most samples pass
through ("inclusive", each method counted once per sample), the allocation rate and the sites
that allocate most (jdk.ObjectAllocationSample, by weight), and the garbage collections.

Usage: jfr_top.py RECORDING.jfr [ROWS]
"""
import collections
import os
import re
import subprocess
import sys

FRAME = re.compile(r"^\s+(\S+)\(.*\)\s+line:")
FIELD = re.compile(r"^  (\w+) = (.*)$")
LIBRARIES = [
    ("dev.krakenmock.", "kraken-mock"),
    ("graphql.", "graphql-java"),
    ("net.datafaker.", "Datafaker"),
    ("com.fasterxml.jackson.", "Jackson"),
    ("io.javalin.", "Javalin"),
    ("org.eclipse.jetty.", "Jetty"),
    ("java.util.regex.", "JDK regex"),
    ("java.", "JDK"),
    ("jdk.", "JDK"),
    ("sun.", "JDK"),
]
OWN_CODE = ("dev.krakenmock.", "graphql.", "net.datafaker.")
APPLICATION = OWN_CODE + ("com.fasterxml.jackson.", "io.javalin.", "org.eclipse.jetty.")
SIZE_UNITS = {"bytes": 1, "byte": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9}
TIME_UNITS = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}


def events(recording, names):
    """Yields (name, fields, stack) for each event of the given types."""
    text = subprocess.run(
        ["jfr", "print", "--events", ",".join(names), "--stack-depth", "128", recording],
        check=True, capture_output=True, text=True).stdout
    name, fields, stack = None, {}, None
    for line in text.splitlines():
        if line and not line.startswith(" ") and line.endswith("{"):
            name, fields, stack = line.split()[0], {}, []
        elif line == "}":
            if name:
                yield name, fields, stack
            name = None
        elif name:
            frame = FRAME.match(line)
            field = FIELD.match(line)
            if frame and stack is not None:
                stack.append(frame.group(1))
            elif field:
                fields[field.group(1)] = field.group(2)


def quantity(text, units):
    number, unit = text.split()[:2]
    return float(number) * units[unit]


def library(method):
    for prefix, name in LIBRARIES:
        if method.startswith(prefix):
            return name
    return "other"


def table(title, header, rows, total, counts=True):
    first = "| Samples | Share |" if counts else "| Share |"
    out = [f"**{title}**", "", f"{first} {header} |", "|---:|---:|---|" if counts else "|---:|---|"]
    for name, amount in rows:
        share = f"{amount * 100 / total:.1f}%"
        out.append(f"| {amount:,} | {share} | `{name}` |" if counts else f"| {share} | `{name}` |")
    return out + [""]


def seconds_of_day(text):
    hours, minutes, seconds = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def duration_seconds(recording):
    summary = subprocess.run(["jfr", "summary", recording], check=True, capture_output=True,
                             text=True).stdout
    match = re.search(r"Duration: (\d+) s", summary)
    return float(match.group(1)) if match else 0.0


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    recording = sys.argv[1]
    rows = int(sys.argv[2]) if len(sys.argv) == 3 else 25
    cpu_self, cpu_library, cpu_inclusive = (collections.Counter() for _ in range(3))
    allocated = collections.Counter()
    pauses = []
    heap = []
    samples = 0
    for name, fields, stack in events(recording, [
            "jdk.ExecutionSample", "jdk.ObjectAllocationSample", "jdk.GarbageCollection",
            "jdk.GCHeapSummary"]):
        if name == "jdk.ExecutionSample" and stack:
            samples += 1
            cpu_self[stack[0]] += 1
            cpu_library[library(stack[0])] += 1
            cpu_inclusive.update({frame for frame in stack if frame.startswith(OWN_CODE)})
        elif name == "jdk.ObjectAllocationSample" and stack:
            site = next((frame for frame in stack if frame.startswith(APPLICATION)), stack[0])
            kind = fields.get("objectClass", "?").split(" (")[0]
            allocated[f"{kind} in {site}"] += quantity(fields["weight"], SIZE_UNITS)
        elif name == "jdk.GarbageCollection":
            pauses.append(quantity(fields["longestPause"], TIME_UNITS))
        elif name == "jdk.GCHeapSummary":
            heap.append((seconds_of_day(fields["startTime"]), fields["when"].strip('"'),
                         quantity(fields["heapUsed"], SIZE_UNITS)))

    out = [f"## Profile: {os.path.basename(recording)} ({samples} CPU samples)", ""]
    if samples:
        out += table("CPU: top frames (self)", "Method", cpu_self.most_common(rows), samples)
        out += table("CPU: top frame by library", "Library", cpu_library.most_common(), samples)
        out += table("CPU: kraken-mock, graphql-java and Datafaker methods on the stack "
                     "(inclusive)", "Method", cpu_inclusive.most_common(rows), samples)
    seconds = duration_seconds(recording)
    # Allocated between collections: heap used before a GC less heap used after the one before.
    gaps = [(before - after, t_b - t_a) for (t_a, when_a, after), (t_b, when_b, before)
            in zip(heap, heap[1:]) if when_a == "After GC" and when_b == "Before GC"]
    if seconds and pauses:
        rate = ""
        if gaps and sum(gap for _, gap in gaps) > 0:
            mb_per_s = sum(amount for amount, _ in gaps) / 1e6 / sum(gap for _, gap in gaps)
            rate = f"about {mb_per_s:,.0f} MB/s allocated between collections; "
        out += [
            f"**Memory**: {rate}{len(pauses)} collections in {seconds:.0f} s, longest pause "
            f"{max(pauses):.1f} ms, pauses add up to {sum(pauses):.0f} ms.",
            "",
        ]
    if allocated:
        weight = sum(allocated.values())
        # JFR's sample weights are estimates: only their shares are shown.
        out += table("Allocation: sites by share of the sampled weight (first application frame)",
                     "Type in method", allocated.most_common(min(rows, 15)), weight, counts=False)
    print("\n".join(out))


if __name__ == "__main__":
    main()
