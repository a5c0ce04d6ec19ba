//! Pre-trade risk: the checks of the spec's risk table (`risk.md`), in order, first failure wins.
//!
//! The twin of engine-sw's `risk.rs`. A purely combinational block: the matcher
//! ([`crate::matcher::Matcher`]) presents the order's terms and the rows it has read
//! (account, instrument, the account's exposure in the instrument, the id-table verdict, the
//! best opposite price, the free list), and `fails` flags every failing check;
//! [`FirstFailure`] encodes the first as a wire `Reason` code (`0` = accepted). The checks
//! run side by side, one cycle of logic after the rows arrive, and the matcher registers the
//! flags before encoding them (a flat encoder of two halves). Every limit test is the sign
//! bit of one difference (no wide zero tests); both sides' position sums and both sides'
//! reservations are formed at once, so the order's side selects after them. The 32 x 32
//! products (notional, and the reservation of each side) are built from four 16 x 16
//! products each (DSP slices).
//!
//! Inputs (all held steady for the cycle the verdict is taken):
//! - `is_replace`: a REPLACE that loses priority (checks 4 and 14 do not apply, and
//!   `released_margin` gives back the old order's reservation).
//! - Checks 1–6: `account_known`, `instrument_known`, `enabled`, `duplicate`, `market`,
//!   `tif` (1 GTC, 2 IOC, 3 FOK), `post_only`, `qty`.
//! - Checks 7–12: `price` (for MARKET the protection price), `released_less_qty` (the old
//!   order's leaves for such a REPLACE, else 0, minus `qty`: 68-bit two's complement,
//!   formed by the matcher before the rows arrive), `max_order_qty`,
//!   `max_order_notional`, `max_position`, `headroom` (i64), `price_base`, `price_window`,
//!   `reference_price`, `collar`, `sell`, `position` (i64), `open_buy`/`open_sell` (the
//!   account's open quantities) and `rate_buy`/`rate_sell` (the instrument's current
//!   per-lot reservations), of which the order's side picks one each.
//! - Checks 13–14: `would_cross` (the order's price reaches the best opposite price),
//!   `has_free_slot`.
//!
//! Outputs: `fails` (bit k: check k + 1 fails) and `reservation`
//! (`qty` times the side's rate, what acceptance takes from headroom).

use rust_hdl::prelude::*;

/// `a * b` for 32-bit operands, from four 16 x 16 products.
#[derive(LogicBlock, Default)]
pub struct Multiply32 {
    /// First operand.
    pub a: Signal<In, Bits<32>>,
    /// Second operand.
    pub b: Signal<In, Bits<32>>,
    /// The full 64-bit product, combinational.
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
        // The outer products do not overlap, so they join as wires and only three terms
        // are added.
        self.product.next = (bit_cast::<64, 32>(self.low_low.val())
            | (bit_cast::<64, 32>(self.high_high.val()) << 32))
            + (bit_cast::<64, 32>(self.low_high.val()) << 16)
            + (bit_cast::<64, 32>(self.high_low.val()) << 16);
    }
}

/// The first failing check's wire `Reason` code (0 when none fails), from the failure flags
/// (bit k set: check k + 1 fails).
#[derive(LogicBlock, Default)]
pub struct FirstFailure {
    /// Failure flags: bit k set means check k + 1 fails.
    pub fails: Signal<In, Bits<14>>,
    /// The lowest failing check's `Reason` code (1..=14), 0 when every check passes.
    pub reason: Signal<Out, Bits<8>>,
    early_any: Signal<Local, Bit>,
    late_any: Signal<Local, Bit>,
    early_1: Signal<Local, Bit>,
    early_2: Signal<Local, Bit>,
    early_4: Signal<Local, Bit>,
    late_1: Signal<Local, Bit>,
    late_2: Signal<Local, Bit>,
    late_4: Signal<Local, Bit>,
    code_8: Signal<Local, Bit>,
    code_4: Signal<Local, Bit>,
    code_2: Signal<Local, Bit>,
    code_1: Signal<Local, Bit>,
    code_high: Signal<Local, Bits<8>>,
    code_low: Signal<Local, Bits<8>>,
}

impl Logic for FirstFailure {
    #[hdl_gen]
    fn update(&mut self) {
        // Reason codes are the wire `Reason` codes, numbered in check order. Checks 1-7 and
        // 8-14 are encoded as two halves side by side, and the first half's answer wins when
        // any of its checks failed: the late checks (the products and wide sums) reach the
        // code through few LUT levels.
        self.early_any.next = self.fails.val().get_bit(0)
            || self.fails.val().get_bit(1)
            || self.fails.val().get_bit(2)
            || self.fails.val().get_bit(3)
            || self.fails.val().get_bit(4)
            || self.fails.val().get_bit(5)
            || self.fails.val().get_bit(6);
        self.late_any.next = self.fails.val().get_bit(7)
            || self.fails.val().get_bit(8)
            || self.fails.val().get_bit(9)
            || self.fails.val().get_bit(10)
            || self.fails.val().get_bit(11)
            || self.fails.val().get_bit(12)
            || self.fails.val().get_bit(13);
        // The early half's code (1-7) and the late half's code - 8 (0-6), bit by bit.
        self.early_1.next = self.fails.val().get_bit(0)
            || (!self.fails.val().get_bit(1) && self.fails.val().get_bit(2))
            || (!self.fails.val().get_bit(1)
                && !self.fails.val().get_bit(2)
                && !self.fails.val().get_bit(3)
                && self.fails.val().get_bit(4))
            || (!self.fails.val().get_bit(1)
                && !self.fails.val().get_bit(2)
                && !self.fails.val().get_bit(3)
                && !self.fails.val().get_bit(4)
                && !self.fails.val().get_bit(5)
                && self.fails.val().get_bit(6));
        self.early_2.next = !self.fails.val().get_bit(0)
            && ((self.fails.val().get_bit(1) || self.fails.val().get_bit(2))
                || (!self.fails.val().get_bit(3)
                    && !self.fails.val().get_bit(4)
                    && (self.fails.val().get_bit(5) || self.fails.val().get_bit(6))));
        self.early_4.next = !self.fails.val().get_bit(0)
            && !self.fails.val().get_bit(1)
            && !self.fails.val().get_bit(2)
            && (self.fails.val().get_bit(3)
                || self.fails.val().get_bit(4)
                || self.fails.val().get_bit(5)
                || self.fails.val().get_bit(6));
        self.late_1.next = (!self.fails.val().get_bit(7) && self.fails.val().get_bit(8))
            || (!self.fails.val().get_bit(7)
                && !self.fails.val().get_bit(8)
                && !self.fails.val().get_bit(9)
                && self.fails.val().get_bit(10))
            || (!self.fails.val().get_bit(7)
                && !self.fails.val().get_bit(8)
                && !self.fails.val().get_bit(9)
                && !self.fails.val().get_bit(10)
                && !self.fails.val().get_bit(11)
                && self.fails.val().get_bit(12));
        self.late_2.next = (!self.fails.val().get_bit(7)
            && !self.fails.val().get_bit(8)
            && (self.fails.val().get_bit(9) || self.fails.val().get_bit(10)))
            || (!self.fails.val().get_bit(7)
                && !self.fails.val().get_bit(8)
                && !self.fails.val().get_bit(9)
                && !self.fails.val().get_bit(10)
                && !self.fails.val().get_bit(11)
                && !self.fails.val().get_bit(12)
                && self.fails.val().get_bit(13));
        self.late_4.next = !self.fails.val().get_bit(7)
            && !self.fails.val().get_bit(8)
            && !self.fails.val().get_bit(9)
            && !self.fails.val().get_bit(10)
            && (self.fails.val().get_bit(11)
                || self.fails.val().get_bit(12)
                || self.fails.val().get_bit(13));
        self.code_8.next = !self.early_any.val() && self.late_any.val();
        if self.early_any.val() {
            self.code_4.next = self.early_4.val();
            self.code_2.next = self.early_2.val();
            self.code_1.next = self.early_1.val();
        } else {
            self.code_4.next = self.late_4.val();
            self.code_2.next = self.late_2.val();
            self.code_1.next = self.late_1.val();
        }
        // The four code bits into a byte (constant muxes: wires after synthesis).
        self.code_high.next = 0.into();
        if self.code_8.val() && self.code_4.val() {
            self.code_high.next = 12.into();
        } else if self.code_8.val() {
            self.code_high.next = 8.into();
        } else if self.code_4.val() {
            self.code_high.next = 4.into();
        }
        self.code_low.next = 0.into();
        if self.code_2.val() && self.code_1.val() {
            self.code_low.next = 3.into();
        } else if self.code_2.val() {
            self.code_low.next = 2.into();
        } else if self.code_1.val() {
            self.code_low.next = 1.into();
        }
        self.reason.next = self.code_high.val() | self.code_low.val();
    }
}

/// Pre-trade checks 1–14 of one order, combinational: every check's failure flag and the
/// order's reservation (inputs and outputs in the module docs).
#[derive(LogicBlock)]
pub struct RiskChecks {
    /// The order is a REPLACE that loses priority: checks 4 and 14 do not apply.
    pub is_replace: Signal<In, Bit>,
    /// Check 1: the account is configured and within the capacity.
    pub account_known: Signal<In, Bit>,
    /// Check 2: the instrument is configured and within the capacity.
    pub instrument_known: Signal<In, Bit>,
    /// Check 3: the account may trade.
    pub enabled: Signal<In, Bit>,
    /// Check 4: the id table already holds (account, cl_ord_id).
    pub duplicate: Signal<In, Bit>,
    /// Check 5: the order is MARKET.
    pub market: Signal<In, Bit>,
    /// Checks 5 and 14: time in force, 1 GTC, 2 IOC, 3 FOK.
    pub tif: Signal<In, Bits<8>>,
    /// Checks 5 and 13: the order is POST_ONLY.
    pub post_only: Signal<In, Bit>,
    /// The order sells: picks the sell side's position sum, open quantity and rate.
    pub sell: Signal<In, Bit>,
    /// Checks 8–10: price in ticks; for MARKET the protection price.
    pub price: Signal<In, Bits<32>>,
    /// Checks 6, 7, 10–12: quantity in lots.
    pub qty: Signal<In, Bits<32>>,
    /// Check 7: the account's largest quantity of one order, in lots.
    pub max_order_qty: Signal<In, Bits<32>>,
    /// Check 10: the account's largest `price * qty` of one order.
    pub max_order_notional: Signal<In, Bits<64>>,
    /// Check 11: the account's largest position in lots, either way.
    pub max_position: Signal<In, Bits<64>>,
    /// Check 12: the account's headroom, an i64.
    pub headroom: Signal<In, Bits<64>>,
    /// Check 8: the instrument's lowest valid price, in ticks.
    pub price_base: Signal<In, Bits<32>>,
    /// Check 8: the number of valid prices from `price_base`.
    pub price_window: Signal<In, Bits<32>>,
    /// Check 9: the instrument's reference price, in ticks.
    pub reference_price: Signal<In, Bits<32>>,
    /// Check 9: the largest distance from the reference price, in ticks.
    pub collar: Signal<In, Bits<32>>,
    /// Check 11: the account's position in the instrument, an i64 in lots.
    pub position: Signal<In, Bits<64>>,
    /// Check 11: the account's resting buy quantity in the instrument, in lots.
    pub open_buy: Signal<In, Bits<64>>,
    /// Check 11: the account's resting sell quantity in the instrument, in lots.
    pub open_sell: Signal<In, Bits<64>>,
    /// Check 12: the instrument's current reservation per lot bought.
    pub rate_buy: Signal<In, Bits<32>>,
    /// Check 12: the instrument's current reservation per lot sold.
    pub rate_sell: Signal<In, Bits<32>>,
    /// Check 11: a REPLACE's released leaves (else 0) minus `qty`, 68-bit two's complement.
    pub released_less_qty: Signal<In, Bits<68>>,
    /// Check 12: the reservation a REPLACE that loses priority gives back, else 0.
    pub released_margin: Signal<In, Bits<64>>,
    /// Check 13: the order's price reaches the best opposite price.
    pub would_cross: Signal<In, Bit>,
    /// Check 14: the free list has a slot for the order to rest in.
    pub has_free_slot: Signal<In, Bit>,
    /// Bit k set: check k + 1 fails; the matcher registers them and encodes the first later.
    pub fails: Signal<Out, Bits<14>>,
    /// `qty` times the order side's rate: what acceptance takes from the headroom.
    pub reservation: Signal<Out, Bits<64>>,
    notional: Multiply32,
    margin_buy: Multiply32,
    margin_sell: Multiply32,
    /// Bits 64..68 set: sign extension of a negative i64 to 68 bits.
    sign_fill: Constant<Bits<68>>,
    position_wide: Signal<Local, Bits<68>>,
    position_room: Signal<Local, Bits<68>>,
    room_if_buy: Signal<Local, Bits<68>>,
    room_if_sell: Signal<Local, Bits<68>>,
    position_over: Signal<Local, Bit>,
    headroom_wide: Signal<Local, Bits<68>>,
    margin_room: Signal<Local, Bits<68>>,
    margin_room_buy: Signal<Local, Bits<68>>,
    margin_room_sell: Signal<Local, Bits<68>>,
    margin_over: Signal<Local, Bit>,
    f1: Signal<Local, Bit>,
    f2: Signal<Local, Bit>,
    f3: Signal<Local, Bit>,
    f4: Signal<Local, Bit>,
    f5: Signal<Local, Bit>,
    f6: Signal<Local, Bit>,
    f7: Signal<Local, Bit>,
    f8: Signal<Local, Bit>,
    f9: Signal<Local, Bit>,
    f10: Signal<Local, Bit>,
    f11: Signal<Local, Bit>,
    f12: Signal<Local, Bit>,
    f13: Signal<Local, Bit>,
    f14: Signal<Local, Bit>,
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
            open_buy: Default::default(),
            open_sell: Default::default(),
            rate_buy: Default::default(),
            rate_sell: Default::default(),
            released_less_qty: Default::default(),
            released_margin: Default::default(),
            would_cross: Default::default(),
            has_free_slot: Default::default(),
            fails: Default::default(),
            reservation: Default::default(),
            notional: Default::default(),
            margin_buy: Default::default(),
            margin_sell: Default::default(),
            sign_fill: Constant::new(Bits::<68>::from(0xF_u64) << 64),
            position_wide: Default::default(),
            position_room: Default::default(),
            room_if_buy: Default::default(),
            room_if_sell: Default::default(),
            position_over: Default::default(),
            headroom_wide: Default::default(),
            margin_room: Default::default(),
            margin_room_buy: Default::default(),
            margin_room_sell: Default::default(),
            margin_over: Default::default(),
            f1: Default::default(),
            f2: Default::default(),
            f3: Default::default(),
            f4: Default::default(),
            f5: Default::default(),
            f6: Default::default(),
            f7: Default::default(),
            f8: Default::default(),
            f9: Default::default(),
            f10: Default::default(),
            f11: Default::default(),
            f12: Default::default(),
            f13: Default::default(),
            f14: Default::default(),
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
        // Both sides' reservations side by side: the order's side picks a product and a
        // sign bit after the multipliers instead of a rate before them.
        self.margin_buy.a.next = self.qty.val();
        self.margin_buy.b.next = self.rate_buy.val();
        self.margin_sell.a.next = self.qty.val();
        self.margin_sell.b.next = self.rate_sell.val();
        self.reservation.next = self.margin_buy.product.val();
        if self.sell.val() {
            self.reservation.next = self.margin_sell.product.val();
        }

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
        // 11: fails when (+-position) + open - released + qty > max_position, tested as the
        // sign of max_position + released - qty - open -+ position in 68-bit two's complement
        // (every term fits with room to spare). Both signs are summed side by side so the
        // order's side only picks a sign bit, and no wide zero test follows the sum.
        if self.position.val().get_bit(63) {
            self.position_wide.next =
                bit_cast::<68, 64>(self.position.val()) | self.sign_fill.val();
        } else {
            self.position_wide.next = bit_cast::<68, 64>(self.position.val());
        }
        self.position_room.next =
            bit_cast::<68, 64>(self.max_position.val()) + self.released_less_qty.val();
        self.room_if_buy.next = self.position_room.val()
            - bit_cast::<68, 64>(self.open_buy.val())
            - self.position_wide.val();
        self.room_if_sell.next = self.position_room.val()
            - bit_cast::<68, 64>(self.open_sell.val())
            + self.position_wide.val();
        if self.sell.val() {
            self.position_over.next = self.room_if_sell.val().get_bit(67);
        } else {
            self.position_over.next = self.room_if_buy.val().get_bit(67);
        }
        // 12: fails when qty * rate > headroom + released margin: the sign of the difference.
        if self.headroom.val().get_bit(63) {
            self.headroom_wide.next =
                bit_cast::<68, 64>(self.headroom.val()) | self.sign_fill.val();
        } else {
            self.headroom_wide.next = bit_cast::<68, 64>(self.headroom.val());
        }
        self.margin_room.next =
            self.headroom_wide.val() + bit_cast::<68, 64>(self.released_margin.val());
        self.margin_room_buy.next =
            self.margin_room.val() - bit_cast::<68, 64>(self.margin_buy.product.val());
        self.margin_room_sell.next =
            self.margin_room.val() - bit_cast::<68, 64>(self.margin_sell.product.val());
        if self.sell.val() {
            self.margin_over.next = self.margin_room_sell.val().get_bit(67);
        } else {
            self.margin_over.next = self.margin_room_buy.val().get_bit(67);
        }

        // Each check's failure on its own, then the first of them as its code: every bit of
        // the code is an OR of "this group fails and no earlier check did", which maps to a
        // few LUT levels where an if-else chain would map to a long mux chain.
        self.f1.next = !self.account_known.val(); // UNKNOWN_ACCOUNT
        self.f2.next = !self.instrument_known.val(); // UNKNOWN_INSTRUMENT
        self.f3.next = !self.enabled.val(); // ACCOUNT_DISABLED
        self.f4.next = !self.is_replace.val() && self.duplicate.val(); // DUPLICATE_ID
        self.f5.next = self.invalid_order.val(); // INVALID_ORDER
        self.f6.next = self.qty.val() == 0; // INVALID_QTY
        self.f7.next = self.qty.val() > self.max_order_qty.val(); // MAX_QTY
        self.f8.next = self.out_of_range.val(); // PRICE_OUT_OF_RANGE
        self.f9.next = self.outside_collar.val(); // PRICE_COLLAR
        self.f10.next = self.notional.product.val() > self.max_order_notional.val(); // MAX_NOTIONAL
        self.f11.next = self.position_over.val(); // POSITION_LIMIT
        self.f12.next = self.margin_over.val(); // MARGIN
        self.f13.next = self.post_only.val() && self.would_cross.val(); // WOULD_CROSS
                                                                        // BOOK_FULL
        self.f14.next =
            !self.is_replace.val() && (self.tif.val() == 1) && !self.has_free_slot.val();
        // Reason codes are the wire `Reason` codes, numbered in check order.
        self.fails.next = (bit_cast::<14, 1>(Bits::<1>::from(self.f1.val())) << 0)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f2.val())) << 1)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f3.val())) << 2)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f4.val())) << 3)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f5.val())) << 4)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f6.val())) << 5)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f7.val())) << 6)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f8.val())) << 7)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f9.val())) << 8)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f10.val())) << 9)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f11.val())) << 10)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f12.val())) << 11)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f13.val())) << 12)
            | (bit_cast::<14, 1>(Bits::<1>::from(self.f14.val())) << 13);
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
        // The other side's open quantity is noise the block must ignore.
        if c.sell {
            uut.open_sell.next = c.open_qty.into();
            uut.open_buy.next = (c.open_qty ^ 0x33).into();
        } else {
            uut.open_buy.next = c.open_qty.into();
            uut.open_sell.next = (c.open_qty ^ 0x33).into();
        }
        // The other side's rate is noise the block must ignore.
        let other = u64::from(c.rate ^ 0x5a5a) + 7;
        if c.sell {
            uut.rate_sell.next = u64::from(c.rate).into();
            uut.rate_buy.next = other.into();
        } else {
            uut.rate_buy.next = u64::from(c.rate).into();
            uut.rate_sell.next = other.into();
        }
        let released_less_qty = i128::from(c.released_open) - i128::from(c.qty);
        uut.released_less_qty.next = Bits::<68>::from(released_less_qty as u64)
            | (Bits::<68>::from((released_less_qty >> 64) as u64 & 0xF) << 64);
        uut.released_margin.next = c.released_margin.into();
        uut.would_cross.next = c.would_cross;
        uut.has_free_slot.next = c.has_free_slot;
        settle(uut);
        // The matcher encodes the flags (registered there) with the same block.
        let mut first = FirstFailure::default();
        first.connect_all();
        first.fails.next = uut.fails.val();
        settle(&mut first);
        (first.reason.val().to_u8(), uut.reservation.val().to_u64())
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

    /// Every combination of failing checks: the code is the lowest failing check's.
    #[test]
    fn the_first_failure_is_encoded_for_every_combination() {
        let mut uut = FirstFailure::default();
        uut.connect_all();
        for fails in 0u64..(1 << 14) {
            uut.fails.next = fails.into();
            settle(&mut uut);
            let expected = if fails == 0 {
                0
            } else {
                fails.trailing_zeros() + 1
            };
            assert_eq!(uut.reason.val().to_u32(), expected, "fails {fails:#x}");
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
