//! The prices of one instrument's resting orders, counted by price: what its price window is
//! chosen from. A count per distinct price (not one entry per order) keeps the memory to the
//! prices the data uses, however many orders use them.

use std::collections::BTreeMap;

/// How many resting orders (adds, modifies) the data has at each price, in ticks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct PriceCounts {
    counts: BTreeMap<u32, u64>,
}

impl PriceCounts {
    pub fn add(&mut self, price: u32) {
        self.add_many(price, 1);
    }

    /// `orders` orders at `price`.
    pub fn add_many(&mut self, price: u32, orders: u64) {
        *self.counts.entry(price).or_default() += orders;
    }

    /// Ticks from the lowest price to the highest, both included (1 when there are none).
    pub fn span(&self) -> u32 {
        match (self.counts.keys().next(), self.counts.keys().next_back()) {
            (Some(lo), Some(hi)) => hi - lo + 1,
            _ => 1,
        }
    }

    /// Base of a `window`-wide price range: centred on the data when it fits, else on the
    /// `window` consecutive ticks holding the most prices (the lowest such range on a tie),
    /// whose outside then falls out of the window. 1 when there are no prices.
    pub fn base(&self, window: u32) -> u32 {
        let (Some(&lo), Some(&hi)) = (self.counts.keys().next(), self.counts.keys().next_back())
        else {
            return 1;
        };
        let highest_base = u32::MAX - (window - 1);
        if hi - lo < window {
            let slack = window - (hi - lo + 1);
            return lo.saturating_sub(slack / 2).min(highest_base);
        }
        // Densest range: for each distinct price p, the prices in [p, p + window).
        let prices: Vec<(u32, u64)> = self.counts.iter().map(|(p, n)| (*p, *n)).collect();
        let (mut best_first, mut best_last, mut best_count) = (lo, lo, 0u64);
        let (mut end, mut inside) = (0usize, 0u64);
        for &(first, count) in &prices {
            while end < prices.len()
                && u64::from(prices[end].0) < u64::from(first) + u64::from(window)
            {
                inside += prices[end].1;
                end += 1;
            }
            if inside > best_count {
                best_count = inside;
                best_first = first;
                best_last = prices[end - 1].0;
            }
            inside -= count;
        }
        let slack = window - (best_last - best_first + 1);
        best_first.saturating_sub(slack / 2).min(highest_base)
    }
}

/// Window size shared by all instruments: the largest span plus a margin of a quarter (at
/// least 16 ticks), rounded up to a power of two for hardware friendliness, at most
/// [`gatebook_wire::MAX_PRICE_WINDOW`].
pub(crate) fn window_for_spans(spans: impl IntoIterator<Item = u32>) -> u32 {
    let span = u64::from(spans.into_iter().max().unwrap_or(1));
    let with_margin = span + (span / 4).max(16);
    with_margin
        .next_power_of_two()
        .min(u64::from(gatebook_wire::MAX_PRICE_WINDOW)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(prices: &[u32]) -> PriceCounts {
        let mut counts = PriceCounts::default();
        for p in prices {
            counts.add(*p);
        }
        counts
    }

    #[test]
    fn window_has_margin_and_is_a_power_of_two() {
        assert_eq!(window_for_spans([100]), 128);
        assert_eq!(window_for_spans([1000, 3]), 2048);
        assert_eq!(window_for_spans([60_000]), 65_536);
        assert_eq!(window_for_spans([]), 32);
    }

    #[test]
    fn base_centres_the_data() {
        assert_eq!(counts(&[1000, 1099]).base(128), 986);
        assert_eq!(counts(&[5, 10]).base(128), 0);
        assert_eq!(counts(&[u32::MAX]).base(16), u32::MAX - 15);
        assert_eq!(counts(&[]).base(16), 1);
        assert_eq!(counts(&[7, 9]).span(), 3);
    }

    #[test]
    fn base_picks_densest_window_when_range_too_wide() {
        let base = counts(&[10, 100_000, 100_001, 100_002, 500_000]).base(16);
        assert!(base <= 100_000 && 100_002 < base + 16);
    }

    #[test]
    fn repeated_prices_weigh_in_the_densest_window() {
        // Four orders at 10 outweigh three near 1000.
        let spread = counts(&[10, 10, 10, 10, 1000, 1001, 1002]);
        let base = spread.base(16);
        assert!(base <= 10 && 10 < base + 16, "{base}");
        let spread = counts(&[10, 1000, 1001, 1002]);
        assert!(spread.base(16) > 900);
    }
}
