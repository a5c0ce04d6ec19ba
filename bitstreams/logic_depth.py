#!/usr/bin/env python3
"""Logic depth of a mapped Xilinx netlist (yosys `write_json` after `synth_xilinx -flatten`).

Every timed path starts at a flip-flop output, a block RAM / LUT RAM read output, a DSP
register or a top-level input, and ends at a flip-flop input, a block RAM / LUT RAM write or
address input, a DSP register input or a top-level output. Along a path three counts are
kept:

- LUT levels: each LUT1..LUT6 counts 1, and so does the asynchronous read of a LUT RAM
  (RAM32M16 and friends are LUTs used as memory); MUXF7/F8/F9 count 0 (they join LUTs of
  one slice into a wider function); carry cells count 0; INV counts 0 (the implementation
  tools fold it into a neighbouring LUT); buffers count 0.
- LUT levels + carry chains: as above, plus 1 each time the path enters a carry chain
  through a select or data input (S, DI, CYINIT); running along the chain (CI to CO/O,
  carry cell to carry cell) adds nothing. A 64-bit adder is then one level, like one LUT.
- cells: every LUT, MUXF, carry cell, INV and combinational DSP on the path counts 1 (the
  way vendor tools count "logic levels"; pessimistic for long carry chains).

A combinational DSP (no register between an input and P) is crossed at no LUT cost and
counted separately. Each cell is named after the module of the generated Verilog it came
from (the `src` attribute) and, for registers, the register's signal.

It also lists the block RAM address pins that a path reaches from a block RAM's read data
without its output register (DOA_REG/DOB_REG = 0), or through a combinational DSP: the two
kinds of start and middle that cost most time whatever the LUT count.

Usage: logic_depth.py NETLIST.json VERILOG.v [--top N] [--cells]
"""

import argparse
import bisect
import json
import re
import sys
from collections import defaultdict

SEQ_FF = {"FDRE", "FDSE", "FDCE", "FDPE", "FDRE_1", "FDSE_1", "LDCE", "LDPE"}
SEQ_BRAM = {"RAMB18E2", "RAMB36E2", "RAMB18E1", "RAMB36E1", "URAM288", "URAM288_BASE"}
LUTRAM_PREFIX = ("RAM16", "RAM32", "RAM64", "RAM128", "RAM256", "RAM512")
LUTS = {f"LUT{i}" for i in range(1, 7)}
MUXF = {"MUXF7", "MUXF8", "MUXF9"}
CARRY = {"CARRY4", "CARRY8"}
PASS = {"IBUF", "OBUF", "BUFG", "IBUFG", "BUFGCE", "OBUFT", "IOBUF"}
DSP = {"DSP48E2", "DSP48E1"}

# metric weights per cell kind: (lut levels, lut levels + carry chains, cells)
W_LUT = (1, 1, 1)
W_MUXF = (0, 0, 1)
W_INV = (0, 0, 1)
W_CARRY_ENTRY = (0, 1, 1)
W_CARRY_HOP = (0, 0, 1)
W_DSP = (0, 0, 1)
W_PASS = (0, 0, 0)
METRICS = ("LUT levels", "LUT levels + carry chains", "cells")


def dsp_reg(params, name):
    v = params.get(name, "0")
    try:
        return int(str(v), 2) if set(str(v)) <= {"0", "1"} else int(v)
    except ValueError:
        return 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("netlist")
    ap.add_argument("verilog")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--metric", type=int, default=0, help="0, 1 or 2 (see the docstring)")
    ap.add_argument("--cells", action="store_true",
                    help="list every cell along each path shown, with the net it drives")
    args = ap.parse_args()

    # line -> module of the generated Verilog
    starts, names = [], []
    with open(args.verilog) as f:
        for i, line in enumerate(f, 1):
            m = re.match(r"\s*module\s+([^\s(]+)", line)
            if m:
                starts.append(i)
                names.append(m.group(1))

    vbase = args.verilog.rsplit("/", 1)[-1]

    def block_of(cname, cell):
        """The card block a cell comes from, as a hierarchical path (`engine.risk`)."""
        if not cname.startswith("$"):
            # cells that keep their name: RAMs (`engine.level_totals.mem.0.1`)
            return re.sub(r"\.mem(\.\d+)*$", "", cname)
        deepest = None
        for part in cell.get("attributes", {}).get("src", "").split("|"):
            m = re.match(r"(.*):(\d+)\.", part)
            if m and m.group(1).rsplit("/", 1)[-1] == vbase:
                k = bisect.bisect_right(starts, int(m.group(2))) - 1
                if k >= 0 and (deepest is None or names[k].count("$") > deepest.count("$")):
                    deepest = names[k]
        if deepest is None:
            return "?"
        parts = deepest.split("$")[1:]
        return ".".join(parts) if parts else "(top)"

    def sig(name):
        """A flattened net name as a path: `engine.state$q` -> `engine.state.q`."""
        return name.lstrip("\\").replace("$", ".")

    with open(args.netlist) as f:
        design = json.load(f)
    mods = design["modules"]
    top = next(n for n, m in mods.items() if m.get("attributes", {}).get("top"))
    mod = mods[top]

    bit_names = defaultdict(list)  # bit -> its public net names
    for nname, net in mod["netnames"].items():
        if net.get("hide_name"):
            continue
        for i, b in enumerate(net["bits"]):
            if isinstance(b, int):
                bit_names[b].append(nname if len(net["bits"]) == 1 else f"{nname}[{i}]")
    bit_name = {b: min(ns, key=len) for b, ns in bit_names.items()}

    def reg_name(q, block, d):
        """A register's name: its output net inside its own block (`engine.rep_pending$q`)
        rather than the shortest alias (`egress.in_valid`, the port it drives); for a
        register synthesis made (a RAM's registered read address, selecting among its block
        RAMs) the net it samples."""
        ns = bit_names.get(q, [])
        own = [n for n in ns if sig(n).startswith(block + ".")] if block not in ("?",) else []
        if own:
            return sig(min(own, key=len))
        if ns:
            return sig(min(ns, key=len))
        if d in bit_names:
            return f"{sig(min(bit_names[d], key=len))} (registered copy)"
        return block if block != "?" else "(name not kept)"

    start_bits = {}  # bit -> description of the start point
    end_points = []  # (bit, description)
    comb = defaultdict(list)  # out bit -> [(in bit, weights, cell name)]
    unknown = defaultdict(int)
    bram_unregistered = set()  # read data bits of block RAM ports without output register

    for p, port in mod["ports"].items():
        for i, b in enumerate(port["bits"]):
            if not isinstance(b, int):
                continue
            desc = f"port {p}"
            if port["direction"] == "input":
                start_bits[b] = desc
            else:
                end_points.append((b, desc))

    for cname, cell in mod["cells"].items():
        t = cell["type"]
        dirs = cell.get("port_directions", {})
        conns = cell["connections"]
        ins = {p: [b for b in bs if isinstance(b, int)] for p, bs in conns.items()
               if dirs.get(p) == "input"}
        outs = {p: [b for b in bs if isinstance(b, int)] for p, bs in conns.items()
                if dirs.get(p) == "output"}
        block = block_of(cname, cell)

        def seq(label):
            params = cell.get("parameters", {})
            for p, bs in outs.items():
                # a block RAM's read port without its output register (DOA_REG/DOB_REG):
                # the data leave the array's latch late in the cycle
                side = "A" if "DOUTA" in p.upper() else "B" if "DOUTB" in p.upper() else None
                for b in bs:
                    start_bits[b] = f"{label} {block} (read data)"
                    if t in SEQ_BRAM and side and not dsp_reg(params, f"DO{side}_REG"):
                        bram_unregistered.add(b)
            for p, bs in ins.items():
                if p.upper() in ("C", "CLK", "CLKARDCLK", "CLKBWRCLK", "WCLK"):
                    continue
                for b in bs:
                    end_points.append((b, f"{label} {block} ({p})"))

        if t in SEQ_FF:
            q = outs.get("Q", [None])[0]
            reg = reg_name(q, block, (ins.get("D") or [None])[0])
            for b in outs.get("Q", []):
                start_bits[b] = f"register {reg}"
            for p, bs in ins.items():
                if p == "C":
                    continue
                for b in bs:
                    end_points.append((b, f"register {reg} ({p})"))
        elif t in SEQ_BRAM:
            seq(t)
        elif t.startswith(LUTRAM_PREFIX):
            # the write side is synchronous; a read is a LUT addressed asynchronously, so a
            # path runs through it from the read address (the stored data start nothing:
            # they come from a write a cycle or more before)
            for p, bs in outs.items():
                for b in bs:
                    for ap_, abs_ in ins.items():
                        if ap_.upper().startswith("ADDR"):
                            for a in abs_:
                                comb[b].append((a, W_LUT, cname))
            for p, bs in ins.items():
                if p.upper() in ("WCLK", "CLK"):
                    continue
                for b in bs:
                    end_points.append((b, f"{t} {block} ({p})"))
        elif t in DSP:
            params = cell.get("parameters", {})
            preg = dsp_reg(params, "PREG")
            mreg = dsp_reg(params, "MREG") if params.get("USE_MULT", "MULTIPLY") != "NONE" else 0
            regs = {"A": dsp_reg(params, "AREG"), "B": dsp_reg(params, "BREG"),
                    "C": dsp_reg(params, "CREG"), "D": dsp_reg(params, "DREG")}
            if preg or mreg:
                for p, bs in outs.items():
                    for b in bs:
                        start_bits[b] = f"{t} {block} (P)"
            for p, bs in ins.items():
                if p.upper() in ("CLK",):
                    continue
                registered = regs.get(p, 0) or p.startswith(("CE", "RST"))
                through = not registered and not preg and not (mreg and p in ("A", "B", "D"))
                if through:
                    for ob in (b for bs2 in outs.values() for b in bs2):
                        for b in bs:
                            comb[ob].append((b, W_DSP, cname))
                else:
                    for b in bs:
                        end_points.append((b, f"{t} {block} ({p})"))
        elif t in LUTS or t in MUXF or t == "INV" or t in PASS:
            w = W_LUT if t in LUTS else W_MUXF if t in MUXF else W_INV if t == "INV" else W_PASS
            for bs in outs.values():
                for ob in bs:
                    for ib in (b for bs2 in ins.values() for b in bs2):
                        comb[ob].append((ib, w, cname))
        elif t in CARRY:
            for bs in outs.values():
                for ob in bs:
                    for p, ibs in ins.items():
                        w = W_CARRY_HOP if p == "CI" else W_CARRY_ENTRY
                        for ib in ibs:
                            comb[ob].append((ib, w, cname))
        else:
            unknown[t] += 1
            seq(t)

    if unknown:
        print("# treated as registers (unknown cell types): "
              + ", ".join(f"{t} x{n}" for t, n in sorted(unknown.items())), file=sys.stderr)

    cell_type = {c: mod["cells"][c]["type"] for c in mod["cells"]}
    metric = args.metric
    sys.setrecursionlimit(1_000_000)
    memo = {}  # bit -> (depths tuple, predecessor (bit, cell) or None)
    onstack = set()

    def depth(b):
        if b in memo:
            return memo[b][0]
        if b not in comb:  # a start point (or a constant)
            memo[b] = ((0, 0, 0), None)
            return memo[b][0]
        if b in onstack:
            raise SystemExit(f"combinational loop through bit {b} ({bit_name.get(b)})")
        onstack.add(b)
        best, pred = None, None
        for ib, w, cname in comb[b]:
            d = depth(ib)
            nd = tuple(d[i] + w[i] for i in range(3))
            key = (nd[metric], nd)
            if best is None or key > (best[metric], best):
                best, pred = nd, (ib, cname)
        onstack.discard(b)
        memo[b] = (best, pred)
        return best

    def trace(b):
        cells, bits = [], [b]
        while memo.get(b, (None, None))[1] is not None:
            b, cname = memo[b][1]
            cells.append(cname)
            bits.append(b)
        return b, list(reversed(cells)), list(reversed(bits))

    results = []
    for b, desc in end_points:
        d = depth(b)
        results.append((d, b, desc))

    # per end point (one register / RAM port, not per bit), its deepest bit
    per_end = {}
    for d, b, desc in results:
        key = re.sub(r"\[\d+\]", "", desc)
        if key not in per_end or (d[metric], d) > (per_end[key][0][metric], per_end[key][0]):
            per_end[key] = (d, b, desc)

    def show(d, b, desc):
        """Prints a path: `b` is its end bit (traced back) or a (start, cells, bits) walk."""
        sb, cells, bits = trace(b) if isinstance(b, int) else b
        kinds = defaultdict(int)
        signals = []
        for pb in bits[1:-1]:
            n = bit_name.get(pb)
            if n and not n.startswith("$"):
                n = sig(re.sub(r"\[\d+\]$", "", n))
                if n not in signals:
                    signals.append(n)
        for c in cells:
            t = cell_type[c]
            k = ("LUT" if t in LUTS or t.startswith(LUTRAM_PREFIX) else "MUXF" if t in MUXF
                 else "carry" if t in CARRY else "DSP" if t in DSP else None)
            if k:
                kinds[k] += 1
        start = start_bits.get(sb, f"constant or undriven ({bit_name.get(sb, sb)})")
        print(f"{d[0]:3d} / {d[1]:3d} / {d[2]:3d}  "
              + " ".join(f"{k}={kinds[k]}" for k in ("LUT", "MUXF", "carry", "DSP")))
        print(f"      from {start}")
        print(f"      to   {desc}")
        if signals:
            print(f"      via  {', '.join(signals)}")
        if args.cells:
            for c, ob in zip(cells, bits[1:]):
                net = sig(bit_name[ob]) if ob in bit_name else "-"
                src = mod["cells"][c].get("attributes", {}).get("src", "").split("|")[0]
                line = re.sub(r".*/", "", src).split(".")[0] if src else ""
                print(f"        {cell_type[c]:<9} {block_of(c, mod['cells'][c]):<24} "
                      f"{line:<22} -> {net}")

    hist = defaultdict(int)
    for d, _, _ in per_end.values():
        hist[d[metric]] += 1
    print(f"top module: {top}; {len(per_end)} path end points (registers, RAM ports, outputs)")
    for i, m in enumerate(METRICS):
        best_i = max(per_end.values(), key=lambda r: (r[0][i], r[0]))
        print(f"longest path, {m}: {best_i[0][i]}")
    print(f"end points by {METRICS[metric]} (depth: count): "
          + ", ".join(f"{k}: {hist[k]}" for k in sorted(hist)))

    # by block of the card: the deepest path into each block's registers and RAMs
    def block_of_end(desc):
        m = re.match(r"\S+ (\S+)", desc)
        path = re.sub(r"\[\d+\]$", "", m.group(1)) if m else desc
        if desc.startswith("register"):
            path = re.sub(r"\.(q|read_address)$", "", path)
            return path.rsplit(".", 1)[0] if "." in path else "(top)"
        return path.rsplit(".", 1)[0] if path.count(".") > 1 else path.split(".")[0]

    per_block = {}
    for d, b, desc in per_end.values():
        blk = "(outputs)" if desc.startswith("port") else block_of_end(desc)
        if blk not in per_block or (d[metric], d) > (per_block[blk][0][metric], per_block[blk][0]):
            per_block[blk] = (d, b, desc)
    print()
    print("deepest path into each block (LUT levels / + carry chains / cells: end <- start):")
    for blk, (d, b, desc) in sorted(per_block.items(), key=lambda kv: -kv[1][0][metric]):
        print(f"  {blk:<22} {d[0]:2d} / {d[1]:2d} / {d[2]:2d}: {desc} <- "
              + start_bits.get(trace(b)[0], "constant"))
    print()
    print(f"worst {args.top} end points by {METRICS[metric]} "
          "(LUT levels / + carry chains / cells; LUT, MUXF, carry, DSP cells on the path):")
    ranked = sorted(per_end.values(), key=lambda r: (r[0][metric], r[0]), reverse=True)
    for d, b, desc in ranked[: args.top]:
        show(d, b, desc)

    # paths into block RAM address pins that start at a block RAM's unregistered read data or
    # run through a combinational DSP: the slow starts and the slow middles of a path,
    # whatever its LUT count
    through = {}  # bit -> a path into it runs through a combinational DSP

    def through_dsp(b):
        if b not in through:
            through[b] = any(cell_type[cname] in DSP or through_dsp(ib)
                             for ib, w, cname in comb.get(b, ()))
        return through[b]

    from_data = {}  # bit -> (LUT levels, predecessor) of its deepest path from block RAM data

    def data_depth(b):
        """LUT levels of the deepest path to `b` from unregistered block RAM data, or None."""
        if b in from_data:
            return from_data[b][0]
        best, pred = (0, None) if b in bram_unregistered else (None, None)
        for ib, w, cname in comb.get(b, ()):
            d = data_depth(ib)
            if d is not None and (best is None or d + w[0] > best):
                best, pred = d + w[0], ib
        from_data[b] = (best, pred)
        return best

    def data_start(b):
        """The block RAM read data where the deepest such path to `b` starts."""
        while from_data[b][1] is not None:
            b = from_data[b][1]
        return start_bits.get(b, "constant")

    def dsp_start(b):
        """The start of a path to `b` through a combinational DSP, and the DSP's block."""
        while b in comb:
            for ib, w, cname in comb[b]:
                if cell_type[cname] in DSP and not through_dsp(ib):
                    return (f"{start_bits.get(trace(ib)[0], 'constant')} "
                            f"(through {block_of(cname, mod['cells'][cname])}'s DSP)")
                if through_dsp(ib):
                    b = ib
                    break
            else:
                break
        return start_bits.get(b, "constant")

    deepest_data = {}  # address port -> (LUT levels, end bit) of its deepest path from data
    dsp_end = {}  # address port -> an end bit reached through a combinational DSP
    ports = set()
    for b, desc in end_points:
        if re.search(r"\(ADDR", desc) and any(t in desc for t in SEQ_BRAM):
            key = re.sub(r"\[\d+\]", "", desc)
            ports.add(key)
            d = data_depth(b)
            if d is not None and (key not in deepest_data or d > deepest_data[key][0]):
                deepest_data[key] = (d, b)
            if through_dsp(b):
                dsp_end.setdefault(key, b)
    from_bram = sorted(deepest_data, key=lambda k: (-deepest_data[k][0], k))
    via_dsp = sorted(dsp_end)
    print()
    print(f"block RAM address pins: {len(ports)} ports; reached from a block RAM's "
          f"unregistered read data: {len(from_bram)}; through a combinational DSP: {len(via_dsp)}")
    for k in from_bram[: args.top]:
        levels, b = deepest_data[k]
        print(f"  from unregistered block RAM read data ({levels} LUT levels): {k} <- {data_start(b)}")
    if len(from_bram) > args.top:
        print(f"  ... and {len(from_bram) - args.top} more")
    for k in via_dsp[: args.top]:
        print(f"  through a combinational DSP: {k} <- {dsp_start(dsp_end[k])}")
    if len(via_dsp) > args.top:
        print(f"  ... and {len(via_dsp) - args.top} more")

    # by start point: the deepest path out of each register / RAM / input (a forward pass),
    # so that paths behind the very worst one show too
    fanout = defaultdict(list)
    for ob, edges in comb.items():
        for ib, w, cname in edges:
            fanout[ib].append((ob, w, cname))
    end_desc = {}
    for eb, desc in end_points:
        end_desc.setdefault(eb, desc)
    fmemo = {}  # bit -> (heights, successor bit or None)

    def height(b):
        if b in fmemo:
            return fmemo[b][0]
        best, succ = ((0, 0, 0), None) if b in end_desc else (None, None)
        for ob, w, cname in fanout.get(b, ()):
            h = height(ob)
            if h is None:
                continue
            nh = tuple(h[i] + w[i] for i in range(3))
            if best is None or (nh[metric], nh) > (best[metric], best):
                best, succ = nh, (ob, cname)
        fmemo[b] = (best, succ)
        return best

    per_start = {}
    for sb, sdesc in start_bits.items():
        h = height(sb)
        if h is None:
            continue
        eb, cells, bits = sb, [], [sb]
        while fmemo[eb][1] is not None:
            eb, cname = fmemo[eb][1]
            cells.append(cname)
            bits.append(eb)
        key = re.sub(r"\[\d+\]", "", sdesc)
        if key not in per_start or (h[metric], h) > (per_start[key][0][metric], per_start[key][0]):
            per_start[key] = (h, (sb, cells, bits), end_desc[eb])
    print()
    print(f"worst {args.top} start points (the deepest path out of each register, RAM or input):")
    ranked = sorted(per_start.values(), key=lambda r: (r[0][metric], r[0]), reverse=True)
    for h, walk, desc in ranked[: args.top]:
        show(h, walk, desc)

if __name__ == "__main__":
    main()
