//! Frames: their layouts, encoding and decoding.

use crate::codes::{GoodbyeReason, LoginRejectReason, RefuseReason};
use crate::frame_type as ft;
use gatebook_wire::{Mark, OrderRecord, ReportRecord, RECORD_BYTES};

/// Bytes before the payload: the length (u16) and the type (u8).
pub const FRAME_HEADER_BYTES: usize = 3;
/// The largest value of the length field. A longer frame cannot be meant: the stream is
/// closed rather than read into memory.
pub const MAX_FRAME_LENGTH: usize = 512;
/// A session name on the wire: ASCII, right-padded with zero bytes.
pub const SESSION_NAME_BYTES: usize = 16;
/// A login token on the wire: right-padded with zero bytes.
pub const TOKEN_BYTES: usize = 32;

/// A session name as it travels (zero padded).
pub type SessionName = [u8; SESSION_NAME_BYTES];
/// A token as it travels (zero padded).
pub type Token = [u8; TOKEN_BYTES];

/// A name or token padded into its wire field, or `None` when it does not fit.
pub fn session_name(text: &str) -> Option<SessionName> {
    pad(text)
}

fn pad<const N: usize>(text: &str) -> Option<[u8; N]> {
    let bytes = text.as_bytes();
    if bytes.len() > N || bytes.contains(&0) {
        return None;
    }
    let mut field = [0u8; N];
    field[..bytes.len()].copy_from_slice(bytes);
    Some(field)
}

/// The text of a zero-padded field, up to its first zero byte (lossy for non-UTF-8).
fn unpad(field: &[u8]) -> String {
    let end = field.iter().position(|&b| b == 0).unwrap_or(field.len());
    String::from_utf8_lossy(&field[..end]).into_owned()
}

/// The stream cannot be framed any more: the connection must close.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FramingError {
    /// The length field (frame bytes 0..2) is 0 or above [`MAX_FRAME_LENGTH`]: answered `GOODBYE BAD_FRAMING`.
    #[error("frame length {0} is outside 1..={MAX_FRAME_LENGTH}")]
    BadLength(usize),
}

/// A whole frame of a known length whose content is refused; the stream stays framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// The type byte (frame byte 2) is not a frame type of this direction: `REFUSED UNKNOWN_TYPE`.
    #[error("frame type {0:#04x} is unknown")]
    UnknownType(u8),
    /// A known type with another length than its own: `REFUSED MALFORMED_FRAME`.
    #[error("frame type {frame_type:#04x} needs a length of {expected}, not {got}")]
    WrongLength {
        /// The frame's type byte.
        frame_type: u8,
        /// The length field every frame of that type has.
        expected: usize,
        /// The length field the frame had.
        got: usize,
    },
    /// A frame of the right length whose reason byte is no code of its table (decoding a
    /// venue's `LOGIN_REJECTED`, `REFUSED` or `GOODBYE`).
    #[error("frame type {frame_type:#04x} carries the unknown reason code {code}")]
    UnknownCode {
        /// The frame's type byte.
        frame_type: u8,
        /// The reason byte (frame byte 3) that names no code of that frame's table.
        code: u8,
    },
}

impl Refusal {
    /// The reason code the venue answers this refusal with.
    pub fn reason(self) -> RefuseReason {
        match self {
            Refusal::UnknownType(_) => RefuseReason::UnknownType,
            Refusal::WrongLength { .. } | Refusal::UnknownCode { .. } => {
                RefuseReason::MalformedFrame
            }
        }
    }

    /// The type byte of the refused frame.
    pub fn frame_type(self) -> u8 {
        match self {
            Refusal::UnknownType(t)
            | Refusal::WrongLength { frame_type: t, .. }
            | Refusal::UnknownCode { frame_type: t, .. } => t,
        }
    }
}

/// One whole frame found in a buffer: its type, its payload and the bytes it took.
pub type RawFrame<'a> = (u8, &'a [u8], usize);

/// Finds the first whole frame in `buf`: `Ok(Some((type, payload, consumed)))`, `Ok(None)`
/// when more bytes are needed, or an error when the length field cannot be right.
pub fn decode_frame(buf: &[u8]) -> Result<Option<RawFrame<'_>>, FramingError> {
    if buf.len() < 2 {
        return Ok(None);
    }
    let length = usize::from(u16::from_le_bytes([buf[0], buf[1]]));
    if length == 0 || length > MAX_FRAME_LENGTH {
        return Err(FramingError::BadLength(length));
    }
    let total = 2 + length;
    if buf.len() < total {
        return Ok(None);
    }
    Ok(Some((buf[2], &buf[3..total], total)))
}

/// Little-endian reads from a payload whose length was already checked.
struct Fields<'a>(&'a [u8]);

impl Fields<'_> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        out.copy_from_slice(&self.0[..N]);
        self.0 = &self.0[N..];
        out
    }
    fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }
    fn u32(&mut self) -> u32 {
        u32::from_le_bytes(self.take())
    }
    fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.take())
    }
}

/// Writes one frame: the length, the type, then what `payload` appends.
fn frame(out: &mut Vec<u8>, frame_type: u8, payload: impl FnOnce(&mut Vec<u8>)) {
    let start = out.len();
    out.extend_from_slice(&[0, 0, frame_type]);
    payload(out);
    let length = (out.len() - start - 2) as u16;
    out[start..start + 2].copy_from_slice(&length.to_le_bytes());
}

fn check_length(frame_type: u8, payload: &[u8], expected: usize) -> Result<(), Refusal> {
    if payload.len() == expected {
        Ok(())
    } else {
        Err(Refusal::WrongLength {
            frame_type,
            expected: expected + 1,
            got: payload.len() + 1,
        })
    }
}

/// A frame from a member to the venue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientFrame {
    /// Opens the session. `next_seq` is the session sequence number of the first report
    /// wanted (1 = every report of the session; 0 = only reports from now on).
    Login {
        /// Frame bytes 3..19: the session name, ASCII, zero-padded.
        session: SessionName,
        /// Frame bytes 19..51: the session's token, zero-padded; all zero for no token.
        token: Token,
        /// Frame bytes 51..59: `session_seq` of the first report wanted (1 = all, 0 = new ones only).
        next_seq: u64,
    },
    /// Ends the session once every report of the messages sent before it is delivered.
    Logout,
    /// Keeps a quiet session alive.
    Heartbeat,
    /// An order-flow message as a wire record (`in_seq` is assigned by the venue).
    Order(OrderRecord),
    /// A mark for the venue's margin engine (admin sessions of a venue run with `--margin`).
    Mark(Mark),
}

const LOGIN_PAYLOAD: usize = SESSION_NAME_BYTES + TOKEN_BYTES + 8;
const MARK_PAYLOAD: usize = 12;
/// `vol_bp` of a MARK frame that carries no volatility.
const NO_VOL: u32 = 0;

impl ClientFrame {
    /// Decodes the payload of a frame of type `frame_type`.
    pub fn parse(frame_type: u8, payload: &[u8]) -> Result<ClientFrame, Refusal> {
        let mut f = Fields(payload);
        match frame_type {
            ft::LOGIN => {
                check_length(frame_type, payload, LOGIN_PAYLOAD)?;
                Ok(ClientFrame::Login {
                    session: f.take(),
                    token: f.take(),
                    next_seq: f.u64(),
                })
            }
            ft::LOGOUT => check_length(frame_type, payload, 0).map(|()| ClientFrame::Logout),
            ft::CLIENT_HEARTBEAT => {
                check_length(frame_type, payload, 0).map(|()| ClientFrame::Heartbeat)
            }
            ft::ORDER => {
                check_length(frame_type, payload, RECORD_BYTES)?;
                Ok(ClientFrame::Order(OrderRecord::from_wire(&f.take())))
            }
            ft::MARK => {
                check_length(frame_type, payload, MARK_PAYLOAD)?;
                let instrument = u16::from_le_bytes(f.take());
                let _reserved: [u8; 2] = f.take();
                let price = f.u32();
                let vol = f.u32();
                Ok(ClientFrame::Mark(Mark {
                    instrument,
                    price,
                    vol_bp: (vol != NO_VOL).then_some(vol),
                }))
            }
            other => Err(Refusal::UnknownType(other)),
        }
    }

    /// Appends the frame's bytes to `out`.
    pub fn encode(&self, out: &mut Vec<u8>) {
        match self {
            ClientFrame::Login {
                session,
                token,
                next_seq,
            } => frame(out, ft::LOGIN, |p| {
                p.extend_from_slice(session);
                p.extend_from_slice(token);
                p.extend_from_slice(&next_seq.to_le_bytes());
            }),
            ClientFrame::Logout => frame(out, ft::LOGOUT, |_| {}),
            ClientFrame::Heartbeat => frame(out, ft::CLIENT_HEARTBEAT, |_| {}),
            ClientFrame::Order(record) => {
                frame(out, ft::ORDER, |p| p.extend_from_slice(&record.to_bytes()))
            }
            ClientFrame::Mark(mark) => frame(out, ft::MARK, |p| {
                p.extend_from_slice(&mark.instrument.to_le_bytes());
                p.extend_from_slice(&[0, 0]);
                p.extend_from_slice(&mark.price.to_le_bytes());
                p.extend_from_slice(&mark.vol_bp.unwrap_or(NO_VOL).to_le_bytes());
            }),
        }
    }

    /// A login frame from text; `None` when the name or token does not fit its field.
    pub fn login(session: &str, token: &str, next_seq: u64) -> Option<ClientFrame> {
        Some(ClientFrame::Login {
            session: pad(session)?,
            token: pad(token)?,
            next_seq,
        })
    }

    /// The session name of a login, as text.
    pub fn session_text(session: &SessionName) -> String {
        unpad(session)
    }

    /// The token of a login, as text.
    pub fn token_text(token: &Token) -> String {
        unpad(token)
    }
}

/// A frame from the venue to a member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerFrame {
    /// The session is open. `next_seq` is the sequence number the session's next new report
    /// will carry; the throttle allows `throttle_messages` per `throttle_window_ms`.
    LoginAccepted {
        /// Frame bytes 3..11: the `session_seq` of the session's next new report (last + 1).
        next_seq: u64,
        /// Frame bytes 11..15: `ORDER` frames allowed per throttle window.
        throttle_messages: u32,
        /// Frame bytes 15..19: length of the throttle window in milliseconds.
        throttle_window_ms: u32,
        /// Frame bytes 19..23: the venue's heartbeat interval in milliseconds (`serve --heartbeat-ms`).
        heartbeat_ms: u32,
    },
    /// The login was refused; the connection closes.
    LoginRejected(LoginRejectReason),
    /// Keeps a quiet session alive.
    Heartbeat,
    /// One report of the session's accounts. `session_seq` numbers the session's reports
    /// from 1 without gaps; `report_id` numbers every report of the venue, in output order.
    Report {
        /// Frame bytes 3..11: numbers this session's reports from 1, without gaps, across reconnects.
        session_seq: u64,
        /// Frame bytes 11..19: numbers every report of the venue from 1, in output order.
        report_id: u64,
        /// Frame bytes 19..83: the 64-byte report record (record byte `k` is frame byte `19 + k`).
        record: ReportRecord,
    },
    /// An inbound message refused at the gateway: never sequenced, never executed.
    Refused {
        /// Frame byte 3: why the frame was refused.
        reason: RefuseReason,
        /// The type of the refused frame.
        frame_type: u8,
        /// The record's `msg_type` when the frame was an ORDER, else 0.
        msg_type: u8,
        /// Frame bytes 7..11: the record's `account` as sent; 0 for a frame-level refusal.
        account: u32,
        /// Frame bytes 11..19: the record's `cl_ord_id` as sent; 0 for a frame-level refusal.
        cl_ord_id: u64,
        /// For `DUPLICATE_CL_ORD_ID`: the `in_seq` of the message that used the id first.
        original_in_seq: u64,
    },
    /// Every report of the messages sent before the logout has been delivered.
    LogoutAccepted {
        /// Frame bytes 3..11: the session's last `session_seq` + 1, to log in with next time.
        next_seq: u64,
    },
    /// The venue closes the connection for this reason.
    Goodbye(GoodbyeReason),
}

const LOGIN_ACCEPTED_PAYLOAD: usize = 20;
const REPORT_PAYLOAD: usize = 16 + RECORD_BYTES;
const REFUSED_PAYLOAD: usize = 24;

/// A reason byte that must decode, or the frame is refused.
fn reason<T>(frame_type: u8, code: u8, from_code: fn(u8) -> Option<T>) -> Result<T, Refusal> {
    from_code(code).ok_or(Refusal::UnknownCode { frame_type, code })
}

impl ServerFrame {
    /// Decodes the payload of a frame of type `frame_type`.
    pub fn parse(frame_type: u8, payload: &[u8]) -> Result<ServerFrame, Refusal> {
        let mut f = Fields(payload);
        match frame_type {
            ft::LOGIN_ACCEPTED => {
                check_length(frame_type, payload, LOGIN_ACCEPTED_PAYLOAD)?;
                Ok(ServerFrame::LoginAccepted {
                    next_seq: f.u64(),
                    throttle_messages: f.u32(),
                    throttle_window_ms: f.u32(),
                    heartbeat_ms: f.u32(),
                })
            }
            ft::LOGIN_REJECTED => {
                check_length(frame_type, payload, 1)?;
                reason(frame_type, f.u8(), LoginRejectReason::from_code)
                    .map(ServerFrame::LoginRejected)
            }
            ft::SERVER_HEARTBEAT => {
                check_length(frame_type, payload, 0).map(|()| ServerFrame::Heartbeat)
            }
            ft::REPORT => {
                check_length(frame_type, payload, REPORT_PAYLOAD)?;
                Ok(ServerFrame::Report {
                    session_seq: f.u64(),
                    report_id: f.u64(),
                    record: ReportRecord::from_wire(&f.take()),
                })
            }
            ft::REFUSED => {
                check_length(frame_type, payload, REFUSED_PAYLOAD)?;
                let reason = reason(frame_type, f.u8(), RefuseReason::from_code)?;
                let refused_type = f.u8();
                let msg_type = f.u8();
                let _reserved = f.u8();
                Ok(ServerFrame::Refused {
                    reason,
                    frame_type: refused_type,
                    msg_type,
                    account: f.u32(),
                    cl_ord_id: f.u64(),
                    original_in_seq: f.u64(),
                })
            }
            ft::LOGOUT_ACCEPTED => {
                check_length(frame_type, payload, 8)?;
                Ok(ServerFrame::LogoutAccepted { next_seq: f.u64() })
            }
            ft::GOODBYE => {
                check_length(frame_type, payload, 1)?;
                reason(frame_type, f.u8(), GoodbyeReason::from_code).map(ServerFrame::Goodbye)
            }
            other => Err(Refusal::UnknownType(other)),
        }
    }

    /// Appends the frame's bytes to `out`.
    pub fn encode(&self, out: &mut Vec<u8>) {
        match *self {
            ServerFrame::LoginAccepted {
                next_seq,
                throttle_messages,
                throttle_window_ms,
                heartbeat_ms,
            } => frame(out, ft::LOGIN_ACCEPTED, |p| {
                p.extend_from_slice(&next_seq.to_le_bytes());
                p.extend_from_slice(&throttle_messages.to_le_bytes());
                p.extend_from_slice(&throttle_window_ms.to_le_bytes());
                p.extend_from_slice(&heartbeat_ms.to_le_bytes());
            }),
            ServerFrame::LoginRejected(reason) => {
                frame(out, ft::LOGIN_REJECTED, |p| p.push(reason.code()))
            }
            ServerFrame::Heartbeat => frame(out, ft::SERVER_HEARTBEAT, |_| {}),
            ServerFrame::Report {
                session_seq,
                report_id,
                record,
            } => frame(out, ft::REPORT, |p| {
                p.extend_from_slice(&session_seq.to_le_bytes());
                p.extend_from_slice(&report_id.to_le_bytes());
                p.extend_from_slice(&record.to_bytes());
            }),
            ServerFrame::Refused {
                reason,
                frame_type,
                msg_type,
                account,
                cl_ord_id,
                original_in_seq,
            } => frame(out, ft::REFUSED, |p| {
                p.push(reason.code());
                p.push(frame_type);
                p.push(msg_type);
                p.push(0);
                p.extend_from_slice(&account.to_le_bytes());
                p.extend_from_slice(&cl_ord_id.to_le_bytes());
                p.extend_from_slice(&original_in_seq.to_le_bytes());
            }),
            ServerFrame::LogoutAccepted { next_seq } => frame(out, ft::LOGOUT_ACCEPTED, |p| {
                p.extend_from_slice(&next_seq.to_le_bytes())
            }),
            ServerFrame::Goodbye(reason) => frame(out, ft::GOODBYE, |p| p.push(reason.code())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatebook_wire::{le, Message, NewOrder, OrdType, Side, Tif};

    fn order() -> OrderRecord {
        Message::New(NewOrder {
            account: 7,
            instrument: 3,
            cl_ord_id: 42,
            side: Side::Buy,
            ord_type: OrdType::Limit,
            tif: Tif::Gtc,
            price: 1500,
            qty: 10,
            post_only: false,
            stp: None,
        })
        .encode(0)
    }

    #[test]
    fn login_layout_is_as_documented() {
        let mut out = Vec::new();
        ClientFrame::login("FIRM1", "secret", 5)
            .unwrap()
            .encode(&mut out);
        assert_eq!(out.len(), 2 + 1 + 56);
        assert_eq!(&out[..3], &[57, 0, 0x01]);
        assert_eq!(&out[3..8], b"FIRM1");
        assert_eq!(out[8], 0);
        assert_eq!(&out[19..25], b"secret");
        assert_eq!(&out[51..59], &5u64.to_le_bytes());
    }

    #[test]
    fn order_frame_carries_the_wire_record() {
        let mut out = Vec::new();
        ClientFrame::Order(order()).encode(&mut out);
        assert_eq!(&out[..3], &[65, 0, 0x10]);
        assert_eq!(&out[3..], &order().to_bytes());
        let (t, payload, used) = decode_frame(&out).unwrap().unwrap();
        assert_eq!(used, out.len());
        assert_eq!(
            ClientFrame::parse(t, payload),
            Ok(ClientFrame::Order(order()))
        );
    }

    #[test]
    fn a_mark_round_trips_with_and_without_volatility() {
        for vol_bp in [Some(6500), None] {
            let mark = ClientFrame::Mark(Mark {
                instrument: 3,
                price: 101_250,
                vol_bp,
            });
            let mut out = Vec::new();
            mark.encode(&mut out);
            assert_eq!(&out[..3], &[13, 0, 0x11]);
            let (t, payload, used) = decode_frame(&out).unwrap().unwrap();
            assert_eq!(used, out.len());
            assert_eq!(ClientFrame::parse(t, payload), Ok(mark));
        }
    }

    #[test]
    fn every_server_frame_round_trips() {
        let report = ReportRecord {
            account: le::U32::new(9),
            ..ReportRecord::default()
        };
        let frames = [
            ServerFrame::LoginAccepted {
                next_seq: 3,
                throttle_messages: 100,
                throttle_window_ms: 1000,
                heartbeat_ms: 1000,
            },
            ServerFrame::LoginRejected(LoginRejectReason::BadToken),
            ServerFrame::Heartbeat,
            ServerFrame::Report {
                session_seq: 8,
                report_id: 77,
                record: report,
            },
            ServerFrame::Refused {
                reason: RefuseReason::DuplicateClOrdId,
                frame_type: 0x10,
                msg_type: 1,
                account: 4,
                cl_ord_id: 99,
                original_in_seq: 12,
            },
            ServerFrame::LogoutAccepted { next_seq: 9 },
            ServerFrame::Goodbye(GoodbyeReason::SlowConsumer),
        ];
        for f in frames {
            let mut out = Vec::new();
            f.encode(&mut out);
            let (t, payload, used) = decode_frame(&out).unwrap().unwrap();
            assert_eq!(used, out.len());
            assert_eq!(ServerFrame::parse(t, payload), Ok(f));
        }
    }

    #[test]
    fn refused_bytes_are_those_of_the_documented_example() {
        // docs/order-entry.md, section 11: a resent NEW of account 7, cl_ord_id 42.
        let mut out = Vec::new();
        ServerFrame::Refused {
            reason: RefuseReason::DuplicateClOrdId,
            frame_type: ft::ORDER,
            msg_type: 1,
            account: 7,
            cl_ord_id: 42,
            original_in_seq: 1,
        }
        .encode(&mut out);
        let hex: Vec<String> = out.iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(
            hex.join(" "),
            "19 00 85 06 10 01 00 07 00 00 00 2a 00 00 00 00 00 00 00 01 00 00 00 00 00 00 00"
        );
    }

    #[test]
    fn lengths_outside_the_range_cannot_be_framed() {
        assert_eq!(decode_frame(&[0, 0, 1]), Err(FramingError::BadLength(0)));
        let too_long = (MAX_FRAME_LENGTH as u16 + 1).to_le_bytes();
        assert_eq!(
            decode_frame(&[too_long[0], too_long[1]]),
            Err(FramingError::BadLength(MAX_FRAME_LENGTH + 1))
        );
        assert_eq!(decode_frame(&[5]), Ok(None));
        assert_eq!(decode_frame(&[5, 0, 1, 2]), Ok(None));
    }

    #[test]
    fn wrong_lengths_and_unknown_types_are_refused() {
        assert_eq!(
            ClientFrame::parse(0x10, &[0; 63]),
            Err(Refusal::WrongLength {
                frame_type: 0x10,
                expected: 65,
                got: 64
            })
        );
        assert_eq!(
            ClientFrame::parse(0x7f, &[]),
            Err(Refusal::UnknownType(0x7f))
        );
        assert_eq!(
            ClientFrame::parse(ft::LOGOUT, &[1]).map_err(Refusal::reason),
            Err(RefuseReason::MalformedFrame)
        );
    }

    #[test]
    fn names_that_do_not_fit_are_refused() {
        assert!(session_name("0123456789abcdef").is_some());
        assert!(session_name("0123456789abcdefg").is_none());
        assert!(session_name("a\0b").is_none());
        assert_eq!(
            ClientFrame::session_text(&session_name("ab").unwrap()),
            "ab"
        );
    }
}
