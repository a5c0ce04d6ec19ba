//! The account ledger: each account's headroom and its exposure in each instrument, and
//! the arithmetic that moves them.
//!
//! The matcher says what happened (a reservation taken or given back, a fill, lots resting
//! or leaving the book); this block owns the two tables and turns each event into the row
//! written. Every write is one read-modify-write of a row the matcher pointed the read port
//! at the cycle before, so the arithmetic sits between a block RAM's output and its input:
//! each field has its own adders and the event picks among their results, and the inputs
//! that choose are registers in the matcher.
//!
//! Interface (one clock):
//! - Reads: `read_account` and `read_exposure` on an edge give `headroom` and `position`,
//!   `open_buy`, `open_sell` the next cycle (block RAM, registered).
//! - Headroom, written at `write_account` when any of these is high, from the `headroom`
//!   read now (i64, two's complement):
//!   - `headroom_set`: becomes `headroom_value` (configuration, clearing). Wins over the rest.
//!   - `add`: plus `addend`, saturating: a reservation given back, or a HEADROOM top-up.
//!   - `reserve`: minus `reservation`, after the addition when both are high (a REPLACE
//!     gives the old reservation back and takes the new one in one write).
//! - Exposure, written at `write_exposure` when any of these is high, from the row read now:
//!   - `exposure_clear`: every field 0. Wins over the rest.
//!   - `fill`: the position moves by `qty`, up for a buyer, down for a seller (`sell`).
//!   - `open_change`: the open quantity on side `sell` moves by `qty`, down with `open_less`
//!     (lots leaving the book: a fill of a resting order, a cancel, a reduction), else up
//!     (lots resting).
//! - Writes land at the end of the cycle; a read of a row written the same cycle is
//!   undefined ([`TableRam`], `SameAddress::Undefined`): the matcher never uses one.
//!
//! Row layout of the exposure table: bits 0..64 position (i64), 64..128 open buy,
//! 128..192 open sell.

use crate::table_ram::{same_address_garbage, TableRam};
use rust_hdl::prelude::*;

/// Width of an exposure row: position, open buy, open sell, 64 bits each.
pub const EXPOSURE_ROW_BITS: usize = 192;

/// `i64` addition that saturates, as `i64::saturating_add`.
#[derive(LogicBlock)]
pub struct SaturatingAdd64 {
    /// First operand, an i64.
    pub a: Signal<In, Bits<64>>,
    /// Second operand, an i64.
    pub b: Signal<In, Bits<64>>,
    /// `a + b`, clamped to `i64::MAX` / `i64::MIN` where it would wrap; combinational.
    pub sum: Signal<Out, Bits<64>>,
    /// `a + b` is above `i64::MAX`: `sum` is clamped to it.
    pub clamped_high: Signal<Out, Bit>,
    /// `a + b` is below `i64::MIN`: `sum` is clamped to it.
    pub clamped_low: Signal<Out, Bit>,
    wrapped: Signal<Local, Bits<64>>,
    max: Constant<Bits<64>>,
    min: Constant<Bits<64>>,
}

impl Default for SaturatingAdd64 {
    fn default() -> Self {
        SaturatingAdd64 {
            a: Default::default(),
            b: Default::default(),
            sum: Default::default(),
            clamped_high: Default::default(),
            clamped_low: Default::default(),
            wrapped: Default::default(),
            max: Constant::new((i64::MAX as u64).into()),
            min: Constant::new((i64::MIN as u64).into()),
        }
    }
}

impl Logic for SaturatingAdd64 {
    #[hdl_gen]
    fn update(&mut self) {
        self.wrapped.next = self.a.val() + self.b.val();
        self.clamped_high.next = !self.a.val().get_bit(63)
            && !self.b.val().get_bit(63)
            && self.wrapped.val().get_bit(63);
        self.clamped_low.next =
            self.a.val().get_bit(63) && self.b.val().get_bit(63) && !self.wrapped.val().get_bit(63);
        self.sum.next = self.wrapped.val();
        if self.clamped_high.val() {
            self.sum.next = self.max.val();
        }
        if self.clamped_low.val() {
            self.sum.next = self.min.val();
        }
    }
}

/// Headroom and exposure tables of `2^ACCOUNT_BITS` accounts and `2^EXPOSURE_BITS` account
/// and instrument pairs (interface in the module docs).
#[derive(LogicBlock)]
pub struct Ledger<const ACCOUNT_BITS: usize, const EXPOSURE_BITS: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// The account whose headroom shows next cycle.
    pub read_account: Signal<In, Bits<ACCOUNT_BITS>>,
    /// The exposure row that shows next cycle.
    pub read_exposure: Signal<In, Bits<EXPOSURE_BITS>>,
    /// The headroom read, an i64.
    pub headroom: Signal<Out, Bits<64>>,
    /// The exposure row read: the position, an i64.
    pub position: Signal<Out, Bits<64>>,
    /// The exposure row read: lots resting to buy.
    pub open_buy: Signal<Out, Bits<64>>,
    /// The exposure row read: lots resting to sell.
    pub open_sell: Signal<Out, Bits<64>>,
    /// The account whose headroom is written.
    pub write_account: Signal<In, Bits<ACCOUNT_BITS>>,
    /// The headroom becomes `headroom_value`.
    pub headroom_set: Signal<In, Bit>,
    /// The headroom a configuration (or clearing) sets.
    pub headroom_value: Signal<In, Bits<64>>,
    /// The headroom grows by `addend`, saturating.
    pub add: Signal<In, Bit>,
    /// What `add` adds, an i64: a reservation given back, or a HEADROOM message's amount.
    pub addend: Signal<In, Bits<64>>,
    /// A reservation is taken: the headroom shrinks by `reservation`.
    pub reserve: Signal<In, Bit>,
    /// The reservation taken.
    pub reservation: Signal<In, Bits<64>>,
    /// The exposure row written.
    pub write_exposure: Signal<In, Bits<EXPOSURE_BITS>>,
    /// The exposure row becomes all zero.
    pub exposure_clear: Signal<In, Bit>,
    /// A fill: the position moves by `qty`.
    pub fill: Signal<In, Bit>,
    /// The open quantity on side `sell` moves by `qty`.
    pub open_change: Signal<In, Bit>,
    /// The open quantity moves down (else up).
    pub open_less: Signal<In, Bit>,
    /// The side of the account's order: a seller's fill lowers the position, and the open
    /// quantity that moves is the sell side's.
    pub sell: Signal<In, Bit>,
    /// The lots of the fill, or of the open quantity's change.
    pub qty: Signal<In, Bits<32>>,
    /// The headroom row comes from outside, `headroom_in` (read a cycle after the address
    /// on `read_account`): the lanes' shared account unit.
    pub external_headroom: Signal<In, Bit>,
    /// The outside headroom row.
    pub headroom_in: Signal<In, Bits<64>>,
    /// The headroom row written, for the outside table too.
    pub headroom_write_data: Signal<Out, Bits<64>>,
    /// The headroom row is written this cycle.
    pub headroom_write_enable: Signal<Out, Bit>,
    headroom_now: Signal<Local, Bits<64>>,
    headrooms: TableRam<64, ACCOUNT_BITS>,
    exposures: TableRam<EXPOSURE_ROW_BITS, EXPOSURE_BITS>,
    added: SaturatingAdd64,
    addend_less_reservation: Signal<Local, Bits<64>>,
    max_less_reservation: Signal<Local, Bits<64>>,
    min_less_reservation: Signal<Local, Bits<64>>,
    max: Constant<Bits<64>>,
    min: Constant<Bits<64>>,
    lots: Signal<Local, Bits<64>>,
    new_position: Signal<Local, Bits<64>>,
    new_open_buy: Signal<Local, Bits<64>>,
    new_open_sell: Signal<Local, Bits<64>>,
}

impl<const ACCOUNT_BITS: usize, const EXPOSURE_BITS: usize> Ledger<ACCOUNT_BITS, EXPOSURE_BITS> {
    same_address_garbage!(headrooms, exposures);
}

impl<const ACCOUNT_BITS: usize, const EXPOSURE_BITS: usize> Default
    for Ledger<ACCOUNT_BITS, EXPOSURE_BITS>
{
    fn default() -> Self {
        Ledger {
            clock: Default::default(),
            read_account: Default::default(),
            read_exposure: Default::default(),
            headroom: Default::default(),
            position: Default::default(),
            open_buy: Default::default(),
            open_sell: Default::default(),
            write_account: Default::default(),
            headroom_set: Default::default(),
            headroom_value: Default::default(),
            add: Default::default(),
            addend: Default::default(),
            reserve: Default::default(),
            reservation: Default::default(),
            write_exposure: Default::default(),
            exposure_clear: Default::default(),
            fill: Default::default(),
            open_change: Default::default(),
            open_less: Default::default(),
            sell: Default::default(),
            qty: Default::default(),
            external_headroom: Default::default(),
            headroom_in: Default::default(),
            headroom_write_data: Default::default(),
            headroom_write_enable: Default::default(),
            headroom_now: Default::default(),
            headrooms: Default::default(),
            exposures: Default::default(),
            added: Default::default(),
            addend_less_reservation: Default::default(),
            max_less_reservation: Default::default(),
            min_less_reservation: Default::default(),
            max: Constant::new((i64::MAX as u64).into()),
            min: Constant::new((i64::MIN as u64).into()),
            lots: Default::default(),
            new_position: Default::default(),
            new_open_buy: Default::default(),
            new_open_sell: Default::default(),
        }
    }
}

impl<const ACCOUNT_BITS: usize, const EXPOSURE_BITS: usize> Logic
    for Ledger<ACCOUNT_BITS, EXPOSURE_BITS>
{
    #[hdl_gen]
    fn update(&mut self) {
        self.headrooms.read_clock.next = self.clock.val();
        self.headrooms.write_clock.next = self.clock.val();
        self.exposures.read_clock.next = self.clock.val();
        self.exposures.write_clock.next = self.clock.val();
        self.headrooms.read_address.next = self.read_account.val();
        self.exposures.read_address.next = self.read_exposure.val();
        self.headroom_now.next = self.headrooms.read_data.val();
        if self.external_headroom.val() {
            self.headroom_now.next = self.headroom_in.val();
        }
        self.headroom.next = self.headroom_now.val();
        self.position.next = self.exposures.read_data.val().get_bits::<64>(0);
        self.open_buy.next = self.exposures.read_data.val().get_bits::<64>(64);
        self.open_sell.next = self.exposures.read_data.val().get_bits::<64>(128);

        // Headroom: each candidate from its own adders, the event picks one.
        self.added.a.next = self.headroom_now.val();
        self.added.b.next = self.addend.val();
        self.headrooms.write_address.next = self.write_account.val();
        self.headrooms.write_enable.next =
            self.headroom_set.val() || self.add.val() || self.reserve.val();
        self.headrooms.write_data.next = self.headroom_now.val() - self.reservation.val();
        // Added and reserved in one write (a REPLACE): the headroom plus their difference,
        // or, where the addition alone saturates, the limit less the reservation. One adder
        // from the RAM's output, beside the addition's own, instead of the addition's adder
        // and then the reservation's.
        self.addend_less_reservation.next = self.addend.val() - self.reservation.val();
        self.max_less_reservation.next = self.max.val() - self.reservation.val();
        self.min_less_reservation.next = self.min.val() - self.reservation.val();
        if self.add.val() {
            self.headrooms.write_data.next = self.added.sum.val();
            if self.reserve.val() {
                self.headrooms.write_data.next =
                    self.headroom_now.val() + self.addend_less_reservation.val();
                if self.added.clamped_high.val() {
                    self.headrooms.write_data.next = self.max_less_reservation.val();
                }
                if self.added.clamped_low.val() {
                    self.headrooms.write_data.next = self.min_less_reservation.val();
                }
            }
        }
        if self.headroom_set.val() {
            self.headrooms.write_data.next = self.headroom_value.val();
        }
        self.headroom_write_data.next = self.headrooms.write_data.val();
        self.headroom_write_enable.next = self.headrooms.write_enable.val();

        // Exposure: each field changes by the event's lots, or stays.
        self.lots.next = bit_cast::<64, 32>(self.qty.val());
        self.new_position.next = self.position.val();
        self.new_open_buy.next = self.open_buy.val();
        self.new_open_sell.next = self.open_sell.val();
        if self.fill.val() {
            if self.sell.val() {
                self.new_position.next = self.position.val() - self.lots.val();
            } else {
                self.new_position.next = self.position.val() + self.lots.val();
            }
        }
        if self.open_change.val() {
            if self.sell.val() {
                if self.open_less.val() {
                    self.new_open_sell.next = self.open_sell.val() - self.lots.val();
                } else {
                    self.new_open_sell.next = self.open_sell.val() + self.lots.val();
                }
            } else if self.open_less.val() {
                self.new_open_buy.next = self.open_buy.val() - self.lots.val();
            } else {
                self.new_open_buy.next = self.open_buy.val() + self.lots.val();
            }
        }
        if self.exposure_clear.val() {
            self.new_position.next = 0.into();
            self.new_open_buy.next = 0.into();
            self.new_open_sell.next = 0.into();
        }
        self.exposures.write_address.next = self.write_exposure.val();
        self.exposures.write_enable.next =
            self.exposure_clear.val() || self.fill.val() || self.open_change.val();
        // Each field at its own 64-bit width first: Verilog would widen arithmetic inside a
        // wider expression and carry across fields.
        self.exposures.write_data.next = bit_cast::<EXPOSURE_ROW_BITS, 64>(self.new_position.val())
            | (bit_cast::<EXPOSURE_ROW_BITS, 64>(self.new_open_buy.val()) << 64)
            | (bit_cast::<EXPOSURE_ROW_BITS, 64>(self.new_open_sell.val()) << 128);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{cycle, settle, start, Clocked, Trace, XorShift};
    use crate::verilog::verilog_named;

    impl<const A: usize, const E: usize> Clocked for Ledger<A, E> {
        fn clock_mut(&mut self) -> &mut Signal<In, Clock> {
            &mut self.clock
        }
    }

    const ACCOUNTS: usize = 4;
    const EXPOSURES: usize = 16;
    type SmallLedger = Ledger<2, 4>;

    /// The model's exposure row: position, open buy, open sell.
    type Row = (i64, u64, u64);

    /// What the testbench does to the headroom in one cycle.
    #[derive(Copy, Clone, Default)]
    struct HeadroomEvent {
        set: Option<i64>,
        add: Option<i64>,
        reserve: Option<i64>,
    }

    impl HeadroomEvent {
        fn any(&self) -> bool {
            self.set.is_some() || self.add.is_some() || self.reserve.is_some()
        }

        /// The headroom after the event, as engine-sw's account does it.
        fn apply(&self, headroom: i64) -> i64 {
            if let Some(value) = self.set {
                return value;
            }
            let added = self.add.map_or(headroom, |a| headroom.saturating_add(a));
            self.reserve.map_or(added, |r| added.wrapping_sub(r))
        }
    }

    /// What the testbench does to an exposure row in one cycle.
    #[derive(Copy, Clone, Default)]
    struct ExposureEvent {
        clear: bool,
        fill: bool,
        open_change: bool,
        open_less: bool,
        sell: bool,
        qty: u32,
    }

    impl ExposureEvent {
        fn any(&self) -> bool {
            self.clear || self.fill || self.open_change
        }

        fn apply(&self, (position, buy, sell): Row) -> Row {
            if self.clear {
                return (0, 0, 0);
            }
            let lots = u64::from(self.qty);
            let position = match (self.fill, self.sell) {
                (false, _) => position,
                (true, false) => position.wrapping_add(lots as i64),
                (true, true) => position.wrapping_sub(lots as i64),
            };
            let moved = |open: u64| {
                if self.open_less {
                    open.wrapping_sub(lots)
                } else {
                    open.wrapping_add(lots)
                }
            };
            match (self.open_change, self.sell) {
                (false, _) => (position, buy, sell),
                (true, false) => (position, moved(buy), sell),
                (true, true) => (position, buy, moved(sell)),
            }
        }
    }

    fn trace() -> Trace {
        Trace::new(
            &[
                ("read_account", 2),
                ("read_exposure", 4),
                ("write_account", 2),
                ("headroom_set", 1),
                ("headroom_value", 64),
                ("add", 1),
                ("addend", 64),
                ("reserve", 1),
                ("reservation", 64),
                ("write_exposure", 4),
                ("exposure_clear", 1),
                ("fill", 1),
                ("open_change", 1),
                ("open_less", 1),
                ("sell", 1),
                ("qty", 32),
            ],
            &[
                ("headroom", 64),
                ("position", 64),
                ("open_buy", 64),
                ("open_sell", 64),
            ],
        )
    }

    /// One cycle, recorded for the replay on the Verilog.
    fn edge(uut: &mut SmallLedger, trace: &mut Trace) {
        settle(uut);
        let word = |b: Bits<64>| b.to_u64();
        let bit = |b: bool| u64::from(b);
        trace.record(
            vec![
                uut.read_account.val().index() as u64,
                uut.read_exposure.val().index() as u64,
                uut.write_account.val().index() as u64,
                bit(uut.headroom_set.val()),
                word(uut.headroom_value.val()),
                bit(uut.add.val()),
                word(uut.addend.val()),
                bit(uut.reserve.val()),
                word(uut.reservation.val()),
                uut.write_exposure.val().index() as u64,
                bit(uut.exposure_clear.val()),
                bit(uut.fill.val()),
                bit(uut.open_change.val()),
                bit(uut.open_less.val()),
                bit(uut.sell.val()),
                uut.qty.val().index() as u64,
            ],
            vec![
                word(uut.headroom.val()),
                word(uut.position.val()),
                word(uut.open_buy.val()),
                word(uut.open_sell.val()),
            ],
        );
        cycle(uut);
    }

    /// Random read-modify-writes of both tables, as the matcher makes them: each cycle reads
    /// a random account and exposure row and writes back the rows read the cycle before,
    /// changed by a random event (every headroom event, with amounts at the i64 limits to
    /// reach saturation, and every exposure event, a maker's fill and a clear among them).
    /// Every row read is checked against a model, except one read on the edge its row was
    /// written (garbage on, and the model's event is skipped the next cycle, as the matcher
    /// never uses such a read). Seeded, 4,000 cycles; then the same cycles on the Verilog.
    #[test]
    fn moves_headroom_and_exposure_like_a_model() {
        let mut uut = SmallLedger::default();
        uut.garbage_on_collision();
        start(&mut uut);
        let mut trace = trace();
        let mut headrooms = [0i64; ACCOUNTS];
        let mut rows: [Row; EXPOSURES] = [(0, 0, 0); EXPOSURES];
        let mut rng = XorShift(0x9e37_79b9_7f4a_7c15_u64);
        let mut random = move || rng.next();
        let amount = |pick: u64, wide: u64| -> i64 {
            match pick % 4 {
                0 => i64::MAX - (wide % 1_000) as i64,
                1 => i64::MIN + (wide % 1_000) as i64,
                2 => (wide % 1_000_000) as i64 - 500_000,
                _ => wide as i64,
            }
        };
        // The rows shown now: their addresses, and whether they were written on the edge
        // that read them.
        let mut shown: Option<(usize, usize)> = None;
        let (mut account_stale, mut exposure_stale) = (true, true);
        let (mut headroom_checks, mut exposure_checks) = (0, 0);
        for _ in 0..4_000 {
            settle(&mut uut);
            let mut headroom_event = HeadroomEvent::default();
            let mut exposure_event = ExposureEvent::default();
            if let Some((account, exposure)) = shown {
                if !account_stale {
                    assert_eq!(uut.headroom.val().to_u64() as i64, headrooms[account]);
                    headroom_checks += 1;
                    let r = random();
                    let value = amount(random(), random());
                    match r % 7 {
                        0 => headroom_event.set = Some(value),
                        // A reservation given back, or a HEADROOM top-up.
                        1 | 2 => headroom_event.add = Some(value),
                        3 => headroom_event.reserve = Some(value),
                        4 => {
                            headroom_event.add = Some(value);
                            headroom_event.reserve = Some(amount(random(), random()));
                        }
                        _ => {}
                    }
                }
                if !exposure_stale {
                    let row = (
                        uut.position.val().to_u64() as i64,
                        uut.open_buy.val().to_u64(),
                        uut.open_sell.val().to_u64(),
                    );
                    assert_eq!(row, rows[exposure]);
                    exposure_checks += 1;
                    let r = random();
                    exposure_event.sell = r & 1 != 0;
                    exposure_event.open_less = r & 2 != 0;
                    exposure_event.qty = (random() >> 32) as u32;
                    match (r >> 2) % 9 {
                        0 => exposure_event.clear = true,
                        1 | 2 => exposure_event.fill = true,
                        3 | 4 => exposure_event.open_change = true,
                        5 | 6 => {
                            // A maker's fill: its position and its side's open lots.
                            exposure_event.fill = true;
                            exposure_event.open_change = true;
                            exposure_event.open_less = true;
                        }
                        _ => {}
                    }
                }
                if !account_stale && !exposure_stale {
                    trace.expect_outputs();
                }
                uut.write_account.next = (account as u64).into();
                uut.write_exposure.next = (exposure as u64).into();
            }
            uut.headroom_set.next = headroom_event.set.is_some();
            uut.headroom_value.next = (headroom_event.set.unwrap_or(0) as u64).into();
            uut.add.next = headroom_event.add.is_some();
            uut.addend.next = (headroom_event.add.unwrap_or(0) as u64).into();
            uut.reserve.next = headroom_event.reserve.is_some();
            uut.reservation.next = (headroom_event.reserve.unwrap_or(0) as u64).into();
            uut.exposure_clear.next = exposure_event.clear;
            uut.fill.next = exposure_event.fill;
            uut.open_change.next = exposure_event.open_change;
            uut.open_less.next = exposure_event.open_less;
            uut.sell.next = exposure_event.sell;
            uut.qty.next = u64::from(exposure_event.qty).into();
            // Often the row just written, to read back what the event did.
            let next_account = (random() % ACCOUNTS as u64) as usize;
            let next_exposure = (random() % EXPOSURES as u64) as usize;
            uut.read_account.next = (next_account as u64).into();
            uut.read_exposure.next = (next_exposure as u64).into();
            edge(&mut uut, &mut trace);
            account_stale = false;
            exposure_stale = false;
            if let Some((account, exposure)) = shown {
                if headroom_event.any() {
                    headrooms[account] = headroom_event.apply(headrooms[account]);
                    account_stale = account == next_account;
                }
                if exposure_event.any() {
                    rows[exposure] = exposure_event.apply(rows[exposure]);
                    exposure_stale = exposure == next_exposure;
                }
            }
            shown = Some((next_account, next_exposure));
        }
        assert!(headroom_checks > 2_500 && exposure_checks > 2_500);
        assert!(
            uut.collisions() > 500,
            "reads on the edge of their row's write: {}",
            uut.collisions()
        );
        trace.replay(
            &verilog_named(&mut SmallLedger::default(), "ledger"),
            "ledger",
        );
    }
}
