//! Ingress: inbound wire records, one per 512-bit beat, judged and split into fields.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - `in_data`/`in_valid`/`in_ready`: the inbound stream, one `OrderRecord` per beat, byte `i`
//!   of the record in bits `8*i .. 8*i+8`. A beat moves when `in_valid && in_ready`.
//! - `out_valid`/`out_ready` and `message` (a [`Decoded`] bundle, the fields below): the
//!   decoded record, held in one register stage; valid while `out_valid` is high, it moves
//!   on `out_valid && out_ready`.
//!   `in_ready = !out_valid || out_ready`, so the stage passes one record per cycle.
//! - `malformed`: the record fails `Message::decode` (bad version, unknown type, bad side,
//!   ord_type, tif or flags code) and must be answered with `REJECT MALFORMED` and nothing
//!   else. `control`: a well-formed `CFG_*` record for the configuration tables. Neither:
//!   an order-flow message (`msg_type` 1..=8).
//! - Fields: `price` is 0 for a well-formed MARKET `NEW` (as `decode` does) and the raw wire
//!   price otherwise, so a malformed record's reject echoes what it carried. `side_known`
//!   says the side byte is B or S (a reject shows the side only then). `record` is the
//!   whole beat, for the control records' own layouts.
//! - `key_hash`: the order-id key's hash ([`KeyHash`]), computed as the beat arrives and
//!   registered with the record, so the id table's addresses never wait on the multiply.
//!
//! Latency: one cycle from input beat to `out_valid`.

use crate::order_ids::KeyHash;
use rust_hdl::prelude::*;

/// `msg_type` of a NEW.
pub const MSG_NEW: u64 = 1;
/// `msg_type` of a CANCEL.
pub const MSG_CANCEL: u64 = 2;
/// `msg_type` of a REPLACE.
pub const MSG_REPLACE: u64 = 3;
/// `msg_type` of a REF.
pub const MSG_REF: u64 = 4;
/// `msg_type` of a KILL.
pub const MSG_KILL: u64 = 5;
/// `msg_type` of an ENABLE.
pub const MSG_ENABLE: u64 = 6;
/// `msg_type` of a HEADROOM.
pub const MSG_HEADROOM: u64 = 7;
/// `msg_type` of a RATES.
pub const MSG_RATES: u64 = 8;

pub use bundle::Decoded;

mod bundle {
    // The derive adds undocumented accessor methods.
    #![allow(missing_docs)]
    use rust_hdl::prelude::*;

    /// One record as ingress decodes it for the matcher: the message bus. A bundle, so that a
    /// message moves as one signal.
    #[derive(Default, PartialEq, LogicStruct, Copy, Clone, Debug)]
    pub struct Decoded {
        /// The record fails `Message::decode`: answer `REJECT MALFORMED` and nothing else.
        pub malformed: Bit,
        /// A well-formed `CFG_*` control record (types 0x40..=0x43) for the configuration tables.
        pub control: Bit,
        /// The whole 512-bit beat, for the control records' own layouts.
        pub record: Bits<512>,
        /// Byte 1: the message type code (1..=8 order flow, 0x40..=0x43 control).
        pub msg_type: Bits<8>,
        /// Byte 2: the side code as sent (1 = buy, 2 = sell; anything on a malformed record).
        pub side: Bits<8>,
        /// The side byte is buy or sell; a reject shows the side only then.
        pub side_known: Bit,
        /// True for MARKET (ord_type 2).
        pub market: Bit,
        /// Byte 4: the time-in-force code (1 = GTC, 2 = IOC, 3 = FOK).
        pub tif: Bits<8>,
        /// Flag bit 0: POST_ONLY.
        pub post_only: Bit,
        /// STP mode code from the flags, 0 = the account's default.
        pub stp: Bits<3>,
        /// Bytes 6..8: instrument id.
        pub instrument: Bits<16>,
        /// Bytes 8..12: account id.
        pub account: Bits<32>,
        /// Bytes 12..16: price in ticks; 0 for a well-formed MARKET `NEW`, else as on the wire.
        pub price: Bits<32>,
        /// Bytes 16..20: quantity in lots (the new leaves of a `REPLACE`).
        pub qty: Bits<32>,
        /// Bytes 24..32: client order id.
        pub cl_ord_id: Bits<64>,
        /// Bytes 32..40: the message's position in the input stream, echoed in its reports.
        pub in_seq: Bits<64>,
        /// HEADROOM delta, an i64 in two's complement.
        pub amount: Bits<64>,
        /// The (account, cl_ord_id) key's hash for the id table
        /// ([`crate::order_ids::KeyHash`]), computed as the beat comes in and registered with
        /// it: the multiply's output reaches no RAM address in the cycle it is computed.
        pub key_hash: Bits<32>,
    }
}

/// The ingress stage: one register holding the inbound record, judged and split into the fields
/// the matcher reads (interface in the module docs).
#[derive(LogicBlock, Default)]
pub struct Ingress {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: empties the register stage.
    pub reset: Signal<In, Bit>,
    /// Inbound beat: one `OrderRecord`, byte `i` in bits `8*i .. 8*i+8`; read when `in_valid`.
    pub in_data: Signal<In, Bits<512>>,
    /// High while `in_data` holds a record to take.
    pub in_valid: Signal<In, Bit>,
    /// High when a beat offered now is taken: `!out_valid || out_ready`.
    pub in_ready: Signal<Out, Bit>,
    /// High while the register holds a decoded record; every output below is valid then.
    pub out_valid: Signal<Out, Bit>,
    /// The matcher takes the record on a cycle with `out_valid` and this high.
    pub out_ready: Signal<In, Bit>,
    /// The decoded record; valid with `out_valid`.
    pub message: Signal<Out, Decoded>,
    beat: DFF<Bits<512>>,
    beat_key_hash: DFF<Bits<32>>,
    key_hasher: KeyHash,
    full: DFF<Bit>,
    beat_malformed: DFF<Bit>,
    beat_control: DFF<Bit>,
    version_ok: Signal<Local, Bit>,
    order_flow: Signal<Local, Bit>,
    control_type: Signal<Local, Bit>,
    side_ok: Signal<Local, Bit>,
    new_ok: Signal<Local, Bit>,
    in_malformed: Signal<Local, Bit>,
}

impl Logic for Ingress {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            beat,
            beat_key_hash,
            full,
            beat_malformed,
            beat_control
        );
        self.key_hasher.account.next = self.in_data.val().get_bits::<32>(64);
        self.key_hasher.cl_ord_id.next = self.in_data.val().get_bits::<64>(192);
        // Judge the inbound beat: byte 0 version, 1 type, 2 side, 3 ord_type, 4 tif, 5 flags.
        self.version_ok.next = self.in_data.val().get_bits::<8>(0) == 1;
        self.order_flow.next = (self.in_data.val().get_bits::<8>(8) >= 1)
            && (self.in_data.val().get_bits::<8>(8) <= 8);
        self.control_type.next = (self.in_data.val().get_bits::<8>(8) >= 0x40)
            && (self.in_data.val().get_bits::<8>(8) <= 0x43);
        self.side_ok.next = (self.in_data.val().get_bits::<8>(16) == 1)
            || (self.in_data.val().get_bits::<8>(16) == 2);
        // NEW: ord_type LIMIT/MARKET, tif GTC/IOC/FOK, flags only POST_ONLY (bit 0) and an
        // STP code 0..=4 in bits 4..=6, and a side.
        self.new_ok.next = self.side_ok.val()
            && ((self.in_data.val().get_bits::<8>(24) == 1)
                || (self.in_data.val().get_bits::<8>(24) == 2))
            && (self.in_data.val().get_bits::<8>(32) >= 1)
            && (self.in_data.val().get_bits::<8>(32) <= 3)
            && ((self.in_data.val().get_bits::<8>(40) & 0x8E) == 0)
            && (self.in_data.val().get_bits::<3>(44) <= 4);
        self.in_malformed.next = !self.version_ok.val()
            || (!self.order_flow.val() && !self.control_type.val())
            || ((self.in_data.val().get_bits::<8>(8) == 1) && !self.new_ok.val())
            || ((self.in_data.val().get_bits::<8>(8) == 8) && !self.side_ok.val());

        self.in_ready.next = !self.full.q.val() || self.out_ready.val();
        if self.reset.val() {
            self.full.d.next = false;
        } else if !self.full.q.val() || self.out_ready.val() {
            self.full.d.next = self.in_valid.val();
            if self.in_valid.val() {
                self.beat.d.next = self.in_data.val();
                self.beat_key_hash.d.next = self.key_hasher.hash.val();
                self.beat_malformed.d.next = self.in_malformed.val();
                self.beat_control.d.next = self.version_ok.val() && self.control_type.val();
            }
        }

        self.out_valid.next = self.full.q.val();
        self.message.next.malformed = self.beat_malformed.q.val();
        self.message.next.control = self.beat_control.q.val();
        self.message.next.record = self.beat.q.val();
        self.message.next.msg_type = self.beat.q.val().get_bits::<8>(8);
        self.message.next.side = self.beat.q.val().get_bits::<8>(16);
        self.message.next.side_known = (self.beat.q.val().get_bits::<8>(16) == 1)
            || (self.beat.q.val().get_bits::<8>(16) == 2);
        self.message.next.market = self.beat.q.val().get_bits::<8>(24) == 2;
        self.message.next.tif = self.beat.q.val().get_bits::<8>(32);
        self.message.next.post_only = self.beat.q.val().get_bit(40);
        self.message.next.stp = self.beat.q.val().get_bits::<3>(44);
        self.message.next.instrument = self.beat.q.val().get_bits::<16>(48);
        self.message.next.account = self.beat.q.val().get_bits::<32>(64);
        self.message.next.price = self.beat.q.val().get_bits::<32>(96);
        if !self.beat_malformed.q.val()
            && (self.beat.q.val().get_bits::<8>(8) == 1)
            && (self.beat.q.val().get_bits::<8>(24) == 2)
        {
            self.message.next.price = 0.into();
        }
        self.message.next.qty = self.beat.q.val().get_bits::<32>(128);
        self.message.next.cl_ord_id = self.beat.q.val().get_bits::<64>(192);
        self.message.next.in_seq = self.beat.q.val().get_bits::<64>(256);
        self.message.next.amount = self.beat.q.val().get_bits::<64>(320);
        self.message.next.key_hash = self.beat_key_hash.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start};
    use crate::wire_bits::beat_from_bytes;
    use gatebook_wire::le::{U16, U32, U64};
    use gatebook_wire::{
        Malformed, Message, MsgType, NewOrder, OrdType, OrderRecord, Side, StpMode, Tif,
    };

    clocked!(Ingress);

    fn sample_new() -> OrderRecord {
        Message::New(NewOrder {
            account: 7,
            instrument: 3,
            cl_ord_id: 0x1122_3344_5566_7788,
            side: Side::Sell,
            ord_type: OrdType::Limit,
            tif: Tif::Ioc,
            price: 1500,
            qty: 10,
            post_only: false,
            stp: Some(StpMode::Both),
        })
        .encode(42)
    }

    /// Sends one record and returns (malformed, control, side_known, price) as decoded.
    fn judge(uut: &mut Ingress, record: &OrderRecord) -> (bool, bool, bool, u32) {
        uut.in_data.next = beat_from_bytes(&record.to_bytes());
        uut.in_valid.next = true;
        cycle(uut);
        uut.in_valid.next = false;
        settle(uut);
        assert!(uut.out_valid.val());
        let seen = (
            uut.message.val().malformed,
            uut.message.val().control,
            uut.message.val().side_known,
            uut.message.val().price.to_u32(),
        );
        cycle(uut);
        seen
    }

    fn ingress() -> Ingress {
        let mut uut = Ingress::default();
        start(&mut uut);
        uut.out_ready.next = true;
        pulse_reset(&mut uut);
        uut
    }

    #[test]
    fn fields_come_out_at_their_offsets() {
        let mut uut = ingress();
        let record = sample_new();
        uut.in_data.next = beat_from_bytes(&record.to_bytes());
        uut.in_valid.next = true;
        cycle(&mut uut);
        assert!(uut.out_valid.val());
        assert!(!uut.message.val().malformed && !uut.message.val().control);
        assert_eq!(uut.message.val().msg_type.to_u8(), MsgType::New.code());
        assert_eq!(uut.message.val().side.to_u8(), Side::Sell.code());
        assert!(
            uut.message.val().side_known
                && !uut.message.val().market
                && !uut.message.val().post_only
        );
        assert_eq!(uut.message.val().tif.to_u8(), Tif::Ioc.code());
        assert_eq!(uut.message.val().stp.to_u8(), StpMode::Both.code());
        assert_eq!(uut.message.val().instrument.to_u16(), 3);
        assert_eq!(uut.message.val().account.to_u32(), 7);
        assert_eq!(uut.message.val().price.to_u32(), 1500);
        assert_eq!(uut.message.val().qty.to_u32(), 10);
        assert_eq!(uut.message.val().cl_ord_id.to_u64(), 0x1122_3344_5566_7788);
        assert_eq!(
            uut.message.val().key_hash.to_u32(),
            crate::order_ids::key_hash(uut.message.val().account.to_u32(), 0x1122_3344_5566_7788)
        );
        assert_eq!(uut.message.val().in_seq.to_u64(), 42);
        let mut headroom = Message::Headroom {
            account: 9,
            delta: -77,
        }
        .encode(43);
        headroom.account = U32::new(9);
        uut.in_data.next = beat_from_bytes(&headroom.to_bytes());
        cycle(&mut uut);
        assert_eq!(uut.message.val().amount.to_u64() as i64, -77);
        assert_eq!(uut.message.val().in_seq.to_u64(), 43);
    }

    #[test]
    fn a_full_stage_holds_its_record_until_taken() {
        let mut uut = ingress();
        uut.out_ready.next = false;
        uut.in_data.next = beat_from_bytes(&sample_new().to_bytes());
        uut.in_valid.next = true;
        cycle(&mut uut);
        assert!(uut.out_valid.val() && !uut.in_ready.val());
        let mut other = sample_new();
        other.in_seq = U64::new(99);
        uut.in_data.next = beat_from_bytes(&other.to_bytes());
        cycle(&mut uut);
        assert_eq!(
            uut.message.val().in_seq.to_u64(),
            42,
            "held while out_ready is low"
        );
        uut.out_ready.next = true;
        settle(&mut uut);
        assert!(uut.in_ready.val());
        cycle(&mut uut);
        assert_eq!(uut.message.val().in_seq.to_u64(), 99);
        uut.in_valid.next = false;
        cycle(&mut uut);
        assert!(!uut.out_valid.val());
    }

    /// Every single-byte corruption of the judged bytes agrees with `Message::decode`.
    #[test]
    fn malformed_exactly_as_decode_says() {
        let mut uut = ingress();
        let mut records = vec![];
        let base = sample_new();
        for value in [0u8, 1, 2, 3, 4, 5, 7, 8, 9, 0x40, 0x43, 0x44, 0x80, 0xff] {
            let mut r = base;
            r.version = value;
            records.push(r);
            let mut r = base;
            r.msg_type = value;
            records.push(r);
            let mut r = base;
            r.side = value;
            records.push(r);
            let mut r = base;
            r.ord_type = value;
            records.push(r);
            let mut r = base;
            r.tif = value;
            records.push(r);
        }
        for flags in [0u8, 1, 2, 0x08, 0x10, 0x41, 0x50, 0x70, 0x80, 0x31] {
            let mut r = base;
            r.flags = flags;
            records.push(r);
        }
        // RATES needs a side; CANCEL does not.
        for msg in [MsgType::Rates, MsgType::Cancel] {
            for side in [0u8, 1, 3] {
                let mut r = OrderRecord::new(msg.code());
                r.side = side;
                r.instrument = U16::new(1);
                records.push(r);
            }
        }
        for record in &records {
            let (malformed, control, side_known, _) = judge(&mut uut, record);
            let decoded = Message::decode(record);
            let is_control = record.version == 1 && (0x40..=0x43).contains(&record.msg_type);
            assert_eq!(malformed, decoded.is_err() && !is_control, "{record:?}");
            assert_eq!(control, is_control, "{record:?}");
            assert_eq!(side_known, Side::from_code(record.side).is_some());
            if let Err(Malformed::MsgType(_)) = decoded {
                assert!(is_control || malformed);
            }
        }
    }

    #[test]
    fn market_price_reads_zero_unless_malformed() {
        let mut uut = ingress();
        let mut market = sample_new();
        market.ord_type = OrdType::Market.code();
        market.price = U32::new(77);
        assert_eq!(judge(&mut uut, &market).3, 0);
        market.tif = 9;
        assert_eq!(judge(&mut uut, &market), (true, false, true, 77));
    }
}
