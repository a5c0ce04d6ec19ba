//! gatebook's matching and pre-trade risk pipeline, described in RustHDL.
//!
//! The card sees the same 64-byte wire records as every other backend (one record per
//! 512-bit beat in, one report per beat out) and must produce the report stream of the
//! software reference engine, row for row. Each stage is a small block with valid/ready
//! streams; `docs/pipeline.md` shows how they join, cycle by cycle.

#![forbid(unsafe_code)]

pub mod bitmap;
pub mod egress;
pub mod free_list;
pub mod ingress;
pub mod matcher;
pub mod order_ids;
pub mod risk;
pub mod shell;
pub mod tables;
pub mod top;
pub mod verilog;
pub mod wire_bits;

#[cfg(test)]
pub(crate) mod testbench;
