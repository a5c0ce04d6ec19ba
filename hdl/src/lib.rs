//! gatebook's matching and pre-trade risk pipeline, described in RustHDL, and the card
//! shell around it.
//!
//! The card sees the same 64-byte wire records as every other backend (one record per
//! 512-bit beat in, one report per beat out) and must produce the report stream of the
//! software reference engine, row for row. The pipeline is three stages joined by
//! valid/ready streams, the middle one taking one message at a time; `docs/pipeline.md`
//! shows how they join, cycle by cycle, and what each costs.
//!
//! - [`ingress`]: each record judged (malformed, control or order flow) and split into fields.
//! - [`matcher`]: the message stage, [`matcher::Matcher`]: the venue tables, the book and
//!   the message FSM. It holds the [`risk`] checks 1–14, the account [`ledger`] (headroom
//!   and exposure), the level [`bitmap`], the [`order_ids`] table, the slots' [`free_list`]
//!   and [`slot_links`], and the [`tables`]' control-record decoder.
//! - [`egress`]: each report packed into a `ReportRecord` and stamped with the cycle counter.
//! - [`top`]: the three joined as `gatebook_top` ([`top::GatebookTop`]): the default card,
//!   the wide build (`gatebook_wide`) and the small build the simulation tests run.
//! - Instrument lanes, built block by block and not yet joined into a top: the
//!   [`lane_dispatch`] (with each lane's [`account_shadow`]), the in_seq [`lane_merge`], the
//!   shared free-slot [`slot_count`], the [`lane_table`] every lane reads and writes and
//!   the [`id_table_ports`], whose lanes take turns through a [`round_robin`]
//!   (`docs/pipeline.md`, "Instrument lanes").
//! - [`shell`]: `gatebook_card`, the BAR0 registers and the DMA front end (submission fetch,
//!   completion writer) around `gatebook_top`.
//! - [`verilog`], [`wire_bits`]: a block's Verilog under a chosen module name; record bytes
//!   as beat bits.
//!
//! The `gen_verilog` binary writes the checked-in Verilog of `hdl/generated/` and the card's
//! build manifest.

#![forbid(unsafe_code)]

pub mod account_shadow;
pub mod bitmap;
pub mod egress;
pub mod free_list;
pub mod id_table_ports;
pub mod ingress;
pub mod lane_dispatch;
pub mod lane_merge;
pub mod lane_table;
pub mod lane_top;
pub mod ledger;
pub mod matcher;
pub mod order_ids;
pub mod risk;
pub mod round_robin;
pub mod shell;
pub mod slot_count;
pub mod slot_links;
pub mod table_ram;
pub mod tables;
pub mod top;
pub mod verilog;
pub mod wire_bits;

#[cfg(test)]
pub(crate) mod testbench;
