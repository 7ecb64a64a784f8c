#!/usr/bin/env python3
"""Turns the raw outputs of run.sh into the markdown results (tables, targets, commands).

Reads from WORK_DIR: meta.txt (key=value), commands.txt, cold/<variant>.jsonl (one cold start per
line), wrk/<run>.txt (wrk's output), wrk/<run>.cpu.json (cpu_meter.py's report) and
wrk/rss-kb-<server>.txt. Prints the markdown and exits 0 whether or
not the targets are met; a missing or failed measurement exits 1.

Usage: report.py WORK_DIR
"""
import json
import os
import re
import statistics
import sys

COLD_VARIANTS = [
    ("baseline", "Baseline: static Javalin app (plain `java`)"),
    ("floor", "Floor: the baseline that also builds the schema with graphql-java"),
    ("mock", "Mock: plain `java -jar`"),
    ("mock-c1", "Mock: `-XX:TieredStopAtLevel=1`"),
    ("mock-appcds", "Mock: AppCDS archive (`-XX:SharedArchiveFile`), as the Docker image starts it"),
    ("mock-appcds-c1", "Mock: AppCDS + `-XX:TieredStopAtLevel=1`"),
]
WRK_RUNS = [
    ("baseline", "Baseline: static Javalin app"),
    ("mock-same", "Mock (a): the same request repeated"),
    ("mock-different", "Mock (b): every request different"),
    ("mock-different-steady", "Mock (b) again, after {steady} s more of load (b)"),
]
UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def read_meta(work):
    meta = {}
    with open(os.path.join(work, "meta.txt"), encoding="utf-8") as handle:
        for line in handle:
            key, _, value = line.rstrip("\n").partition("=")
            meta[key] = value
    return meta


def read_cold(work, variant):
    path = os.path.join(work, "cold", variant + ".jsonl")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def duration_ms(text):
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text)
    return float(match.group(1)) * UNIT_MS[match.group(2)]


def read_wrk(work, run):
    path = os.path.join(work, "wrk", run + ".txt")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    result = {"non2xx": 0, "socket_errors": 0, "cpu": {}}
    cpu_path = os.path.join(work, "wrk", run + ".cpu.json")
    if os.path.exists(cpu_path):
        with open(cpu_path, encoding="utf-8") as handle:
            result["cpu"] = json.load(handle)
    result["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    for percent in ("50", "75", "90", "99"):
        match = re.search(r"^\s+" + percent + r"%\s+(\S+)", text, re.M)
        result["p" + percent] = duration_ms(match.group(1))
    match = re.search(r"(\d+) requests in ([\d.]+\w+)", text)
    result["requests"] = int(match.group(1))
    match = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if match:
        result["non2xx"] = int(match.group(1))
    match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    if match:
        result["socket_errors"] = sum(int(group) for group in match.groups())
    return result


def read_rss_mb(work, server, when=""):
    path = os.path.join(work, "wrk", f"rss{when}-kb-{server}.txt")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as handle:
        return int(handle.read().strip()) / 1024


def mb(value):
    return f"{value:.0f} MB" if value is not None else "not measured"


def fmt_ms(value):
    return f"{value:,.0f}" if value >= 100 else f"{value:.2f}"


def cold_table(work, runs):
    lines = [
        "| Start | Runs: first answer (ms) | Median start-up line (ms) | Median first answer (ms) "
        "| vs baseline | Other processes' CPU, worst run |",
        "|---|---|---:|---:|---:|---:|",
    ]
    medians = {}
    for variant, label in COLD_VARIANTS:
        results = read_cold(work, variant)
        if results is None:
            continue
        if not all(result.get("ok") for result in results):
            failed = [result for result in results if not result.get("ok")]
            lines.append(f"| {label} | failed: {failed} | | | | |")
            continue
        answer = statistics.median(result["answer_ms"] for result in results)
        line = statistics.median(result["line_ms"] for result in results)
        medians[variant] = answer
        runs_text = ", ".join(f"{result['answer_ms']:.0f}" for result in results)
        ratio = f"{answer / medians['baseline']:.2f}x" if "baseline" in medians else ""
        other = max(result.get("other_pct", 0.0) for result in results)
        lines.append(
            f"| {label} | {runs_text} | {line:,.0f} | {answer:,.0f} | {ratio} | {other:.0f}% |")
    return lines, medians


def floor_note(medians):
    """What the floor says: the least a graphql-java server of this schema starts in."""
    if not {"floor", "baseline", "mock"} <= medians.keys():
        return []
    floor, base, mock = medians["floor"], medians["baseline"], medians["mock"]
    return [
        f"The floor, the bare app plus graphql-java parsing the SDL and building the executable "
        f"schema (nothing else of the mock, no query run), takes {floor / base:.2f}x the bare "
        f"app's start: no server of this schema built with graphql-java at start-up can do "
        f"better with a plain `java` command. The mock takes {mock / floor:.2f}x the floor.",
        "",
    ]


def cpu_text(cpu):
    if not cpu:
        return ""
    return f"{cpu['server_pct']:.0f}% / {cpu['load_generator_pct']:.0f}% / {cpu['other_pct']:.0f}%"


def wrk_table(results, steady):
    lines = [
        "| Load | Requests/s | vs baseline | p50 (ms) | p90 (ms) | p99 (ms) | Requests "
        "| Non-2xx | Socket errors | CPU: server / wrk / other processes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    baseline = results.get("baseline")
    for run, label in WRK_RUNS:
        result = results.get(run)
        if result is None:
            continue
        ratio = f"{result['rps'] / baseline['rps'] * 100:.1f}%" if baseline else ""
        lines.append(
            f"| {label.format(steady=steady)} | {result['rps']:,.0f} | {ratio} "
            f"| {fmt_ms(result['p50'])} "
            f"| {fmt_ms(result['p90'])} | {fmt_ms(result['p99'])} | {result['requests']:,} "
            f"| {result['non2xx']} | {result['socket_errors']} | {cpu_text(result['cpu'])} |"
        )
    return lines


def targets(medians, results, rss_mb):
    rows = []

    def add(name, value, goal, met):
        rows.append(f"| {name} | {value} | {goal} | {'yes' if met else '**no**'} |")

    for variant, name in (("mock", "plain `java -jar`"), ("mock-appcds", "the Docker image's command")):
        if variant in medians and "baseline" in medians:
            mock, base = medians[variant], medians["baseline"]
            add(f"Cold start of the mock, {name}", f"{mock:,.0f} ms", "<= 1,500 ms", mock <= 1500)
            add(f"Cold start, mock / baseline, {name}", f"{mock / base:.2f}x", "<= 1.3x",
                mock / base <= 1.3)
    base = results.get("baseline")
    for run, name, share in (("mock-same", "Same-request throughput", 0.6),
                             ("mock-different", "Different-requests throughput", 0.2),
                             ("mock-different-steady",
                              "Different-requests throughput after the longer warm-up", 0.2)):
        if base and results.get(run):
            ratio = results[run]["rps"] / base["rps"]
            add(f"{name} / baseline", f"{ratio * 100:.1f}%", f">= {share * 100:.0f}%",
                ratio >= share)
    for run, name in (("mock-same", "p99, mock (a)"), ("mock-different", "p99, mock (b)")):
        if results.get(run):
            p99 = results[run]["p99"]
            add(f"{name} at 16 connections", f"{fmt_ms(p99)} ms", "< 10 ms", p99 < 10)
    for run, name in (("mock-same", "mock (a)"), ("mock-different", "mock (b)")):
        if results.get(run):
            bad = results[run]["non2xx"] + results[run]["socket_errors"]
            add(f"Non-2xx responses and socket errors, {name}", str(bad), "0", bad == 0)
    if rss_mb is not None:
        add("RSS of the mock after the runs, once idle", f"{rss_mb:.0f} MB", "< 200 MB",
            rss_mb < 200)
    return ["| Target | Measured | Goal | Met |", "|---|---:|---|---|"] + rows


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    work = sys.argv[1]
    meta = read_meta(work)
    results = {run: read_wrk(work, run) for run, _ in WRK_RUNS}
    results = {run: result for run, result in results.items() if result is not None}
    rss = {server: read_rss_mb(work, server) for server in ("baseline", "mock")}
    idle = {server: read_rss_mb(work, server, "-idle") for server in ("baseline", "mock")}
    rss_mb = idle["mock"]
    cold_lines, medians = cold_table(work, int(meta.get("cold_runs", "0")))

    out = [
        "# Benchmark results",
        "",
        "Written by `mock-server/benchmark/run.sh`; rerun it to refresh this file. The load "
        "generator (wrk) runs on the same machine as the server, over 127.0.0.1.",
        "",
        f"- Date: {meta['date']}",
        f"- Commit: `{meta['commit']}`",
        f"- Machine: `nproc` = {meta['nproc']}, {meta['memory']} memory, load average before "
        f"the run: {meta['load_before']}",
        f"- Java: `{meta['java']}`",
        f"- wrk: `{meta['wrk']}`",
        f"- Query: `mock-server/benchmark/account-query.graphql` ({meta['query_fields']} fields of "
        f"`AccountType`), answer of {meta['answer_bytes']} bytes; the baseline serves those bytes",
        f"- Cold starts: median of {meta['cold_runs']} runs each; load: `wrk -t{meta['threads']} "
        f"-c{meta['connections']} -d{meta['duration']}s --latency` after a {meta['warmup']} s "
        "warm-up with the same script",
        "",
        "## Cold start (launch to first answered benchmark query)",
        "",
        *cold_lines,
        "",
        *floor_note(medians),
        "## Throughput and latency",
        "",
        *wrk_table(results, meta.get("steady_warmup", "")),
        "",
        "Percentages of CPU are shares of all cores over the measured run (100% = every core "
        "busy). \"Other processes\" is work on the machine that is neither the server nor wrk: "
        "more than a few percent means the run was disturbed.",
        "",
        "RSS (`ps -o rss`, default heap settings) right after the load: mock "
        + mb(rss["mock"]) + " (after all its runs), baseline " + mb(rss["baseline"])
        + f"; after {meta.get('idle_seconds', '?')} s without requests: mock "
        + mb(idle["mock"]) + ", baseline " + mb(idle["baseline"]) + ".",
        "",
        "## Targets",
        "",
        *targets(medians, results, rss_mb),
        "",
        "## Commands",
        "",
        "```sh",
    ]
    with open(os.path.join(work, "commands.txt"), encoding="utf-8") as handle:
        out += list(dict.fromkeys(line.rstrip("\n") for line in handle))
    out += ["```"]
    print("\n".join(out))
    expected = {"baseline", "mock-same", "mock-different"}
    return 0 if expected <= results.keys() and "mock" in medians and "baseline" in medians else 1


if __name__ == "__main__":
    sys.exit(main())
