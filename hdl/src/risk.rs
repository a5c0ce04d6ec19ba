//! Pre-trade risk: the checks of `risk.md`, in order, first failure wins.
//!
//! The twin of engine-sw's `risk.rs`. A purely combinational block: the message stage
//! presents the order's terms and the rows it has read (account, instrument, the account's
//! exposure in the instrument, the id-table verdict, the best opposite price, the free
//! list), and `reason` is the code of the first failing check (`0` = accepted). The
//! comparisons run side by side and a priority chain picks the first failure, so the
//! whole check is one cycle of logic after the rows arrive; the two 32 x 32 products
//! (notional and reservation) are built from four 16 x 16 products each (DSP slices).
//!
//! Inputs (all held steady for the cycle the verdict is taken):
//! - `is_replace`: a REPLACE that loses priority (checks 4 and 14 do not apply, and
//!   `released_open`/`released_margin` give back the old order's leaves and reservation).
//! - Checks 1–6: `account_known`, `instrument_known`, `enabled`, `duplicate`, `market`,
//!   `tif` (1 GTC, 2 IOC, 3 FOK), `post_only`, `qty`.
//! - Checks 7–12: `price` (for MARKET the protection price), `max_order_qty`,
//!   `max_order_notional`, `max_position`, `headroom` (i64), `price_base`, `price_window`,
//!   `reference_price`, `collar`, `sell`, `position` (i64), `open_qty` (the order side's open
//!   quantity), `rate` (the side's current per-lot reservation).
//! - Checks 13–14: `would_cross` (the order's price reaches the best opposite price),
//!   `has_free_slot`.
//!
//! Outputs: `reason` (wire `Reason` code, 0 when every check passes) and `reservation`
//! (`qty * rate`, what acceptance takes from headroom).

use rust_hdl::prelude::*;

/// `a * b` for 32-bit operands, from four 16 x 16 products.
#[derive(LogicBlock, Default)]
pub struct Multiply32 {
    pub a: Signal<In, Bits<32>>,
    pub b: Signal<In, Bits<32>>,
    pub product: Signal<Out, Bits<64>>,
    low_low: Signal<Local, Bits<32>>,
    low_high: Signal<Local, Bits<32>>,
    high_low: Signal<Local, Bits<32>>,
    high_high: Signal<Local, Bits<32>>,
}

impl Logic for Multiply32 {
    #[hdl_gen]
    fn update(&mut self) {
        self.low_low.next = self.a.val().get_bits::<16>(0) * self.b.val().get_bits::<16>(0);
        self.low_high.next = self.a.val().get_bits::<16>(0) * self.b.val().get_bits::<16>(16);
        self.high_low.next = self.a.val().get_bits::<16>(16) * self.b.val().get_bits::<16>(0);
        self.high_high.next = self.a.val().get_bits::<16>(16) * self.b.val().get_bits::<16>(16);
        self.product.next = bit_cast::<64, 32>(self.low_low.val())
            + (bit_cast::<64, 32>(self.low_high.val()) << 16)
            + (bit_cast::<64, 32>(self.high_low.val()) << 16)
            + (bit_cast::<64, 32>(self.high_high.val()) << 32);
    }
}

#[derive(LogicBlock)]
pub struct RiskChecks {
    pub is_replace: Signal<In, Bit>,
    pub account_known: Signal<In, Bit>,
    pub instrument_known: Signal<In, Bit>,
    pub enabled: Signal<In, Bit>,
    pub duplicate: Signal<In, Bit>,
    pub market: Signal<In, Bit>,
    pub tif: Signal<In, Bits<8>>,
    pub post_only: Signal<In, Bit>,
    pub sell: Signal<In, Bit>,
    pub price: Signal<In, Bits<32>>,
    pub qty: Signal<In, Bits<32>>,
    pub max_order_qty: Signal<In, Bits<32>>,
    pub max_order_notional: Signal<In, Bits<64>>,
    pub max_position: Signal<In, Bits<64>>,
    pub headroom: Signal<In, Bits<64>>,
    pub price_base: Signal<In, Bits<32>>,
    pub price_window: Signal<In, Bits<32>>,
    pub reference_price: Signal<In, Bits<32>>,
    pub collar: Signal<In, Bits<32>>,
    pub position: Signal<In, Bits<64>>,
    pub open_qty: Signal<In, Bits<64>>,
    pub rate: Signal<In, Bits<32>>,
    pub released_open: Signal<In, Bits<64>>,
    pub released_margin: Signal<In, Bits<64>>,
    pub would_cross: Signal<In, Bit>,
    pub has_free_slot: Signal<In, Bit>,
    pub reason: Signal<Out, Bits<8>>,
    pub reservation: Signal<Out, Bits<64>>,
    notional: Multiply32,
    margin: Multiply32,
    /// Bits 64..68 set: sign extension of a negative i64 to 68 bits.
    sign_fill: Constant<Bits<68>>,
    position_wide: Signal<Local, Bits<68>>,
    signed_position: Signal<Local, Bits<68>>,
    headroom_wide: Signal<Local, Bits<68>>,
    position_excess: Signal<Local, Bits<68>>,
    margin_excess: Signal<Local, Bits<68>>,
    invalid_order: Signal<Local, Bit>,
    out_of_range: Signal<Local, Bit>,
    outside_collar: Signal<Local, Bit>,
}

impl Default for RiskChecks {
    fn default() -> Self {
        RiskChecks {
            is_replace: Default::default(),
            account_known: Default::default(),
            instrument_known: Default::default(),
            enabled: Default::default(),
            duplicate: Default::default(),
            market: Default::default(),
            tif: Default::default(),
            post_only: Default::default(),
            sell: Default::default(),
            price: Default::default(),
            qty: Default::default(),
            max_order_qty: Default::default(),
            max_order_notional: Default::default(),
            max_position: Default::default(),
            headroom: Default::default(),
            price_base: Default::default(),
            price_window: Default::default(),
            reference_price: Default::default(),
            collar: Default::default(),
            position: Default::default(),
            open_qty: Default::default(),
            rate: Default::default(),
            released_open: Default::default(),
            released_margin: Default::default(),
            would_cross: Default::default(),
            has_free_slot: Default::default(),
            reason: Default::default(),
            reservation: Default::default(),
            notional: Default::default(),
            margin: Default::default(),
            sign_fill: Constant::new(Bits::<68>::from(0xF_u64) << 64),
            position_wide: Default::default(),
            signed_position: Default::default(),
            headroom_wide: Default::default(),
            position_excess: Default::default(),
            margin_excess: Default::default(),
            invalid_order: Default::default(),
            out_of_range: Default::default(),
            outside_collar: Default::default(),
        }
    }
}

impl Logic for RiskChecks {
    #[hdl_gen]
    fn update(&mut self) {
        self.notional.a.next = self.price.val();
        self.notional.b.next = self.qty.val();
        self.margin.a.next = self.qty.val();
        self.margin.b.next = self.rate.val();
        self.reservation.next = self.margin.product.val();

        // 5: MARKET must not be GTC (tif 1); POST_ONLY only on LIMIT GTC.
        self.invalid_order.next = (self.market.val() && (self.tif.val() == 1))
            || (self.post_only.val() && (self.market.val() || (self.tif.val() != 1)));
        // 8: price_base <= price < price_base + price_window, in 33 bits.
        self.out_of_range.next = (self.price.val() < self.price_base.val())
            || (bit_cast::<33, 32>(self.price.val())
                >= (bit_cast::<33, 32>(self.price_base.val())
                    + bit_cast::<33, 32>(self.price_window.val())));
        // 9: |price - reference| > collar.
        if self.price.val() >= self.reference_price.val() {
            self.outside_collar.next =
                (self.price.val() - self.reference_price.val()) > self.collar.val();
        } else {
            self.outside_collar.next =
                (self.reference_price.val() - self.price.val()) > self.collar.val();
        }
        // 11: (+-position) + open - released + qty - max_position > 0, in 68-bit two's
        // complement (every term fits with room to spare).
        if self.position.val().get_bit(63) {
            self.position_wide.next =
                bit_cast::<68, 64>(self.position.val()) | self.sign_fill.val();
        } else {
            self.position_wide.next = bit_cast::<68, 64>(self.position.val());
        }
        if self.sell.val() {
            self.signed_position.next = (!self.position_wide.val()) + 1;
        } else {
            self.signed_position.next = self.position_wide.val();
        }
        self.position_excess.next = self.signed_position.val()
            + bit_cast::<68, 64>(self.open_qty.val())
            - bit_cast::<68, 64>(self.released_open.val())
            + bit_cast::<68, 32>(self.qty.val())
            - bit_cast::<68, 64>(self.max_position.val());
        // 12: qty * rate - (headroom + released margin) > 0.
        if self.headroom.val().get_bit(63) {
            self.headroom_wide.next =
                bit_cast::<68, 64>(self.headroom.val()) | self.sign_fill.val();
        } else {
            self.headroom_wide.next = bit_cast::<68, 64>(self.headroom.val());
        }
        self.margin_excess.next = bit_cast::<68, 64>(self.margin.product.val())
            - self.headroom_wide.val()
            - bit_cast::<68, 64>(self.released_margin.val());

        // Reason codes as literals (HDL kernels cannot name Rust constants); they are the
        // wire `Reason` codes, numbered in check order.
        if !self.account_known.val() {
            self.reason.next = 1.into(); // UNKNOWN_ACCOUNT
        } else if !self.instrument_known.val() {
            self.reason.next = 2.into(); // UNKNOWN_INSTRUMENT
        } else if !self.enabled.val() {
            self.reason.next = 3.into(); // ACCOUNT_DISABLED
        } else if !self.is_replace.val() && self.duplicate.val() {
            self.reason.next = 4.into(); // DUPLICATE_ID
        } else if self.invalid_order.val() {
            self.reason.next = 5.into(); // INVALID_ORDER
        } else if self.qty.val() == 0 {
            self.reason.next = 6.into(); // INVALID_QTY
        } else if self.qty.val() > self.max_order_qty.val() {
            self.reason.next = 7.into(); // MAX_QTY
        } else if self.out_of_range.val() {
            self.reason.next = 8.into(); // PRICE_OUT_OF_RANGE
        } else if self.outside_collar.val() {
            self.reason.next = 9.into(); // PRICE_COLLAR
        } else if self.notional.product.val() > self.max_order_notional.val() {
            self.reason.next = 10.into(); // MAX_NOTIONAL
        } else if !self.position_excess.val().get_bit(67) && self.position_excess.val().any() {
            self.reason.next = 11.into(); // POSITION_LIMIT
        } else if !self.margin_excess.val().get_bit(67) && self.margin_excess.val().any() {
            self.reason.next = 12.into(); // MARGIN
        } else if self.post_only.val() && self.would_cross.val() {
            self.reason.next = 13.into(); // WOULD_CROSS
        } else if !self.is_replace.val() && (self.tif.val() == 1) && !self.has_free_slot.val() {
            self.reason.next = 14.into(); // BOOK_FULL
        } else {
            self.reason.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::settle;
    use gatebook_wire::Reason;

    /// One order's facts, as the spec states them.
    #[derive(Clone, Copy, Debug, Default)]
    struct Case {
        is_replace: bool,
        account_known: bool,
        instrument_known: bool,
        enabled: bool,
        duplicate: bool,
        market: bool,
        tif: u8,
        post_only: bool,
        sell: bool,
        price: u32,
        qty: u32,
        max_order_qty: u32,
        max_order_notional: u64,
        max_position: u64,
        headroom: i64,
        price_base: u32,
        price_window: u32,
        reference: u32,
        collar: u32,
        position: i64,
        open_qty: u64,
        rate: u32,
        released_open: u64,
        released_margin: u64,
        would_cross: bool,
        has_free_slot: bool,
    }

    /// The spec's table, written out in wide integers.
    fn spec(c: &Case) -> Option<Reason> {
        let qty = i128::from(c.qty);
        let price = i128::from(c.price);
        let base = i128::from(c.price_base);
        let market_gtc = c.market && c.tif == 1;
        let limit_gtc = !c.market && c.tif == 1;
        let checks = [
            (!c.account_known, Reason::UnknownAccount),
            (!c.instrument_known, Reason::UnknownInstrument),
            (!c.enabled, Reason::AccountDisabled),
            (!c.is_replace && c.duplicate, Reason::DuplicateId),
            (
                market_gtc || (c.post_only && !limit_gtc),
                Reason::InvalidOrder,
            ),
            (c.qty == 0, Reason::InvalidQty),
            (c.qty > c.max_order_qty, Reason::MaxQty),
            (
                price < base || price >= base + i128::from(c.price_window),
                Reason::PriceOutOfRange,
            ),
            (
                (price - i128::from(c.reference)).abs() > i128::from(c.collar),
                Reason::PriceCollar,
            ),
            (
                price * qty > i128::from(c.max_order_notional),
                Reason::MaxNotional,
            ),
            (
                (if c.sell { -1 } else { 1 }) * i128::from(c.position) + i128::from(c.open_qty)
                    - i128::from(c.released_open)
                    + qty
                    > i128::from(c.max_position),
                Reason::PositionLimit,
            ),
            (
                qty * i128::from(c.rate) > i128::from(c.headroom) + i128::from(c.released_margin),
                Reason::Margin,
            ),
            (c.post_only && c.would_cross, Reason::WouldCross),
            (
                !c.is_replace && c.tif == 1 && !c.has_free_slot,
                Reason::BookFull,
            ),
        ];
        checks.iter().find(|(fails, _)| *fails).map(|&(_, r)| r)
    }

    fn verdict(uut: &mut RiskChecks, c: &Case) -> (u8, u64) {
        uut.is_replace.next = c.is_replace;
        uut.account_known.next = c.account_known;
        uut.instrument_known.next = c.instrument_known;
        uut.enabled.next = c.enabled;
        uut.duplicate.next = c.duplicate;
        uut.market.next = c.market;
        uut.tif.next = u64::from(c.tif).into();
        uut.post_only.next = c.post_only;
        uut.sell.next = c.sell;
        uut.price.next = u64::from(c.price).into();
        uut.qty.next = u64::from(c.qty).into();
        uut.max_order_qty.next = u64::from(c.max_order_qty).into();
        uut.max_order_notional.next = c.max_order_notional.into();
        uut.max_position.next = c.max_position.into();
        uut.headroom.next = (c.headroom as u64).into();
        uut.price_base.next = u64::from(c.price_base).into();
        uut.price_window.next = u64::from(c.price_window).into();
        uut.reference_price.next = u64::from(c.reference).into();
        uut.collar.next = u64::from(c.collar).into();
        uut.position.next = (c.position as u64).into();
        uut.open_qty.next = c.open_qty.into();
        uut.rate.next = u64::from(c.rate).into();
        uut.released_open.next = c.released_open.into();
        uut.released_margin.next = c.released_margin.into();
        uut.would_cross.next = c.would_cross;
        uut.has_free_slot.next = c.has_free_slot;
        settle(uut);
        (uut.reason.val().to_u8(), uut.reservation.val().to_u64())
    }

    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        /// Mostly small values near the interesting edges, sometimes anything.
        fn pick(&mut self, small: u64) -> u64 {
            match self.next() % 4 {
                0 => self.next(),
                _ => self.next() % small,
            }
        }
        fn flag(&mut self, one_in: u64) -> bool {
            self.next().is_multiple_of(one_in)
        }
    }

    #[test]
    fn products_are_exact() {
        let mut uut = Multiply32::default();
        uut.connect_all();
        for (a, b) in [
            (0u32, 5u32),
            (u32::MAX, u32::MAX),
            (0x1234_5678, 0x9abc_def0),
            (65536, 65535),
        ] {
            uut.a.next = u64::from(a).into();
            uut.b.next = u64::from(b).into();
            settle(&mut uut);
            assert_eq!(uut.product.val().to_u64(), u64::from(a) * u64::from(b));
        }
    }

    /// Random orders near every limit: the first failing check is the spec's.
    #[test]
    fn first_failure_wins_as_the_spec_says() {
        let mut uut = RiskChecks::default();
        uut.connect_all();
        let mut rng = Rng(0x1234_5678_9abc_def1);
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..3000 {
            let base = rng.pick(2000) as u32;
            let c = Case {
                is_replace: rng.flag(4),
                account_known: !rng.flag(30),
                instrument_known: !rng.flag(30),
                enabled: !rng.flag(30),
                duplicate: rng.flag(30),
                market: rng.flag(8),
                tif: 1 + (rng.next() % 3) as u8,
                post_only: rng.flag(8),
                sell: rng.flag(2),
                price: base.wrapping_add(rng.pick(150) as u32),
                qty: rng.pick(120) as u32,
                max_order_qty: rng.pick(120) as u32,
                max_order_notional: rng.pick(300_000),
                max_position: rng.pick(400),
                headroom: rng.pick(40_000) as i64 - 10_000,
                price_base: base,
                price_window: 1 + rng.pick(140) as u32,
                reference: base.wrapping_add(rng.pick(150) as u32),
                collar: rng.pick(100) as u32,
                position: rng.pick(400) as i64 - 200,
                open_qty: rng.pick(200),
                rate: rng.pick(300) as u32,
                released_open: rng.pick(50),
                released_margin: rng.pick(5_000),
                would_cross: rng.flag(3),
                has_free_slot: !rng.flag(10),
            };
            let mut c = c;
            if rng.flag(3) {
                // Generous limits, so the later checks are reached too.
                c.max_order_qty = u32::MAX;
                c.max_order_notional = u64::MAX;
                c.max_position = u64::MAX >> 2;
                c.headroom = i64::MAX;
                c.collar = u32::MAX;
                c.price_window = 1 << 16;
                c.price = c.price_base.saturating_add(c.price % 1000);
            }
            let (reason, reservation) = verdict(&mut uut, &c);
            let expected = spec(&c).map_or(0, Reason::code);
            assert_eq!(reason, expected, "{c:?}");
            assert_eq!(reservation, u64::from(c.qty) * u64::from(c.rate));
            seen.insert(reason);
        }
        assert_eq!(seen.len(), 15, "every verdict met: {seen:?}");
    }
}
