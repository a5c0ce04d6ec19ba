//! The completer: BAR0 register accesses from the hard block's completer request interface
//! (CQ) to the card's register port, and read data back as completions on CC.
//!
//! Interface (the hard block's user clock, synchronous active-high `reset`):
//! - `cq_tdata[511:0]`, `cq_tlast`, `cq_tuser[182:0]`, `cq_tvalid`, `cq_tready`: requests,
//!   a 128-bit descriptor in DWORDs 0..3 and the payload from DWORD 4.
//! - `cc_tdata[511:0]`, `cc_tkeep[15:0]`, `cc_tlast`, `cc_tuser[80:0]`, `cc_tvalid`,
//!   `cc_tready`: completions, a 96-bit descriptor in DWORDs 0..2 and the data in DWORD 3.
//! - `reg_req_*`: one register access toward the card's clock (`write`, `addr` inside
//!   BAR0, `wdata`), taken with `reg_req_ready`.
//! - `reg_resp_valid`, `reg_resp_data`, `reg_resp_take`: a register read's value back.
//!
//! The registers are 32 bits wide and the host reads and writes them one DWORD at a time.
//! A one-DWORD write with all byte enables goes to the register port; any other write is
//! dropped (a posted write has no answer). A one-DWORD read waits for its value and is
//! completed with it; any other read is completed with Unsupported Request. One read is in
//! flight at a time: a read holds CQ until its completion is on CC, so a read sees every
//! write before it. A register value arriving while no read waits (one left from before a
//! reset) is dropped.

use super::{
    CC_USER_BITS, CPL_SUCCESS, CPL_UNSUPPORTED, CQ_USER_BITS, REQ_MEM_READ, REQ_MEM_WRITE,
};
use rust_hdl::prelude::*;

/// Where the completer is in a request.
#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum CompleterState {
    /// Taking the next request from CQ.
    Idle,
    /// A read went to the register port; waiting for its value.
    WaitRead,
    /// A completion is offered on CC.
    Respond,
    /// Dropping the rest of a request longer than one beat.
    Skip,
}

/// The completer (interface in the module docs).
#[derive(LogicBlock)]
pub struct Completer {
    /// The hard block's user clock.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset (the hard block's `user_reset`).
    pub reset: Signal<In, Bit>,
    /// CQ: a beat of a request.
    pub cq_tdata: Signal<In, Bits<512>>,
    /// CQ: the request's last beat.
    pub cq_tlast: Signal<In, Bit>,
    /// CQ: sideband; bits 3..0 are the first DWORD's byte enables.
    pub cq_tuser: Signal<In, Bits<CQ_USER_BITS>>,
    /// CQ: a beat is offered.
    pub cq_tvalid: Signal<In, Bit>,
    /// CQ: the beat is taken on a cycle with `cq_tvalid` and this high.
    pub cq_tready: Signal<Out, Bit>,
    /// CC: the completion, one beat.
    pub cc_tdata: Signal<Out, Bits<512>>,
    /// CC: the DWORDs of `cc_tdata` in use.
    pub cc_tkeep: Signal<Out, Bits<16>>,
    /// CC: always the last beat.
    pub cc_tlast: Signal<Out, Bit>,
    /// CC: sideband: start and end of packet and the end's DWORD.
    pub cc_tuser: Signal<Out, Bits<CC_USER_BITS>>,
    /// CC: a completion is offered.
    pub cc_tvalid: Signal<Out, Bit>,
    /// CC: the hard block takes the completion.
    pub cc_tready: Signal<In, Bit>,
    /// A register access is offered, this cycle only.
    pub reg_req_valid: Signal<Out, Bit>,
    /// The register path can take an access.
    pub reg_req_ready: Signal<In, Bit>,
    /// The access is a write.
    pub reg_req_write: Signal<Out, Bit>,
    /// The register's byte offset in BAR0.
    pub reg_req_addr: Signal<Out, Bits<32>>,
    /// The value written.
    pub reg_req_wdata: Signal<Out, Bits<32>>,
    /// A register read's value is waiting.
    pub reg_resp_valid: Signal<In, Bit>,
    /// The value.
    pub reg_resp_data: Signal<In, Bits<32>>,
    /// Takes the waiting value.
    pub reg_resp_take: Signal<Out, Bit>,
    state: DFF<CompleterState>,
    /// The completion descriptor (DWORDs 0..2) of the read being answered.
    header: DFF<Bits<96>>,
    /// The completion carries one DWORD of data.
    with_data: DFF<Bit>,
    data: DFF<Bits<32>>,
    beat: Signal<Local, Bit>,
    req_type: Signal<Local, Bits<4>>,
    dwords: Signal<Local, Bits<11>>,
    offset: Signal<Local, Bits<64>>,
    full_write: Signal<Local, Bit>,
    one_read: Signal<Local, Bit>,
    status: Signal<Local, Bits<3>>,
    dwords_out: Signal<Local, Bits<11>>,
    completion: Signal<Local, Bits<96>>,
    mem_read: Constant<Bits<4>>,
    mem_write: Constant<Bits<4>>,
    all_bytes: Constant<Bits<4>>,
    success: Constant<Bits<3>>,
    unsupported: Constant<Bits<3>>,
    register_bytes: Constant<Bits<13>>,
    /// CC tuser: is_sop[0], is_eop[0] and the end in DWORD 3 (with data) or 2 (without).
    user_with_data: Constant<Bits<CC_USER_BITS>>,
    user_without_data: Constant<Bits<CC_USER_BITS>>,
}

/// CC tuser bit: a packet starts in this beat (`is_sop[0]`).
const CC_IS_SOP: u64 = 1 << 0;
/// CC tuser bit: a packet ends in this beat (`is_eop[0]`).
const CC_IS_EOP: u64 = 1 << 6;
/// CC tuser: the first bit of `is_eop0_ptr`, the packet's last DWORD.
const CC_EOP_PTR_LSB: u64 = 8;

impl Default for Completer {
    fn default() -> Self {
        let user = |last_dword: u64| {
            Constant::new(Bits::from(
                CC_IS_SOP | CC_IS_EOP | (last_dword << CC_EOP_PTR_LSB),
            ))
        };
        Completer {
            clock: Default::default(),
            reset: Default::default(),
            cq_tdata: Default::default(),
            cq_tlast: Default::default(),
            cq_tuser: Default::default(),
            cq_tvalid: Default::default(),
            cq_tready: Default::default(),
            cc_tdata: Default::default(),
            cc_tkeep: Default::default(),
            cc_tlast: Default::default(),
            cc_tuser: Default::default(),
            cc_tvalid: Default::default(),
            cc_tready: Default::default(),
            reg_req_valid: Default::default(),
            reg_req_ready: Default::default(),
            reg_req_write: Default::default(),
            reg_req_addr: Default::default(),
            reg_req_wdata: Default::default(),
            reg_resp_valid: Default::default(),
            reg_resp_data: Default::default(),
            reg_resp_take: Default::default(),
            state: Default::default(),
            header: Default::default(),
            with_data: Default::default(),
            data: Default::default(),
            beat: Default::default(),
            req_type: Default::default(),
            dwords: Default::default(),
            offset: Default::default(),
            full_write: Default::default(),
            one_read: Default::default(),
            status: Default::default(),
            dwords_out: Default::default(),
            completion: Default::default(),
            mem_read: Constant::new(REQ_MEM_READ.into()),
            mem_write: Constant::new(REQ_MEM_WRITE.into()),
            all_bytes: Constant::new(0xF_u64.into()),
            success: Constant::new(CPL_SUCCESS.into()),
            unsupported: Constant::new(CPL_UNSUPPORTED.into()),
            register_bytes: Constant::new(4_u64.into()),
            user_with_data: user(3),
            user_without_data: user(2),
        }
    }
}

impl Logic for Completer {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, header, with_data, data);

        // The request descriptor (PG213, "Completer Request Descriptor Format").
        self.req_type.next = self.cq_tdata.val().get_bits::<4>(75);
        self.dwords.next = self.cq_tdata.val().get_bits::<11>(64);
        // The offset inside the BAR: the address below the BAR's aperture (bits 120..115).
        self.offset.next = (bit_cast::<64, 30>(self.cq_tdata.val().get_bits::<30>(2)) << 2)
            & ((bits::<64>(1) << bit_cast::<64, 6>(self.cq_tdata.val().get_bits::<6>(115))) - 1);
        self.full_write.next = (self.req_type.val() == self.mem_write.val())
            && (self.dwords.val() == 1)
            && (self.cq_tuser.val().get_bits::<4>(0) == self.all_bytes.val());
        self.one_read.next =
            (self.req_type.val() == self.mem_read.val()) && (self.dwords.val() == 1);
        self.status.next = self.success.val();
        self.dwords_out.next = 1.into();
        if !self.one_read.val() {
            self.status.next = self.unsupported.val();
            self.dwords_out.next = 0.into();
        }
        // The completion descriptor: lower address and byte count; DWORD count, status and
        // requester id; tag, traffic class and attributes, as the request carried them.
        self.completion.next = bit_cast::<96, 7>(self.cq_tdata.val().get_bits::<7>(0))
            | (bit_cast::<96, 13>(self.register_bytes.val()) << 16)
            | (bit_cast::<96, 11>(self.dwords_out.val()) << 32)
            | (bit_cast::<96, 3>(self.status.val()) << 43)
            | (bit_cast::<96, 16>(self.cq_tdata.val().get_bits::<16>(80)) << 48)
            | (bit_cast::<96, 8>(self.cq_tdata.val().get_bits::<8>(96)) << 64)
            | (bit_cast::<96, 3>(self.cq_tdata.val().get_bits::<3>(121)) << 89)
            | (bit_cast::<96, 3>(self.cq_tdata.val().get_bits::<3>(124)) << 92);

        self.cq_tready.next = false;
        self.beat.next = false;
        self.reg_req_valid.next = false;
        self.reg_req_write.next = self.full_write.val();
        self.reg_req_addr.next = self.offset.val().get_bits::<32>(0);
        self.reg_req_wdata.next = self.cq_tdata.val().get_bits::<32>(128);
        self.reg_resp_take.next = false;
        self.cc_tvalid.next = false;
        match self.state.q.val() {
            CompleterState::Idle => {
                self.cq_tready.next = self.reg_req_ready.val();
                self.beat.next = self.cq_tvalid.val() && self.reg_req_ready.val();
                // A value with no read waiting for it is left from before a reset.
                self.reg_resp_take.next = self.reg_resp_valid.val();
                if self.beat.val() {
                    if self.full_write.val() {
                        self.reg_req_valid.next = true;
                    }
                    if self.req_type.val() == self.mem_read.val() {
                        self.header.d.next = self.completion.val();
                        self.with_data.d.next = self.one_read.val();
                        self.data.d.next = 0.into();
                        if self.one_read.val() {
                            self.reg_req_valid.next = true;
                            self.state.d.next = CompleterState::WaitRead;
                        } else {
                            self.state.d.next = CompleterState::Respond;
                        }
                    } else if !self.cq_tlast.val() {
                        self.state.d.next = CompleterState::Skip;
                    }
                }
            }
            CompleterState::WaitRead => {
                if self.reg_resp_valid.val() {
                    self.reg_resp_take.next = true;
                    self.data.d.next = self.reg_resp_data.val();
                    self.state.d.next = CompleterState::Respond;
                }
            }
            CompleterState::Respond => {
                self.cc_tvalid.next = true;
                if self.cc_tready.val() {
                    self.state.d.next = CompleterState::Idle;
                }
            }
            CompleterState::Skip => {
                self.cq_tready.next = true;
                if self.cq_tvalid.val() && self.cq_tlast.val() {
                    self.state.d.next = CompleterState::Idle;
                }
            }
            _ => {
                self.state.d.next = CompleterState::Idle;
            }
        }
        self.cc_tdata.next = bit_cast::<512, 96>(self.header.q.val())
            | (bit_cast::<512, 32>(self.data.q.val()) << 96);
        self.cc_tlast.next = true;
        if self.with_data.q.val() {
            self.cc_tkeep.next = 0xF.into();
            self.cc_tuser.next = self.user_with_data.val();
        } else {
            self.cc_tkeep.next = 0x7.into();
            self.cc_tuser.next = self.user_without_data.val();
        }
        if self.reset.val() {
            self.state.d.next = CompleterState::Idle;
            self.cq_tready.next = false;
            self.reg_req_valid.next = false;
            self.cc_tvalid.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testbench::{clocked, cycle, pulse_reset, settle, start, HeldUntilTaken};
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;
    use std::collections::VecDeque;

    clocked!(Completer);

    /// BAR0's bus address and size (8 KiB: aperture 13).
    const BAR: u64 = 0xF7A0_6000;
    const BAR_BYTES: u64 = 8192;
    const APERTURE: u64 = 13;

    fn beat(dwords: &[u32]) -> Bits<512> {
        let mut beat = Bits::<512>::default();
        for (i, &dword) in dwords.iter().enumerate() {
            beat.set_bits::<32>(32 * i, u64::from(dword).into());
        }
        beat
    }

    /// A request from the host on CQ.
    #[derive(Clone, Copy, Debug)]
    struct Request {
        write: bool,
        /// Offset in BAR0, DWORD-aligned.
        offset: u64,
        dwords: u64,
        first_be: u64,
        requester: u64,
        tag: u64,
        tc: u64,
        attr: u64,
        value: u32,
    }

    impl Request {
        /// Its beats: the 128-bit descriptor and the payload from DWORD 4; junk after the
        /// payload and in the payload of requests the completer drops.
        fn beats(&self, rng: &mut ChaCha8Rng) -> Vec<Bits<512>> {
            let kind = if self.write {
                REQ_MEM_WRITE
            } else {
                REQ_MEM_READ
            };
            let address = BAR + self.offset;
            let descriptor = u128::from(address)
                | (u128::from(self.dwords) << 64)
                | (u128::from(kind) << 75)
                | (u128::from(self.requester) << 80)
                | (u128::from(self.tag) << 96)
                | (u128::from(APERTURE) << 115)
                | (u128::from(self.tc) << 121)
                | (u128::from(self.attr) << 124);
            let mut stream: Vec<u32> = (0..4).map(|i| (descriptor >> (32 * i)) as u32).collect();
            if self.write {
                stream.push(self.value);
                for _ in 1..self.dwords {
                    stream.push(rng.gen());
                }
            }
            while !stream.len().is_multiple_of(16) {
                stream.push(rng.gen());
            }
            stream.chunks(16).map(beat).collect()
        }

        /// `tuser`: the first and last DWORD byte enables, junk in the bits the completer
        /// does not read.
        fn user(&self, rng: &mut ChaCha8Rng) -> Bits<CQ_USER_BITS> {
            let last_be = if self.dwords > 1 { 0xF } else { 0 };
            let mut user = Bits::<CQ_USER_BITS>::from(self.first_be | (last_be << 8));
            user.set_bits::<64>(16, rng.gen::<u64>().into());
            user
        }

        fn register_write(&self) -> bool {
            self.write && self.dwords == 1 && self.first_be == 0xF
        }

        fn register_read(&self) -> bool {
            !self.write && self.dwords == 1
        }
    }

    /// The host on CQ and CC and a register file behind the register port, answering reads
    /// after a random delay.
    struct Bench {
        uut: Completer,
        rng: ChaCha8Rng,
        now: u64,
        registers: Vec<u32>,
        /// Beats of the request being sent and its `tuser`; the first is offered.
        cq: VecDeque<(Bits<512>, bool)>,
        cq_user: Bits<CQ_USER_BITS>,
        /// Register accesses to come, in order: write, offset, value.
        accesses: VecDeque<(bool, u64, u32)>,
        /// Completions to come, in order.
        completions: VecDeque<Request>,
        /// The value of the register read waiting for its completion, as the register held
        /// it when read.
        read_value: Option<u32>,
        /// Register values on their way back: when and what.
        responses: VecDeque<(u64, u32)>,
        /// A register read went out and its completion was not taken yet.
        read_waiting: bool,
        cc: HeldUntilTaken<Bits<512>>,
        writes: usize,
        reads: usize,
        unsupported: usize,
        dropped: usize,
    }

    impl Bench {
        fn new(seed: u64) -> Bench {
            let mut uut = Completer::default();
            start(&mut uut);
            pulse_reset(&mut uut);
            settle(&mut uut);
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            let registers = (0..BAR_BYTES / 4).map(|_| rng.gen()).collect();
            Bench {
                uut,
                rng,
                now: 0,
                registers,
                cq: VecDeque::new(),
                cq_user: Default::default(),
                accesses: VecDeque::new(),
                completions: VecDeque::new(),
                read_value: None,
                responses: VecDeque::new(),
                read_waiting: false,
                cc: HeldUntilTaken::new("a completion"),
                writes: 0,
                reads: 0,
                unsupported: 0,
                dropped: 0,
            }
        }

        /// A random request: mostly one-DWORD register writes and reads, some writes with
        /// partial byte enables, longer writes and longer reads. Registers in a small
        /// window, so reads meet the writes before them.
        fn request(&mut self) -> Request {
            let rng = &mut self.rng;
            let write = rng.gen_bool(0.5);
            let dwords = if rng.gen_bool(0.8) {
                1
            } else {
                rng.gen_range(2..=40)
            };
            let first_be = if write && rng.gen_bool(0.15) {
                rng.gen_range(0..0xF)
            } else {
                0xF
            };
            let offset = if rng.gen_bool(0.7) {
                4 * rng.gen_range(0..16)
            } else {
                4 * rng.gen_range(0..BAR_BYTES / 4)
            };
            Request {
                write,
                offset,
                dwords,
                first_be,
                requester: rng.gen_range(0..0x1_0000),
                tag: rng.gen_range(0..0x100),
                tc: rng.gen_range(0..8),
                attr: rng.gen_range(0..8),
                value: rng.gen(),
            }
        }

        fn send(&mut self, request: Request) {
            assert!(self.cq.is_empty());
            let beats = request.beats(&mut self.rng);
            let count = beats.len();
            self.cq = beats
                .into_iter()
                .enumerate()
                .map(|(i, b)| (b, i + 1 == count))
                .collect();
            self.cq_user = request.user(&mut self.rng);
            if request.register_write() {
                self.accesses
                    .push_back((true, request.offset, request.value));
                self.writes += 1;
            } else if request.register_read() {
                self.accesses.push_back((false, request.offset, 0));
                self.completions.push_back(request);
                self.reads += 1;
            } else if request.write {
                self.dropped += 1;
            } else {
                self.completions.push_back(request);
                self.unsupported += 1;
            }
        }

        fn step(&mut self) {
            let uut = &mut self.uut;
            // An offered beat stays until taken; a new one comes after a random gap.
            let offer = !self.cq.is_empty() && (uut.cq_tvalid.val() || self.rng.gen_bool(0.7));
            uut.cq_tvalid.next = offer;
            uut.cq_tlast.next = false;
            if let Some(&(data, last)) = self.cq.front().filter(|_| offer) {
                uut.cq_tdata.next = data;
                uut.cq_tlast.next = last;
                uut.cq_tuser.next = self.cq_user;
            }
            uut.reg_req_ready.next = self.rng.gen_bool(0.75);
            let due = self
                .responses
                .front()
                .is_some_and(|&(at, _)| at <= self.now);
            uut.reg_resp_valid.next = due;
            if let Some(&(_, value)) = self.responses.front().filter(|_| due) {
                uut.reg_resp_data.next = u64::from(value).into();
            }
            uut.cc_tready.next = self.rng.gen_bool(0.6);
            settle(uut);

            if self.read_waiting {
                assert!(!uut.cq_tready.val(), "a read holds CQ until it is answered");
            }
            if uut.cq_tvalid.val() && uut.cq_tready.val() {
                self.cq.pop_front();
            }
            if uut.reg_req_valid.val() {
                self.register_access();
            }
            let uut = &mut self.uut;
            if uut.reg_resp_take.val() {
                assert!(due, "a value taken that is not there");
                self.responses.pop_front();
            }
            let offered = uut.cc_tvalid.val().then(|| uut.cc_tdata.val());
            let taken = uut.cc_tvalid.val() && uut.cc_tready.val();
            if let Some(data) = self.cc.offer(offered, taken) {
                self.completion(data);
            }
            cycle(&mut self.uut);
            self.now += 1;
        }

        /// An access on the register port: the next one expected.
        fn register_access(&mut self) {
            let uut = &self.uut;
            assert!(
                uut.reg_req_ready.val(),
                "an access only when it can be taken"
            );
            assert!(!self.read_waiting, "one read at a time");
            let write = uut.reg_req_write.val();
            let offset = uut.reg_req_addr.val().to_u64();
            let (expected_write, expected_offset, value) = self
                .accesses
                .pop_front()
                .expect("an access the host did not make");
            assert_eq!((write, offset), (expected_write, expected_offset));
            let register = &mut self.registers[offset as usize / 4];
            if write {
                assert_eq!(uut.reg_req_wdata.val().to_u32(), value);
                *register = value;
            } else {
                // The value as the register holds it now, back after a while.
                let at = self.now + self.rng.gen_range(1..20);
                self.responses.push_back((at, *register));
                self.read_value = Some(*register);
                self.read_waiting = true;
            }
        }

        /// A completion on CC: the one for the next read.
        fn completion(&mut self, data: Bits<512>) {
            let uut = &self.uut;
            let request = self
                .completions
                .pop_front()
                .expect("a completion for no read");
            let field =
                |lsb: usize, width: usize| data.get_bits::<64>(lsb).to_u64() & ((1 << width) - 1);
            assert_eq!(field(64, 8), request.tag, "tag");
            assert_eq!(field(48, 16), request.requester, "requester id");
            assert_eq!(field(89, 3), request.tc, "traffic class");
            assert_eq!(field(92, 3), request.attr, "attributes");
            assert_eq!(field(72, 17), 0, "completer id from the block");
            assert_eq!(field(95, 1), 0, "no forced ECRC");
            assert_eq!(field(46, 1), 0, "not poisoned");
            assert!(uut.cc_tlast.val());
            let user = uut.cc_tuser.val();
            if request.register_read() {
                let value = self.read_value.take().expect("the register was read");
                self.read_waiting = false;
                assert_eq!(field(0, 7), (BAR + request.offset) & 0x7F, "lower address");
                assert_eq!(field(8, 2), 0, "address type");
                assert_eq!(field(16, 13), 4, "byte count");
                assert_eq!(field(29, 1), 0, "not a locked read");
                assert_eq!(field(32, 11), 1, "DWORD count");
                assert_eq!(field(43, 3), CPL_SUCCESS, "status");
                assert_eq!(field(96, 32), u64::from(value), "data");
                assert_eq!(uut.cc_tkeep.val().to_u64(), 0xF);
                assert_eq!(user.get_bits::<64>(0).to_u64(), 1 | (1 << 6) | (3 << 8));
            } else {
                assert!(!request.write && request.dwords > 1);
                assert_eq!(field(43, 3), CPL_UNSUPPORTED, "status");
                assert_eq!(field(32, 11), 0, "no data");
                assert_eq!(uut.cc_tkeep.val().to_u64(), 0x7);
                assert_eq!(user.get_bits::<64>(0).to_u64(), 1 | (1 << 6) | (2 << 8));
            }
            assert!(!user.get_bits::<17>(64).any());
        }

        fn run(&mut self, requests: usize) {
            let mut sent = 0;
            while sent < requests || !self.cq.is_empty() || !self.completions.is_empty() {
                if sent < requests && self.cq.is_empty() && self.rng.gen_bool(0.5) {
                    let request = self.request();
                    self.send(request);
                    sent += 1;
                }
                self.step();
                assert!(self.now < 40 * requests as u64, "stuck");
            }
            for _ in 0..20 {
                self.step();
            }
            assert!(self.accesses.is_empty() && self.responses.is_empty());
        }
    }

    #[test]
    fn register_writes_and_reads_become_accesses_and_completions() {
        let mut bench = Bench::new(0xC0_0001);
        bench.run(4000);
        assert!(
            bench.writes > 1000 && bench.reads > 1000,
            "{} {}",
            bench.writes,
            bench.reads
        );
        assert!(bench.unsupported > 200 && bench.dropped > 300);
    }

    #[test]
    fn a_value_left_from_before_a_reset_is_dropped() {
        let mut bench = Bench::new(0xC0_0002);
        bench.registers[5] = 0x1234_5678;
        bench.registers[6] = 0x9ABC_DEF0;
        let read = |offset, tag| Request {
            write: false,
            offset,
            dwords: 1,
            first_be: 0xF,
            requester: 0x0100,
            tag,
            tc: 0,
            attr: 0,
            value: 0,
        };
        bench.send(read(20, 1));
        while bench.responses.is_empty() {
            bench.step();
        }
        // A reset while the read waits: its value comes back afterwards, and goes.
        bench.responses[0].0 = bench.now + 5;
        bench.uut.reset.next = true;
        bench.step();
        bench.uut.reset.next = false;
        bench.completions.clear();
        bench.read_value = None;
        bench.read_waiting = false;
        for _ in 0..10 {
            bench.step();
        }
        assert!(bench.responses.is_empty(), "taken and dropped");
        bench.send(read(24, 2));
        while !bench.completions.is_empty() {
            bench.step();
        }
        assert!(bench.responses.is_empty());
    }
}
