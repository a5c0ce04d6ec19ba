"""The host side of the card's ring protocol (docs/host-interface.md), for the cocotb
testbench: what host-driver does on a real card, over the PCIe model's BAR0 window and
the root complex's memory.

Register offsets, field masks and the expected identity come from `regmap.json`, which the
Rust harness writes from `wire/src/regmap.rs`, so this file names no offset of its own.
"""

import struct

from cocotb.triggers import Timer

LINE = 64
MARK_OFFSET = 44


class CardError(Exception):
    """The card refused bring-up or stopped with a sticky error."""


class Host:
    """Bring-up, the submission and completion rings, doorbells and completion marks."""

    def __init__(self, bar, memory, regmap, sq_log2=8, cq_log2=10, poll_ns=200):
        self.bar = bar
        self.memory = memory
        self.regs = regmap["registers"]
        self.fields = regmap["fields"]
        self.regmap = regmap
        self.sq_entries = 1 << sq_log2
        self.cq_entries = 1 << cq_log2
        self.sq_log2 = sq_log2
        self.cq_log2 = cq_log2
        self.poll_ns = poll_ns
        # One block of host memory: the status line, the submission ring, the completion ring.
        self.status_offset = 0
        self.sq_offset = 4096
        self.cq_offset = self.sq_offset + self.sq_entries * LINE
        self.size = self.cq_offset + self.cq_entries * LINE
        self.sq_base = None
        self.submitted = 0
        self.consumed = 0

    def addr(self, offset):
        return self.memory.get_absolute_address(offset)

    async def read(self, name):
        return await self.bar.read_dword(self.regs[name])

    async def write(self, name, value):
        await self.bar.write_dword(self.regs[name], value & 0xFFFF_FFFF)

    def field(self, register, name, value):
        lsb, width = self.fields[register][name]
        return (value >> lsb) & ((1 << width) - 1)

    def mask(self, register, name):
        lsb, width = self.fields[register][name]
        return ((1 << width) - 1) << lsb

    async def reset(self):
        """CONTROL.RESET, then wait for STATUS.RESETTING to clear."""
        await self.write("CONTROL", self.mask("CONTROL", "RESET"))
        while self.field("STATUS", "RESETTING", await self.read("STATUS")):
            await Timer(20 * self.poll_ns, "ns")

    async def bring_up(self, sq_base=None):
        """Steps 1-3 of docs/host-interface.md; `sq_base` overrides the ring's bus address."""
        card_id = await self.read("ID")
        if card_id != self.regmap["card_id"]:
            raise CardError(f"ID reads {card_id:#010x}, expected {self.regmap['card_id']:#010x}")
        version = await self.read("REGMAP_VERSION")
        if version >> 16 != self.regmap["regmap_version"] >> 16:
            raise CardError(f"REGMAP_VERSION {version:#010x}, expected major {self.regmap['regmap_version'] >> 16}")
        build_id = await self.read("BUILD_ID")
        if build_id != self.regmap["build_id"]:
            raise CardError(f"BUILD_ID {build_id:#010x}, expected {self.regmap['build_id']:#010x}")
        await self.reset()
        await self.memory.write(0, bytes(self.size))
        self.sq_base = self.addr(self.sq_offset) if sq_base is None else sq_base
        cq_base = self.addr(self.cq_offset)
        status = self.addr(self.status_offset)
        await self.write("SQ_BASE_LO", self.sq_base)
        await self.write("SQ_BASE_HI", self.sq_base >> 32)
        await self.write("SQ_SIZE_LOG2", self.sq_log2)
        await self.write("CQ_BASE_LO", cq_base)
        await self.write("CQ_BASE_HI", cq_base >> 32)
        await self.write("CQ_SIZE_LOG2", self.cq_log2)
        await self.write("STATUS_LINE_LO", status)
        await self.write("STATUS_LINE_HI", status >> 32)
        await self.write("CONTROL", self.mask("CONTROL", "ENABLE"))
        errors = await self.read("ERRORS")
        if errors:
            raise CardError(f"ERRORS {errors:#x} after enabling")
        self.submitted = 0
        self.consumed = 0

    async def status_line(self):
        line = await self.memory.read(self.status_offset, 16)
        sq_head, cq_tail, errors, writes = struct.unpack("<4I", line)
        return sq_head, cq_tail, errors, writes

    async def submit(self, records):
        """Writes as many of `records` (whole 64-byte entries) as the ring has room for,
        then rings the SQ_TAIL doorbell once; returns how many went."""
        sq_head = (await self.status_line())[0]
        room = self.sq_entries - (self.submitted - sq_head)
        count = min(room, len(records) // LINE)
        for k in range(count):
            entry = (self.submitted + k) % self.sq_entries
            await self.memory.write(self.sq_offset + entry * LINE, records[k * LINE:(k + 1) * LINE])
        if count:
            self.submitted += count
            await self.write("SQ_TAIL", self.submitted)
        return count

    async def take_completions(self):
        """Every completion whose mark says it is written, marks zeroed; CQ_HEAD rung."""
        taken = []
        while True:
            entry = self.consumed % self.cq_entries
            line = bytearray(await self.memory.read(self.cq_offset + entry * LINE, LINE))
            mark = struct.unpack_from("<I", line, MARK_OFFSET)[0]
            if mark != (self.consumed + 1) & 0xFFFF_FFFF:
                break
            struct.pack_into("<I", line, MARK_OFFSET, 0)
            taken.append(bytes(line))
            self.consumed += 1
        if taken:
            await self.write("CQ_HEAD", self.consumed)
        return taken

    async def errors(self):
        return await self.read("ERRORS")

    async def run(self, records, expected_reports, quiet_polls=50):
        """Streams `records` through the card and collects reports until `expected_reports`
        came or nothing moved for `quiet_polls` polls; stops at a sticky error."""
        reports = []
        sent = 0
        quiet = 0
        total = len(records) // LINE
        while len(reports) < expected_reports or sent < total:
            moved = False
            if sent < total:
                went = await self.submit(records[sent * LINE:])
                sent += went
                moved |= went > 0
            taken = await self.take_completions()
            reports.extend(taken)
            moved |= len(taken) > 0
            if (await self.status_line())[2]:
                break
            quiet = 0 if moved else quiet + 1
            if quiet > quiet_polls:
                break
            await Timer(self.poll_ns, "ns")
        return reports
