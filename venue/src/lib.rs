//! The live venue, shaped as LMAX built theirs: I/O at the edges, one sequencer, a journal
//! written before the matching thread sees a message, one busy matching thread, lock-free
//! rings between them.
//!
//! ```text
//! members ──TCP──▶ gateway tasks ──▶ sequencer ──▶ journal (fsync policy)
//!   (tokio: framing, login,          (in_seq,         │
//!    throttle, permissions)           dedupe)         ▼ ring
//!                                                matching thread (backend: engine-sw or a card)
//!                                                     │ ring
//! members ◀──TCP── gateway writers ◀── publisher ◀────┘
//!                                      (session sequence numbers, outbound logs,
//!                                       cancel-on-disconnect)
//! ```
//!
//! Determinism carries recovery: the journal replayed through the backend rebuilds the same
//! state and the same reports, so the session logs are rebuilt from it at every start.
//! `docs/order-entry.md` is the protocol; `docs/journal.md` the journal.

#![forbid(unsafe_code)]

pub mod client;
pub mod digest;
mod gateway;
pub mod matching;
mod pipeline;
pub mod publisher;
mod sequencer;
pub mod server;
pub mod sessions;
pub mod snapshot;

pub use matching::{BackendFactory, MatchingBackend};
pub use pipeline::DEFAULT_IDLE_SPINS;
pub use publisher::Milestone;
pub use server::{venue_digest, RunningVenue, VenueOptions};
pub use sessions::{Accounts, SessionConfig, Sessions, SessionsError};
