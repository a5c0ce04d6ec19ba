//! The whole card, shell and pipeline (`Vgatebook_card`), driven over its MMIO port with
//! its DMA port served from a [`HostMemory`]: the card as a host driver sees it.
//!
//! Each cycle the card's read requests are queued and answered after
//! [`DmaTiming::read_latency_cycles`], one line per cycle in request order (the line is read
//! from host memory when it is answered; a line that cannot be read is answered with
//! `rd_resp_status` [`READ_STATUS_BAD`], as a root complex answers a read it refuses with
//! Unsupported Request). Its writes are applied to host memory when taken. A PCIe write is
//! posted and gets no answer, so a write host memory refuses is dropped without the card
//! knowing, as an IOMMU drops it: the harness keeps the first one, for
//! [`SimShell::take_write_fault`] (the platform over it reports it as an error naming the
//! address). Register writes take one cycle, reads two, and the DMA port is served meanwhile.

use crate::ffi::{ShellInputs, ShellModel, ShellOutputs};
use crate::SimError;
use gatebook_wire::regmap::{self, fields};
use std::collections::VecDeque;

/// The `rd_resp_status` of a line host memory refuses: 2, bad completion status (the PCIe
/// requester completion error code of an Unsupported Request or Completer Abort, which is
/// what a root complex answers for an address outside the host's mapping). The card keeps it
/// in ERRORS.DMA_READ_STATUS.
pub const READ_STATUS_BAD: u8 = 2;

/// A DMA access to a bus address the host did not map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DmaFault {
    /// The line's bus address.
    pub bus_addr: u64,
}

impl std::fmt::Display for DmaFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DMA access to unmapped bus address {:#x}", self.bus_addr)
    }
}

impl std::error::Error for DmaFault {}

/// Host memory as the card sees it over PCIe: bus addresses, whole 64-byte lines.
pub trait HostMemory {
    /// Reads the 64-byte line at `bus_addr` (a DMA read by the card); a fault when unmapped.
    fn read_line(&mut self, bus_addr: u64) -> Result<[u8; 64], DmaFault>;
    /// Writes the 64-byte line at `bus_addr` (a DMA write by the card); a fault when unmapped
    /// (the line is dropped; the card is not told, see [`SimShell::take_write_fault`]).
    fn write_line(&mut self, bus_addr: u64, line: &[u8; 64]) -> Result<(), DmaFault>;
}

/// How the simulated PCIe link answers the card.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DmaTiming {
    /// Cycles from a read request to its first line (140: a PCIe read's 560 ns, were the card
    /// clocked at 250 MHz).
    pub read_latency_cycles: u32,
}

impl Default for DmaTiming {
    fn default() -> Self {
        DmaTiming {
            read_latency_cycles: 140,
        }
    }
}

/// Host memory with nothing mapped: every access faults.
struct NoMemory;

impl HostMemory for NoMemory {
    fn read_line(&mut self, bus_addr: u64) -> Result<[u8; 64], DmaFault> {
        Err(DmaFault { bus_addr })
    }
    fn write_line(&mut self, bus_addr: u64, _: &[u8; 64]) -> Result<(), DmaFault> {
        Err(DmaFault { bus_addr })
    }
}

/// What the host puts on the MMIO port in one cycle.
#[derive(Debug, Clone, Copy, Default)]
struct Mmio {
    addr: u32,
    wdata: u32,
    write: bool,
    read: bool,
}

/// The Verilated card with its DMA port served.
pub struct SimShell {
    model: ShellModel,
    timing: DmaTiming,
    cycle: u64,
    /// Lines requested and not yet answered: (cycle due, bus address).
    reads: VecDeque<(u64, u64)>,
    /// The first write host memory refused since the last [`SimShell::take_write_fault`].
    write_fault: Option<DmaFault>,
}

fn words(line: &[u8; 64]) -> [u32; 16] {
    std::array::from_fn(|i| u32::from_le_bytes(line[4 * i..4 * i + 4].try_into().unwrap()))
}

fn line(words: &[u32; 16]) -> [u8; 64] {
    let mut bytes = [0u8; 64];
    for (i, word) in words.iter().enumerate() {
        bytes[4 * i..4 * i + 4].copy_from_slice(&word.to_le_bytes());
    }
    bytes
}

impl SimShell {
    /// Builds the model and takes it through its power-on reset (until STATUS.RESETTING
    /// clears), with the default DMA timing.
    pub fn new() -> Result<SimShell, SimError> {
        SimShell::with_timing(DmaTiming::default())
    }

    /// As [`SimShell::new`], with the given DMA timing.
    pub fn with_timing(timing: DmaTiming) -> Result<SimShell, SimError> {
        let model = ShellModel::new().ok_or(SimError::Unavailable)?;
        let mut shell = SimShell {
            model,
            timing,
            cycle: 0,
            reads: VecDeque::new(),
            write_fault: None,
        };
        let mut none = NoMemory;
        for _ in 0..2 {
            shell.step(Mmio::default(), true, &mut none);
        }
        let start = shell.cycle;
        while shell.read_register(regmap::STATUS, &mut none) & fields::STATUS::RESETTING.mask() != 0
        {
            if shell.cycle - start > crate::RESET_CYCLES {
                return Err(SimError::ResetTimeout);
            }
            shell.run(256, &mut none);
        }
        Ok(shell)
    }

    /// Whether this build carries the Verilated card.
    pub fn available() -> bool {
        crate::ffi::AVAILABLE
    }

    /// The DMA timing in use.
    pub fn timing(&self) -> DmaTiming {
        self.timing
    }

    /// Writes a register (one cycle).
    pub fn write_register(&mut self, offset: u32, value: u32, mem: &mut dyn HostMemory) {
        let mmio = Mmio {
            addr: offset,
            wdata: value,
            write: true,
            read: false,
        };
        self.step(mmio, false, mem);
    }

    /// Reads a register (two cycles: the request, then the data).
    pub fn read_register(&mut self, offset: u32, mem: &mut dyn HostMemory) -> u32 {
        let mmio = Mmio {
            addr: offset,
            read: true,
            ..Mmio::default()
        };
        self.step(mmio, false, mem);
        let out = self.step(Mmio::default(), false, mem);
        debug_assert!(out.mmio_rvalid != 0, "read data comes the cycle after");
        out.mmio_rdata
    }

    /// Clocks the card for `cycles` cycles, serving its DMA.
    pub fn run(&mut self, cycles: u64, mem: &mut dyn HostMemory) {
        for _ in 0..cycles {
            self.step(Mmio::default(), false, mem);
        }
    }

    /// Cycles since the model was built.
    pub fn cycles(&self) -> u64 {
        self.cycle
    }

    /// The first DMA write host memory refused since the last call, if any. The card cannot
    /// report it (a PCIe write gets no answer: it goes on as if the line were written, and
    /// ERRORS stays clear), so the harness does, as a host's IOMMU logs the fault: whoever
    /// drives the card checks here.
    pub fn take_write_fault(&mut self) -> Option<DmaFault> {
        self.write_fault.take()
    }

    /// One clock cycle.
    fn step(&mut self, mmio: Mmio, reset: bool, mem: &mut dyn HostMemory) -> ShellOutputs {
        let mut inputs = ShellInputs {
            mmio_addr: mmio.addr,
            mmio_wdata: mmio.wdata,
            reset: u8::from(reset),
            mmio_write: u8::from(mmio.write),
            mmio_read: u8::from(mmio.read),
            rd_req_ready: 1,
            wr_ready: 1,
            ..ShellInputs::default()
        };
        if self
            .reads
            .front()
            .is_some_and(|&(due, _)| due <= self.cycle)
        {
            let (_, bus_addr) = self.reads.pop_front().expect("a line is due");
            inputs.rd_resp_valid = 1;
            match mem.read_line(bus_addr) {
                Ok(data) => inputs.rd_resp_data = words(&data),
                Err(_) => inputs.rd_resp_status = READ_STATUS_BAD,
            }
        }
        self.model.set_inputs(&inputs);
        let out = self.model.outputs();
        if out.rd_req_valid != 0 {
            let first = (self.cycle + u64::from(self.timing.read_latency_cycles))
                .max(self.reads.back().map_or(0, |&(due, _)| due + 1));
            for i in 0..u64::from(out.rd_req_lines) {
                self.reads.push_back((first + i, out.rd_req_addr + 64 * i));
            }
        }
        if out.wr_valid != 0 {
            if let Err(fault) = mem.write_line(out.wr_addr, &line(&out.wr_data)) {
                self.write_fault.get_or_insert(fault);
            }
        }
        self.model.tick();
        self.cycle += 1;
        out
    }
}
