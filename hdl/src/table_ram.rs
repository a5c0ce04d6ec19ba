//! Block RAM for the card's tables: RustHDL's `RAM` with a declared answer to a read and a
//! write of one address on one clock edge.
//!
//! Interface (the ports of RustHDL's `RAM`, so a table swaps one for the other):
//! - `read_address` on a rising `read_clock` gives `read_data` the next cycle (a registered
//!   read, which maps to block RAM).
//! - `write_data` goes to `write_address` on a rising `write_clock` with `write_enable`.
//! - A read and a write of one address on one edge: with [`SameAddress::OldData`] the read
//!   gives the value from before the write (read-first, as RustHDL's `RAM`). With
//!   [`SameAddress::Undefined`] the design promises never to use that read: the Verilog marks
//!   the memory `(* no_rw_check *)`, so synthesis builds no logic to order the two. ECP5's
//!   block RAM, for one, has no read-first mode and yosys otherwise emulates it in soft
//!   logic on the critical path.
//! - [`TableRam::garbage_on_collision`] makes the simulation keep that promise honest: an
//!   `Undefined` memory then reads garbage (every bit of the old or the new value flipped, in
//!   turn) on such an edge, and a test runs the card that way against engine-sw.

use rust_hdl::prelude::*;
use std::collections::BTreeMap;

/// Writes a block's `garbage_on_collision` and `collisions` over the tables and sub-blocks
/// named (each has both methods), so that the list is written once per block.
macro_rules! same_address_garbage {
    ($($part:ident),+ $(,)?) => {
        /// In simulation, every table that declares its same-address reads undefined reads
        /// garbage on them from now on ([`crate::table_ram`]).
        pub fn garbage_on_collision(&mut self) {
            $(self.$part.garbage_on_collision();)+
        }

        /// Same-address reads and writes its tables have seen with garbage on.
        pub fn collisions(&self) -> u64 {
            0 $(+ self.$part.collisions())+
        }
    };
}
pub(crate) use same_address_garbage;

/// What a read gives when a write to the same address happens on the same edge.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum SameAddress {
    /// The value from before the write (read-first).
    OldData,
    /// Nothing the design uses: marked `(* no_rw_check *)` in the Verilog.
    #[default]
    Undefined,
}

/// A table in block RAM: `2^N` words of `W` bits (interface in the module docs).
#[derive(LogicBlock, Default)]
pub struct TableRam<const W: usize, const N: usize> {
    /// Address to read on the next rising `read_clock`.
    pub read_address: Signal<In, Bits<N>>,
    /// The read port's clock.
    pub read_clock: Signal<In, Clock>,
    /// The word at the address read on the last rising edge.
    pub read_data: Signal<Out, Bits<W>>,
    /// Address written on a rising `write_clock` with `write_enable`.
    pub write_address: Signal<In, Bits<N>>,
    /// The write port's clock.
    pub write_clock: Signal<In, Clock>,
    /// The word to write.
    pub write_data: Signal<In, Bits<W>>,
    /// Writes on this rising edge.
    pub write_enable: Signal<In, Bit>,
    _same_address: SameAddress,
    _garbage: bool,
    _collisions: u64,
    _words: BTreeMap<Bits<N>, Bits<W>>,
}

impl<const W: usize, const N: usize> TableRam<W, N> {
    /// A table whose same-address read gives the old value; `Default` gives an
    /// [`SameAddress::Undefined`] one.
    pub fn old_data_on_collision() -> Self {
        TableRam {
            _same_address: SameAddress::OldData,
            ..Default::default()
        }
    }

    /// What this table's same-address read gives.
    pub fn same_address(&self) -> SameAddress {
        self._same_address
    }

    /// In simulation, an [`SameAddress::Undefined`] table reads garbage on a same-address read
    /// and write from now on; an `OldData` one is unchanged.
    pub fn garbage_on_collision(&mut self) {
        self._garbage = self._same_address == SameAddress::Undefined;
    }

    /// How many same-address reads and writes this table has seen in simulation with
    /// garbage on, so a test can show that its traffic reached the case.
    pub fn collisions(&self) -> u64 {
        self._collisions
    }
}

impl<const W: usize, const N: usize> Logic for TableRam<W, N> {
    fn update(&mut self) {
        if self.read_clock.pos_edge() {
            let address = self.read_address.val();
            let old = self._words.get(&address).copied().unwrap_or_default();
            let collides = self.write_clock.pos_edge()
                && self.write_enable.val()
                && self.write_address.val() == address;
            self.read_data.next = if self._garbage && collides {
                self._collisions += 1;
                if self._collisions % 2 == 1 {
                    !old
                } else {
                    !self.write_data.val()
                }
            } else {
                old
            };
        }
        if self.write_clock.pos_edge() && self.write_enable.val() {
            self._words
                .insert(self.write_address.val(), self.write_data.val());
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        let attribute = match self._same_address {
            SameAddress::OldData => "",
            SameAddress::Undefined => "(* no_rw_check *)\n",
        };
        Verilog::Custom(format!(
            "\
{attribute}reg[{top_bit}:0] mem[{last_word}:0];

always @(posedge read_clock) begin
   read_data <= mem[read_address];
end

always @(posedge write_clock) begin
   if (write_enable) begin
      mem[write_address] <= write_data;
   end
end
",
            top_bit = W - 1,
            last_word = (1u64 << N) - 1,
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![
            TimingInfo {
                name: "ram_read".into(),
                clock: "read_clock".into(),
                inputs: vec!["read_address".into()],
                outputs: vec!["read_data".into()],
            },
            TimingInfo {
                name: "ram_write".into(),
                clock: "write_clock".into(),
                inputs: vec![
                    "write_address".into(),
                    "write_data".into(),
                    "write_enable".into(),
                ],
                outputs: vec![],
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(LogicBlock, Default)]
    struct Bench {
        clock: Signal<In, Clock>,
        ram: TableRam<8, 2>,
    }

    impl Logic for Bench {
        #[hdl_gen]
        fn update(&mut self) {
            self.ram.read_clock.next = self.clock.val();
            self.ram.write_clock.next = self.clock.val();
        }
    }

    fn edge(bench: &mut Bench, read: u64, write: Option<(u64, u64)>) -> u64 {
        bench.ram.read_address.next = read.into();
        bench.ram.write_enable.next = write.is_some();
        if let Some((address, data)) = write {
            bench.ram.write_address.next = address.into();
            bench.ram.write_data.next = data.into();
        }
        bench.clock.next = Clock::from(false);
        assert!(simulate(bench, 100));
        bench.clock.next = Clock::from(true);
        assert!(simulate(bench, 100));
        bench.ram.read_data.val().index() as u64
    }

    #[test]
    fn a_same_address_read_gives_old_data_or_garbage_as_declared() {
        for (declared, garbage) in [
            (SameAddress::OldData, false),
            (SameAddress::OldData, true),
            (SameAddress::Undefined, false),
            (SameAddress::Undefined, true),
        ] {
            let mut bench = Bench::default();
            if declared == SameAddress::OldData {
                bench.ram = TableRam::old_data_on_collision();
            }
            if garbage {
                bench.ram.garbage_on_collision();
            }
            bench.connect_all();
            edge(&mut bench, 0, Some((1, 0x5a)));
            assert_eq!(edge(&mut bench, 1, None), 0x5a);
            let first = edge(&mut bench, 1, Some((1, 0x33)));
            let second = edge(&mut bench, 1, Some((1, 0x77)));
            assert_eq!(
                edge(&mut bench, 1, None),
                0x77,
                "the write lands either way"
            );
            if declared == SameAddress::Undefined && garbage {
                assert_eq!((first, second), (0xa5, 0x88));
                assert_eq!(bench.ram.collisions(), 2);
            } else {
                assert_eq!((first, second), (0x5a, 0x33));
            }
        }
    }

    #[test]
    fn the_verilog_marks_only_undefined_tables() {
        let undefined = TableRam::<8, 2>::default().hdl();
        let old_data = TableRam::<8, 2>::old_data_on_collision().hdl();
        let text = |v: Verilog| match v {
            Verilog::Custom(s) => s,
            _ => unreachable!("a table is custom Verilog"),
        };
        assert!(text(undefined).starts_with("(* no_rw_check *)\nreg[7:0] mem[3:0];"));
        assert!(text(old_data).starts_with("reg[7:0] mem[3:0];"));
    }
}
