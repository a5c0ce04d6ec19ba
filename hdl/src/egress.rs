//! Egress: report fields packed into the 64-byte `ReportRecord`, one per 512-bit beat.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - `in_valid`/`in_ready` with `report` (a [`Report`], the matcher's report bus): one
//!   report; moves on `in_valid && in_ready`.
//! - `out_data`/`out_valid`/`out_ready`: the outbound stream, byte `i` of the record in bits
//!   `8*i .. 8*i+8`, held stable while `out_valid && !out_ready`.
//! - `cycle_count`: the card's free-running cycle counter; bytes 56..64 (`egress_cycle`)
//!   carry its value in the cycle the report entered this stage (the cycle before it can
//!   first leave).
//!
//! One register stage; `in_ready = !out_valid || out_ready`, one report per cycle.

use rust_hdl::prelude::*;

pub use bundle::Report;

mod bundle {
    // The derive adds undocumented accessor methods.
    #![allow(missing_docs)]
    use rust_hdl::prelude::*;

    /// One report as the matcher hands it on: the `ReportRecord`'s fields before packing (the
    /// record's bytes in brackets). A bundle, so that a report moves as one signal.
    #[derive(Default, PartialEq, LogicStruct, Copy, Clone, Debug)]
    pub struct Report {
        /// Byte 2: the event code (1 ACK .. 6 REPLACED).
        pub event: Bits<8>,
        /// Byte 3: the reason code, 0 when the row has none.
        pub reason: Bits<8>,
        /// Byte 4: the side code, 0 when the column is empty.
        pub side: Bits<8>,
        /// Byte 5: which optional columns carry a value (`present` bits of the report).
        pub present: Bits<8>,
        /// Bytes 6..8: instrument id.
        pub instrument: Bits<16>,
        /// Bytes 8..12: account id of the order reported on.
        pub account: Bits<32>,
        /// Bytes 12..16: price in ticks (a FILL: the maker's price).
        pub price: Bits<32>,
        /// Bytes 16..20: quantity in lots (a FILL: the matched quantity).
        pub qty: Bits<32>,
        /// Bytes 20..24: the order's remaining quantity after the event, in lots.
        pub leaves: Bits<32>,
        /// Bytes 24..32: client order id of the order reported on.
        pub cl_ord_id: Bits<64>,
        /// Bytes 32..40: `in_seq` of the message that caused the report.
        pub in_seq: Bits<64>,
        /// Bytes 40..44: the other side's account of a FILL, 0 otherwise.
        pub contra_account: Bits<32>,
        /// Bytes 48..56: the other side's client order id of a FILL, 0 otherwise.
        pub contra_cl_ord_id: Bits<64>,
    }
}

/// The egress stage: one register holding the packed report beat, stamped with the cycle it
/// entered (interface in the module docs).
#[derive(LogicBlock, Default)]
pub struct Egress {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: empties the register stage.
    pub reset: Signal<In, Bit>,
    /// The card's free-running cycle counter, copied into bytes 56..64 as a report is taken.
    pub cycle_count: Signal<In, Bits<64>>,
    /// High while the report fields below hold a report to take.
    pub in_valid: Signal<In, Bit>,
    /// High when a report offered now is taken: `!out_valid || out_ready`.
    pub in_ready: Signal<Out, Bit>,
    /// The report to take, its fields in record order.
    pub report: Signal<In, Report>,
    /// Outbound beat: one `ReportRecord`, byte `i` in bits `8*i .. 8*i+8`.
    pub out_data: Signal<Out, Bits<512>>,
    /// High while the register holds a report; `out_data` is held until it is taken.
    pub out_valid: Signal<Out, Bit>,
    /// The downstream takes the beat on a cycle with `out_valid` and this high.
    pub out_ready: Signal<In, Bit>,
    beat: DFF<Bits<512>>,
    full: DFF<Bit>,
    header: Signal<Local, Bits<64>>,
    report_beat: Signal<Local, Bits<512>>,
}

impl Logic for Egress {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, beat, full);
        // Bytes 0..8 (version 1, record type 0x80, event, reason, side, present, instrument)
        // are packed as one 64-bit word, so every shift of the 512-bit beat is by a whole
        // number of 32-bit words (cheap in simulation, plain wiring in hardware).
        self.header.next = bit_cast::<64, 16>(0x8001.into())
            | (bit_cast::<64, 8>(self.report.val().event) << 16)
            | (bit_cast::<64, 8>(self.report.val().reason) << 24)
            | (bit_cast::<64, 8>(self.report.val().side) << 32)
            | (bit_cast::<64, 8>(self.report.val().present) << 40)
            | (bit_cast::<64, 16>(self.report.val().instrument) << 48);
        self.report_beat.next = bit_cast::<512, 64>(self.header.val())
            | (bit_cast::<512, 32>(self.report.val().account) << 64)
            | (bit_cast::<512, 32>(self.report.val().price) << 96)
            | (bit_cast::<512, 32>(self.report.val().qty) << 128)
            | (bit_cast::<512, 32>(self.report.val().leaves) << 160)
            | (bit_cast::<512, 64>(self.report.val().cl_ord_id) << 192)
            | (bit_cast::<512, 64>(self.report.val().in_seq) << 256)
            | (bit_cast::<512, 32>(self.report.val().contra_account) << 320)
            | (bit_cast::<512, 64>(self.report.val().contra_cl_ord_id) << 384)
            | (bit_cast::<512, 64>(self.cycle_count.val()) << 448);
        self.in_ready.next = !self.full.q.val() || self.out_ready.val();
        if self.reset.val() {
            self.full.d.next = false;
        } else if !self.full.q.val() || self.out_ready.val() {
            self.full.d.next = self.in_valid.val();
            if self.in_valid.val() {
                self.beat.d.next = self.report_beat.val();
            }
        }
        self.out_valid.next = self.full.q.val();
        self.out_data.next = self.beat.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start};
    use crate::wire_bits::bytes_from_beat;
    use gatebook_wire::le::{U16, U32, U64};
    use gatebook_wire::{present, Event, ReportRecord, Side};

    clocked!(Egress);

    #[test]
    fn a_report_leaves_in_record_layout_with_its_stamp() {
        let mut uut = Egress::default();
        start(&mut uut);
        pulse_reset(&mut uut);
        let expected = ReportRecord {
            event: Event::Fill.code(),
            reason: 0,
            side: Side::Sell.code(),
            present: present::SIDE
                | present::PRICE
                | present::QTY
                | present::LEAVES
                | present::CONTRA,
            instrument: U16::new(0x0102),
            account: U32::new(0x0304_0506),
            price: U32::new(1500),
            qty: U32::new(7),
            leaves: U32::new(3),
            cl_ord_id: U64::new(0x1122_3344_5566_7788),
            in_seq: U64::new(9),
            contra_account: U32::new(12),
            contra_cl_ord_id: U64::new(u64::MAX),
            egress_cycle: U64::new(1234),
            ..ReportRecord::default()
        };
        uut.cycle_count.next = 1234.into();
        uut.report.next = Report {
            event: u64::from(expected.event).into(),
            reason: 0.into(),
            side: u64::from(expected.side).into(),
            present: u64::from(expected.present).into(),
            instrument: 0x0102.into(),
            account: 0x0304_0506.into(),
            price: 1500.into(),
            qty: 7.into(),
            leaves: 3.into(),
            cl_ord_id: 0x1122_3344_5566_7788.into(),
            in_seq: 9.into(),
            contra_account: 12.into(),
            contra_cl_ord_id: u64::MAX.into(),
        };
        uut.in_valid.next = true;
        uut.out_ready.next = false;
        cycle(&mut uut);
        uut.in_valid.next = false;
        uut.cycle_count.next = 1240.into();
        cycle(&mut uut);
        assert!(uut.out_valid.val() && !uut.in_ready.val());
        let got = ReportRecord::from_wire(&bytes_from_beat(uut.out_data.val()));
        assert_eq!(got, expected, "held with its stamp while out_ready is low");
        uut.out_ready.next = true;
        settle(&mut uut);
        assert!(uut.in_ready.val());
        cycle(&mut uut);
        assert!(!uut.out_valid.val());
    }
}
