//! The 64-byte records themselves, laid out byte for byte as `docs/wire.md` describes.
//!
//! Multi-byte fields are little-endian regardless of the host, so a record can be copied
//! straight into a DMA ring. Bytes 0 and 1 of every record are the version and the type.

use zerocopy::little_endian::{I64, U16, U32, U64};
use zerocopy::{FromBytes, FromZeros, Immutable, IntoBytes, KnownLayout};

/// Version of the record layouts in this file. A record of another version is malformed.
pub const WIRE_VERSION: u8 = 1;
/// Size of every record: one 512-bit beat on the card's streams.
pub const RECORD_BYTES: usize = 64;
/// Type byte of a report record (byte 1).
pub const REPORT_RECORD_TYPE: u8 = 0x80;
/// The control record type that opens a configuration.
pub const CONTROL_CAPACITY: u8 = 0x40;

/// An inbound record: an order-flow message or, with a control type, a venue setting.
///
/// Order-flow layout (control records reuse the bytes, see [`crate::VenueConfig::control_records`]):
///
/// | bytes | field | notes |
/// |---|---|---|
/// | 0 | version | [`WIRE_VERSION`] |
/// | 1 | msg_type | [`crate::MsgType`] code |
/// | 2 | side | [`crate::Side`] code, 0 when unused |
/// | 3 | ord_type | [`crate::OrdType`] code, 0 when unused |
/// | 4 | tif | [`crate::Tif`] code, 0 when unused |
/// | 5 | flags | bit 0 POST_ONLY; bits 4..=6 STP mode code (0 = account default) |
/// | 6..8 | instrument | u16 |
/// | 8..12 | account | u32 |
/// | 12..16 | price | u32 ticks (0 for MARKET) |
/// | 16..20 | qty | u32 lots |
/// | 20..24 | reserved | zero |
/// | 24..32 | cl_ord_id | u64 |
/// | 32..40 | in_seq | u64, position in the input stream |
/// | 40..48 | amount | i64, the HEADROOM delta |
/// | 48..64 | reserved | zero |
#[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Clone, Copy, PartialEq, Eq, Debug)]
#[repr(C)]
pub struct OrderRecord {
    /// Byte 0: layout version, [`WIRE_VERSION`].
    pub version: u8,
    /// Byte 1: the [`crate::MsgType`] code (0x01..0x08 order flow, 0x40..0x43 control).
    pub msg_type: u8,
    /// Byte 2: [`crate::Side`] code (1 = B, 2 = S), 0 where unused.
    pub side: u8,
    /// Byte 3: [`crate::OrdType`] code (1 = LIMIT, 2 = MARKET), 0 where unused.
    pub ord_type: u8,
    /// Byte 4: [`crate::Tif`] code (1 = GTC, 2 = IOC, 3 = FOK), always explicit on a `NEW`.
    pub tif: u8,
    /// Byte 5: bit 0 POST_ONLY, bits 4..=6 STP mode (0 = account default); other bits must be 0.
    pub flags: u8,
    /// Bytes 6..8: instrument id (u16).
    pub instrument: U16,
    /// Bytes 8..12: account id (u32).
    pub account: U32,
    /// Bytes 12..16: price in ticks (0 for MARKET); the reference for `REF`, the rate for `RATES`.
    pub price: U32,
    /// Bytes 16..20: quantity in lots; the new leaves for `REPLACE`.
    pub qty: U32,
    /// Bytes 20..24: reserved, written as zero and ignored.
    pub reserved0: U32,
    /// Bytes 24..32: client order id (u64).
    pub cl_ord_id: U64,
    /// Bytes 32..40: 1-based position of the message in the input stream.
    pub in_seq: U64,
    /// Bytes 40..48: the signed `HEADROOM` delta (i64), 0 for other types.
    pub amount: I64,
    /// Bytes 48..64: reserved, written as zero and ignored.
    pub reserved1: [u8; 16],
}

impl OrderRecord {
    /// A zeroed record of the given type with the version set.
    pub fn new(msg_type: u8) -> Self {
        let mut record = OrderRecord::new_zeroed();
        record.version = WIRE_VERSION;
        record.msg_type = msg_type;
        record
    }

    /// The record as the 64 bytes that go on the wire.
    pub fn to_bytes(&self) -> [u8; RECORD_BYTES] {
        let mut bytes = [0u8; RECORD_BYTES];
        bytes.copy_from_slice(self.as_bytes());
        bytes
    }

    /// Reads a record from 64 wire bytes.
    pub fn from_wire(bytes: &[u8; RECORD_BYTES]) -> Self {
        // Every bit pattern is a valid `OrderRecord`; validity is checked by `decode`.
        OrderRecord::read_from_bytes(bytes).unwrap_or_else(|_| OrderRecord::new_zeroed())
    }
}

/// Bits of [`ReportRecord::present`]: which optional columns of the report row carry a value.
pub mod present {
    /// Bit 0: the row's `side` column is set.
    pub const SIDE: u8 = 1 << 0;
    /// Bit 1: the row's `price` column is set.
    pub const PRICE: u8 = 1 << 1;
    /// Bit 2: the row's `qty` column is set.
    pub const QTY: u8 = 1 << 2;
    /// Bit 3: the row's `leaves` column is set.
    pub const LEAVES: u8 = 1 << 3;
    /// Bit 4: `contra_account` and `contra_cl_ord_id` are set (FILL rows).
    pub const CONTRA: u8 = 1 << 4;
    /// Bit 5: the row's `reason` column is set.
    pub const REASON: u8 = 1 << 5;
}

/// An outbound report record: one row of `reports.csv`.
///
/// | bytes | field | notes |
/// |---|---|---|
/// | 0 | version | [`WIRE_VERSION`] |
/// | 1 | record_type | [`REPORT_RECORD_TYPE`] |
/// | 2 | event | [`crate::Event`] code |
/// | 3 | reason | [`crate::Reason`] code, 0 when none |
/// | 4 | side | [`crate::Side`] code, 0 when empty |
/// | 5 | present | [`present`] bits: which of side, price, qty, leaves, contra, reason are set |
/// | 6..8 | instrument | u16 |
/// | 8..12 | account | u32 |
/// | 12..16 | price | u32 |
/// | 16..20 | qty | u32 |
/// | 20..24 | leaves | u32 |
/// | 24..32 | cl_ord_id | u64 |
/// | 32..40 | in_seq | u64 of the message that caused it |
/// | 40..44 | contra_account | u32 (FILL only) |
/// | 44..48 | reserved | zero |
/// | 48..56 | contra_cl_ord_id | u64 (FILL only) |
/// | 56..64 | egress_cycle | card cycle counter when the report left; 0 from software |
#[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Clone, Copy, PartialEq, Eq, Debug)]
#[repr(C)]
pub struct ReportRecord {
    /// Byte 0: layout version, [`WIRE_VERSION`].
    pub version: u8,
    /// Byte 1: always [`REPORT_RECORD_TYPE`] (0x80).
    pub record_type: u8,
    /// Byte 2: [`crate::Event`] code (1 ACK .. 6 REPLACED).
    pub event: u8,
    /// Byte 3: [`crate::Reason`] code, 0 when the row has no reason.
    pub reason: u8,
    /// Byte 4: [`crate::Side`] code, 0 when the side column is empty.
    pub side: u8,
    /// Byte 5: [`present`] bits naming which optional columns carry a value.
    pub present: u8,
    /// Bytes 6..8: instrument id (u16).
    pub instrument: U16,
    /// Bytes 8..12: account id (u32).
    pub account: U32,
    /// Bytes 12..16: price in ticks, as the event defines it (a FILL: the maker's price).
    pub price: U32,
    /// Bytes 16..20: quantity in lots, as the event defines it (a FILL: the matched quantity).
    pub qty: U32,
    /// Bytes 20..24: the order's remaining quantity after this event, in lots.
    pub leaves: U32,
    /// Bytes 24..32: client order id of the order reported on.
    pub cl_ord_id: U64,
    /// Bytes 32..40: `in_seq` of the message that caused the report.
    pub in_seq: U64,
    /// Bytes 40..44: account on the other side of a FILL, 0 otherwise.
    pub contra_account: U32,
    /// Bytes 44..48: reserved, written as zero.
    pub reserved0: U32,
    /// Bytes 48..56: client order id on the other side of a FILL, 0 otherwise.
    pub contra_cl_ord_id: U64,
    /// Bytes 56..64: the card's cycle counter when the report left; 0 from engine-sw.
    pub egress_cycle: U64,
}

impl Default for ReportRecord {
    fn default() -> Self {
        let mut record = ReportRecord::new_zeroed();
        record.version = WIRE_VERSION;
        record.record_type = REPORT_RECORD_TYPE;
        record
    }
}

impl ReportRecord {
    /// The record as the 64 bytes that go on the wire.
    pub fn to_bytes(&self) -> [u8; RECORD_BYTES] {
        let mut bytes = [0u8; RECORD_BYTES];
        bytes.copy_from_slice(self.as_bytes());
        bytes
    }

    /// Reads a record from 64 wire bytes.
    pub fn from_wire(bytes: &[u8; RECORD_BYTES]) -> Self {
        ReportRecord::read_from_bytes(bytes).unwrap_or_else(|_| ReportRecord::new_zeroed())
    }

    /// The same report without the card's egress stamp: what backends must agree on.
    pub fn without_stamp(mut self) -> Self {
        self.egress_cycle = U64::ZERO;
        self
    }
}

const _: () = assert!(std::mem::size_of::<OrderRecord>() == RECORD_BYTES);
const _: () = assert!(std::mem::size_of::<ReportRecord>() == RECORD_BYTES);
const _: () = assert!(std::mem::align_of::<OrderRecord>() == 1);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_sit_at_documented_offsets() {
        let mut r = OrderRecord::new(1);
        r.instrument = U16::new(0x0102);
        r.account = U32::new(0x0304_0506);
        r.cl_ord_id = U64::new(0x1122_3344_5566_7788);
        r.in_seq = U64::new(9);
        r.amount = I64::new(-2);
        let b = r.to_bytes();
        assert_eq!(b[0], WIRE_VERSION);
        assert_eq!(b[1], 1);
        assert_eq!(&b[6..8], &[0x02, 0x01]);
        assert_eq!(&b[8..12], &[0x06, 0x05, 0x04, 0x03]);
        assert_eq!(b[24], 0x88);
        assert_eq!(b[32], 9);
        assert_eq!(
            &b[40..48],
            &[0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]
        );
        assert_eq!(OrderRecord::from_wire(&b), r);
    }

    #[test]
    fn report_offsets() {
        let r = ReportRecord {
            leaves: U32::new(7),
            contra_cl_ord_id: U64::new(5),
            egress_cycle: U64::new(3),
            ..ReportRecord::default()
        };
        let b = r.to_bytes();
        assert_eq!(b[20], 7);
        assert_eq!(b[48], 5);
        assert_eq!(b[56], 3);
        assert_eq!(r.without_stamp().egress_cycle.get(), 0);
    }
}
