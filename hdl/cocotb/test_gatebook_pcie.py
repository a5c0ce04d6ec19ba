"""cocotb testbench of `gatebook_pcie`: the card on the UltraScale+ PCIe hard block, driven
through cocotbext-pcie's root complex and UltraScale+ device model.

The Rust harness (`tests/pcie_cocotb.rs`) prepares `GATEBOOK_COCOTB_DIR`: `regmap.json`
(offsets, fields, identity) and `cases.json`, each case a stream of submission records and
the number of reports engine-sw gave for it. Every case runs on a card brought up from
reset; the reports read back are written beside the records for the harness to compare
with engine-sw's, report by report. The fault tests check the card's sticky errors here.

The link between the root complex and the card reorders completions of different requests
(seeded, so every run is the same), and the root complex splits every completion at each
64-byte boundary, so the card's reorder buffer sees split and out-of-order completions.
"""

import json
import logging
import os
import random
from pathlib import Path

import cocotb
from cocotb.clock import Clock
from cocotb.triggers import FallingEdge, Timer
from cocotbext.axi import AxiStreamBus
from cocotbext.pcie.core import RootComplex
from cocotbext.pcie.core.tlp import CplStatus, TlpType
from cocotbext.pcie.xilinx.us import UltraScalePlusPcieDevice
from cocotbext.pcie.xilinx.us.tlp import ErrorCode, Tlp_us

from host import Host

WORK = Path(os.environ.get("GATEBOOK_COCOTB_DIR", "."))
CORE_CLOCK_NS = 5.0  # 200 MHz: not a multiple of the 250 MHz user clock, so the crossings work


def load(name):
    return json.loads((WORK / name).read_text())


class Link:
    """Sits in the device model's path for completions: holds them, lets them out in a
    seeded random order (never reordering two of one request), and can poison, drop or
    time out the completions of chosen requests."""

    def __init__(self, device, seed):
        self.device = device
        self.deliver = device.upstream_recv
        self.random = random.Random(seed)
        self.held = []
        self.poison_next = False
        self.lose_next = False
        self.lost_tag = None
        self.completions = 0
        device.upstream_port.rx_handler = self.receive
        cocotb.start_soon(self.release_held())

    @staticmethod
    def is_completion(tlp):
        return tlp.fmt_type in {TlpType.CPL, TlpType.CPL_DATA}

    async def receive(self, tlp):
        if not self.is_completion(tlp):
            await self.deliver(tlp)
            return
        self.completions += 1
        if self.poison_next:
            self.poison_next = False
            tlp.ep = True
        if self.lose_next:
            self.lose_next = False
            self.lost_tag = tlp.tag
            self.lost_first = tlp
        if tlp.tag == self.lost_tag:
            # Every completion of the request is lost; after the last, the hard block's
            # timeout fires.
            tlp.release_fc()
            if tlp.byte_count <= tlp.length * 4:
                self.lost_tag = None
                cocotb.start_soon(self.time_out(self.lost_first))
            return
        self.held.append(tlp)
        if len(self.held) >= 4:
            await self.release_one()

    async def release_one(self):
        # The oldest completion of each tag may go; of those, a random one.
        firsts = []
        seen = set()
        for index, tlp in enumerate(self.held):
            if tlp.tag not in seen:
                seen.add(tlp.tag)
                firsts.append(index)
        tlp = self.held.pop(self.random.choice(firsts))
        await self.deliver(tlp)

    async def release_held(self):
        while True:
            await Timer(40, "ns")
            while self.held:
                await self.release_one()

    async def time_out(self, tlp):
        """What the hard block does when a completion never comes: after its timeout it
        reports the request on RC with error code 9 and frees the tag."""
        await Timer(2000, "ns")
        report = Tlp_us()
        report.fmt_type = TlpType.CPL
        report.tag = tlp.tag
        report.requester_id = tlp.requester_id
        report.completer_id = tlp.completer_id
        report.status = CplStatus.SC
        report.error_code = ErrorCode.TIMEOUT
        report.request_completed = True
        report.byte_count = tlp.byte_count
        report.lower_address = tlp.lower_address
        report.length = 0
        self.device.active_request[tlp.tag] = None
        await self.device.rc_queue.put(report)


class Testbench:
    def __init__(self, dut, seed=1):
        self.dut = dut
        self.regmap = load("regmap.json")
        # The models log every TLP and their whole configuration at INFO: warnings only.
        logging.getLogger("cocotb.pcie").setLevel(logging.WARNING)
        self.rc = RootComplex()
        self.rc.split_on_all_rcb = True
        self.device = UltraScalePlusPcieDevice(
            pcie_generation=3,
            pcie_link_width=16,
            user_clk_frequency=250e6,
            alignment="dword",
            cq_straddle=False,
            cc_straddle=False,
            rq_straddle=False,
            rc_straddle=False,
            rc_4tlp_straddle=False,
            pf_count=1,
            max_payload_size=512,
            enable_client_tag=True,
            enable_extended_tag=False,
            enable_parity=False,
            user_clk=dut.user_clk,
            user_reset=dut.user_reset,
            rq_bus=AxiStreamBus.from_prefix(dut, "s_axis_rq"),
            rc_bus=AxiStreamBus.from_prefix(dut, "m_axis_rc"),
            cq_bus=AxiStreamBus.from_prefix(dut, "m_axis_cq"),
            cc_bus=AxiStreamBus.from_prefix(dut, "s_axis_cc"),
            pcie_cq_np_req=dut.pcie_cq_np_req,
            cfg_max_read_req=dut.cfg_max_read_req,
        )
        for interface in (self.device.rq_sink, self.device.rc_source, self.device.cq_source, self.device.cc_sink):
            interface.log.setLevel(logging.WARNING)
        self.device.functions[0].configure_bar(0, self.regmap["bar0_bytes"])
        self.rc.make_port().connect(self.device)
        self.link = Link(self.device, seed)
        cocotb.start_soon(Clock(dut.core_clk, CORE_CLOCK_NS, unit="ns").start())

    async def start(self):
        await FallingEdge(self.dut.user_reset)
        await Timer(100, "ns")
        await self.rc.enumerate()
        function = self.rc.find_device(self.device.functions[0].pcie_id)
        await function.enable_device()
        await function.set_master()
        memory = self.rc.mem_pool.alloc_region(1 << 20)
        self.host = Host(function.bar_window[0], memory, self.regmap)
        return self.host


def cases(kind):
    return [case for case in load("cases.json") if case["kind"] == kind]


@cocotb.test()
async def reports_match_engine_sw(dut):
    """Every matching case: bring-up, stream, collect; the harness compares the reports."""
    bench = Testbench(dut, seed=1)
    host = await bench.start()
    for case in cases("match"):
        records = (WORK / case["records"]).read_bytes()
        await host.bring_up()
        reports = await host.run(records, case["reports"])
        errors = await host.errors()
        assert errors == 0, f"{case['name']}: ERRORS {errors:#x}"
        (WORK / (case["name"] + ".reports")).write_bytes(b"".join(reports))
        dut._log.info("%s: %d records, %d reports", case["name"], len(records) // 64, len(reports))
    if cases("match"):
        assert bench.link.completions > 0, "no read completion went through the link"


def only_case(kind):
    found = cases(kind)
    assert len(found) == 1, f"one {kind} case expected"
    return found[0], (WORK / found[0]["records"]).read_bytes()


async def read_fault_case(dut, seed, status, sq_base=None, arm=None):
    """Brings the card up (its submission ring at `sq_base` if given), lets `arm` set up
    the link's fault, streams the fault case and checks the card halted with
    DMA_READ_FAULT and `status` in DMA_READ_STATUS."""
    bench = Testbench(dut, seed=seed)
    host = await bench.start()
    case, records = only_case("fault")
    await host.bring_up(sq_base=sq_base)
    if arm:
        arm(bench.link)
    await host.run(records, case["reports"], quiet_polls=200)
    errors = await host.errors()
    assert host.field("ERRORS", "DMA_READ_FAULT", errors) == 1, f"ERRORS {errors:#x}"
    assert host.field("ERRORS", "DMA_READ_STATUS", errors) == status, f"ERRORS {errors:#x}"
    assert host.field("STATUS", "HALTED", await host.read("STATUS")) == 1


@cocotb.test()
async def an_address_outside_host_memory_is_a_read_fault(dut):
    # Bus address 0x7000_0000 is inside the root complex's memory window but in no region:
    # the root complex answers Unsupported Request.
    await read_fault_case(dut, seed=2, status=2, sq_base=0x7000_0000)


@cocotb.test()
async def a_poisoned_completion_is_a_read_fault(dut):
    await read_fault_case(dut, seed=3, status=1, arm=lambda link: setattr(link, "poison_next", True))


@cocotb.test()
async def a_completion_that_never_comes_is_a_read_fault(dut):
    await read_fault_case(dut, seed=4, status=9, arm=lambda link: setattr(link, "lose_next", True))


@cocotb.test()
async def a_reset_mid_stream_starts_the_card_over(dut):
    """CONTROL.RESET while reads and writes are in flight, then the case again from the
    start: its reports must be engine-sw's, with nothing left from before the reset."""
    bench = Testbench(dut, seed=5)
    host = await bench.start()
    case, records = only_case("reset")
    await host.bring_up()
    await host.submit(records)
    await Timer(300, "ns")
    await host.bring_up()
    reports = await host.run(records, case["reports"])
    assert await host.errors() == 0
    (WORK / (case["name"] + ".reports")).write_bytes(b"".join(reports))
