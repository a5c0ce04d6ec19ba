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
    /// `LOGIN`, client to venue, length 57: opens a session.
    pub const LOGIN: u8 = 0x01;
    /// `LOGOUT`, client to venue, length 1: ends the session after its reports.
    pub const LOGOUT: u8 = 0x02;
    /// `CLIENT_HEARTBEAT`, client to venue, length 1: keeps a quiet connection alive.
    pub const CLIENT_HEARTBEAT: u8 = 0x03;
    /// `ORDER`, client to venue, length 65: one 64-byte order-flow record.
    pub const ORDER: u8 = 0x10;
    /// `MARK`, client to venue, length 13: a mark for the margin engine (admin sessions).
    pub const MARK: u8 = 0x11;
    /// `LOGIN_ACCEPTED`, venue to client, length 21: the session is open.
    pub const LOGIN_ACCEPTED: u8 = 0x81;
    /// `LOGIN_REJECTED`, venue to client, length 2: the login was refused; the connection closes.
    pub const LOGIN_REJECTED: u8 = 0x82;
    /// `SERVER_HEARTBEAT`, venue to client, length 1: sent after a heartbeat interval of silence.
    pub const SERVER_HEARTBEAT: u8 = 0x83;
    /// `REPORT`, venue to client, length 81: one report record with its sequence numbers.
    pub const REPORT: u8 = 0x84;
    /// `REFUSED`, venue to client, length 25: an inbound frame not taken.
    pub const REFUSED: u8 = 0x85;
    /// `LOGOUT_ACCEPTED`, venue to client, length 9: the logout is done; the connection closes.
    pub const LOGOUT_ACCEPTED: u8 = 0x86;
    /// `GOODBYE`, venue to client, length 2: the last frame before the venue closes a connection.
    pub const GOODBYE: u8 = 0x87;
}
