//! Cycle-by-cycle driving of one block in RustHDL's simulator, for the unit tests.
//!
//! Inputs are set while the clock is low, `settle` propagates them, `cycle` gives one rising
//! edge. Reading an output after `settle` sees the combinational value of the current cycle.

use rust_hdl::prelude::*;

/// A block with a clock input named `clock`.
pub(crate) trait Clocked: Block {
    fn clock_mut(&mut self) -> &mut Signal<In, Clock>;
}

/// Implements [`Clocked`] for blocks whose clock input is the field `clock`.
macro_rules! clocked {
    ($($block:ty),+ $(,)?) => {
        $(impl $crate::testbench::Clocked for $block {
            fn clock_mut(&mut self) -> &mut rust_hdl::prelude::Signal<rust_hdl::prelude::In, rust_hdl::prelude::Clock> {
                &mut self.clock
            }
        })+
    };
}
pub(crate) use clocked;

/// Connects and checks a block, then settles it with the clock low.
pub(crate) fn start<B: Clocked>(uut: &mut B) {
    uut.connect_all();
    check_all(uut).expect("block passes RustHDL's checks");
    uut.clock_mut().next = Clock::from(false);
    settle(uut);
}

/// Propagates input changes through the combinational logic.
pub(crate) fn settle<B: Block>(uut: &mut B) {
    assert!(simulate(uut, 10_000), "logic did not settle");
}

/// One clock cycle: a rising edge, then the clock low again with the new state settled.
pub(crate) fn cycle<B: Clocked>(uut: &mut B) {
    settle(uut);
    uut.clock_mut().next = Clock::from(true);
    settle(uut);
    uut.clock_mut().next = Clock::from(false);
    settle(uut);
}
