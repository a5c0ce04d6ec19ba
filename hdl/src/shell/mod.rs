//! The card shell: the register block, the DMA front end and the top module
//! `gatebook_card` around the matching pipeline (docs/host-interface.md).
//!
//! - [`regs`]: BAR0 registers on the MMIO port.
//! - [`sq_fetch`]: submission ring reads into a FIFO that feeds the pipeline.
//! - [`cq_write`]: reports into the completion ring with their marks, and the status line.
//! - [`card`]: `gatebook_card`, the blocks and the pipeline joined.
//! - [`pcie`]: `gatebook_pcie`, the card on the UltraScale+ PCIe hard block.

pub mod card;
pub mod cq_write;
pub mod pcie;
pub mod regs;
pub mod sq_fetch;
