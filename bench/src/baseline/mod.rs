//! engine-sw as it was before the deep-book work (commit b88df64), kept so that every
//! benchmark run measures the current engine and its predecessor side by side, in one
//! process, on the same records. Not a product path; a test checks that both give the same
//! reports byte for byte.

#![allow(dead_code)]

mod bitmap;
mod book;
mod engine;
mod order_ids;
mod reports;
mod risk;
mod slots;

pub use engine::Engine;
