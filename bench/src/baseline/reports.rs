//! Building report records in the order the spec fixes for one message.

use gatebook_wire::le::{U16, U32, U64};
use gatebook_wire::{present, Event, Reason, ReportRecord, Side};

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
    #[inline]
    fn row(
        &mut self,
        event: Event,
        account: u32,
        instrument: u16,
        cl_ord_id: u64,
    ) -> &mut ReportRecord {
        self.reports.push(ReportRecord {
            event: event.code(),
            account: U32::new(account),
            instrument: U16::new(instrument),
            cl_ord_id: U64::new(cl_ord_id),
            in_seq: U64::new(self.in_seq),
            ..ReportRecord::default()
        });
        self.reports.last_mut().expect("just pushed")
    }

    #[inline]
    fn order_row(
        &mut self,
        event: Event,
        order: &OrderRef,
        qty: u32,
        leaves: u32,
    ) -> &mut ReportRecord {
        let r = self.row(event, order.account, order.instrument, order.cl_ord_id);
        r.side = order.side.code();
        r.price = U32::new(order.price);
        r.qty = U32::new(qty);
        r.leaves = U32::new(leaves);
        r.present = present::SIDE | present::PRICE | present::QTY | present::LEAVES;
        r
    }

    pub(crate) fn ack(&mut self, order: &OrderRef, qty: u32) {
        self.order_row(Event::Ack, order, qty, qty);
    }

    pub(crate) fn replaced(&mut self, order: &OrderRef, leaves: u32) {
        self.order_row(Event::Replaced, order, leaves, leaves);
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
        let r = self.order_row(Event::Fill, order, qty, leaves);
        r.price = U32::new(price);
        r.contra_account = U32::new(contra.0);
        r.contra_cl_ord_id = U64::new(contra.1);
        r.present |= present::CONTRA;
    }

    /// `CANCELED` or `EXPIRED`: `qty` lots left without trading.
    pub(crate) fn gone(&mut self, event: Event, order: &OrderRef, qty: u32, reason: Reason) {
        let r = self.order_row(event, order, qty, 0);
        r.reason = reason.code();
        r.present |= present::REASON;
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
        let r = self.row(Event::Reject, ids.0, ids.1, ids.2);
        r.reason = reason.code();
        r.present = present::REASON;
        if let Some(side) = side {
            r.side = side.code();
            r.present |= present::SIDE;
        }
        if let Some(price) = price {
            r.price = U32::new(price);
            r.present |= present::PRICE;
        }
        if let Some(qty) = qty {
            r.qty = U32::new(qty);
            r.present |= present::QTY;
        }
    }
}
