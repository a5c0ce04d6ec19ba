//! Occupancy bitmap of price levels, two tiers in block RAM, and its priority encoders.
//!
//! One bit per tick of every book side's window (`book` = instrument * 2 + side), 64 bits to
//! a word in the `words` RAM, and one summary bit per word in the `summary` RAM (64 words to
//! a summary word). The best price of each side lives in a register of the book; this
//! block is asked only when a level empties (for the next best) or when FOK walks levels.
//! A search reads the word and the summary word together (1 cycle), encodes (same cycle as
//! the data returns), and when the word has nothing reads one more word: 3 cycles for a
//! window of up to 4096 ticks, one cycle more per further summary word (64k ticks: at most
//! 16 summary words, as engine-sw's `LevelBitmap`).
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - `cmd_valid`/`cmd_ready`, with `cmd_op`, `cmd_book`, `cmd_index`: one command. `cmd_ready`
//!   is high only when idle; a command moves on `cmd_valid && cmd_ready`.
//!   `OP_SET`/`OP_CLEAR` mark level `cmd_index` occupied/empty (2 cycles);
//!   `OP_BELOW`/`OP_ABOVE` find the nearest occupied level strictly below/above `cmd_index`.
//! - `done` pulses for one cycle when a command finishes; for a search `found` and
//!   `found_index` are valid with it.
//! - After `reset` the block clears its RAMs (one word per cycle over every address,
//!   `2^WORD_ADDR` cycles) with `cmd_ready` low.
//!
//! Parameters: `WORD_ADDR` = log2(books * words per book) and `SUMMARY_ADDR` =
//! log2(books * summary words per book) are the RAM address widths; `word_bits`/
//! `summary_bits` (log2 of words / summary words per book) and `last_summary` (summary words
//! per book - 1) are set by [`LevelBitmap::new`] from the window.

use crate::table_ram::{same_address_garbage, TableRam};
use rust_hdl::prelude::*;

/// Mark a level occupied.
pub const OP_SET: u64 = 0;
/// Mark a level empty.
pub const OP_CLEAR: u64 = 1;
/// Find the nearest occupied level strictly below the index (the next bid).
pub const OP_BELOW: u64 = 2;
/// Find the nearest occupied level strictly above the index (the next ask).
pub const OP_ABOVE: u64 = 3;

/// Highest and lowest set bit of an 8-bit group.
#[derive(LogicBlock, Default)]
pub struct Encoder8 {
    /// The eight bits to encode.
    pub bits: Signal<In, Bits<8>>,
    /// At least one bit is set.
    pub any: Signal<Out, Bit>,
    /// Index of the highest set bit; 0 when none is.
    pub highest: Signal<Out, Bits<3>>,
    /// Index of the lowest set bit; 0 when none is.
    pub lowest: Signal<Out, Bits<3>>,
}

impl Logic for Encoder8 {
    #[hdl_gen]
    fn update(&mut self) {
        self.any.next = self.bits.val().any();
        self.highest.next = 0.into();
        for i in 0..8 {
            if self.bits.val().get_bit(i) {
                self.highest.next = i.to_bits();
            }
        }
        self.lowest.next = 0.into();
        for i in 0..8 {
            if self.bits.val().get_bit(7 - i) {
                self.lowest.next = (7 - i).to_bits();
            }
        }
    }
}

/// Highest and lowest set bit of a 64-bit word, as a tree: eight groups of eight bits are
/// encoded side by side, an encoder over their `any` flags picks the group, and the
/// group's answer is selected. A 64-step priority chain maps to three times the LUT
/// levels.
#[derive(LogicBlock, Default)]
pub struct PriorityEncoder {
    /// The 64-bit word to encode.
    pub bits: Signal<In, Bits<64>>,
    /// At least one bit is set.
    pub any: Signal<Out, Bit>,
    /// Index of the highest set bit; 0 when none is.
    pub highest: Signal<Out, Bits<6>>,
    /// Index of the lowest set bit; 0 when none is.
    pub lowest: Signal<Out, Bits<6>>,
    group0: Encoder8,
    group1: Encoder8,
    group2: Encoder8,
    group3: Encoder8,
    group4: Encoder8,
    group5: Encoder8,
    group6: Encoder8,
    group7: Encoder8,
    groups: Encoder8,
    highest_in_group: Signal<Local, Bits<3>>,
    lowest_in_group: Signal<Local, Bits<3>>,
}

impl Logic for PriorityEncoder {
    #[hdl_gen]
    fn update(&mut self) {
        self.group0.bits.next = self.bits.val().get_bits::<8>(0);
        self.group1.bits.next = self.bits.val().get_bits::<8>(8);
        self.group2.bits.next = self.bits.val().get_bits::<8>(16);
        self.group3.bits.next = self.bits.val().get_bits::<8>(24);
        self.group4.bits.next = self.bits.val().get_bits::<8>(32);
        self.group5.bits.next = self.bits.val().get_bits::<8>(40);
        self.group6.bits.next = self.bits.val().get_bits::<8>(48);
        self.group7.bits.next = self.bits.val().get_bits::<8>(56);
        self.groups.bits.next = (bit_cast::<8, 1>(Bits::<1>::from(self.group0.any.val())) << 0)
            | (bit_cast::<8, 1>(Bits::<1>::from(self.group1.any.val())) << 1)
            | (bit_cast::<8, 1>(Bits::<1>::from(self.group2.any.val())) << 2)
            | (bit_cast::<8, 1>(Bits::<1>::from(self.group3.any.val())) << 3)
            | (bit_cast::<8, 1>(Bits::<1>::from(self.group4.any.val())) << 4)
            | (bit_cast::<8, 1>(Bits::<1>::from(self.group5.any.val())) << 5)
            | (bit_cast::<8, 1>(Bits::<1>::from(self.group6.any.val())) << 6)
            | (bit_cast::<8, 1>(Bits::<1>::from(self.group7.any.val())) << 7);
        self.any.next = self.groups.any.val();
        self.highest_in_group.next = self.group0.highest.val();
        if self.groups.highest.val() == 1 {
            self.highest_in_group.next = self.group1.highest.val();
        }
        if self.groups.highest.val() == 2 {
            self.highest_in_group.next = self.group2.highest.val();
        }
        if self.groups.highest.val() == 3 {
            self.highest_in_group.next = self.group3.highest.val();
        }
        if self.groups.highest.val() == 4 {
            self.highest_in_group.next = self.group4.highest.val();
        }
        if self.groups.highest.val() == 5 {
            self.highest_in_group.next = self.group5.highest.val();
        }
        if self.groups.highest.val() == 6 {
            self.highest_in_group.next = self.group6.highest.val();
        }
        if self.groups.highest.val() == 7 {
            self.highest_in_group.next = self.group7.highest.val();
        }
        self.lowest_in_group.next = self.group0.lowest.val();
        if self.groups.lowest.val() == 1 {
            self.lowest_in_group.next = self.group1.lowest.val();
        }
        if self.groups.lowest.val() == 2 {
            self.lowest_in_group.next = self.group2.lowest.val();
        }
        if self.groups.lowest.val() == 3 {
            self.lowest_in_group.next = self.group3.lowest.val();
        }
        if self.groups.lowest.val() == 4 {
            self.lowest_in_group.next = self.group4.lowest.val();
        }
        if self.groups.lowest.val() == 5 {
            self.lowest_in_group.next = self.group5.lowest.val();
        }
        if self.groups.lowest.val() == 6 {
            self.lowest_in_group.next = self.group6.lowest.val();
        }
        if self.groups.lowest.val() == 7 {
            self.lowest_in_group.next = self.group7.lowest.val();
        }
        self.highest.next = (bit_cast::<6, 3>(self.groups.highest.val()) << 3)
            | bit_cast::<6, 3>(self.highest_in_group.val());
        self.lowest.next = (bit_cast::<6, 3>(self.groups.lowest.val()) << 3)
            | bit_cast::<6, 3>(self.lowest_in_group.val());
    }
}

/// States of the [`LevelBitmap`] controller.
#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
pub enum BitmapState {
    /// After reset: zeroes one word of each RAM per cycle, `cmd_ready` low.
    Clearing,
    /// Waits for a command (`cmd_ready` high); latches it and reads its word and summary word.
    Idle,
    /// Set or clear: writes the changed word and its summary bit, pulses `done`.
    Update,
    /// Search: encodes the masked word and summary word; done if the word has a level, else
    /// picks a word or scans on.
    FirstLook,
    /// Search: looks at the next summary word in the search direction, one per cycle.
    ScanSummary,
    /// Search: encodes the word the summary chose and pulses `done` with `found_index`.
    LastWord,
}

/// Occupancy bitmap of every book side's price levels with its searches (interface in the
/// module docs); build it with [`LevelBitmap::new`].
#[derive(LogicBlock)]
pub struct LevelBitmap<const WORD_ADDR: usize, const SUMMARY_ADDR: usize> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: starts the clearing sweep (`2^WORD_ADDR` cycles).
    pub reset: Signal<In, Bit>,
    /// High while `cmd_op`, `cmd_book` and `cmd_index` hold a command.
    pub cmd_valid: Signal<In, Bit>,
    /// High only while idle; the command moves on `cmd_valid && cmd_ready`.
    pub cmd_ready: Signal<Out, Bit>,
    /// The command: `OP_SET`, `OP_CLEAR`, `OP_BELOW` or `OP_ABOVE`.
    pub cmd_op: Signal<In, Bits<2>>,
    /// The book side: `instrument * 2`, plus 1 for the sell side.
    pub cmd_book: Signal<In, Bits<16>>,
    /// The level, in ticks from the bottom of the book's window.
    pub cmd_index: Signal<In, Bits<16>>,
    /// Pulses for one cycle when a command finishes.
    pub done: Signal<Out, Bit>,
    /// With `done` of a search: an occupied level lies beyond `cmd_index`.
    pub found: Signal<Out, Bit>,
    /// With `done` and `found`: the nearest occupied level found.
    pub found_index: Signal<Out, Bits<16>>,
    words: TableRam<64, WORD_ADDR>,
    summary: TableRam<64, SUMMARY_ADDR>,
    word_encoder: PriorityEncoder,
    summary_encoder: PriorityEncoder,
    state: DFF<BitmapState>,
    op: DFF<Bits<2>>,
    book: DFF<Bits<16>>,
    index: DFF<Bits<16>>,
    /// Summary word being looked at, and the word chosen from it.
    summary_at: DFF<Bits<16>>,
    word_at: DFF<Bits<16>>,
    sweep: DFF<Bits<WORD_ADDR>>,
    word_bits: Constant<Bits<16>>,
    summary_bits: Constant<Bits<16>>,
    last_summary: Constant<Bits<16>>,
    all_ones: Constant<Bits<64>>,
    // The command codes, named (Verilog localparams).
    op_set: Constant<Bits<2>>,
    op_clear: Constant<Bits<2>>,
    op_below: Constant<Bits<2>>,
    op_above: Constant<Bits<2>>,
    /// The word and summary bits of `index`, and masks of what lies beyond them.
    word_bit: Signal<Local, Bits<64>>,
    summary_bit: Signal<Local, Bits<64>>,
    new_word: Signal<Local, Bits<64>>,
    word_beyond: Signal<Local, Bits<64>>,
    summary_beyond: Signal<Local, Bits<64>>,
    chosen: Signal<Local, Bits<16>>,
}

impl<const WORD_ADDR: usize, const SUMMARY_ADDR: usize> LevelBitmap<WORD_ADDR, SUMMARY_ADDR> {
    same_address_garbage!(words, summary);

    /// A bitmap for `books` book sides of `window` ticks each (powers of two, window >= 64).
    pub fn new(books: u32, window: u32) -> Self {
        assert!(books.is_power_of_two() && window.is_power_of_two() && window >= 64);
        let words = window / 64;
        let summary_words = words.div_ceil(64);
        assert_eq!(1u64 << WORD_ADDR, u64::from(books) * u64::from(words));
        assert_eq!(
            1u64 << SUMMARY_ADDR,
            u64::from(books) * u64::from(summary_words)
        );
        LevelBitmap {
            clock: Default::default(),
            reset: Default::default(),
            cmd_valid: Default::default(),
            cmd_ready: Default::default(),
            cmd_op: Default::default(),
            cmd_book: Default::default(),
            cmd_index: Default::default(),
            done: Default::default(),
            found: Default::default(),
            found_index: Default::default(),
            words: Default::default(),
            summary: Default::default(),
            word_encoder: Default::default(),
            summary_encoder: Default::default(),
            state: Default::default(),
            op: Default::default(),
            book: Default::default(),
            index: Default::default(),
            summary_at: Default::default(),
            word_at: Default::default(),
            sweep: Default::default(),
            word_bits: Constant::new(u64::from(words.trailing_zeros()).into()),
            summary_bits: Constant::new(u64::from(summary_words.trailing_zeros()).into()),
            last_summary: Constant::new(u64::from(summary_words - 1).into()),
            all_ones: Constant::new(u64::MAX.into()),
            op_set: Constant::new(OP_SET.into()),
            op_clear: Constant::new(OP_CLEAR.into()),
            op_below: Constant::new(OP_BELOW.into()),
            op_above: Constant::new(OP_ABOVE.into()),
            word_bit: Default::default(),
            summary_bit: Default::default(),
            new_word: Default::default(),
            word_beyond: Default::default(),
            summary_beyond: Default::default(),
            chosen: Default::default(),
        }
    }
}

impl<const WORD_ADDR: usize, const SUMMARY_ADDR: usize> Logic
    for LevelBitmap<WORD_ADDR, SUMMARY_ADDR>
{
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, op, book, index, summary_at, word_at, sweep);
        self.words.read_clock.next = self.clock.val();
        self.words.write_clock.next = self.clock.val();
        self.summary.read_clock.next = self.clock.val();
        self.summary.write_clock.next = self.clock.val();

        // Defaults: read where the latched command points, write nothing.
        self.words.read_address.next = bit_cast::<WORD_ADDR, 16>(
            (self.book.q.val() << self.word_bits.val()) | (self.index.q.val() >> 6),
        );
        self.summary.read_address.next = bit_cast::<SUMMARY_ADDR, 16>(
            (self.book.q.val() << self.summary_bits.val()) | (self.index.q.val() >> 12),
        );
        self.words.write_address.next = self.words.read_address.val();
        self.summary.write_address.next = self.summary.read_address.val();
        self.words.write_enable.next = false;
        self.summary.write_enable.next = false;
        self.words.write_data.next = 0.into();
        self.summary.write_data.next = 0.into();
        self.cmd_ready.next = false;
        self.done.next = false;
        self.found.next = false;
        self.found_index.next = 0.into();

        // The bit of `index` in its word and of its word in its summary word; the bits
        // beyond them in the search direction (strictly below, or strictly above).
        self.word_bit.next = bit_cast::<64, 1>(1.into()) << bit_cast::<6, 16>(self.index.q.val());
        self.summary_bit.next =
            bit_cast::<64, 1>(1.into()) << bit_cast::<6, 16>(self.index.q.val() >> 6);
        if self.op.q.val() == self.op_below.val() {
            self.word_beyond.next = !(self.all_ones.val() << bit_cast::<6, 16>(self.index.q.val()));
            self.summary_beyond.next =
                !(self.all_ones.val() << bit_cast::<6, 16>(self.index.q.val() >> 6));
        } else {
            self.word_beyond.next =
                (self.all_ones.val() << 1) << bit_cast::<6, 16>(self.index.q.val());
            self.summary_beyond.next =
                (self.all_ones.val() << 1) << bit_cast::<6, 16>(self.index.q.val() >> 6);
        }
        if self.op.q.val() == self.op_set.val() {
            self.new_word.next = self.words.read_data.val() | self.word_bit.val();
        } else {
            self.new_word.next = self.words.read_data.val() & !self.word_bit.val();
        }

        // The encoders see the masked words on the first look, whole words afterwards.
        self.word_encoder.bits.next = self.words.read_data.val();
        self.summary_encoder.bits.next = self.summary.read_data.val();
        if self.state.q.val() == BitmapState::FirstLook {
            self.word_encoder.bits.next = self.words.read_data.val() & self.word_beyond.val();
            self.summary_encoder.bits.next =
                self.summary.read_data.val() & self.summary_beyond.val();
        }
        // Word chosen from the summary word being looked at, in the search direction.
        if self.op.q.val() == self.op_below.val() {
            self.chosen.next = (self.summary_at.q.val() << 6)
                | bit_cast::<16, 6>(self.summary_encoder.highest.val());
        } else {
            self.chosen.next = (self.summary_at.q.val() << 6)
                | bit_cast::<16, 6>(self.summary_encoder.lowest.val());
        }

        match self.state.q.val() {
            BitmapState::Clearing => {
                self.words.write_address.next = self.sweep.q.val();
                self.summary.write_address.next =
                    bit_cast::<SUMMARY_ADDR, WORD_ADDR>(self.sweep.q.val());
                self.words.write_enable.next = true;
                self.summary.write_enable.next = true;
                self.sweep.d.next = self.sweep.q.val() + 1;
                if self.sweep.q.val().all() {
                    self.state.d.next = BitmapState::Idle;
                }
            }
            BitmapState::Idle => {
                self.cmd_ready.next = true;
                if self.cmd_valid.val() {
                    self.op.d.next = self.cmd_op.val();
                    self.book.d.next = self.cmd_book.val();
                    self.index.d.next = self.cmd_index.val();
                    self.summary_at.d.next = self.cmd_index.val() >> 12;
                    self.words.read_address.next = bit_cast::<WORD_ADDR, 16>(
                        (self.cmd_book.val() << self.word_bits.val()) | (self.cmd_index.val() >> 6),
                    );
                    self.summary.read_address.next = bit_cast::<SUMMARY_ADDR, 16>(
                        (self.cmd_book.val() << self.summary_bits.val())
                            | (self.cmd_index.val() >> 12),
                    );
                    // OP_SET and OP_CLEAR are the two lowest codes: both mark a level.
                    if self.cmd_op.val() <= self.op_clear.val() {
                        self.state.d.next = BitmapState::Update;
                    } else {
                        self.state.d.next = BitmapState::FirstLook;
                    }
                }
            }
            BitmapState::Update => {
                self.words.write_enable.next = true;
                self.words.write_data.next = self.new_word.val();
                self.summary.write_enable.next = true;
                if self.op.q.val() == self.op_set.val() {
                    self.summary.write_data.next =
                        self.summary.read_data.val() | self.summary_bit.val();
                } else if self.new_word.val() == 0 {
                    self.summary.write_data.next =
                        self.summary.read_data.val() & !self.summary_bit.val();
                } else {
                    self.summary.write_data.next = self.summary.read_data.val();
                }
                self.done.next = true;
                self.state.d.next = BitmapState::Idle;
            }
            BitmapState::FirstLook => {
                if self.word_encoder.any.val() {
                    self.done.next = true;
                    self.found.next = true;
                    if self.op.q.val() == self.op_below.val() {
                        self.found_index.next = (self.index.q.val() & 0xFFC0)
                            | bit_cast::<16, 6>(self.word_encoder.highest.val());
                    } else {
                        self.found_index.next = (self.index.q.val() & 0xFFC0)
                            | bit_cast::<16, 6>(self.word_encoder.lowest.val());
                    }
                    self.state.d.next = BitmapState::Idle;
                } else if self.summary_encoder.any.val() {
                    self.word_at.d.next = self.chosen.val();
                    self.words.read_address.next = bit_cast::<WORD_ADDR, 16>(
                        (self.book.q.val() << self.word_bits.val()) | self.chosen.val(),
                    );
                    self.state.d.next = BitmapState::LastWord;
                } else if self.op.q.val() == self.op_below.val() && self.summary_at.q.val() != 0 {
                    self.summary_at.d.next = self.summary_at.q.val() - 1;
                    self.summary.read_address.next = bit_cast::<SUMMARY_ADDR, 16>(
                        (self.book.q.val() << self.summary_bits.val())
                            | (self.summary_at.q.val() - 1),
                    );
                    self.state.d.next = BitmapState::ScanSummary;
                } else if self.op.q.val() == self.op_above.val()
                    && self.summary_at.q.val() != self.last_summary.val()
                {
                    self.summary_at.d.next = self.summary_at.q.val() + 1;
                    self.summary.read_address.next = bit_cast::<SUMMARY_ADDR, 16>(
                        (self.book.q.val() << self.summary_bits.val())
                            | (self.summary_at.q.val() + 1),
                    );
                    self.state.d.next = BitmapState::ScanSummary;
                } else {
                    self.done.next = true;
                    self.state.d.next = BitmapState::Idle;
                }
            }
            BitmapState::ScanSummary => {
                if self.summary_encoder.any.val() {
                    self.word_at.d.next = self.chosen.val();
                    self.words.read_address.next = bit_cast::<WORD_ADDR, 16>(
                        (self.book.q.val() << self.word_bits.val()) | self.chosen.val(),
                    );
                    self.state.d.next = BitmapState::LastWord;
                } else if self.op.q.val() == self.op_below.val() && self.summary_at.q.val() != 0 {
                    self.summary_at.d.next = self.summary_at.q.val() - 1;
                    self.summary.read_address.next = bit_cast::<SUMMARY_ADDR, 16>(
                        (self.book.q.val() << self.summary_bits.val())
                            | (self.summary_at.q.val() - 1),
                    );
                } else if self.op.q.val() == self.op_above.val()
                    && self.summary_at.q.val() != self.last_summary.val()
                {
                    self.summary_at.d.next = self.summary_at.q.val() + 1;
                    self.summary.read_address.next = bit_cast::<SUMMARY_ADDR, 16>(
                        (self.book.q.val() << self.summary_bits.val())
                            | (self.summary_at.q.val() + 1),
                    );
                } else {
                    self.done.next = true;
                    self.state.d.next = BitmapState::Idle;
                }
            }
            BitmapState::LastWord => {
                self.done.next = true;
                self.found.next = true;
                if self.op.q.val() == self.op_below.val() {
                    self.found_index.next = (self.word_at.q.val() << 6)
                        | bit_cast::<16, 6>(self.word_encoder.highest.val());
                } else {
                    self.found_index.next = (self.word_at.q.val() << 6)
                        | bit_cast::<16, 6>(self.word_encoder.lowest.val());
                }
                self.state.d.next = BitmapState::Idle;
            }
            _ => {
                self.state.d.next = BitmapState::Clearing;
            }
        }
        if self.reset.val() {
            self.state.d.next = BitmapState::Clearing;
            self.sweep.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{cycle, pulse_reset, settle, start, Resettable};

    impl<const W: usize, const S: usize> crate::testbench::Clocked for LevelBitmap<W, S> {
        fn clock_mut(&mut self) -> &mut Signal<In, Clock> {
            &mut self.clock
        }
    }

    impl<const W: usize, const S: usize> Resettable for LevelBitmap<W, S> {
        fn reset_mut(&mut self) -> &mut Signal<In, Bit> {
            &mut self.reset
        }
    }

    /// Runs one command to completion; returns the search result and the cycles it took.
    fn command<const W: usize, const S: usize>(
        uut: &mut LevelBitmap<W, S>,
        op: u64,
        book: u16,
        index: u32,
    ) -> (Option<u32>, u32) {
        settle(uut);
        assert!(uut.cmd_ready.val());
        uut.cmd_valid.next = true;
        uut.cmd_op.next = op.into();
        uut.cmd_book.next = u64::from(book).into();
        uut.cmd_index.next = u64::from(index).into();
        cycle(uut);
        uut.cmd_valid.next = false;
        let mut cycles = 1;
        loop {
            settle(uut);
            if uut.done.val() {
                let found = uut.found.val().then(|| uut.found_index.val().to_u32());
                cycle(uut);
                return (found, cycles + 1);
            }
            cycle(uut);
            cycles += 1;
            assert!(cycles < 100, "command never finished");
        }
    }

    fn cleared<const W: usize, const S: usize>(mut uut: LevelBitmap<W, S>) -> LevelBitmap<W, S> {
        start(&mut uut);
        pulse_reset(&mut uut);
        for _ in 0..(1 << W) + 1 {
            cycle(&mut uut);
        }
        uut
    }

    #[test]
    fn priority_encoder_finds_both_ends() {
        let mut uut = PriorityEncoder::default();
        uut.connect_all();
        // Every single bit, every pair of group edges, and random sparse and dense words.
        let mut words = vec![0u64, u64::MAX, 0x0000_0100_0010_0000];
        words.extend((0..64).map(|i| 1u64 << i));
        words.extend(
            (0..8).flat_map(|a| (0..8).map(move |b| (1u64 << (8 * a)) | (0x80 << (8 * b)))),
        );
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        for _ in 0..500 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            words.push(x);
            words.push(x & (x >> 17) & (x >> 31));
        }
        for bits in words {
            uut.bits.next = bits.into();
            settle(&mut uut);
            assert_eq!(uut.any.val(), bits != 0);
            if bits != 0 {
                assert_eq!(uut.highest.val().to_u32(), 63 - bits.leading_zeros());
                assert_eq!(uut.lowest.val().to_u32(), bits.trailing_zeros());
            }
        }
    }

    /// Two book sides of 1024 ticks: 16 words each, one summary word each.
    #[test]
    fn searches_agree_with_a_plain_scan() {
        let mut uut = cleared(LevelBitmap::<5, 1>::new(2, 1024));
        let mut plain = vec![[false; 1024]; 2];
        let levels = [
            (0, 5),
            (0, 70),
            (0, 1023),
            (1, 0),
            (1, 700),
            (1, 64),
            (0, 64),
        ];
        for &(book, index) in &levels {
            assert_eq!(command(&mut uut, OP_SET, book, index).1, 2);
            plain[book as usize][index as usize] = true;
        }
        command(&mut uut, OP_CLEAR, 0, 64);
        plain[0][64] = false;
        for book in 0..2u16 {
            for probe in [0u32, 1, 5, 6, 63, 64, 65, 69, 70, 71, 700, 1022, 1023] {
                let below = (0..probe).rev().find(|&j| plain[book as usize][j as usize]);
                let above = (probe + 1..1024).find(|&j| plain[book as usize][j as usize]);
                let (got, cycles) = command(&mut uut, OP_BELOW, book, probe);
                assert_eq!(got, below, "below {probe} in book {book}");
                assert!(cycles <= 4);
                assert_eq!(command(&mut uut, OP_ABOVE, book, probe).0, above);
            }
        }
    }

    /// One book side of 16384 ticks: the search crosses summary words.
    #[test]
    fn searches_cross_summary_words() {
        let mut uut = cleared(LevelBitmap::<8, 2>::new(1, 16384));
        command(&mut uut, OP_SET, 0, 3);
        command(&mut uut, OP_SET, 0, 16000);
        assert_eq!(command(&mut uut, OP_ABOVE, 0, 3).0, Some(16000));
        assert_eq!(command(&mut uut, OP_BELOW, 0, 16000).0, Some(3));
        assert_eq!(command(&mut uut, OP_BELOW, 0, 3).0, None);
        assert_eq!(command(&mut uut, OP_ABOVE, 0, 16000).0, None);
        command(&mut uut, OP_CLEAR, 0, 3);
        assert_eq!(command(&mut uut, OP_BELOW, 0, 16383).0, Some(16000));
        assert_eq!(command(&mut uut, OP_BELOW, 0, 16000).0, None);
        // A reset forgets every level.
        let mut uut = cleared(uut);
        assert_eq!(command(&mut uut, OP_ABOVE, 0, 0).0, None);
    }
}
