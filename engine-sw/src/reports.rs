//! Building report records in the order the spec fixes for one message.

use gatebook_wire::le::{U16, U32, U64};
use gatebook_wire::{present, Event, Reason, ReportRecord, Side, REPORT_RECORD_TYPE, WIRE_VERSION};

/// The identity and price of an order as its report rows show them.
#[derive(Clone, Copy)]
pub(crate) struct OrderRef {
    pub account: u32,
    pub instrument: u16,
    pub cl_ord_id: u64,
    pub side: Side,
    pub price: u32,
}

/// The reports of the message being processed.
pub(crate) struct Out<'a> {
    pub reports: &'a mut Vec<ReportRecord>,
    pub in_seq: u64,
}

impl Out<'_> {
    /// Appends one whole record, every byte written at once.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        event: Event,
        reason: u8,
        ids: (u32, u16, u64),
        side: u8,
        present: u8,
        (price, qty, leaves): (u32, u32, u32),
        contra: (u32, u64),
    ) {
        self.reports.push(ReportRecord {
            version: WIRE_VERSION,
            record_type: REPORT_RECORD_TYPE,
            event: event.code(),
            reason,
            side,
            present,
            instrument: U16::new(ids.1),
            account: U32::new(ids.0),
            price: U32::new(price),
            qty: U32::new(qty),
            leaves: U32::new(leaves),
            cl_ord_id: U64::new(ids.2),
            in_seq: U64::new(self.in_seq),
            contra_account: U32::new(contra.0),
            reserved0: U32::ZERO,
            contra_cl_ord_id: U64::new(contra.1),
            egress_cycle: U64::ZERO,
        });
    }

    /// A row about `order`: side, price, quantity and leaves present, and `extra` bits.
    #[inline(always)]
    fn order_row(
        &mut self,
        event: Event,
        order: &OrderRef,
        (price, qty, leaves): (u32, u32, u32),
        reason: u8,
        extra: u8,
        contra: (u32, u64),
    ) {
        self.push(
            event,
            reason,
            (order.account, order.instrument, order.cl_ord_id),
            order.side.code(),
            present::SIDE | present::PRICE | present::QTY | present::LEAVES | extra,
            (price, qty, leaves),
            contra,
        );
    }

    #[inline(always)]
    pub(crate) fn ack(&mut self, order: &OrderRef, qty: u32) {
        self.order_row(Event::Ack, order, (order.price, qty, qty), 0, 0, (0, 0));
    }

    #[inline(always)]
    pub(crate) fn replaced(&mut self, order: &OrderRef, leaves: u32) {
        self.order_row(
            Event::Replaced,
            order,
            (order.price, leaves, leaves),
            0,
            0,
            (0, 0),
        );
    }

    /// One side of a match: `order` traded `qty` at `price` and has `leaves` left.
    #[inline]
    pub(crate) fn fill(
        &mut self,
        order: &OrderRef,
        price: u32,
        qty: u32,
        leaves: u32,
        contra: (u32, u64),
    ) {
        self.order_row(
            Event::Fill,
            order,
            (price, qty, leaves),
            0,
            present::CONTRA,
            contra,
        );
    }

    /// `CANCELED` or `EXPIRED`: `qty` lots left without trading.
    #[inline]
    pub(crate) fn gone(&mut self, event: Event, order: &OrderRef, qty: u32, reason: Reason) {
        self.order_row(
            event,
            order,
            (order.price, qty, 0),
            reason.code(),
            present::REASON,
            (0, 0),
        );
    }

    /// A refused message, echoing the fields it gave: `side` and `price` only where given.
    pub(crate) fn reject(
        &mut self,
        ids: (u32, u16, u64),
        side: Option<Side>,
        price: Option<u32>,
        qty: Option<u32>,
        reason: Reason,
    ) {
        let mut present = present::REASON;
        if side.is_some() {
            present |= present::SIDE;
        }
        if price.is_some() {
            present |= present::PRICE;
        }
        if qty.is_some() {
            present |= present::QTY;
        }
        self.push(
            Event::Reject,
            reason.code(),
            ids,
            side.map_or(0, Side::code),
            present,
            (price.unwrap_or(0), qty.unwrap_or(0), 0),
            (0, 0),
        );
    }
}
