//! One-byte codes of the wire records and their spec names.
//!
//! Zero is never a valid code, so an all-zero record is always malformed.

/// Declares an enum of one-byte codes with the names the spec writes them by: `ALL`, `COUNT`,
/// `ordinal`, `code`, `from_code`, `as_str`, `parse` and `Display`. Each variant's docs begin
/// with its name and code; the declaration may add its own attributes and docs.
///
/// ```
/// gatebook_wire::byte_code! {
///     /// A light.
///     pub enum Light {
///         /// Stop.
///         Red = 1 => "RED",
///         Green = 2 => "GREEN",
///     }
/// }
/// assert_eq!(Light::from_code(2), Some(Light::Green));
/// assert_eq!(Light::parse("RED").map(Light::code), Some(1));
/// assert_eq!(Light::Green.ordinal(), 1);
/// ```
#[macro_export]
macro_rules! byte_code {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal => $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        $vis enum $name {
            $(
                #[doc = concat!("`", $text, "`, code ", stringify!($code), " on the wire.")]
                $(#[$vmeta])*
                $variant = $code
            ),+
        }

        impl $name {
            /// Every value, in code order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// How many values there are: the length of a table with one entry per value.
            pub const COUNT: usize = Self::ALL.len();

            /// The position of each code in [`Self::ALL`]; `u8::MAX` for an unassigned code.
            const ORDINAL_OF_CODE: [u8; 256] = {
                let mut table = [u8::MAX; 256];
                let mut position = 0;
                while position < Self::ALL.len() {
                    table[Self::ALL[position] as usize] = position as u8;
                    position += 1;
                }
                table
            };

            /// The value's position in [`Self::ALL`], `0..Self::COUNT`: the index of a table
            /// with one entry per value, whatever the codes are.
            #[inline]
            pub const fn ordinal(self) -> usize {
                Self::ORDINAL_OF_CODE[self as usize] as usize
            }

            /// The byte on the wire.
            #[inline]
            pub const fn code(self) -> u8 { self as u8 }

            /// Decodes a wire byte; `None` for an unassigned code.
            #[inline]
            pub const fn from_code(code: u8) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The name the spec and the logs write.
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the name the spec writes.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

crate::byte_code! {
    /// What an inbound record asks for. `0x40..` are control records that configure the venue.
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    pub enum MsgType {
        New = 1 => "NEW",
        Cancel = 2 => "CANCEL",
        Replace = 3 => "REPLACE",
        Ref = 4 => "REF",
        Kill = 5 => "KILL",
        Enable = 6 => "ENABLE",
        Headroom = 7 => "HEADROOM",
        Rates = 8 => "RATES",
        CfgCapacity = 0x40 => "CFG_CAPACITY",
        CfgInstrument = 0x41 => "CFG_INSTRUMENT",
        CfgAccount = 0x42 => "CFG_ACCOUNT",
        CfgCommit = 0x43 => "CFG_COMMIT",
    }
}

impl MsgType {
    /// Control records configure the venue; they are never part of the order flow.
    pub const fn is_control(self) -> bool {
        (self as u8) >= 0x40
    }
}

crate::byte_code! {
    /// Order side.
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    pub enum Side {
        Buy = 1 => "B",
        Sell = 2 => "S",
    }
}

impl Side {
    /// The side a resting order must have to meet this one.
    #[inline]
    pub const fn opposite(self) -> Side {
        match self {
            Side::Buy => Side::Sell,
            Side::Sell => Side::Buy,
        }
    }

    /// 0 for buy, 1 for sell: the index of per-side tables.
    #[inline]
    pub const fn index(self) -> usize {
        self as usize - 1
    }
}

crate::byte_code! {
    /// Order type.
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    pub enum OrdType {
        Limit = 1 => "LIMIT",
        Market = 2 => "MARKET",
    }
}

crate::byte_code! {
    /// Time in force.
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    pub enum Tif {
        Gtc = 1 => "GTC",
        Ioc = 2 => "IOC",
        Fok = 3 => "FOK",
    }
}

crate::byte_code! {
    /// Self-trade prevention mode: what happens when an order meets its own account's order.
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    pub enum StpMode {
        Resting = 1 => "resting",
        Incoming = 2 => "incoming",
        Both = 3 => "both",
        None = 4 => "none",
    }
}

impl StpMode {
    /// The order-flow flag word (`STP_RESTING`, ...).
    pub const fn flag_word(self) -> &'static str {
        match self {
            StpMode::Resting => "STP_RESTING",
            StpMode::Incoming => "STP_INCOMING",
            StpMode::Both => "STP_BOTH",
            StpMode::None => "STP_NONE",
        }
    }

    /// Parses an order-flow flag word.
    pub fn from_flag_word(word: &str) -> Option<StpMode> {
        StpMode::ALL.iter().copied().find(|m| m.flag_word() == word)
    }
}

crate::byte_code! {
    /// Report event.
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    pub enum Event {
        Ack = 1 => "ACK",
        Reject = 2 => "REJECT",
        Fill = 3 => "FILL",
        Canceled = 4 => "CANCELED",
        Expired = 5 => "EXPIRED",
        Replaced = 6 => "REPLACED",
    }
}

crate::byte_code! {
    /// Why a message was refused or an order left the book. Codes 1..=14 are the risk checks
    /// of the spec, in check order, so a lower code always wins.
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    pub enum Reason {
        UnknownAccount = 1 => "UNKNOWN_ACCOUNT",
        UnknownInstrument = 2 => "UNKNOWN_INSTRUMENT",
        AccountDisabled = 3 => "ACCOUNT_DISABLED",
        DuplicateId = 4 => "DUPLICATE_ID",
        InvalidOrder = 5 => "INVALID_ORDER",
        InvalidQty = 6 => "INVALID_QTY",
        MaxQty = 7 => "MAX_QTY",
        PriceOutOfRange = 8 => "PRICE_OUT_OF_RANGE",
        PriceCollar = 9 => "PRICE_COLLAR",
        MaxNotional = 10 => "MAX_NOTIONAL",
        PositionLimit = 11 => "POSITION_LIMIT",
        Margin = 12 => "MARGIN",
        WouldCross = 13 => "WOULD_CROSS",
        BookFull = 14 => "BOOK_FULL",
        UnknownOrder = 15 => "UNKNOWN_ORDER",
        User = 16 => "USER",
        Kill = 17 => "KILL",
        SelfTrade = 18 => "SELF_TRADE",
        Ioc = 19 => "IOC",
        Fok = 20 => "FOK",
        Malformed = 21 => "MALFORMED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_zero_is_invalid() {
        for r in Reason::ALL {
            assert_eq!(Reason::from_code(r.code()), Some(*r));
            assert_eq!(Reason::parse(r.as_str()), Some(*r));
        }
        for t in MsgType::ALL {
            assert_eq!(MsgType::from_code(t.code()), Some(*t));
        }
        assert_eq!(MsgType::from_code(0), None);
        assert_eq!(Side::from_code(0), None);
        assert_eq!(Event::from_code(7), None);
        assert!(MsgType::CfgCommit.is_control());
        assert!(!MsgType::Rates.is_control());
    }

    #[test]
    fn ordinals_are_positions_in_all() {
        fn check<T: Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            count: usize,
            ordinal: fn(T) -> usize,
        ) {
            assert_eq!(all.len(), count);
            for (position, value) in all.iter().enumerate() {
                assert_eq!(ordinal(*value), position, "{value:?}");
            }
        }
        check(Event::ALL, Event::COUNT, Event::ordinal);
        check(Reason::ALL, Reason::COUNT, Reason::ordinal);
        check(MsgType::ALL, MsgType::COUNT, MsgType::ordinal);
        check(StpMode::ALL, StpMode::COUNT, StpMode::ordinal);
        assert_eq!((Event::COUNT, Reason::COUNT), (6, 21));
        assert_eq!(MsgType::CfgCapacity.ordinal(), 8);
    }

    #[test]
    fn risk_reasons_are_numbered_in_check_order() {
        assert_eq!(Reason::UnknownAccount.code(), 1);
        assert_eq!(Reason::BookFull.code(), 14);
        assert!(Reason::Margin < Reason::WouldCross);
    }
}
