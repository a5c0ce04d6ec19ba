//! Cycle figures per message: input beat to first and to last report beat.

use gatebook_wire::MsgType;
use std::collections::BTreeMap;
use std::fmt::Write as _;

#[derive(Clone, Copy, Default)]
struct Timing {
    msg_type: u8,
    accepted: u64,
    first: Option<u64>,
    last: Option<u64>,
    /// FILL rows (a taker and a maker row per match) and the cycles of the first and last.
    fill_rows: u32,
    first_fill: Option<u64>,
    last_fill: Option<u64>,
}

/// What the card took how long for, measured in its own clock cycles.
#[derive(Default)]
pub struct CycleStats {
    /// By `in_seq`: any u64 a record carries, so a map rather than a dense table.
    timings: BTreeMap<u64, Timing>,
    started: u64,
    stopped: Option<u64>,
    messages: u64,
}

impl CycleStats {
    pub(crate) fn start(&mut self, cycle: u64) {
        self.started = cycle;
    }

    pub(crate) fn stop(&mut self, cycle: u64) {
        self.stopped = Some(cycle);
    }

    pub(crate) fn input(&mut self, in_seq: u64, msg_type: u8, cycle: u64) {
        if MsgType::from_code(msg_type).is_some_and(MsgType::is_control) {
            return;
        }
        self.messages += 1;
        self.timings.insert(
            in_seq,
            Timing {
                msg_type,
                accepted: cycle,
                ..Timing::default()
            },
        );
    }

    pub(crate) fn report(&mut self, in_seq: u64, event: u8, cycle: u64) {
        if let Some(t) = self.timings.get_mut(&in_seq) {
            t.first.get_or_insert(cycle);
            t.last = Some(cycle);
            if event == gatebook_wire::Event::Fill.code() {
                t.fill_rows += 1;
                t.first_fill.get_or_insert(cycle);
                t.last_fill = Some(cycle);
            }
        }
    }

    /// Cycles per further match, for every message that matched at least twice: from its
    /// first fill row to its last, divided by the matches after the first.
    pub fn cycles_per_further_fill(&self) -> Vec<f64> {
        self.timings
            .values()
            .filter(|t| t.fill_rows >= 4)
            .filter_map(|t| {
                let span = t.last_fill? - t.first_fill?;
                // The last match's two rows end the span; its taker row is one beat earlier.
                Some(span.saturating_sub(1) as f64 / f64::from(t.fill_rows / 2 - 1))
            })
            .collect()
    }

    /// Messages taken by the card.
    pub fn messages(&self) -> u64 {
        self.messages
    }

    /// Cycles from the first input to the last report.
    pub fn busy_cycles(&self) -> u64 {
        self.stopped
            .unwrap_or(self.started)
            .saturating_sub(self.started)
    }

    /// (first, last) report latencies in cycles of every message of `msg_type` that reported.
    pub fn latencies(&self, msg_type: MsgType) -> Vec<(u64, u64)> {
        self.timings
            .values()
            .filter(|t| t.msg_type == msg_type.code())
            .filter_map(|t| Some((t.first? - t.accepted, t.last? - t.accepted)))
            .collect()
    }

    /// The `--stats` text: per message type, min / median / p99 / max cycles from the input
    /// beat to the first and last report beat, and sustained messages per cycle.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let busy = self.busy_cycles();
        let _ = writeln!(out, "card cycles: {busy}");
        if busy > 0 {
            let _ = writeln!(
                out,
                "sustained messages/cycle: {:.4}",
                self.messages as f64 / busy as f64
            );
        }
        let mut per_fill = self.cycles_per_further_fill();
        if !per_fill.is_empty() {
            per_fill.sort_by(f64::total_cmp);
            let at = |q: f64| per_fill[((per_fill.len() - 1) as f64 * q).round() as usize];
            let _ = writeln!(
                out,
                "cycles per further fill, messages matching 2+ times (n={}): median {:.2} p99 {:.2}",
                per_fill.len(),
                at(0.5),
                at(0.99)
            );
        }
        let _ = writeln!(out, "cycles to first / last report (min median p99 max):");
        for msg_type in MsgType::ALL.iter().filter(|t| !t.is_control()) {
            let latencies = self.latencies(*msg_type);
            if latencies.is_empty() {
                continue;
            }
            let first: Vec<u64> = latencies.iter().map(|l| l.0).collect();
            let last: Vec<u64> = latencies.iter().map(|l| l.1).collect();
            let _ = writeln!(
                out,
                "  {:<8} n={:<8} first {}  last {}",
                msg_type.as_str(),
                latencies.len(),
                quartet(first),
                quartet(last)
            );
        }
        out
    }
}

/// "min median p99 max" of a sample.
fn quartet(mut values: Vec<u64>) -> String {
    values.sort_unstable();
    let at = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    format!(
        "{} {} {} {}",
        values[0],
        at(0.5),
        at(0.99),
        values[values.len() - 1]
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatebook_wire::Event;

    #[test]
    fn latencies_and_cycles_per_further_fill() {
        let mut stats = CycleStats::default();
        stats.start(100);
        stats.input(7, MsgType::New.code(), 100);
        stats.report(7, Event::Ack.code(), 105);
        // Three matches, a taker and a maker row each, one match every 4 cycles.
        for (taker, maker) in [(106, 107), (110, 111), (114, 115)] {
            stats.report(7, Event::Fill.code(), taker);
            stats.report(7, Event::Fill.code(), maker);
        }
        stats.report(7, Event::Expired.code(), 116);
        stats.stop(120);
        assert_eq!(stats.latencies(MsgType::New), vec![(5, 16)]);
        assert_eq!(stats.cycles_per_further_fill(), vec![4.0]);
        assert_eq!(stats.busy_cycles(), 20);
        // Control records are not messages.
        stats.input(0, MsgType::CfgAccount.code(), 101);
        assert_eq!(stats.messages(), 1);
        assert!(stats.summary().contains("NEW"));
    }
}
