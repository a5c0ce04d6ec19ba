//! Writer of `orders.csv` text in the exact layout of the venue contract.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The CSV header of an order-flow file.
pub const ORDERS_HEADER: &str = "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags";

/// Order side in our order flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Side {
    Buy,
    Sell,
}

impl Side {
    pub fn opposite(self) -> Side {
        match self {
            Side::Buy => Side::Sell,
            Side::Sell => Side::Buy,
        }
    }

    fn letter(self) -> char {
        match self {
            Side::Buy => 'B',
            Side::Sell => 'S',
        }
    }
}

/// Accumulates order-flow rows; `in_seq` of a row is its position among data lines.
#[derive(Debug, Clone)]
pub(crate) struct FlowWriter {
    text: String,
    messages: u64,
    by_action: BTreeMap<String, u64>,
}

impl FlowWriter {
    pub fn new() -> Self {
        let mut text = String::with_capacity(1 << 16);
        text.push_str(ORDERS_HEADER);
        text.push('\n');
        FlowWriter {
            text,
            messages: 0,
            by_action: BTreeMap::new(),
        }
    }

    /// `in_seq` of the last message written (0 before any).
    pub fn last_in_seq(&self) -> u64 {
        self.messages
    }

    fn count(&mut self, action: &str) -> u64 {
        self.messages += 1;
        *self.by_action.entry(action.to_string()).or_default() += 1;
        self.messages
    }

    /// A limit order; `ioc` selects IOC, otherwise GTC. Returns its `in_seq`.
    #[allow(clippy::too_many_arguments)] // one argument per CSV field
    pub fn new_limit(
        &mut self,
        account: u32,
        instrument: u16,
        cl_ord_id: u64,
        side: Side,
        ioc: bool,
        price: u32,
        qty: u32,
    ) -> u64 {
        let tif = if ioc { "IOC" } else { "GTC" };
        let _ = writeln!(
            self.text,
            "NEW,{account},{instrument},{cl_ord_id},{},LIMIT,{tif},{price},{qty},",
            side.letter()
        );
        self.count("NEW")
    }

    pub fn cancel(&mut self, account: u32, instrument: u16, cl_ord_id: u64) -> u64 {
        let _ = writeln!(self.text, "CANCEL,{account},{instrument},{cl_ord_id},,,,,,");
        self.count("CANCEL")
    }

    pub fn replace(
        &mut self,
        account: u32,
        instrument: u16,
        cl_ord_id: u64,
        price: u32,
        qty: u32,
    ) -> u64 {
        let _ = writeln!(
            self.text,
            "REPLACE,{account},{instrument},{cl_ord_id},,,,{price},{qty},"
        );
        self.count("REPLACE")
    }

    pub fn finish(self) -> (String, u64, BTreeMap<String, u64>) {
        (self.text, self.messages, self.by_action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_have_ten_fields_and_exact_layout() {
        let mut w = FlowWriter::new();
        assert_eq!(w.new_limit(1, 0, 42, Side::Buy, false, 100, 5), 1);
        assert_eq!(w.new_limit(0, 3, 7, Side::Sell, true, 99, 2), 2);
        assert_eq!(w.replace(1, 0, 42, 100, 3), 3);
        assert_eq!(w.cancel(1, 0, 42), 4);
        let (text, n, by) = w.finish();
        assert_eq!(
            text,
            "action,account,instrument,cl_ord_id,side,type,tif,price,qty,flags\n\
             NEW,1,0,42,B,LIMIT,GTC,100,5,\n\
             NEW,0,3,7,S,LIMIT,IOC,99,2,\n\
             REPLACE,1,0,42,,,,100,3,\n\
             CANCEL,1,0,42,,,,,,\n"
        );
        assert_eq!(n, 4);
        assert_eq!(by["NEW"], 2);
        for line in text.lines() {
            assert_eq!(line.split(',').count(), 10, "{line}");
        }
    }
}
