//! Venue configuration sized for an imported data set: one instrument per symbol, a price
//! window that covers the data's prices, a collar covering the whole window, and permissive
//! accounts, so that the engine refuses nothing that the exchange accepted.

use std::fmt::Write as _;

/// Largest values the contract allows (formats.md).
pub const MAX_PRICE_WINDOW: u32 = 65_536;
pub const MAX_ORDER_SLOTS: u32 = 65_536;
pub const MAX_INSTRUMENTS: usize = 256;

/// Account that sends the marketable orders standing in for the exchange's aggressors.
pub const TAKER_ACCOUNT: u32 = 0;
/// Account that owns the exchange's resting orders.
pub const MAKER_ACCOUNT: u32 = 1;
/// Account that owns orders seeded from a book snapshot whose exchange ids are unknown.
pub const SEED_ACCOUNT: u32 = 2;
/// Accounts configured in every imported venue.
pub const ACCOUNTS: u32 = 3;

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

/// The smallest window and base that hold `prices` (ticks): base is centred so that the data
/// range has a margin on both sides. If the range does not fit into [`MAX_PRICE_WINDOW`], the
/// window holding the most prices is chosen and the others fall outside.
pub(crate) fn needed_span(prices: &[u32]) -> u32 {
    match (prices.iter().min(), prices.iter().max()) {
        (Some(lo), Some(hi)) => hi - lo + 1,
        _ => 1,
    }
}

/// Window size shared by all instruments: the largest span plus a margin of a quarter (at
/// least 16 ticks), rounded up to a power of two for hardware friendliness.
pub(crate) fn window_for_spans(spans: &[u32]) -> u32 {
    let span = spans.iter().copied().max().unwrap_or(1) as u64;
    let with_margin = span + (span / 4).max(16);
    with_margin.next_power_of_two().min(MAX_PRICE_WINDOW as u64) as u32
}

/// Base of a `window`-wide price range for one instrument's `prices` (ticks, any order).
pub(crate) fn base_for(prices: &[u32], window: u32) -> u32 {
    if prices.is_empty() {
        return 1;
    }
    let mut sorted = prices.to_vec();
    sorted.sort_unstable();
    let lo = sorted[0];
    let hi = sorted[sorted.len() - 1];
    let span = hi - lo + 1;
    if span <= window {
        let slack = window - span;
        let base = lo.saturating_sub(slack / 2);
        return base.min(u32::MAX - (window - 1));
    }
    // Densest window: most prices within [p, p + window).
    let (mut best_start, mut best_count) = (0usize, 0usize);
    let mut end = 0usize;
    for start in 0..sorted.len() {
        while end < sorted.len() && (sorted[end] as u64) < sorted[start] as u64 + window as u64 {
            end += 1;
        }
        if end - start > best_count {
            best_count = end - start;
            best_start = start;
        }
    }
    let first = sorted[best_start];
    let last = sorted[best_start + best_count - 1];
    let slack = window - (last - first + 1);
    first.saturating_sub(slack / 2).min(u32::MAX - (window - 1))
}

/// Order slots: the most orders resting at once plus a quarter, rounded up to a power of two.
pub(crate) fn slots_for(max_resting: usize) -> u32 {
    let with_margin = (max_resting as u64 + max_resting as u64 / 4).max(16);
    with_margin.next_power_of_two().min(MAX_ORDER_SLOTS as u64) as u32
}

/// Renders `venue.toml`.
pub(crate) fn venue_toml(
    source: &str,
    instruments: &[InstrumentInfo],
    order_slots: u32,
    price_window: u32,
) -> String {
    let mut t = String::new();
    let _ = writeln!(t, "# Venue for the order flow imported from {source}.");
    let _ = writeln!(
        t,
        "# Collars cover each whole price window; limits are permissive and margin rates 0, so\n\
         # the engine refuses nothing the exchange accepted."
    );
    let _ = writeln!(t, "[capacity]");
    let _ = writeln!(t, "instruments = {}", instruments.len().max(1));
    let _ = writeln!(t, "accounts = {ACCOUNTS}");
    let _ = writeln!(t, "order_slots = {order_slots}");
    let _ = writeln!(t, "price_window = {price_window}");
    for inst in instruments {
        let symbol: String = inst
            .symbol
            .chars()
            .filter(|c| !c.is_control() && *c != '"' && *c != '\\')
            .collect();
        let _ = writeln!(t);
        let _ = writeln!(t, "[[instrument]]");
        let _ = writeln!(t, "id = {}", inst.id);
        let _ = writeln!(t, "symbol = \"{symbol}\"");
        let _ = writeln!(t, "kind = \"future\"");
        let _ = writeln!(t, "underlying = \"{symbol}\"");
        let _ = writeln!(t, "price_base = {}", inst.price_base);
        let _ = writeln!(t, "reference = {}", inst.price_base + price_window / 2);
        let _ = writeln!(t, "collar = {price_window}");
        let _ = writeln!(t, "margin_buy = 0");
        let _ = writeln!(t, "margin_sell = 0");
    }
    let names = ["taker", "maker", "seed maker"];
    for (id, name) in names.iter().enumerate() {
        let _ = writeln!(t);
        let _ = writeln!(t, "# {name}");
        let _ = writeln!(t, "[[account]]");
        let _ = writeln!(t, "id = {id}");
        let _ = writeln!(t, "enabled = true");
        let _ = writeln!(t, "max_order_qty = {}", u32::MAX);
        let _ = writeln!(t, "max_order_notional = 1000000000000000000");
        let _ = writeln!(t, "max_position = {}", u32::MAX);
        let _ = writeln!(t, "headroom = 1000000000000000000");
        let _ = writeln!(t, "stp = \"none\"");
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_has_margin_and_is_a_power_of_two() {
        assert_eq!(window_for_spans(&[100]), 128);
        assert_eq!(window_for_spans(&[1000, 3]), 2048);
        assert_eq!(window_for_spans(&[60_000]), 65_536);
        assert_eq!(window_for_spans(&[]), 32);
    }

    #[test]
    fn base_centres_the_data() {
        assert_eq!(base_for(&[1000, 1099], 128), 986);
        assert_eq!(base_for(&[5, 10], 128), 0);
        assert_eq!(base_for(&[u32::MAX], 16), u32::MAX - 15);
    }

    #[test]
    fn base_picks_densest_window_when_range_too_wide() {
        let prices = [10, 100_000, 100_001, 100_002, 500_000];
        let base = base_for(&prices, 16);
        assert!(base <= 100_000 && 100_002 < base + 16);
    }

    #[test]
    fn slots_hold_the_peak() {
        assert_eq!(slots_for(0), 16);
        assert_eq!(slots_for(8725), 16_384);
        assert_eq!(slots_for(1 << 20), 65_536);
    }
}
