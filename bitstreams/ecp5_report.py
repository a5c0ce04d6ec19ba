#!/usr/bin/env python3
"""Summary of the ECP5 place-and-route runs of `make fmax`: the yosys cell counts, nextpnr's
device utilisation, and per seed the final (post-route) "Max frequency for clock" line and
the critical path's ends.

Usage: ecp5_report.py --device ARGS --freq MHZ --yosys-log LOG NEXTPNR_LOG...
"""

import argparse
import json
import re
from collections import defaultdict


def last_stat(yosys_log):
    """The primitive cell counts of the last `stat` of the log (synth_ecp5's own)."""
    lines = open(yosys_log, errors="replace").read().splitlines()
    starts = [i for i, line in enumerate(lines) if "Printing statistics" in line]
    if not starts:
        return []
    counts = {}
    for line in lines[starts[-1]:]:
        if "design hierarchy" in line or re.match(r"\d+\.\d+\. ", line):
            if counts:
                break
            continue
        m = re.match(r"\s+(\d+)\s+([A-Z][A-Za-z0-9_]*)\s*$", line)
        if m:
            counts[m.group(2)] = int(m.group(1))
    return [f"  {name:<16} {n:>6}" for name, n in sorted(counts.items())]


def critical_path_from_report(path):
    """The critical path of nextpnr's `--report` JSON: its ends and its logic/routing split."""
    try:
        report = json.load(open(path))
    except (OSError, ValueError):
        return []
    paths = report.get("critical_paths") or []
    if not paths:
        return []
    steps = max(paths, key=lambda p: sum(s.get("delay", 0) for s in p.get("path", []))).get("path", [])
    if not steps:
        return []
    total = defaultdict(float)
    for s in steps:
        total[s.get("type", "?")] += s.get("delay", 0.0)
    logic = sum(1 for s in steps if s.get("type") == "logic")
    first, last = steps[0].get("from", {}), steps[-1].get("to", {})
    routing = total.get("routing", 0.0)
    cells = sum(total.values()) - routing
    return [
        f"critical path from {first.get('cell', '?')}.{first.get('port', '?')}",
        f"              to   {last.get('cell', '?')}.{last.get('port', '?')}",
        f"              {logic} logic cells; {cells:.2f} ns in cells, {routing:.2f} ns routing",
    ]


def strip_info(line):
    return re.sub(r"^(Info|Warning):\s?", "", line.rstrip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--device", required=True)
    ap.add_argument("--freq", required=True)
    ap.add_argument("--yosys-log", required=True)
    ap.add_argument("logs", nargs="+")
    args = ap.parse_args()

    print("# Placed-and-routed Fmax of the ecp5 build (the default card's field widths, 256 accounts,")
    print("# 16 instruments, 1024 order slots, 256-tick windows) inside bitstreams/ecp5_harness.v, on a")
    print(f"# Lattice ECP5: nextpnr-ecp5 {args.device} --freq {args.freq} --threads 1.")
    print("# yosys synth_ecp5 and nextpnr-ecp5 from PyPI (bitstreams/requirements.txt). `make fmax`.")
    print("# An ECP5 figure: it tracks changes to the card's logic, it is not an UltraScale+ Fmax.")
    print()

    fmaxes = []
    util = []
    seeds = []
    for log in args.logs:
        lines = open(log, errors="replace").read().splitlines()
        seed = re.search(r"seed(\d+)", log)
        seed = seed.group(1) if seed else "?"
        fm = [line for line in lines if "Max frequency for clock" in line]
        final = strip_info(fm[-1]) if fm else "no timing result (run failed or stopped)"
        m = re.search(r"clock '[^']*':\s*([\d.]+) MHz", final)
        if m:
            fmaxes.append((float(m.group(1)), seed))
        if not util:
            for i, line in enumerate(lines):
                if "Device utilisation" in line:
                    for u in lines[i + 1:]:
                        if not re.search(r"\d+/\s*\d+", u):
                            break
                        if not re.search(r"\b0/", u):
                            util.append(strip_info(u).strip())
                    break
        # the last critical path report: its first source, its last sink, logic/routing split
        crit = [i for i, line in enumerate(lines) if "Critical path report for clock" in line]
        path = []
        if crit:
            block = []
            for line in lines[crit[-1]:]:
                block.append(strip_info(line))
                if re.search(r"ns logic, [\d.]+ ns routing", line):
                    break
            srcs = [re.sub(r".*Source\s+", "", b) for b in block if re.search(r"\bSource\s", b)]
            sinks = [re.sub(r".*Sink\s+", "", b) for b in block if re.search(r"\bSink\s", b)]
            # logic steps by the output they leave through: F = LUT4, OFX = PFUMX/L6MUX
            # (wider LUTs), FCO = one bit of a CCU2C carry chain, P<n> = a multiplier
            outs = [b.rsplit(".", 1)[-1] for b in block if re.match(r"\s*logic\s", b)]
            luts = sum(1 for o in outs if o == "F")
            muxes = sum(1 for o in outs if o.startswith("OFX"))
            carry = sum(1 for o in outs if o == "FCO")
            mults = sum(1 for o in outs if re.fullmatch(r"P\d+", o))
            other = len(outs) - luts - muxes - carry - mults
            split = [b.strip() for b in block if "ns logic," in b]
            if srcs:
                path.append(f"critical path from {srcs[0]}")
            if sinks:
                path.append(f"              to   {sinks[-1]}")
            path.append(f"              {luts} LUT4, {muxes} PFUMX/L6MUX, {mults} MULT18X18D, "
                        f"{carry} carry bits (CCU2C halves)"
                        + (f", {other} other cells" if other else "")
                        + f"; {split[0] if split else ''}")
        if not path:
            path = critical_path_from_report(re.sub(r"\.log$", ".json", log))
        routed = [line for line in lines if re.search(r"Routing complete|Program finished", line)]
        seeds.append((seed, final, path, bool(routed)))

    if fmaxes:
        best = max(fmaxes)
        worst = min(fmaxes)
        span = f"{worst[0]:.2f}-{best[0]:.2f} MHz over {len(fmaxes)} seeds" if len(fmaxes) > 1 \
            else f"{best[0]:.2f} MHz (seed {best[1]})"
        print(f"Fmax (post-route): {span}")
    for seed, final, path, routed in seeds:
        print(f"seed {seed}: {final}{'' if routed else '  [not routed to completion]'}")
        for p in path:
            print(f"  {p}")
    print()
    print("nextpnr device utilisation (card + harness):")
    for u in util:
        print(f"  {u}")
    print()
    print("yosys synth_ecp5 cells (card + harness):")
    for line in last_stat(args.yosys_log):
        print(line)


if __name__ == "__main__":
    main()
