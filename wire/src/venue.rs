//! The venue configuration and its control records.
//!
//! Backends are configured by a stream of control records, `CFG_CAPACITY` first, then one
//! `CFG_INSTRUMENT` per instrument and one `CFG_ACCOUNT` per account, closed by `CFG_COMMIT`.
//! The card receives exactly these records over the same stream as orders, so a venue that
//! configures engine-sw configures the hardware bit for bit.

use crate::codes::{MsgType, StpMode};
use crate::record::{OrderRecord, WIRE_VERSION};
use zerocopy::little_endian::{I64, U16, U32, U64};
use zerocopy::{FromBytes, FromZeros, Immutable, IntoBytes, KnownLayout};

/// Most instruments any build supports.
pub const MAX_INSTRUMENTS: u32 = 256;
/// Most accounts any build supports.
pub const MAX_ACCOUNTS: u32 = 65_536;
/// Most resting orders any build supports.
pub const MAX_ORDER_SLOTS: u32 = 65_536;
/// Most valid prices per instrument any build supports.
pub const MAX_PRICE_WINDOW: u32 = 65_536;

/// Table sizes; identical for every backend, and a card is built for one set of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Capacity {
    /// Instrument ids are `0..instruments`; 1..=[`MAX_INSTRUMENTS`] (`CFG_CAPACITY` bytes 4..8).
    pub instruments: u32,
    /// Account ids are `0..accounts`; 1..=[`MAX_ACCOUNTS`] (bytes 8..12).
    pub accounts: u32,
    /// Resting orders of all instruments together; 1..=[`MAX_ORDER_SLOTS`] (bytes 12..16).
    pub order_slots: u32,
    /// Valid prices per instrument, from its `price_base`; 1..=[`MAX_PRICE_WINDOW`] (bytes 16..20).
    pub price_window: u32,
}

impl Default for Capacity {
    /// The default card's: 16 instruments, 256 accounts, 4096 slots, 1024 ticks.
    fn default() -> Self {
        BuildSizes::DEFAULT_CARD.capacity()
    }
}

/// The table sizes of a card build, as powers of two: the one place they are written. The
/// Verilog generator builds the card from them, the simulator and the host check venues
/// against them, and the card announces them in its CAPABILITIES register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildSizes {
    /// log2 of the account table size.
    pub accounts_log2: u32,
    /// log2 of the instrument table size.
    pub instruments_log2: u32,
    /// log2 of the number of resting-order slots.
    pub order_slots_log2: u32,
    /// log2 of the price window, in ticks.
    pub price_window_log2: u32,
}

impl BuildSizes {
    /// The default card (`gatebook_top`): 256 accounts, 16 instruments, 4096 order slots, a
    /// 1024-tick window.
    pub const DEFAULT_CARD: BuildSizes = BuildSizes {
        accounts_log2: 8,
        instruments_log2: 4,
        order_slots_log2: 12,
        price_window_log2: 10,
    };

    /// The wide card (`gatebook_wide`), the design at its scaling limits: 16 accounts, 8
    /// instruments, 65,536 order slots and a 65,536-tick window, for real books.
    pub const WIDE_CARD: BuildSizes = BuildSizes {
        accounts_log2: 4,
        instruments_log2: 3,
        order_slots_log2: 16,
        price_window_log2: 16,
    };

    /// The tables of this build, counted.
    pub const fn capacity(&self) -> Capacity {
        Capacity {
            instruments: 1 << self.instruments_log2,
            accounts: 1 << self.accounts_log2,
            order_slots: 1 << self.order_slots_log2,
            price_window: 1 << self.price_window_log2,
        }
    }
}

impl Capacity {
    /// True when every table of `self` fits in a build of size `build`.
    pub fn fits_in(&self, build: &Capacity) -> bool {
        self.instruments <= build.instruments
            && self.accounts <= build.accounts
            && self.order_slots <= build.order_slots
            && self.price_window <= build.price_window
    }
}

/// What an instrument is; descriptive, used by the margin engine, not by matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InstrumentKind {
    /// A future (`kind = "future"`), the default; its mark moves its underlying.
    #[default]
    Future,
    /// An option on an underlying (`kind = "option"`), priced by Black-76 in the margin engine.
    Option,
}

/// One instrument of the venue.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InstrumentConfig {
    /// Instrument id, below `capacity.instruments` (`CFG_INSTRUMENT` bytes 6..8).
    pub id: u16,
    /// Display name (`BTC-27DEC26-100000-C`); not sent to backends.
    pub symbol: String,
    /// Future or option; not sent to backends.
    pub kind: InstrumentKind,
    /// Name of the underlying that options and futures share (`BTC`); not sent to backends.
    pub underlying: String,
    /// Options only: strike in ticks of the underlying.
    pub strike: Option<u64>,
    /// Options only: expiry date as written in `venue.toml` (`2026-12-27`).
    pub expiry: Option<String>,
    /// Options only: true for a put, false for a call.
    pub put: bool,
    /// Lowest valid price; the window is `price_base .. price_base + price_window`.
    pub price_base: u32,
    /// Collar centre and market-order protection anchor, until a `REF` moves it.
    pub reference: u32,
    /// Largest allowed `|price - reference|`.
    pub collar: u32,
    /// Per-lot headroom reservation of a buy order, until `RATES` changes it.
    pub margin_buy: u32,
    /// Per-lot headroom reservation of a sell order, until `RATES` changes it.
    pub margin_sell: u32,
}

/// One account of the venue and its pre-trade limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AccountConfig {
    /// Account id, below `capacity.accounts` (`CFG_ACCOUNT` bytes 8..12).
    pub id: u32,
    /// Whether the account may trade at start (byte 2); `KILL` and `ENABLE` change it later.
    pub enabled: bool,
    /// Largest quantity of one order in lots (bytes 12..16); check 7, `MAX_QTY`.
    pub max_order_qty: u32,
    /// Largest `price * qty` of one order (bytes 16..24); check 10, `MAX_NOTIONAL`.
    pub max_order_notional: u64,
    /// Bound on worst-case `|position|` per instrument, open orders included.
    pub max_position: u64,
    /// Margin units available for reservations.
    pub headroom: i64,
    /// Self-trade prevention for orders that name none.
    pub stp: StpMode,
}

/// The whole venue: capacity, instruments and accounts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VenueConfig {
    /// Table sizes, sent first as `CFG_CAPACITY`.
    pub capacity: Capacity,
    /// Configured instruments; ids not listed are unknown.
    pub instruments: Vec<InstrumentConfig>,
    /// Configured accounts; ids not listed are unknown.
    pub accounts: Vec<AccountConfig>,
}

/// A configuration value that cannot be used; `field` names it (`instrument[2].id`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct VenueError {
    /// Path of the offending field, as in `venue.toml` (`account[3].headroom`).
    pub field: String,
    /// What is wrong with its value.
    pub message: String,
}

impl VenueError {
    fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        VenueError {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl VenueConfig {
    /// A venue of no instruments and no accounts in the smallest tables: what a card holds
    /// when it refused its configuration, so every order is rejected as its empty tables would.
    pub fn empty() -> VenueConfig {
        VenueConfig {
            capacity: Capacity {
                instruments: 1,
                accounts: 1,
                order_slots: 1,
                price_window: 1,
            },
            instruments: Vec::new(),
            accounts: Vec::new(),
        }
    }

    /// Checks ranges, uniqueness and window arithmetic; the first problem is returned.
    pub fn validate(&self) -> Result<(), VenueError> {
        let cap = &self.capacity;
        let limits = [
            ("capacity.instruments", cap.instruments, MAX_INSTRUMENTS),
            ("capacity.accounts", cap.accounts, MAX_ACCOUNTS),
            ("capacity.order_slots", cap.order_slots, MAX_ORDER_SLOTS),
            ("capacity.price_window", cap.price_window, MAX_PRICE_WINDOW),
        ];
        for (field, value, max) in limits {
            if value == 0 || value > max {
                return Err(VenueError::new(
                    field,
                    format!("{value} is outside 1..={max}"),
                ));
            }
        }
        let mut seen = vec![false; cap.instruments as usize];
        for (i, inst) in self.instruments.iter().enumerate() {
            let field = |name: &str| format!("instrument[{i}].{name}");
            let id = inst.id as usize;
            if id >= seen.len() {
                return Err(VenueError::new(
                    field("id"),
                    format!(
                        "{} is outside capacity (instruments = {})",
                        inst.id, cap.instruments
                    ),
                ));
            }
            if std::mem::replace(&mut seen[id], true) {
                return Err(VenueError::new(
                    field("id"),
                    format!("instrument {} is configured twice", inst.id),
                ));
            }
            if u64::from(inst.price_base) + u64::from(cap.price_window) - 1 > u64::from(u32::MAX) {
                return Err(VenueError::new(
                    field("price_base"),
                    format!(
                        "{} + price_window {} overflows u32 prices",
                        inst.price_base, cap.price_window
                    ),
                ));
            }
        }
        let mut seen = vec![false; cap.accounts as usize];
        for (i, acct) in self.accounts.iter().enumerate() {
            let id = acct.id as usize;
            if id >= seen.len() {
                return Err(VenueError::new(
                    format!("account[{i}].id"),
                    format!(
                        "{} is outside capacity (accounts = {})",
                        acct.id, cap.accounts
                    ),
                ));
            }
            if std::mem::replace(&mut seen[id], true) {
                return Err(VenueError::new(
                    format!("account[{i}].id"),
                    format!("account {} is configured twice", acct.id),
                ));
            }
        }
        Ok(())
    }

    /// The control records that configure a backend for this venue.
    pub fn control_records(&self) -> Vec<OrderRecord> {
        let mut records = Vec::with_capacity(self.instruments.len() + self.accounts.len() + 2);
        let mut cap = CapacityRecord::new_zeroed();
        cap.header = header(MsgType::CfgCapacity);
        cap.instruments = U32::new(self.capacity.instruments);
        cap.accounts = U32::new(self.capacity.accounts);
        cap.order_slots = U32::new(self.capacity.order_slots);
        cap.price_window = U32::new(self.capacity.price_window);
        records.push(zerocopy::transmute!(cap));
        for inst in &self.instruments {
            let mut r = InstrumentRecord::new_zeroed();
            r.header = header(MsgType::CfgInstrument);
            r.instrument = U16::new(inst.id);
            r.price_base = U32::new(inst.price_base);
            r.reference = U32::new(inst.reference);
            r.collar = U32::new(inst.collar);
            r.margin_buy = U32::new(inst.margin_buy);
            r.margin_sell = U32::new(inst.margin_sell);
            records.push(zerocopy::transmute!(r));
        }
        for acct in &self.accounts {
            let mut r = AccountRecord::new_zeroed();
            r.header = header(MsgType::CfgAccount);
            r.enabled = u8::from(acct.enabled);
            r.stp = acct.stp.code();
            r.account = U32::new(acct.id);
            r.max_order_qty = U32::new(acct.max_order_qty);
            r.max_order_notional = U64::new(acct.max_order_notional);
            r.max_position = U64::new(acct.max_position);
            r.headroom = I64::new(acct.headroom);
            records.push(zerocopy::transmute!(r));
        }
        records.push(OrderRecord::new(MsgType::CfgCommit.code()));
        records
    }

    /// Rebuilds the venue from its control records (descriptive fields are not carried).
    ///
    /// The records must be one capacity record, instruments and accounts in any order, and a
    /// commit; the result is validated.
    pub fn from_control_records(records: &[OrderRecord]) -> Result<VenueConfig, VenueError> {
        let bad = |i: usize, message: String| VenueError::new(format!("control[{i}]"), message);
        let mut venue = VenueConfig::default();
        let mut committed = false;
        for (i, record) in records.iter().enumerate() {
            if record.version != WIRE_VERSION {
                return Err(bad(i, format!("wire version {}", record.version)));
            }
            if committed {
                return Err(bad(i, "record after CFG_COMMIT".into()));
            }
            let msg_type = MsgType::from_code(record.msg_type);
            if i == 0 && msg_type != Some(MsgType::CfgCapacity) {
                return Err(bad(i, "configuration must open with CFG_CAPACITY".into()));
            }
            match msg_type {
                Some(MsgType::CfgCapacity) if i == 0 => {
                    let r: CapacityRecord = zerocopy::transmute!(*record);
                    venue.capacity = Capacity {
                        instruments: r.instruments.get(),
                        accounts: r.accounts.get(),
                        order_slots: r.order_slots.get(),
                        price_window: r.price_window.get(),
                    };
                }
                Some(MsgType::CfgInstrument) => {
                    let r: InstrumentRecord = zerocopy::transmute!(*record);
                    venue.instruments.push(InstrumentConfig {
                        id: r.instrument.get(),
                        price_base: r.price_base.get(),
                        reference: r.reference.get(),
                        collar: r.collar.get(),
                        margin_buy: r.margin_buy.get(),
                        margin_sell: r.margin_sell.get(),
                        ..InstrumentConfig::default()
                    });
                }
                Some(MsgType::CfgAccount) => {
                    let r: AccountRecord = zerocopy::transmute!(*record);
                    let stp = StpMode::from_code(r.stp)
                        .ok_or_else(|| bad(i, format!("stp code {}", r.stp)))?;
                    if r.enabled > 1 {
                        return Err(bad(i, format!("enabled byte {}", r.enabled)));
                    }
                    venue.accounts.push(AccountConfig {
                        id: r.account.get(),
                        enabled: r.enabled == 1,
                        max_order_qty: r.max_order_qty.get(),
                        max_order_notional: r.max_order_notional.get(),
                        max_position: r.max_position.get(),
                        headroom: r.headroom.get(),
                        stp,
                    });
                }
                Some(MsgType::CfgCommit) => committed = true,
                _ => {
                    return Err(bad(
                        i,
                        format!(
                            "type {:#04x} is not a configuration record",
                            record.msg_type
                        ),
                    ))
                }
            }
        }
        if !committed {
            return Err(VenueError::new(
                "control",
                "configuration has no CFG_COMMIT",
            ));
        }
        venue.validate()?;
        Ok(venue)
    }
}

fn header(msg_type: MsgType) -> [u8; 2] {
    [WIRE_VERSION, msg_type.code()]
}

/// `CFG_CAPACITY`: bytes 4..8 instruments, 8..12 accounts, 12..16 order slots, 16..20 window.
#[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Clone, Copy)]
#[repr(C)]
struct CapacityRecord {
    header: [u8; 2],
    reserved0: [u8; 2],
    instruments: U32,
    accounts: U32,
    order_slots: U32,
    price_window: U32,
    reserved1: [u8; 44],
}

/// `CFG_INSTRUMENT`: 6..8 id, 8..12 price base, 12..16 reference, 16..20 collar,
/// 20..24 buy rate, 24..28 sell rate.
#[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Clone, Copy)]
#[repr(C)]
struct InstrumentRecord {
    header: [u8; 2],
    reserved0: [u8; 4],
    instrument: U16,
    price_base: U32,
    reference: U32,
    collar: U32,
    margin_buy: U32,
    margin_sell: U32,
    reserved1: [u8; 36],
}

/// `CFG_ACCOUNT`: 2 enabled, 3 STP code, 8..12 id, 12..16 max qty, 16..24 max notional,
/// 24..32 max position, 32..40 headroom.
#[derive(FromBytes, IntoBytes, KnownLayout, Immutable, Clone, Copy)]
#[repr(C)]
struct AccountRecord {
    header: [u8; 2],
    enabled: u8,
    stp: u8,
    reserved0: [u8; 4],
    account: U32,
    max_order_qty: U32,
    max_order_notional: U64,
    max_position: U64,
    headroom: I64,
    reserved1: [u8; 24],
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn small_venue() -> VenueConfig {
        VenueConfig {
            capacity: Capacity {
                instruments: 4,
                accounts: 8,
                order_slots: 16,
                price_window: 100,
            },
            instruments: vec![InstrumentConfig {
                id: 2,
                price_base: 1000,
                reference: 1050,
                collar: 20,
                margin_buy: 3,
                margin_sell: 5,
                ..InstrumentConfig::default()
            }],
            accounts: vec![AccountConfig {
                id: 7,
                enabled: false,
                max_order_qty: 10,
                max_order_notional: 1 << 40,
                max_position: 99,
                headroom: -5,
                stp: StpMode::Both,
            }],
        }
    }

    #[test]
    fn control_records_round_trip() {
        let venue = small_venue();
        venue.validate().unwrap();
        let records = venue.control_records();
        assert_eq!(records.len(), 4);
        assert_eq!(VenueConfig::from_control_records(&records), Ok(venue));
    }

    #[test]
    fn validation_names_the_field() {
        let mut venue = small_venue();
        venue.instruments[0].id = 4;
        assert_eq!(venue.validate().unwrap_err().field, "instrument[0].id");
        let mut venue = small_venue();
        venue.accounts.push(venue.accounts[0]);
        assert_eq!(venue.validate().unwrap_err().field, "account[1].id");
        let mut venue = small_venue();
        venue.instruments[0].price_base = u32::MAX - 10;
        assert_eq!(
            venue.validate().unwrap_err().field,
            "instrument[0].price_base"
        );
        let mut venue = small_venue();
        venue.capacity.order_slots = 0;
        assert_eq!(venue.validate().unwrap_err().field, "capacity.order_slots");
    }

    #[test]
    fn control_stream_must_be_well_formed() {
        let records = small_venue().control_records();
        assert!(VenueConfig::from_control_records(&records[1..]).is_err());
        assert!(VenueConfig::from_control_records(&records[..3]).is_err());
        let mut doubled = records.clone();
        doubled.push(records[1]);
        assert!(VenueConfig::from_control_records(&doubled).is_err());
    }
}
