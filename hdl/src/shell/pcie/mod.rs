//! The card's PCIe front end: the shell's register port and DMA port served by the Xilinx
//! UltraScale+ PCIe hard block (PG213) through its four AXI-Stream interfaces, 512 bits wide,
//! DWORD-aligned, without straddling (docs/pcie.md).
//!
//! - [`completer`]: BAR0 accesses arrive on CQ; reads are answered on CC.
//! - [`read_engine`]: the shell's line reads become memory read requests on RQ, each with a
//!   tag of its own; completions come back on RC, split and in any order, into a reorder
//!   buffer that hands the lines on in request order, errors included.
//! - [`write_engine`]: the shell's line writes become posted memory writes on RQ.
//! - [`rq_mux`]: reads and writes share RQ, a whole request at a time.
//! - [`pcie_card`]: `gatebook_pcie`, the top: these blocks on the hard block's user clock,
//!   the card (`gatebook_card`'s shell and pipeline) on a clock of its own, asynchronous
//!   FIFOs between them and a reset synchronizer.

pub mod completer;
pub mod pcie_card;
pub mod read_engine;
pub mod rq_mux;
pub mod write_engine;

/// Width of the hard block's AXI-Stream data buses (bits).
pub const AXIS_BITS: usize = 512;
/// `tkeep` width: one bit per DWORD.
pub const KEEP_BITS: usize = AXIS_BITS / 32;
/// Width of `m_axis_cq_tuser` on the 512-bit interface.
pub const CQ_USER_BITS: usize = 183;
/// Width of `s_axis_cc_tuser` on the 512-bit interface.
pub const CC_USER_BITS: usize = 81;
/// Width of `s_axis_rq_tuser` on the 512-bit interface.
pub const RQ_USER_BITS: usize = 137;
/// Width of `m_axis_rc_tuser` on the 512-bit interface.
pub const RC_USER_BITS: usize = 161;

/// Request type field of the CQ and RQ descriptors: memory read.
pub const REQ_MEM_READ: u64 = 0b0000;
/// Request type field of the CQ and RQ descriptors: memory write.
pub const REQ_MEM_WRITE: u64 = 0b0001;

/// RC descriptor error code: normal termination (PG213, table "Requester Completion
/// Descriptor Error Codes"). The card reports any other code in ERRORS.DMA_READ_STATUS.
pub const RC_OK: u64 = 0b0000;
/// RC error code: the completion was poisoned (EP set).
pub const RC_POISONED: u64 = 0b0001;
/// RC error code: the completion's status was UR, CA or CRS (an address the root complex
/// or the IOMMU refused).
pub const RC_BAD_STATUS: u64 = 0b0010;
/// RC error code: the completion's length does not fit the request.
pub const RC_INVALID_LENGTH: u64 = 0b0011;
/// RC error code: the hard block timed the request out (its completion never came).
pub const RC_TIMEOUT: u64 = 0b1001;

/// Completion status field of a CC descriptor: successful completion.
pub const CPL_SUCCESS: u64 = 0b000;
/// Completion status field of a CC descriptor: unsupported request.
pub const CPL_UNSUPPORTED: u64 = 0b001;

/// Bytes per DMA line (one submission or completion entry).
pub const LINE_BYTES: u64 = 64;
/// DWORDs per DMA line.
pub const LINE_DWORDS: u64 = LINE_BYTES / 4;

/// RQ tuser (512-bit interface): the first DWORD's byte enables, bits 3..0.
const RQ_FIRST_BE: u64 = 0xF;
/// RQ tuser: the last DWORD's byte enables start at bit 8.
const RQ_LAST_BE_LSB: u64 = 8;
/// RQ tuser: `is_sop[0]`, a packet starts in this beat.
const RQ_IS_SOP: u64 = 1 << 20;
/// RQ tuser: `is_eop[0]`, a packet ends in this beat.
const RQ_IS_EOP: u64 = 1 << 26;
/// RQ tuser: `is_eop0_ptr`, the packet's last DWORD in this beat, starts at bit 28.
const RQ_EOP_PTR_LSB: u64 = 28;

/// RQ tuser of a beat: on a packet's first beat, all bytes of its first and last DWORDs
/// enabled and `is_sop[0]`; on its last, `is_eop[0]` with the end in DWORD `last_dword`.
pub fn rq_user(first_beat: bool, last_dword: Option<u64>) -> u64 {
    let mut user = 0;
    if first_beat {
        user |= RQ_FIRST_BE | (RQ_FIRST_BE << RQ_LAST_BE_LSB) | RQ_IS_SOP;
    }
    if let Some(dword) = last_dword {
        user |= RQ_IS_EOP | (dword << RQ_EOP_PTR_LSB);
    }
    user
}
