//! The requester request multiplexer: the read engine's and the write engine's requests on
//! the hard block's one requester request interface (RQ).
//!
//! Interface (the hard block's user clock, synchronous active-high `reset`):
//! - `read_*`: one-beat read requests (`valid`, `ready`, `data`, `keep`, `user`).
//! - `write_*`: two-beat write requests (`valid`, `ready`, `data`, `keep`, `last`, `user`).
//! - `rq_tdata`, `rq_tkeep`, `rq_tlast`, `rq_tuser`, `rq_tvalid`, `rq_tready`: RQ.
//!
//! A request goes out whole: once a source's beat is offered, that source keeps RQ until
//! its last beat is taken (AXI-Stream forbids taking back an offered beat). When both wait,
//! they take turns, so neither the fetch of new orders nor the reports can starve.

use super::RQ_USER_BITS;
use rust_hdl::prelude::*;

/// The requester request multiplexer (interface in the module docs).
#[derive(LogicBlock, Default)]
pub struct RqMux {
    /// The hard block's user clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset (the hard block's `user_reset`).
    pub reset: Signal<In, Bit>,
    /// A read request is offered.
    pub read_valid: Signal<In, Bit>,
    /// The read request is taken.
    pub read_ready: Signal<Out, Bit>,
    /// The read request's beat.
    pub read_data: Signal<In, Bits<512>>,
    /// Its DWORDs in use.
    pub read_keep: Signal<In, Bits<16>>,
    /// Its sideband.
    pub read_user: Signal<In, Bits<RQ_USER_BITS>>,
    /// A write request's beat is offered.
    pub write_valid: Signal<In, Bit>,
    /// The beat is taken.
    pub write_ready: Signal<Out, Bit>,
    /// The beat.
    pub write_data: Signal<In, Bits<512>>,
    /// Its DWORDs in use.
    pub write_keep: Signal<In, Bits<16>>,
    /// The write request's last beat.
    pub write_last: Signal<In, Bit>,
    /// Its sideband.
    pub write_user: Signal<In, Bits<RQ_USER_BITS>>,
    /// RQ: the beat.
    pub rq_tdata: Signal<Out, Bits<512>>,
    /// RQ: its DWORDs in use.
    pub rq_tkeep: Signal<Out, Bits<16>>,
    /// RQ: the request's last beat.
    pub rq_tlast: Signal<Out, Bit>,
    /// RQ: sideband.
    pub rq_tuser: Signal<Out, Bits<RQ_USER_BITS>>,
    /// RQ: a beat is offered.
    pub rq_tvalid: Signal<Out, Bit>,
    /// RQ: the hard block takes the beat.
    pub rq_tready: Signal<In, Bit>,
    /// A source holds RQ until its last beat; which one.
    locked: DFF<Bit>,
    owner_write: DFF<Bit>,
    /// The last request that went out was a write (for taking turns).
    last_write: DFF<Bit>,
    choose_write: Signal<Local, Bit>,
}

impl Logic for RqMux {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, locked, owner_write, last_write);
        if self.locked.q.val() {
            self.choose_write.next = self.owner_write.q.val();
        } else {
            self.choose_write.next =
                self.write_valid.val() && (!self.read_valid.val() || !self.last_write.q.val());
        }
        if self.choose_write.val() {
            self.rq_tvalid.next = self.write_valid.val();
            self.rq_tdata.next = self.write_data.val();
            self.rq_tkeep.next = self.write_keep.val();
            self.rq_tlast.next = self.write_last.val();
            self.rq_tuser.next = self.write_user.val();
        } else {
            self.rq_tvalid.next = self.read_valid.val();
            self.rq_tdata.next = self.read_data.val();
            self.rq_tkeep.next = self.read_keep.val();
            self.rq_tlast.next = true;
            self.rq_tuser.next = self.read_user.val();
        }
        self.read_ready.next = !self.choose_write.val() && self.rq_tready.val();
        self.write_ready.next = self.choose_write.val() && self.rq_tready.val();
        if self.rq_tvalid.val() {
            if self.rq_tready.val() && self.rq_tlast.val() {
                self.locked.d.next = false;
                self.last_write.d.next = self.choose_write.val();
            } else {
                self.locked.d.next = true;
                self.owner_write.d.next = self.choose_write.val();
            }
        }
        if self.reset.val() {
            self.locked.d.next = false;
        }
    }
}
