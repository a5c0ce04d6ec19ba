//! The binary order-entry protocol between members and the venue, as `docs/order-entry.md`
//! describes it byte for byte. Pure encoding and decoding: no sockets, no threads, so the
//! server, the load generator and the tests share one definition and the decoder can be
//! fuzzed on its own.
//!
//! Every frame is `length: u16 LE`, `type: u8`, then `length - 1` payload bytes. Orders and
//! reports travel as the 64-byte wire records every backend already speaks (`docs/wire.md`).

#![forbid(unsafe_code)]

mod codes;
mod frames;

pub use codes::{GoodbyeReason, LoginRejectReason, RefuseReason};
pub use frames::{
    decode_frame, session_name, ClientFrame, FramingError, RawFrame, Refusal, ServerFrame,
    SessionName, Token, FRAME_HEADER_BYTES, MAX_FRAME_LENGTH, SESSION_NAME_BYTES, TOKEN_BYTES,
};

/// Frame type codes: client to venue below 0x80, venue to client from 0x80.
pub mod frame_type {
    pub const LOGIN: u8 = 0x01;
    pub const LOGOUT: u8 = 0x02;
    pub const CLIENT_HEARTBEAT: u8 = 0x03;
    pub const ORDER: u8 = 0x10;
    pub const MARK: u8 = 0x11;
    pub const LOGIN_ACCEPTED: u8 = 0x81;
    pub const LOGIN_REJECTED: u8 = 0x82;
    pub const SERVER_HEARTBEAT: u8 = 0x83;
    pub const REPORT: u8 = 0x84;
    pub const REFUSED: u8 = 0x85;
    pub const LOGOUT_ACCEPTED: u8 = 0x86;
    pub const GOODBYE: u8 = 0x87;
}
