//! Order-flow messages decoded from [`OrderRecord`]s, and encoded back.
//!
//! Decoding is where a binary record is judged: a record that no CSV line could have produced
//! (wrong version, unknown type, a side of 7) is [`Malformed`], and every backend answers it
//! with a `REJECT` of reason `MALFORMED` instead of touching any state.

use crate::codes::{MsgType, OrdType, Side, StpMode, Tif};
use crate::record::{OrderRecord, WIRE_VERSION};
use zerocopy::little_endian::{I64, U16, U32, U64};

/// Flag bit: the order may only add liquidity.
pub const FLAG_POST_ONLY: u8 = 1 << 0;
const STP_SHIFT: u8 = 4;
const STP_MASK: u8 = 0b111 << STP_SHIFT;
const FLAG_BITS_KNOWN: u8 = FLAG_POST_ONLY | STP_MASK;

/// A `NEW` order as entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewOrder {
    /// Account entering the order (record bytes 8..12).
    pub account: u32,
    /// Instrument to trade (record bytes 6..8).
    pub instrument: u16,
    /// Client order id (bytes 24..32), unique per account among its live orders.
    pub cl_ord_id: u64,
    /// Buy or sell (byte 2).
    pub side: Side,
    /// LIMIT or MARKET (byte 3).
    pub ord_type: OrdType,
    /// Time in force (byte 4); always explicit here, CSV defaults already applied.
    pub tif: Tif,
    /// Limit price; ignored (and 0 on the wire) for MARKET.
    pub price: u32,
    /// Quantity in lots (bytes 16..20).
    pub qty: u32,
    /// Flags bit 0: the order may only add liquidity (rejected `WOULD_CROSS` otherwise).
    pub post_only: bool,
    /// `None` means the account's configured default.
    pub stp: Option<StpMode>,
}

/// One order-flow message, as `formats.md` defines the actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    /// `NEW`: enter an order.
    New(NewOrder),
    /// `CANCEL`: remove a resting order.
    Cancel {
        /// Owner of the order.
        account: u32,
        /// Instrument the order rests on.
        instrument: u16,
        /// The order's client order id.
        cl_ord_id: u64,
    },
    /// `REPLACE`: change a resting order's price and/or remaining quantity.
    Replace {
        /// Owner of the order.
        account: u32,
        /// Instrument the order rests on.
        instrument: u16,
        /// The order's client order id.
        cl_ord_id: u64,
        /// New limit price in ticks.
        price: u32,
        /// New leaves in lots (not the new total quantity).
        qty: u32,
    },
    /// `REF`: set an instrument's reference price (collar centre, market-order protection).
    Ref {
        /// Instrument whose reference changes.
        instrument: u16,
        /// New reference price in ticks.
        price: u32,
    },
    /// `KILL`: disable an account and cancel all its resting orders, oldest first.
    Kill {
        /// Account to disable.
        account: u32,
    },
    /// `ENABLE`: enable a killed or disabled account again.
    Enable {
        /// Account to enable.
        account: u32,
    },
    /// `HEADROOM`: add a signed amount to an account's margin headroom.
    Headroom {
        /// Account whose headroom changes.
        account: u32,
        /// Signed margin units to add (record bytes 40..48, `amount`).
        delta: i64,
    },
    /// `RATES`: set the per-lot margin reservation of one side of an instrument.
    Rates {
        /// Instrument whose rate changes.
        instrument: u16,
        /// Side the rate applies to (`margin_buy` or `margin_sell`).
        side: Side,
        /// Margin units reserved per lot (carried in the price field, bytes 12..16).
        rate: u32,
    },
}

/// Why a record is not a valid order-flow message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Malformed {
    /// Byte 0 is not [`WIRE_VERSION`].
    #[error("wire version {0} is not {WIRE_VERSION}")]
    Version(u8),
    /// Byte 1 is not one of the eight order-flow types.
    #[error("message type {0:#04x} is not an order-flow type")]
    MsgType(u8),
    /// Byte 2 is not a side code, on a type that uses the side.
    #[error("side code {0} is not B (1) or S (2)")]
    Side(u8),
    /// Byte 3 is not an order-type code, on a `NEW`.
    #[error("order type code {0} is not LIMIT (1) or MARKET (2)")]
    OrdType(u8),
    /// Byte 4 is not a time-in-force code, on a `NEW`.
    #[error("time-in-force code {0} is not GTC (1), IOC (2) or FOK (3)")]
    Tif(u8),
    /// Byte 5 has bits outside POST_ONLY and the STP field, or an STP mode above 4.
    #[error("flags byte {0:#04x} has unknown bits or an unknown STP mode")]
    Flags(u8),
}

impl Message {
    /// The action of this message.
    pub fn msg_type(&self) -> MsgType {
        match self {
            Message::New(_) => MsgType::New,
            Message::Cancel { .. } => MsgType::Cancel,
            Message::Replace { .. } => MsgType::Replace,
            Message::Ref { .. } => MsgType::Ref,
            Message::Kill { .. } => MsgType::Kill,
            Message::Enable { .. } => MsgType::Enable,
            Message::Headroom { .. } => MsgType::Headroom,
            Message::Rates { .. } => MsgType::Rates,
        }
    }

    /// The account a member trades with this message (`NEW`, `CANCEL`, `REPLACE`); `None` for
    /// the venue's control messages, which name an account they act on, not trade for.
    pub fn traded_account(&self) -> Option<u32> {
        match *self {
            Message::New(order) => Some(order.account),
            Message::Cancel { account, .. } | Message::Replace { account, .. } => Some(account),
            Message::Ref { .. }
            | Message::Kill { .. }
            | Message::Enable { .. }
            | Message::Headroom { .. }
            | Message::Rates { .. } => None,
        }
    }

    /// Decodes an order-flow record. Control records are not order flow and are malformed here.
    pub fn decode(record: &OrderRecord) -> Result<Message, Malformed> {
        if record.version != WIRE_VERSION {
            return Err(Malformed::Version(record.version));
        }
        let msg_type = MsgType::from_code(record.msg_type)
            .filter(|t| !t.is_control())
            .ok_or(Malformed::MsgType(record.msg_type))?;
        let account = record.account.get();
        let instrument = record.instrument.get();
        let cl_ord_id = record.cl_ord_id.get();
        let price = record.price.get();
        let qty = record.qty.get();
        let side = || Side::from_code(record.side).ok_or(Malformed::Side(record.side));
        Ok(match msg_type {
            MsgType::New => {
                let ord_type = OrdType::from_code(record.ord_type)
                    .ok_or(Malformed::OrdType(record.ord_type))?;
                let tif = Tif::from_code(record.tif).ok_or(Malformed::Tif(record.tif))?;
                let (post_only, stp) = decode_flags(record.flags)?;
                Message::New(NewOrder {
                    account,
                    instrument,
                    cl_ord_id,
                    side: side()?,
                    ord_type,
                    tif,
                    price: if ord_type == OrdType::Market {
                        0
                    } else {
                        price
                    },
                    qty,
                    post_only,
                    stp,
                })
            }
            MsgType::Cancel => Message::Cancel {
                account,
                instrument,
                cl_ord_id,
            },
            MsgType::Replace => Message::Replace {
                account,
                instrument,
                cl_ord_id,
                price,
                qty,
            },
            MsgType::Ref => Message::Ref { instrument, price },
            MsgType::Kill => Message::Kill { account },
            MsgType::Enable => Message::Enable { account },
            MsgType::Headroom => Message::Headroom {
                account,
                delta: record.amount.get(),
            },
            MsgType::Rates => Message::Rates {
                instrument,
                side: side()?,
                rate: price,
            },
            MsgType::CfgCapacity
            | MsgType::CfgInstrument
            | MsgType::CfgAccount
            | MsgType::CfgCommit => return Err(Malformed::MsgType(record.msg_type)),
        })
    }

    /// Encodes the message as the record of input position `in_seq`.
    pub fn encode(&self, in_seq: u64) -> OrderRecord {
        let mut r = OrderRecord::new(self.msg_type().code());
        r.in_seq = U64::new(in_seq);
        match *self {
            Message::New(o) => {
                r.account = U32::new(o.account);
                r.instrument = U16::new(o.instrument);
                r.cl_ord_id = U64::new(o.cl_ord_id);
                r.side = o.side.code();
                r.ord_type = o.ord_type.code();
                r.tif = o.tif.code();
                r.price = U32::new(if o.ord_type == OrdType::Market {
                    0
                } else {
                    o.price
                });
                r.qty = U32::new(o.qty);
                r.flags = encode_flags(o.post_only, o.stp);
            }
            Message::Cancel {
                account,
                instrument,
                cl_ord_id,
            } => {
                r.account = U32::new(account);
                r.instrument = U16::new(instrument);
                r.cl_ord_id = U64::new(cl_ord_id);
            }
            Message::Replace {
                account,
                instrument,
                cl_ord_id,
                price,
                qty,
            } => {
                r.account = U32::new(account);
                r.instrument = U16::new(instrument);
                r.cl_ord_id = U64::new(cl_ord_id);
                r.price = U32::new(price);
                r.qty = U32::new(qty);
            }
            Message::Ref { instrument, price } => {
                r.instrument = U16::new(instrument);
                r.price = U32::new(price);
            }
            Message::Kill { account } | Message::Enable { account } => {
                r.account = U32::new(account);
            }
            Message::Headroom { account, delta } => {
                r.account = U32::new(account);
                r.amount = I64::new(delta);
            }
            Message::Rates {
                instrument,
                side,
                rate,
            } => {
                r.instrument = U16::new(instrument);
                r.side = side.code();
                r.price = U32::new(rate);
            }
        }
        r
    }
}

/// Packs POST_ONLY and the STP mode into the flags byte.
pub fn encode_flags(post_only: bool, stp: Option<StpMode>) -> u8 {
    let stp_code = stp.map_or(0, StpMode::code);
    (if post_only { FLAG_POST_ONLY } else { 0 }) | (stp_code << STP_SHIFT)
}

/// Unpacks the flags byte; unknown bits are malformed rather than ignored.
pub fn decode_flags(flags: u8) -> Result<(bool, Option<StpMode>), Malformed> {
    if flags & !FLAG_BITS_KNOWN != 0 {
        return Err(Malformed::Flags(flags));
    }
    let stp_code = (flags & STP_MASK) >> STP_SHIFT;
    let stp = match stp_code {
        0 => None,
        code => Some(StpMode::from_code(code).ok_or(Malformed::Flags(flags))?),
    };
    Ok((flags & FLAG_POST_ONLY != 0, stp))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_new() -> NewOrder {
        NewOrder {
            account: 7,
            instrument: 3,
            cl_ord_id: 42,
            side: Side::Sell,
            ord_type: OrdType::Limit,
            tif: Tif::Fok,
            price: 1500,
            qty: 10,
            post_only: true,
            stp: Some(StpMode::Both),
        }
    }

    #[test]
    fn every_message_round_trips() {
        let messages = [
            Message::New(sample_new()),
            Message::Cancel {
                account: 1,
                instrument: 2,
                cl_ord_id: 3,
            },
            Message::Replace {
                account: 1,
                instrument: 2,
                cl_ord_id: 3,
                price: 4,
                qty: 5,
            },
            Message::Ref {
                instrument: 9,
                price: 1234,
            },
            Message::Kill { account: 5 },
            Message::Enable { account: 5 },
            Message::Headroom {
                account: 5,
                delta: -77,
            },
            Message::Rates {
                instrument: 1,
                side: Side::Buy,
                rate: 150,
            },
        ];
        for (i, m) in messages.iter().enumerate() {
            let r = m.encode(i as u64 + 1);
            assert_eq!(r.in_seq.get(), i as u64 + 1);
            assert_eq!(Message::decode(&r), Ok(*m));
        }
    }

    #[test]
    fn bad_bytes_are_malformed() {
        let good = Message::New(sample_new()).encode(1);
        let mut r = good;
        r.version = 2;
        assert_eq!(Message::decode(&r), Err(Malformed::Version(2)));
        let mut r = good;
        r.msg_type = 0x33;
        assert_eq!(Message::decode(&r), Err(Malformed::MsgType(0x33)));
        let mut r = good;
        r.msg_type = MsgType::CfgAccount.code();
        assert!(Message::decode(&r).is_err());
        let mut r = good;
        r.side = 0;
        assert_eq!(Message::decode(&r), Err(Malformed::Side(0)));
        let mut r = good;
        r.tif = 4;
        assert_eq!(Message::decode(&r), Err(Malformed::Tif(4)));
        let mut r = good;
        r.flags = 0x02;
        assert_eq!(Message::decode(&r), Err(Malformed::Flags(0x02)));
        let mut r = good;
        r.flags = 5 << 4;
        assert_eq!(Message::decode(&r), Err(Malformed::Flags(0x50)));
    }

    #[test]
    fn market_orders_carry_no_price() {
        let mut o = sample_new();
        o.ord_type = OrdType::Market;
        o.price = 99;
        let r = Message::New(o).encode(1);
        assert_eq!(r.price.get(), 0);
    }
}
