//! Venue configuration sized for an imported data set: one instrument per symbol, a price
//! window that covers the data's prices, a collar covering the whole window, and permissive
//! accounts, so that the engine refuses nothing that the exchange accepted.

use gatebook_wire::{
    AccountConfig, Capacity, InstrumentConfig, InstrumentKind, StpMode, VenueConfig,
    MAX_ORDER_SLOTS,
};

/// Account that sends the marketable orders standing in for the exchange's aggressors.
pub const TAKER_ACCOUNT: u32 = 0;
/// Account that owns the exchange's resting orders.
pub const MAKER_ACCOUNT: u32 = 1;
/// Account that owns orders seeded from a book snapshot whose exchange ids are unknown.
pub const SEED_ACCOUNT: u32 = 2;
/// Accounts configured in every imported venue, by id.
const ACCOUNT_ROLES: [&str; 3] = ["taker", "maker", "seed maker"];

/// Notional and headroom of every imported account: far above any order of the data.
const PERMISSIVE: u64 = 1_000_000_000_000_000_000;

/// How an instrument's exchange prices map to our integer ticks:
/// `ticks = exchange_price / tick_size` (exchange prices in the data's own unit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstrumentInfo {
    /// Our instrument id (0..).
    pub id: u16,
    /// Exchange symbol.
    pub symbol: String,
    /// Exchange's own instrument identifier where it has one (DBN instrument_id, ITCH stock
    /// locate), else 0.
    pub exchange_id: u64,
    /// Size of one of our ticks in the data's price unit (LOBSTER/ITCH: 1/10000 $;
    /// DBN: 1e-9).
    pub tick_size: i64,
    /// First valid price of the window, in ticks.
    pub price_base: u32,
}

/// Order slots: the most orders resting at once plus a quarter, rounded up to a power of two.
pub(crate) fn slots_for(max_resting: usize) -> u32 {
    let with_margin = (max_resting as u64 + max_resting as u64 / 4).max(16);
    with_margin.next_power_of_two().min(MAX_ORDER_SLOTS as u64) as u32
}

/// The venue an imported flow replays on: the instruments in one shared `price_window`,
/// each collar covering its whole window, margin rates 0, and the three accounts with
/// permissive limits, so the engine refuses nothing the exchange accepted.
pub(crate) fn venue_config(
    instruments: &[InstrumentInfo],
    order_slots: u32,
    price_window: u32,
) -> VenueConfig {
    VenueConfig {
        capacity: Capacity {
            instruments: (instruments.len() as u32).max(1),
            accounts: ACCOUNT_ROLES.len() as u32,
            order_slots,
            price_window,
        },
        instruments: instruments
            .iter()
            .map(|inst| {
                let symbol = toml_safe(&inst.symbol);
                InstrumentConfig {
                    id: inst.id,
                    underlying: symbol.clone(),
                    symbol,
                    kind: InstrumentKind::Future,
                    price_base: inst.price_base,
                    reference: inst.price_base + price_window / 2,
                    collar: price_window,
                    ..InstrumentConfig::default()
                }
            })
            .collect(),
        accounts: (0..ACCOUNT_ROLES.len() as u32)
            .map(|id| AccountConfig {
                id,
                enabled: true,
                max_order_qty: u32::MAX,
                max_order_notional: PERMISSIVE,
                max_position: u64::from(u32::MAX),
                headroom: PERMISSIVE as i64,
                stp: StpMode::None,
            })
            .collect(),
    }
}

/// A symbol as the venue names it: the exchange's, without the characters that a TOML
/// string would have to escape (control characters, quotes, backslashes, and what is not
/// printable).
fn toml_safe(symbol: &str) -> String {
    symbol
        .chars()
        .filter(|c| *c != '"' && *c != '\\' && c.escape_debug().len() == 1 || *c == '\'')
        .collect()
}

/// `venue.toml` text of an imported venue: a comment naming `source` (escaped, so it stays
/// one comment line) and the accounts' roles, then the venue as `gatebook_formats` writes it.
pub fn venue_toml(venue: &VenueConfig, source: &str) -> String {
    let roles: Vec<String> = ACCOUNT_ROLES
        .iter()
        .enumerate()
        .map(|(id, role)| format!("{id} {role}"))
        .collect();
    format!(
        "# Venue for the order flow imported from {}.\n\
         # Collars cover each whole price window; limits are permissive and margin rates 0, so\n\
         # the engine refuses nothing the exchange accepted. Accounts: {}.\n{}",
        crate::error::printable(source),
        roles.join(", "),
        gatebook_formats::venue_to_toml(venue)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_hold_the_peak() {
        assert_eq!(slots_for(0), 16);
        assert_eq!(slots_for(8725), 16_384);
        assert_eq!(slots_for(1 << 20), 65_536);
    }

    #[test]
    fn the_venue_reads_back_as_built() {
        let instruments = [InstrumentInfo {
            id: 0,
            symbol: "A\"B\\C\u{1b}D'E\u{200b}".into(),
            exchange_id: 7,
            tick_size: 100,
            price_base: 1000,
        }];
        let venue = venue_config(&instruments, 64, 512);
        assert_eq!(venue.instruments[0].symbol, "ABCD'E");
        assert_eq!(venue.instruments[0].reference, 1256);
        venue.validate().unwrap();
        let text = venue_toml(&venue, "data\nfile");
        assert!(text.starts_with("# Venue for the order flow imported from data"));
        let back = gatebook_formats::parse_venue(&text, "venue.toml").unwrap();
        assert_eq!(back, venue);
    }
}
