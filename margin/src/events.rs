//! The engine's input and output streams: plain Rust types, mapped to the order-flow messages
//! (`RATES`, `HEADROOM`, `KILL`, `NEW`) by the command line.

use serde::Serialize;

use crate::date::Date;

/// Order side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Side {
    /// `B`.
    Buy,
    /// `S`.
    Sell,
}

impl Side {
    /// +1 for a buy, −1 for a sell.
    pub fn sign(self) -> i64 {
        match self {
            Side::Buy => 1,
            Side::Sell => -1,
        }
    }

    /// The other side.
    pub fn opposite(self) -> Side {
        match self {
            Side::Buy => Side::Sell,
            Side::Sell => Side::Buy,
        }
    }
}

/// Time in force of the orders the engine sends; liquidation never rests on the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TimeInForce {
    /// Immediate or cancel.
    Ioc,
}

/// What a mark refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkTarget {
    /// The underlying by name: `price` is its futures price; a `vol` applies to every expiry of
    /// its options.
    Underlying(String),
    /// An instrument: `price` is its underlying's futures price; for an option, a `vol` is the
    /// volatility of its (underlying, expiry); for a future, a `vol` is ignored.
    Instrument(u16),
}

/// A trade of one account, as the card reports it (one per side of each match).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fill {
    /// Account that traded.
    pub account: u32,
    /// Instrument traded.
    pub instrument: u16,
    /// The account's side.
    pub side: Side,
    /// Trade price, in ticks.
    pub price: u32,
    /// Filled lots.
    pub qty: u32,
    /// Reservation the filled lots had taken on the card (qty × the rate the order remembered);
    /// the card keeps it on a fill, so the engine gives it back through its next delta.
    pub reserved: i64,
}

/// One input of the ordered stream that drives the engine.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A new futures price (and optionally volatility).
    Mark {
        /// Underlying or instrument.
        target: MarkTarget,
        /// Futures price of the underlying, in ticks.
        price: f64,
        /// Annualised volatility, if this mark carries one.
        vol: Option<f64>,
    },
    /// A trade.
    Fill(Fill),
    /// The card accepted an order and reserved `amount` (qty × rate) of the account's headroom.
    OrderReserved {
        /// Account.
        account: u32,
        /// Reserved margin units.
        amount: i64,
    },
    /// The card gave back `amount` of reservation (cancel, expiry, replace reduction). Not sent
    /// for the cancellations of a `Kill` the engine itself asked for: the engine accounts them.
    OrderReleased {
        /// Account.
        account: u32,
        /// Released margin units.
        amount: i64,
    },
    /// An order the engine sent (a liquidation IOC) has finished: all its fills were reported
    /// before this.
    OrderDone {
        /// Account.
        account: u32,
        /// The engine's client order id.
        cl_ord_id: u64,
    },
    /// The valuation date moves (times to expiry shrink).
    Tick {
        /// New valuation date.
        date: Date,
    },
}

/// One output of the engine, in the order they must be applied.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Output {
    /// Set the per-lot reservation of one side of an instrument (`RATES`).
    Rates {
        /// Instrument.
        instrument: u16,
        /// Side.
        side: Side,
        /// Margin units per lot, rounded up.
        rate: u32,
    },
    /// Add `delta` to the account's headroom (`HEADROOM`).
    Headroom {
        /// Account.
        account: u32,
        /// Signed change.
        delta: i64,
    },
    /// The account fell below maintenance margin; liquidation begins.
    LiquidationStarted {
        /// Account.
        account: u32,
        /// Equity at that moment.
        equity: f64,
        /// Maintenance margin at that moment.
        maintenance: f64,
    },
    /// Disable the account and cancel its resting orders (`KILL`).
    Kill {
        /// Account.
        account: u32,
    },
    /// Enable the account again (`ENABLE`): sent just before a liquidation order, which the
    /// card would refuse on a disabled account, and followed by a `Kill` right after it.
    Enable {
        /// Account.
        account: u32,
    },
    /// Enter an order for the account (`NEW`, LIMIT).
    Order {
        /// Account.
        account: u32,
        /// Instrument.
        instrument: u16,
        /// Side.
        side: Side,
        /// Lots.
        qty: u32,
        /// Limit price, in ticks.
        price: u32,
        /// Always IOC.
        tif: TimeInForce,
        /// Client order id, from [`crate::LIQUIDATION_CL_ORD_ID_BASE`] upwards.
        cl_ord_id: u64,
    },
    /// The insurance fund paid part or all of a liquidated account's loss beyond its equity.
    InsuranceFund {
        /// The bankrupt account.
        account: u32,
        /// Amount paid out.
        drawn: f64,
        /// Fund balance afterwards.
        balance: f64,
    },
    /// Auto-deleveraging: `qty` lots of the bankrupt account's position were closed against
    /// the counterparty's opposite position at the mark value `price`, and the counterparty
    /// bore `loss` of the deficit the insurance fund could not pay.
    Adl {
        /// The liquidated account.
        bankrupt: u32,
        /// The deleveraged account.
        counterparty: u32,
        /// Instrument.
        instrument: u16,
        /// The bankrupt account's side in the transfer.
        side: Side,
        /// Lots transferred.
        qty: u32,
        /// Transfer price, in ticks (mark value).
        price: f64,
        /// Share of the uncovered deficit charged to the counterparty.
        loss: f64,
    },
    /// A deficit neither the fund nor auto-deleveraging could absorb; the account keeps it.
    UncoveredLoss {
        /// Account.
        account: u32,
        /// Margin units.
        amount: f64,
    },
    /// Liquidation of the account is over (back above maintenance, or flat and settled). The
    /// account stays disabled until the risk desk enables it.
    LiquidationEnded {
        /// Account.
        account: u32,
        /// Equity at the end.
        equity: f64,
        /// Maintenance margin at the end.
        maintenance: f64,
    },
}
