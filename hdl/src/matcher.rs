//! The matcher ([`Matcher`]), the card's message stage: the venue tables, the book and the
//! message FSM, one message at a time.
//!
//! A message FSM walks each decoded record through exactly the steps engine-sw takes, in
//! the same order, so the report stream is the same row for row. Every table sits in block
//! RAM with a registered read (1 cycle); each table is read through a pointer register
//! whose next value drives the RAM address, and a consumer state always follows the state
//! that set the pointer, so a read never sees a write of the cycle before.
//!
//! Interface (one clock, synchronous active-high `reset`):
//! - Messages in (from [`crate::ingress::Ingress`]): `msg_valid`/`msg_ready` and `message`
//!   (a [`Decoded`] bundle: the record's fields and its key's hash). A message moves on
//!   `msg_valid && msg_ready`; `msg_ready` is high only when the FSM is idle (after reset,
//!   once every table is cleared).
//! - Reports out (to [`crate::egress::Egress`]): `report_valid`/`report_ready` and `report`
//!   (a [`Report`] bundle). A report waits in a holding register (`rep`) while the
//!   FSM goes on; a state that makes the next report waits until the register is free, and
//!   a new message is taken only when it is empty.
//!
//! Block RAM (address widths are the const parameters; `Build` fixes them together):
//!
//! | RAM | address | row |
//! |---|---|---|
//! | `accounts`, `account_ends` | account | limits row, oldest/newest order |
//! | `instruments` | instrument | price rules and margin rates |
//! | [`Ledger`]'s `headrooms` | account | i64 headroom |
//! | [`Ledger`]'s `exposures` | account, instrument | position, open buy, open sell |
//! | `best` | book (instrument * 2 + side) | best level index, bit 16 = side empty |
//! | `level_ends`, `level_totals` | book, level | head/tail slot, total leaves |
//! | `slot_ids`, `slot_terms` | slot | cl_ord_id + account; price, leaves, rate, instrument, side, flags, level |
//! | `level_links`, `account_links` ([`SlotLinks`]: `prev_links`, `next_links`) | slot | links, bit 16 = none |
//!
//! plus the level bitmap, the order-id table and the free list blocks. The account,
//! instrument and slot-terms rows are packed and unpacked by the blocks of
//! [`crate::tables`].
//!
//! Cycles (`docs/pipeline.md` has the states): a resting NEW takes `Idle`, `Lookup` (rows
//! read, id looked up, risk verdict registered), `Verdict` (REJECT or ACK, slot allocated)
//! and `RestLink`; a fill takes `MatchMaker`, `FillTaker` and, for a filled maker,
//! `Unlink1`, which goes straight on to the next order of the level, or through
//! `MatchHead` to the next level found ahead by the bitmap while this one was filled.
//!
//! After reset the FSM clears the level, account, instrument, exposure and best tables
//! (one address per cycle over the largest, `2^LEVEL_BITS` cycles) while the bitmap and
//! the id table clear themselves; the free list needs no clearing.

use crate::bitmap::{self, LevelBitmap};
use crate::egress::Report;
use crate::free_list::FreeList;
use crate::ingress::Decoded;
use crate::ledger::Ledger;
use crate::order_ids::{self, OrderIdTable};
use crate::risk::{FirstFailure, Multiply32, RiskChecks};
use crate::slot_links::{SlotLinks, NO_SLOT};
use crate::table_ram::{same_address_garbage, TableRam};
use crate::tables::{
    AccountRow, ControlDecoder, InstrumentRow, SlotTermsRow, SlotTermsWrite, SLOT_TERMS_BITS,
};
use gatebook_wire::{present, Event, MsgType, Reason, Side, StpMode, Tif};
use rust_hdl::prelude::*;

/// A one-byte code as a constant of the logic (a Verilog `localparam`).
fn code8(value: u8) -> Constant<Bits<8>> {
    Constant::new(u64::from(value).into())
}

/// Table sizes of one card build, as powers of two (the default and wide builds are
/// `Build::DEFAULT_CARD` and `Build::WIDE_CARD`, written once in the wire crate).
pub use gatebook_wire::BuildSizes as Build;

/// States of the [`Matcher`]'s message FSM (`docs/pipeline.md` walks through them).
#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
pub enum Step {
    /// After reset: writes one address of every table per cycle to empty, `msg_ready` low.
    Clearing,
    /// Takes a message: answers a malformed one, applies a control record, or latches it,
    /// points the tables at its rows and starts its id lookup.
    Idle,
    /// Never held: a state that made a report names it as its next state; the report goes to
    /// the holding register and the FSM goes straight on to the state named with it.
    Emit,
    /// Waits for the id lookup, then on the rows: registers a NEW's risk verdict, checks a
    /// CANCEL or REPLACE, applies REF, ENABLE, HEADROOM or RATES, starts a KILL.
    Lookup,
    /// A MARKET NEW: the checks again with the protection price, now a register.
    MarketPrice,
    /// Acts on a NEW's verdict: REJECT, or ACK and take the reservation, then FOK's walk, the
    /// match loop, resting (slot taken here) or expiry.
    Verdict,
    /// FOK walk: stops when the levels walked fill the order or the next level does not cross;
    /// else points at that level.
    FokLook,
    /// FOK walk: counts the level's total off the shortfall and asks the bitmap for the next
    /// level.
    FokAdd,
    /// FOK walk: waits for the bitmap's answer.
    FokWait,
    /// FOK: EXPIRED (reason FOK) and the reservation back, or on to the match loop.
    FokDecide,
    /// Release routine: points the tables at the account whose reservation goes back.
    ReleaseRead,
    /// Release routine: adds the reservation back to the headroom (saturating), then
    /// `after_release`.
    Release,
    /// Match loop: ends when the taker is filled or the best opposite level no longer crosses;
    /// else points at that level.
    MatchTop,
    /// Match loop: points at the level's head order.
    MatchHead,
    /// Match loop: meets the head order (self-trade prevention, or a fill taken off its leaves
    /// and the level total); starts the look-ahead.
    MatchMaker,
    /// Match loop: the taker's exposure and FILL; a filled maker goes straight to `Unlink1`.
    FillTaker,
    /// One cycle between two writes of one exposure row, when taker and maker share an account.
    FillGap,
    /// A maker that keeps leaves: its exposure and FILL; the taker is then filled.
    FillMaker,
    /// Self-trade prevention: takes the canceled maker out of the book through the unlink
    /// routine.
    StpRemove,
    /// Self-trade prevention stops the taker: EXPIRED (reason SELF_TRADE) and its reservation
    /// back.
    MatchStopped,
    /// After matching: done when filled, else rest (GTC or a REPLACE) or EXPIRED (reason IOC).
    MatchEnd,
    /// Resting NEW: takes a free slot, starts the id-table insert and points the tables at its
    /// rows.
    RestAlloc,
    /// Resting REPLACE: points the tables at the slot the order keeps.
    RestRead,
    /// Resting: writes the order's terms, the back of its level and account list, exposure,
    /// best price and bitmap bit.
    RestLink,
    /// Unlink routine: points the tables at the order leaving.
    Unlink0,
    /// Unlink routine: out of its level and account list, totals and exposure adjusted, removal
    /// started, a CANCEL's, KILL's or stopped REPLACE's reservation back; an emptied level
    /// leaves the best and the bitmap.
    Unlink1,
    /// Unlink routine: starts clearing the emptied best level's bit, after the search.
    UnlinkClearBest,
    /// Unlink routine: waits for the search for the next best level and writes it as the best.
    UnlinkSearchWait,
    /// Unlink routine: removes the order from the id table and frees its slot, if `Unlink1`
    /// could not.
    UnlinkForget,
    /// CANCEL: REJECT (UNKNOWN_ORDER) or CANCELED (reason USER), then the unlink routine,
    /// which gives the reservation back.
    CancelCheck,
    /// REPLACE: REJECT (UNKNOWN_ORDER, INVALID_QTY), or in place, or loses priority and is
    /// checked again.
    ReplaceCheck,
    /// REPLACE losing priority: the old order's reservation becomes a register; the tables
    /// point at the opposite book.
    ReplaceRelease,
    /// REPLACE losing priority: the risk verdict on the opposite book is registered.
    ReplaceRisk,
    /// REPLACE losing priority: REJECT, or the old order leaves its level through the unlink
    /// routine.
    ReplaceVerdict,
    /// REPLACE losing priority: the old reservation back, the new one taken, REPLACED, then the
    /// match loop.
    ReplaceHeadroom,
    /// REPLACE in place: leaves, level total and exposure reduced, REPLACED, then the reduced
    /// lots' reservation back in `Release`.
    ReplaceInPlace,
    /// KILL: points the tables at the account's list of orders.
    KillRead,
    /// KILL: done when the account has no order left; else points at its oldest.
    KillNext,
    /// KILL: CANCELED (reason KILL) for that order, then the unlink routine (the reservation
    /// back with it), and back to `KillRead`.
    KillSlot,
    /// KILL on a lane: waits for this lane's turn to give the orders' reservations back.
    KillTurn,
    /// KILL on a lane: the summed reservations back in one write (saturating), the row
    /// read fresh after the last lane's write.
    KillGive,
}

/// The matcher, the card's message stage: the venue tables, the book and the message FSM
/// (interface in the module docs). The const parameters are RAM address widths fixed by a
/// [`Build`]; build it with [`Matcher::new`].
#[derive(LogicBlock)]
pub struct Matcher<
    const ACCOUNT_BITS: usize,
    const INSTRUMENT_BITS: usize,
    const BOOK_BITS: usize,
    const EXPOSURE_BITS: usize,
    const SLOT_BITS: usize,
    const HASH_BITS: usize,
    const LEVEL_BITS: usize,
    const WORD_ADDR: usize,
    const SUMMARY_ADDR: usize,
> {
    /// The card clock; everything moves on its rising edge.
    pub clock: Signal<In, Clock>,
    /// Synchronous, active-high reset: clears the tables and the venue configuration.
    pub reset: Signal<In, Bit>,
    /// High while the message inputs below hold a decoded record.
    pub msg_valid: Signal<In, Bit>,
    /// High only while the FSM is idle; the message moves on `msg_valid && msg_ready`.
    pub msg_ready: Signal<Out, Bit>,
    /// The message: ingress's decoded record, read with `msg_valid`.
    pub message: Signal<In, Decoded>,
    /// High while the holding register has a report; the fields below are valid then.
    pub report_valid: Signal<Out, Bit>,
    /// High while the FSM waits for a message and holds no report: every report of the
    /// messages taken so far has been handed on. (The bitmap or id table may still finish
    /// the last message's bookkeeping; that makes no report.)
    pub idle: Signal<Out, Bit>,
    /// Egress takes the report on a cycle with `report_valid` and this high.
    pub report_ready: Signal<In, Bit>,
    /// The report in the holding register, its `in_seq` the message's that made it.
    pub report: Signal<Out, Report>,
    // Lane ports (`crate::lane_top`). A one-lane card ties `shared` low, `oldest` and
    // `kill_turn` high, and leaves the rest open.
    /// This matcher's lane: the shared id table's slot column holds it above the slot bits,
    /// so a lookup tells this lane's orders from another lane's.
    pub lane: Signal<In, Bits<4>>,
    /// One of several lanes: the headroom and the id table are the shared ones on the ports
    /// below, check 14 asks `slot_granted`/`slot_full`, and a KILL's reservations go back
    /// in one write, in this lane's turn.
    pub shared: Signal<In, Bit>,
    /// The message run now is the oldest in flight: every earlier message is done.
    pub oldest: Signal<In, Bit>,
    /// The shared id table's command port ([`OrderIdTable`]'s, the slot with the lane).
    pub ids_cmd_valid: Signal<Out, Bit>,
    /// The shared id table takes the command.
    pub ids_cmd_ready: Signal<In, Bit>,
    /// The command's operation.
    pub ids_cmd_op: Signal<Out, Bits<2>>,
    /// The command's key: account.
    pub ids_cmd_account: Signal<Out, Bits<32>>,
    /// The command's key: cl_ord_id.
    pub ids_cmd_cl_ord_id: Signal<Out, Bits<64>>,
    /// The key's home bucket.
    pub ids_cmd_home: Signal<Out, Bits<HASH_BITS>>,
    /// An insert's slot, this lane's number above the slot bits.
    pub ids_cmd_slot: Signal<Out, Bits<16>>,
    /// This lane's command has finished.
    pub ids_done: Signal<In, Bit>,
    /// The key was found (with `ids_done`).
    pub ids_found: Signal<In, Bit>,
    /// Its slot and lane (with `ids_done`).
    pub ids_found_slot: Signal<In, Bits<16>>,
    /// A posted removal is offered.
    pub ids_post_valid: Signal<Out, Bit>,
    /// The shared id table takes the posted removal.
    pub ids_post_ready: Signal<In, Bit>,
    /// The posted removal's key: account.
    pub ids_post_account: Signal<Out, Bits<32>>,
    /// The posted removal's key: cl_ord_id.
    pub ids_post_cl_ord_id: Signal<Out, Bits<64>>,
    /// The posted removal's home bucket.
    pub ids_post_home: Signal<Out, Bits<HASH_BITS>>,
    /// A one-cycle insert of the last lookup's key may follow.
    pub ids_hold_posted: Signal<Out, Bit>,
    /// The shared headroom table's read address (the row shows the next cycle).
    pub headroom_read_address: Signal<Out, Bits<ACCOUNT_BITS>>,
    /// The shared headroom row read.
    pub headroom_read_data: Signal<In, Bits<64>>,
    /// The headroom row written.
    pub headroom_write_address: Signal<Out, Bits<ACCOUNT_BITS>>,
    /// Its new value.
    pub headroom_write_data: Signal<Out, Bits<64>>,
    /// The headroom row is written this cycle.
    pub headroom_write_enable: Signal<Out, Bit>,
    /// The account of the order whose id leaves the table next.
    pub removal_account: Signal<Out, Bits<ACCOUNT_BITS>>,
    /// The removal waits: another lane holds an earlier message of that account.
    pub removal_hold: Signal<In, Bit>,
    /// A GTC NEW asks the shared count for a slot (held until answered).
    pub slot_ask: Signal<Out, Bit>,
    /// The shared count gives it a slot.
    pub slot_granted: Signal<In, Bit>,
    /// The shared count answers `BOOK_FULL`.
    pub slot_full: Signal<In, Bit>,
    /// A KILL may give its reservations back now.
    pub kill_turn: Signal<In, Bit>,
    /// A KILL gave its reservations back this cycle.
    pub kill_given: Signal<Out, Bit>,
    /// A message may end this cycle: its end mark has room (high on a one-lane card).
    pub end_ready: Signal<In, Bit>,
    /// The message ends this cycle: its last report, if any, leaves now or has left.
    pub done: Signal<Out, Bit>,
    /// The configured `order_slots`, for the lanes' shared count.
    pub slot_limit: Signal<Out, Bits<17>>,
    /// The slots the ending message gave back (orders out of the book, a granted slot
    /// unused), with `done`.
    pub done_returned: Signal<Out, Bits<17>>,
    /// The report's stamp for the merge: a KILL's CANCELED row carries the order's first
    /// acceptance.
    pub report_stamp: Signal<Out, Bits<64>>,
    // Tables.
    accounts: TableRam<168, ACCOUNT_BITS>,
    account_ends: TableRam<34, ACCOUNT_BITS>,
    instruments: TableRam<168, INSTRUMENT_BITS>,
    /// Each account's headroom and its exposure in each instrument, and their arithmetic.
    ledger: Ledger<ACCOUNT_BITS, EXPOSURE_BITS>,
    best: TableRam<17, BOOK_BITS>,
    level_ends: TableRam<34, LEVEL_BITS>,
    level_totals: TableRam<LEVEL_TOTAL_BITS, LEVEL_BITS>,
    slot_ids: TableRam<96, SLOT_BITS>,
    slot_terms: TableRam<SLOT_TERMS_BITS, SLOT_BITS>,
    /// Each price level's FIFO of resting orders, through the slots.
    level_links: SlotLinks<SLOT_BITS>,
    /// Each account's live orders in acceptance order, through the slots.
    account_links: SlotLinks<SLOT_BITS>,
    /// Each order slot's key's home bucket in the id table, so that removing a resting order
    /// never hashes its key: written and read with `slot_ids`.
    slot_homes: TableRam<HASH_BITS, SLOT_BITS>,
    bitmap: LevelBitmap<WORD_ADDR, SUMMARY_ADDR>,
    order_ids: OrderIdTable<SLOT_BITS, HASH_BITS>,
    free_slots: FreeList<SLOT_BITS>,
    risk: RiskChecks,
    decoder: ControlDecoder,
    /// The account-limits row read, field by field.
    account_row: AccountRow,
    /// The instrument row read, field by field.
    instrument_row: InstrumentRow,
    /// The slot terms read, field by field.
    terms_row: SlotTermsRow,
    /// A resting order's terms packed; a slot's terms with new leaves.
    terms_write: SlotTermsWrite,
    give_product: Multiply32,
    /// What the ledger adds, a register: the released reservation a cycle after its terms
    /// (Release, Unlink1 and ReplaceHeadroom come at least two cycles after the terms are
    /// set), or, the cycle after a HEADROOM message is taken (its Lookup), its amount. No
    /// state decode sits in front of the ledger's adder.
    addend_q: DFF<Bits<64>>,
    // Sequencing.
    state: DFF<Step>,
    resume: DFF<Step>,
    after_release: DFF<Step>,
    after_remove: DFF<Step>,
    after_clear: DFF<Step>,
    // The next best level beyond the one being matched, looked up while it is filled.
    ahead_pending: DFF<Bit>,
    ahead_valid: DFF<Bit>,
    ahead_found: DFF<Bit>,
    ahead_index: DFF<Bits<16>>,
    sweep: DFF<Bits<24>>,
    cap_instruments: DFF<Bits<32>>,
    cap_accounts: DFF<Bits<32>>,
    /// The message's account and instrument below the configured capacity, compared as
    /// the message is taken so the row lookups start from a register.
    acct_in_range: DFF<Bit>,
    inst_in_range: DFF<Bit>,
    cap_slots: DFF<Bits<32>>,
    cap_window: DFF<Bits<32>>,
    // Table pointers.
    acct_ptr: DFF<Bits<32>>,
    inst_ptr: DFF<Bits<16>>,
    book_ptr: DFF<Bits<16>>,
    level_ptr: DFF<Bits<16>>,
    slot_ptr: DFF<Bits<16>>,
    // The message.
    m_type: DFF<Bits<8>>,
    m_sell: DFF<Bit>,
    m_side: DFF<Bits<8>>,
    m_stp: DFF<Bits<3>>,
    m_inst: DFF<Bits<16>>,
    m_acct: DFF<Bits<32>>,
    m_price: DFF<Bits<32>>,
    m_qty: DFF<Bits<32>>,
    m_id: DFF<Bits<64>>,
    /// The message's key's home bucket in the id table.
    m_home: DFF<Bits<HASH_BITS>>,
    m_seq: DFF<Bits<64>>,
    id_found: DFF<Bit>,
    id_slot: DFF<Bits<16>>,
    // The order entering the book (a NEW, or a REPLACE that lost priority).
    taker_sell: DFF<Bit>,
    eff_price: DFF<Bits<32>>,
    limit_idx: DFF<Bits<16>>,
    /// `best_crosses` as Lookup or MarketPrice saw it, for Verdict's book pointer.
    crosses_early: DFF<Bit>,
    order_crosses: Signal<Local, Bit>,
    rate: DFF<Bits<32>>,
    stp_eff: DFF<Bits<3>>,
    post_only_eff: DFF<Bit>,
    remaining: DFF<Bits<32>>,
    reserved: DFF<Bits<64>>,
    replacing: DFF<Bit>,
    /// The order's terms as the risk checks and Verdict use them: the message's as it is
    /// taken; for a REPLACE that loses priority, from ReplaceRelease, the old order's side
    /// and post-only flag as a GTC limit order, and its reservation given back. Registers,
    /// so no choice by `replacing` sits in front of the checks.
    order_sell: DFF<Bit>,
    order_market: DFF<Bit>,
    order_tif: DFF<Bits<8>>,
    order_post_only: DFF<Bit>,
    order_released: DFF<Bits<64>>,
    fok_level: DFF<Bits<17>>,
    /// A FOK order's quantity - 1 - the quantity of the levels walked so far (65-bit two's
    /// complement): negative once the levels can fill the order, a sign bit to test.
    fok_short: DFF<Bits<65>>,
    // The risk verdict, registered the cycle before it is acted on.
    /// The risk checks' failure flags (bit k: check k + 1), registered in Lookup
    /// (MarketPrice, ReplaceRisk) and encoded into a reason code by `verdict_code` when
    /// acted on.
    verdict_fails: DFF<Bits<14>>,
    verdict_code: FirstFailure,
    order_price_q: DFF<Bits<32>>,
    verdict_rate: DFF<Bits<32>>,
    verdict_reservation: DFF<Bits<64>>,
    // The resting order being met.
    maker_slot: DFF<Bits<16>>,
    maker_acct: DFF<Bits<32>>,
    maker_id: DFF<Bits<64>>,
    maker_home: DFF<Bits<HASH_BITS>>,
    maker_price: DFF<Bits<32>>,
    maker_leaves: DFF<Bits<32>>,
    maker_rate: DFF<Bits<32>>,
    maker_level: DFF<Bits<16>>,
    fill_qty: DFF<Bits<32>>,
    maker_left: DFF<Bits<32>>,
    // The order leaving its level and/or the book (unlink routine).
    v_slot: DFF<Bits<16>>,
    v_acct: DFF<Bits<32>>,
    v_inst: DFF<Bits<16>>,
    v_sell: DFF<Bit>,
    v_level: DFF<Bits<16>>,
    v_counted: DFF<Bits<32>>,
    v_unrest: DFF<Bit>,
    v_forget: DFF<Bit>,
    /// The order's reservation (`give_*`, the account `v_acct`) goes back in `Unlink1`, the
    /// product registered in `Unlink0`: a CANCEL, KILL or stopped REPLACE needs no release
    /// states of its own.
    v_release: DFF<Bit>,
    /// The unlink ends the message (back to Idle: a CANCEL, a stopped or filled REPLACE's
    /// order): its id-table removal is posted, so the next message's lookup goes first.
    /// Other unlinks (a match's makers, a KILL's orders) remove at once, which keeps a sweep's
    /// removals one behind the other.
    posting: Signal<Local, Bit>,
    /// The id table takes the unlinked order's removal this cycle (posted or as a command).
    removal_ready: Signal<Local, Bit>,
    /// A canceled order has other orders in its level (its level links, read in
    /// CancelCheck): its unlink empties no level, so it ends in Unlink1 whatever the rows
    /// say, and Unlink1 may take the next message.
    v_level_stays: DFF<Bit>,
    /// The maker at MatchMaker was the last order of its level (its next link is none).
    maker_last: DFF<Bit>,
    v_id: DFF<Bits<64>>,
    v_home: DFF<Bits<HASH_BITS>>,
    // A reservation to give back (release routine).
    give_acct: DFF<Bits<32>>,
    give_qty: DFF<Bits<32>>,
    give_rate: DFF<Bits<32>>,
    // The order being replaced.
    r_slot: DFF<Bits<16>>,
    r_old_leaves: DFF<Bits<32>>,
    /// The risk check's released open quantity less the order's quantity, formed before
    /// the rows arrive (Idle for a NEW, ReplaceCheck for a REPLACE).
    released_less_qty: DFF<Bits<68>>,
    r_old_rate: DFF<Bits<32>>,
    r_sell: DFF<Bit>,
    r_post_only: DFF<Bit>,
    r_stp: DFF<Bits<3>>,
    r_level: DFF<Bits<16>>,
    // Resting.
    rest_slot: DFF<Bits<16>>,
    rest_new: DFF<Bit>,
    /// The unlink also writes a filled maker's exposure row and sends its FILL.
    fill_unlink: DFF<Bit>,
    /// The report being sent: the holding register.
    rep: DFF<Report>,
    /// A report is in rep and has not left yet.
    rep_pending: DFF<Bit>,
    /// CFG_COMMIT seen since reset: the venue is configured.
    committed: DFF<Bit>,
    // Build constants.
    window_bits: Constant<Bits<8>>,
    /// 32 - HASH_BITS: a key's home bucket is the top HASH_BITS of its hash.
    hash_shift: Constant<Bits<8>>,
    instrument_bits: Constant<Bits<8>>,
    sweep_last: Constant<Bits<24>>,
    build_instruments: Constant<Bits<32>>,
    build_accounts: Constant<Bits<32>>,
    build_slots: Constant<Bits<32>>,
    build_window: Constant<Bits<32>>,
    // The commands the matcher gives the level bitmap and the id table, by their blocks' names.
    bitmap_set: Constant<Bits<2>>,
    bitmap_clear: Constant<Bits<2>>,
    bitmap_below: Constant<Bits<2>>,
    bitmap_above: Constant<Bits<2>>,
    ids_find: Constant<Bits<2>>,
    ids_insert: Constant<Bits<2>>,
    ids_remove: Constant<Bits<2>>,
    // Codes the matcher writes into reports, from the spec's enums (`gatebook_wire`), so no
    // event, reason, side or column set is a bare number here.
    ev_ack: Constant<Bits<8>>,
    ev_reject: Constant<Bits<8>>,
    ev_fill: Constant<Bits<8>>,
    ev_canceled: Constant<Bits<8>>,
    ev_expired: Constant<Bits<8>>,
    ev_replaced: Constant<Bits<8>>,
    no_reason: Constant<Bits<8>>,
    reason_unknown_account: Constant<Bits<8>>,
    reason_unknown_instrument: Constant<Bits<8>>,
    reason_account_disabled: Constant<Bits<8>>,
    reason_invalid_qty: Constant<Bits<8>>,
    reason_unknown_order: Constant<Bits<8>>,
    reason_user: Constant<Bits<8>>,
    reason_kill: Constant<Bits<8>>,
    reason_self_trade: Constant<Bits<8>>,
    reason_ioc: Constant<Bits<8>>,
    reason_fok: Constant<Bits<8>>,
    reason_malformed: Constant<Bits<8>>,
    // Message types, times in force and STP modes, named (Verilog localparams), from the spec's
    // codes.
    msg_new: Constant<Bits<8>>,
    msg_cancel: Constant<Bits<8>>,
    msg_replace: Constant<Bits<8>>,
    msg_ref: Constant<Bits<8>>,
    msg_kill: Constant<Bits<8>>,
    msg_enable: Constant<Bits<8>>,
    msg_headroom: Constant<Bits<8>>,
    cfg_capacity: Constant<Bits<8>>,
    cfg_instrument: Constant<Bits<8>>,
    cfg_account: Constant<Bits<8>>,
    cfg_commit: Constant<Bits<8>>,
    tif_gtc: Constant<Bits<8>>,
    tif_fok: Constant<Bits<8>>,
    stp_incoming: Constant<Bits<3>>,
    stp_both: Constant<Bits<3>>,
    stp_none: Constant<Bits<3>>,
    /// A link or best-level word that names nothing (bit 16 set).
    no_slot: Constant<Bits<17>>,
    side_none: Constant<Bits<8>>,
    side_buy: Constant<Bits<8>>,
    side_sell: Constant<Bits<8>>,
    columns_side_price_qty_leaves: Constant<Bits<8>>,
    columns_side_price_qty_leaves_contra: Constant<Bits<8>>,
    columns_reason: Constant<Bits<8>>,
    columns_side_qty_reason: Constant<Bits<8>>,
    columns_price_qty_reason: Constant<Bits<8>>,
    columns_side_price_qty_reason: Constant<Bits<8>>,
    columns_side_price_qty_leaves_reason: Constant<Bits<8>>,
    // Next pointer values (they drive the RAM read addresses).
    acct_next: Signal<Local, Bits<32>>,
    inst_next: Signal<Local, Bits<16>>,
    book_next: Signal<Local, Bits<16>>,
    level_next_ptr: Signal<Local, Bits<16>>,
    slot_next: Signal<Local, Bits<16>>,
    // Rows as read.
    a_enabled: Signal<Local, Bit>,
    a_stp: Signal<Local, Bits<3>>,
    i_base: Signal<Local, Bits<32>>,
    i_reference: Signal<Local, Bits<32>>,
    i_collar: Signal<Local, Bits<32>>,
    i_rate_buy: Signal<Local, Bits<32>>,
    i_rate_sell: Signal<Local, Bits<32>>,
    t_price: Signal<Local, Bits<32>>,
    t_leaves: Signal<Local, Bits<32>>,
    t_rate: Signal<Local, Bits<32>>,
    t_inst: Signal<Local, Bits<16>>,
    t_sell: Signal<Local, Bit>,
    t_post_only: Signal<Local, Bit>,
    t_stp: Signal<Local, Bits<3>>,
    t_level: Signal<Local, Bits<16>>,
    s_id: Signal<Local, Bits<64>>,
    s_acct: Signal<Local, Bits<32>>,
    /// The maker at the slot pointer is the taker's own account (self-trade).
    own_maker: Signal<Local, Bit>,
    /// This cycle ends the taker with an EXPIRED (reason `expiry_reason`).
    expire_taker: Signal<Local, Bit>,
    expiry_reason: Signal<Local, Bits<8>>,
    /// The next message's account, as the account tables' row index.
    msg_acct_low: Signal<Local, Bits<ACCOUNT_BITS>>,
    /// The next message's instrument, as the instrument tables' row index.
    msg_inst_low: Signal<Local, Bits<INSTRUMENT_BITS>>,
    /// The next message's opposite book (its side's other book of its instrument).
    msg_opposite_book: Signal<Local, Bits<16>>,
    /// The next message has the current order's account (`m_acct`), as a row index.
    same_acct_as_order: Signal<Local, Bit>,
    /// The next message has the current order's instrument (`m_inst`), as a row index.
    same_inst_as_order: Signal<Local, Bit>,
    /// The book opposite the taker's side: where MatchTop reads the best.
    taker_opposite_book: Signal<Local, Bits<16>>,
    s_home: Signal<Local, Bits<HASH_BITS>>,
    /// The arriving message's home bucket, from the registered `key_hash`.
    key_home: Signal<Local, Bits<HASH_BITS>>,
    le_head: Signal<Local, Bits<17>>,
    le_tail: Signal<Local, Bits<17>>,
    ae_oldest: Signal<Local, Bits<17>>,
    ae_newest: Signal<Local, Bits<17>>,
    best_empty: Signal<Local, Bit>,
    best_idx: Signal<Local, Bits<16>>,
    // Derived facts.
    acct_known: Signal<Local, Bit>,
    inst_known: Signal<Local, Bit>,
    window_top: Signal<Local, Bits<33>>,
    reach: Signal<Local, Bits<33>>,
    protection: Signal<Local, Bits<32>>,
    order_price: Signal<Local, Bits<32>>,
    /// The order's price: the message's, or a MARKET NEW's protection price from Lookup on.
    price_in_force: DFF<Bits<32>>,
    order_level: Signal<Local, Bits<16>>,
    order_rate: Signal<Local, Bits<32>>,
    best_crosses: Signal<Local, Bit>,
    fok_crosses: Signal<Local, Bit>,
    ahead_crosses: Signal<Local, Bit>,
    taker_side_code: Signal<Local, Bits<8>>,
    maker_side_code: Signal<Local, Bits<8>>,
    fill_now: Signal<Local, Bits<32>>,
    /// The maker's leaves are below the taker's remainder: the fill takes them all.
    maker_filled: Signal<Local, Bit>,
    taker_left_if_maker_filled: Signal<Local, Bits<32>>,
    maker_left_if_taker_filled: Signal<Local, Bits<32>>,
    total_less_maker: Signal<Local, Bits<LEVEL_TOTAL_BITS>>,
    total_less_taker: Signal<Local, Bits<LEVEL_TOTAL_BITS>>,
    /// After this fill: the maker's leaves, the taker's remainder, the level's total.
    fill_left_maker: Signal<Local, Bits<32>>,
    fill_left_taker: Signal<Local, Bits<32>>,
    fill_left_total: Signal<Local, Bits<LEVEL_TOTAL_BITS>>,
    new_head: Signal<Local, Bits<17>>,
    new_tail: Signal<Local, Bits<17>>,
    new_oldest: Signal<Local, Bits<17>>,
    new_newest: Signal<Local, Bits<17>>,
    can_report: Signal<Local, Bit>,
    /// A state sent a report and names its next state itself (not through Emit).
    emit_now: Signal<Local, Bit>,
    /// A resting order takes the free slot this cycle.
    take_slot: Signal<Local, Bit>,
    /// The maker's side of a fill is booked this cycle.
    maker_fill: Signal<Local, Bit>,
    state_next: Signal<Local, Step>,
    resume_next: Signal<Local, Step>,
    /// The message's id lookup waits for the id table, busy with the last message's insert
    /// or removal when the message was taken; Lookup issues it.
    find_pending: DFF<Bit>,
    /// RestLink may take the next message (no shared account or instrument).
    overlap_ok: Signal<Local, Bit>,
    /// Each slot's first acceptance (`in_seq`), for the merge of a KILL's lanes.
    slot_stamps: TableRam<64, SLOT_BITS>,
    s_stamp: Signal<Local, Bits<64>>,
    rep_stamp: DFF<Bits<64>>,
    // The id table's answers: the matcher's own table's, or the shared one's.
    ids_cmd_ready_now: Signal<Local, Bit>,
    ids_post_ready_now: Signal<Local, Bit>,
    ids_done_now: Signal<Local, Bit>,
    ids_found_any: Signal<Local, Bit>,
    ids_found_slot_now: Signal<Local, Bits<SLOT_BITS>>,
    /// The found order is this lane's.
    found_lane_ok: Signal<Local, Bit>,
    /// Found, as the message needs it: a NEW's duplicate check is the account's in every
    /// lane; a CANCEL's or REPLACE's order must be this lane's (another lane's has another
    /// instrument: UNKNOWN_ORDER).
    id_found_use: Signal<Local, Bit>,
    /// SLOT_BITS, where the lane sits in a shared id table's slot column.
    slot_shift: Constant<Bits<16>>,
    /// The lookup ended while the message still waited for its slot answer.
    lookup_seen: DFF<Bit>,
    /// A NEW's key was found in another lane's order, which an earlier message there may
    /// still remove: the lookup runs again once the message is the oldest.
    dup_wait: DFF<Bit>,
    lookup_now: Signal<Local, Bit>,
    slot_asking: Signal<Local, Bit>,
    slot_granted_q: DFF<Bit>,
    slot_full_q: DFF<Bit>,
    slot_granted_now: Signal<Local, Bit>,
    slot_answered: Signal<Local, Bit>,
    /// The message's order took a free slot.
    took_slot: DFF<Bit>,
    /// Slots the message gave back so far.
    freed: DFF<Bits<17>>,
    /// A KILL's reservations, summed (each below 2^63, at most 2^16 of them).
    kill_sum: DFF<Bits<80>>,
    kill_total: Signal<Local, Bits<80>>,
    i64_max: Constant<Bits<64>>,
    /// A message was taken and has not ended.
    msg_open: DFF<Bit>,
    /// This cycle takes a message.
    taking: Signal<Local, Bit>,
}

impl<
        const ACCOUNT_BITS: usize,
        const INSTRUMENT_BITS: usize,
        const BOOK_BITS: usize,
        const EXPOSURE_BITS: usize,
        const SLOT_BITS: usize,
        const HASH_BITS: usize,
        const LEVEL_BITS: usize,
        const WORD_ADDR: usize,
        const SUMMARY_ADDR: usize,
    >
    Matcher<
        ACCOUNT_BITS,
        INSTRUMENT_BITS,
        BOOK_BITS,
        EXPOSURE_BITS,
        SLOT_BITS,
        HASH_BITS,
        LEVEL_BITS,
        WORD_ADDR,
        SUMMARY_ADDR,
    >
{
    same_address_garbage!(
        accounts,
        account_ends,
        instruments,
        ledger,
        best,
        level_ends,
        level_totals,
        slot_ids,
        slot_terms,
        slot_homes,
        level_links,
        account_links,
        bitmap,
        order_ids,
        free_slots,
        slot_stamps
    );

    /// The FSM's state this cycle, for testbenches that profile where the cycles go.
    pub fn step(&self) -> Step {
        self.state.q.val()
    }

    /// The matcher of a card built for `build`; the const parameters must agree
    /// with it (see [`DefaultMatcher`]).
    pub fn new(build: Build) -> Self {
        let books_log2 = build.instruments_log2 + 1;
        assert_eq!(ACCOUNT_BITS as u32, build.accounts_log2);
        assert_eq!(INSTRUMENT_BITS as u32, build.instruments_log2);
        assert_eq!(BOOK_BITS as u32, books_log2);
        assert_eq!(
            EXPOSURE_BITS as u32,
            build.accounts_log2 + build.instruments_log2
        );
        assert_eq!(SLOT_BITS as u32, build.order_slots_log2);
        assert_eq!(HASH_BITS as u32, build.order_slots_log2 + 1);
        assert_eq!(LEVEL_BITS as u32, books_log2 + build.price_window_log2);
        assert!(build.price_window_log2 >= 6 && build.price_window_log2 <= 16);
        assert!(build.order_slots_log2 <= 16 && build.instruments_log2 <= 8);
        Matcher {
            clock: Default::default(),
            reset: Default::default(),
            msg_valid: Default::default(),
            msg_ready: Default::default(),
            message: Default::default(),
            report_valid: Default::default(),
            report: Default::default(),
            idle: Default::default(),
            report_ready: Default::default(),
            lane: Default::default(),
            shared: Default::default(),
            oldest: Default::default(),
            ids_cmd_valid: Default::default(),
            ids_cmd_ready: Default::default(),
            ids_cmd_op: Default::default(),
            ids_cmd_account: Default::default(),
            ids_cmd_cl_ord_id: Default::default(),
            ids_cmd_home: Default::default(),
            ids_cmd_slot: Default::default(),
            ids_done: Default::default(),
            ids_found: Default::default(),
            ids_found_slot: Default::default(),
            ids_post_valid: Default::default(),
            ids_post_ready: Default::default(),
            ids_post_account: Default::default(),
            ids_post_cl_ord_id: Default::default(),
            ids_post_home: Default::default(),
            ids_hold_posted: Default::default(),
            headroom_read_address: Default::default(),
            headroom_read_data: Default::default(),
            headroom_write_address: Default::default(),
            headroom_write_data: Default::default(),
            headroom_write_enable: Default::default(),
            removal_account: Default::default(),
            removal_hold: Default::default(),
            slot_ask: Default::default(),
            slot_granted: Default::default(),
            slot_full: Default::default(),
            kill_turn: Default::default(),
            kill_given: Default::default(),
            end_ready: Default::default(),
            done: Default::default(),
            slot_limit: Default::default(),
            done_returned: Default::default(),
            report_stamp: Default::default(),
            slot_stamps: Default::default(),
            s_stamp: Default::default(),
            rep_stamp: Default::default(),
            ids_cmd_ready_now: Default::default(),
            ids_post_ready_now: Default::default(),
            ids_done_now: Default::default(),
            ids_found_any: Default::default(),
            ids_found_slot_now: Default::default(),
            found_lane_ok: Default::default(),
            id_found_use: Default::default(),
            slot_shift: Constant::new((SLOT_BITS as u64).into()),
            lookup_seen: Default::default(),
            dup_wait: Default::default(),
            lookup_now: Default::default(),
            slot_asking: Default::default(),
            slot_granted_q: Default::default(),
            slot_full_q: Default::default(),
            slot_granted_now: Default::default(),
            slot_answered: Default::default(),
            took_slot: Default::default(),
            freed: Default::default(),
            kill_sum: Default::default(),
            kill_total: Default::default(),
            i64_max: Constant::new((i64::MAX as u64).into()),
            msg_open: Default::default(),
            taking: Default::default(),
            accounts: Default::default(),
            account_ends: Default::default(),
            instruments: Default::default(),
            ledger: Default::default(),
            best: Default::default(),
            level_ends: Default::default(),
            level_totals: Default::default(),
            slot_ids: Default::default(),
            slot_terms: Default::default(),
            level_links: Default::default(),
            account_links: Default::default(),
            slot_homes: Default::default(),
            bitmap: LevelBitmap::new(
                1 << (build.instruments_log2 + 1),
                1 << build.price_window_log2,
            ),
            order_ids: Default::default(),
            free_slots: Default::default(),
            risk: Default::default(),
            decoder: Default::default(),
            account_row: Default::default(),
            instrument_row: Default::default(),
            terms_row: Default::default(),
            terms_write: Default::default(),
            give_product: Default::default(),
            addend_q: Default::default(),
            state: Default::default(),
            resume: Default::default(),
            after_release: Default::default(),
            after_remove: Default::default(),
            after_clear: Default::default(),
            ahead_pending: Default::default(),
            ahead_valid: Default::default(),
            ahead_found: Default::default(),
            ahead_index: Default::default(),
            sweep: Default::default(),
            cap_instruments: Default::default(),
            cap_accounts: Default::default(),
            acct_in_range: Default::default(),
            inst_in_range: Default::default(),
            cap_slots: Default::default(),
            cap_window: Default::default(),
            acct_ptr: Default::default(),
            inst_ptr: Default::default(),
            book_ptr: Default::default(),
            level_ptr: Default::default(),
            slot_ptr: Default::default(),
            m_type: Default::default(),
            m_sell: Default::default(),
            m_side: Default::default(),
            m_stp: Default::default(),
            m_inst: Default::default(),
            m_acct: Default::default(),
            m_price: Default::default(),
            m_qty: Default::default(),
            m_id: Default::default(),
            m_home: Default::default(),
            m_seq: Default::default(),
            id_found: Default::default(),
            id_slot: Default::default(),
            taker_sell: Default::default(),
            eff_price: Default::default(),
            limit_idx: Default::default(),
            crosses_early: Default::default(),
            order_crosses: Default::default(),
            rate: Default::default(),
            stp_eff: Default::default(),
            post_only_eff: Default::default(),
            remaining: Default::default(),
            reserved: Default::default(),
            replacing: Default::default(),
            order_sell: Default::default(),
            order_market: Default::default(),
            order_tif: Default::default(),
            order_post_only: Default::default(),
            order_released: Default::default(),
            fok_level: Default::default(),
            fok_short: Default::default(),
            verdict_fails: Default::default(),
            verdict_code: Default::default(),
            order_price_q: Default::default(),
            verdict_rate: Default::default(),
            verdict_reservation: Default::default(),
            maker_slot: Default::default(),
            maker_acct: Default::default(),
            maker_id: Default::default(),
            maker_home: Default::default(),
            maker_price: Default::default(),
            maker_leaves: Default::default(),
            maker_rate: Default::default(),
            maker_level: Default::default(),
            fill_qty: Default::default(),
            maker_left: Default::default(),
            v_slot: Default::default(),
            v_acct: Default::default(),
            v_inst: Default::default(),
            v_sell: Default::default(),
            v_level: Default::default(),
            v_counted: Default::default(),
            v_unrest: Default::default(),
            v_forget: Default::default(),
            v_release: Default::default(),
            v_level_stays: Default::default(),
            maker_last: Default::default(),
            posting: Default::default(),
            removal_ready: Default::default(),
            v_id: Default::default(),
            v_home: Default::default(),
            give_acct: Default::default(),
            give_qty: Default::default(),
            give_rate: Default::default(),
            r_slot: Default::default(),
            r_old_leaves: Default::default(),
            released_less_qty: Default::default(),
            r_old_rate: Default::default(),
            r_sell: Default::default(),
            r_post_only: Default::default(),
            r_stp: Default::default(),
            r_level: Default::default(),
            rest_slot: Default::default(),
            rest_new: Default::default(),
            fill_unlink: Default::default(),
            rep: Default::default(),
            rep_pending: Default::default(),
            committed: Default::default(),
            window_bits: Constant::new(u64::from(build.price_window_log2).into()),
            hash_shift: Constant::new((32 - HASH_BITS as u64).into()),
            instrument_bits: Constant::new(u64::from(build.instruments_log2).into()),
            sweep_last: Constant::new(((1u64 << LEVEL_BITS).max(1 << EXPOSURE_BITS) - 1).into()),
            build_instruments: Constant::new((1u64 << build.instruments_log2).into()),
            build_accounts: Constant::new((1u64 << build.accounts_log2).into()),
            build_slots: Constant::new((1u64 << build.order_slots_log2).into()),
            build_window: Constant::new((1u64 << build.price_window_log2).into()),
            bitmap_set: Constant::new(bitmap::OP_SET.into()),
            bitmap_clear: Constant::new(bitmap::OP_CLEAR.into()),
            bitmap_below: Constant::new(bitmap::OP_BELOW.into()),
            bitmap_above: Constant::new(bitmap::OP_ABOVE.into()),
            ids_find: Constant::new(order_ids::OP_FIND.into()),
            ids_insert: Constant::new(order_ids::OP_INSERT.into()),
            ids_remove: Constant::new(order_ids::OP_REMOVE.into()),
            ev_ack: code8(Event::Ack.code()),
            ev_reject: code8(Event::Reject.code()),
            ev_fill: code8(Event::Fill.code()),
            ev_canceled: code8(Event::Canceled.code()),
            ev_expired: code8(Event::Expired.code()),
            ev_replaced: code8(Event::Replaced.code()),
            no_reason: code8(0),
            reason_unknown_account: code8(Reason::UnknownAccount.code()),
            reason_unknown_instrument: code8(Reason::UnknownInstrument.code()),
            reason_account_disabled: code8(Reason::AccountDisabled.code()),
            reason_invalid_qty: code8(Reason::InvalidQty.code()),
            reason_unknown_order: code8(Reason::UnknownOrder.code()),
            reason_user: code8(Reason::User.code()),
            reason_kill: code8(Reason::Kill.code()),
            reason_self_trade: code8(Reason::SelfTrade.code()),
            reason_ioc: code8(Reason::Ioc.code()),
            reason_fok: code8(Reason::Fok.code()),
            reason_malformed: code8(Reason::Malformed.code()),
            msg_new: code8(MsgType::New.code()),
            msg_cancel: code8(MsgType::Cancel.code()),
            msg_replace: code8(MsgType::Replace.code()),
            msg_ref: code8(MsgType::Ref.code()),
            msg_kill: code8(MsgType::Kill.code()),
            msg_enable: code8(MsgType::Enable.code()),
            msg_headroom: code8(MsgType::Headroom.code()),
            cfg_capacity: code8(MsgType::CfgCapacity.code()),
            cfg_instrument: code8(MsgType::CfgInstrument.code()),
            cfg_account: code8(MsgType::CfgAccount.code()),
            cfg_commit: code8(MsgType::CfgCommit.code()),
            tif_gtc: code8(Tif::Gtc.code()),
            tif_fok: code8(Tif::Fok.code()),
            stp_incoming: Constant::new(u64::from(StpMode::Incoming.code()).into()),
            stp_both: Constant::new(u64::from(StpMode::Both.code()).into()),
            stp_none: Constant::new(u64::from(StpMode::None.code()).into()),
            no_slot: Constant::new(NO_SLOT.into()),
            side_none: code8(0),
            side_buy: code8(Side::Buy.code()),
            side_sell: code8(Side::Sell.code()),
            columns_side_price_qty_leaves: code8(
                present::SIDE | present::PRICE | present::QTY | present::LEAVES,
            ),
            columns_side_price_qty_leaves_contra: code8(
                present::SIDE | present::PRICE | present::QTY | present::LEAVES | present::CONTRA,
            ),
            columns_reason: code8(present::REASON),
            columns_side_qty_reason: code8(present::SIDE | present::QTY | present::REASON),
            columns_price_qty_reason: code8(present::PRICE | present::QTY | present::REASON),
            columns_side_price_qty_reason: code8(
                present::SIDE | present::PRICE | present::QTY | present::REASON,
            ),
            columns_side_price_qty_leaves_reason: code8(
                present::SIDE | present::PRICE | present::QTY | present::LEAVES | present::REASON,
            ),
            acct_next: Default::default(),
            inst_next: Default::default(),
            book_next: Default::default(),
            level_next_ptr: Default::default(),
            slot_next: Default::default(),
            a_enabled: Default::default(),
            a_stp: Default::default(),
            i_base: Default::default(),
            i_reference: Default::default(),
            i_collar: Default::default(),
            i_rate_buy: Default::default(),
            i_rate_sell: Default::default(),
            t_price: Default::default(),
            t_leaves: Default::default(),
            t_rate: Default::default(),
            t_inst: Default::default(),
            t_sell: Default::default(),
            t_post_only: Default::default(),
            t_stp: Default::default(),
            t_level: Default::default(),
            s_id: Default::default(),
            s_acct: Default::default(),
            own_maker: Default::default(),
            expire_taker: Default::default(),
            expiry_reason: Default::default(),
            msg_acct_low: Default::default(),
            msg_inst_low: Default::default(),
            msg_opposite_book: Default::default(),
            same_acct_as_order: Default::default(),
            same_inst_as_order: Default::default(),
            taker_opposite_book: Default::default(),
            s_home: Default::default(),
            key_home: Default::default(),
            le_head: Default::default(),
            le_tail: Default::default(),
            ae_oldest: Default::default(),
            ae_newest: Default::default(),
            best_empty: Default::default(),
            best_idx: Default::default(),
            acct_known: Default::default(),
            inst_known: Default::default(),
            window_top: Default::default(),
            reach: Default::default(),
            protection: Default::default(),
            order_price: Default::default(),
            price_in_force: Default::default(),
            order_level: Default::default(),
            order_rate: Default::default(),
            best_crosses: Default::default(),
            fok_crosses: Default::default(),
            ahead_crosses: Default::default(),
            taker_side_code: Default::default(),
            maker_side_code: Default::default(),
            fill_now: Default::default(),
            maker_filled: Default::default(),
            taker_left_if_maker_filled: Default::default(),
            maker_left_if_taker_filled: Default::default(),
            total_less_maker: Default::default(),
            total_less_taker: Default::default(),
            fill_left_maker: Default::default(),
            fill_left_taker: Default::default(),
            fill_left_total: Default::default(),
            new_head: Default::default(),
            new_tail: Default::default(),
            new_oldest: Default::default(),
            new_newest: Default::default(),
            can_report: Default::default(),
            emit_now: Default::default(),
            take_slot: Default::default(),
            maker_fill: Default::default(),
            state_next: Default::default(),
            resume_next: Default::default(),
            overlap_ok: Default::default(),
            find_pending: Default::default(),
        }
    }
}

impl<
        const ACCOUNT_BITS: usize,
        const INSTRUMENT_BITS: usize,
        const BOOK_BITS: usize,
        const EXPOSURE_BITS: usize,
        const SLOT_BITS: usize,
        const HASH_BITS: usize,
        const LEVEL_BITS: usize,
        const WORD_ADDR: usize,
        const SUMMARY_ADDR: usize,
    > Logic
    for Matcher<
        ACCOUNT_BITS,
        INSTRUMENT_BITS,
        BOOK_BITS,
        EXPOSURE_BITS,
        SLOT_BITS,
        HASH_BITS,
        LEVEL_BITS,
        WORD_ADDR,
        SUMMARY_ADDR,
    >
{
    #[hdl_gen]
    fn update(&mut self) {
        // Codes are literals (HDL kernels cannot name Rust constants). Events: 1 ACK,
        // 2 REJECT, 3 FILL, 4 CANCELED, 5 EXPIRED, 6 REPLACED. Present bits: 0x01 side,
        // 0x02 price, 0x04 qty, 0x08 leaves, 0x10 contra, 0x20 reason. Links: bit 16 set
        // (0x10000) = none. Bitmap ops: 0 set, 1 clear, 2 below, 3 above. Id-table ops:
        // 0 find, 1 insert, 2 remove.
        dff_setup!(
            self,
            clock,
            state,
            resume,
            after_release,
            after_remove,
            after_clear,
            ahead_pending,
            ahead_valid,
            ahead_found,
            ahead_index,
            sweep,
            cap_instruments,
            cap_accounts,
            acct_in_range,
            inst_in_range,
            cap_slots,
            cap_window,
            acct_ptr,
            inst_ptr,
            book_ptr,
            level_ptr,
            slot_ptr,
            m_type,
            m_sell,
            m_side,
            m_stp,
            m_inst,
            m_acct,
            m_price,
            m_qty,
            m_id,
            m_seq,
            id_found,
            id_slot,
            taker_sell,
            eff_price,
            limit_idx,
            crosses_early,
            rate,
            stp_eff,
            post_only_eff,
            remaining,
            reserved,
            replacing,
            order_sell,
            order_market,
            order_tif,
            order_post_only,
            order_released,
            fok_level,
            fok_short,
            verdict_fails,
            order_price_q,
            price_in_force,
            addend_q,
            verdict_rate,
            verdict_reservation,
            maker_slot,
            maker_acct,
            maker_id,
            maker_price,
            maker_leaves,
            maker_rate,
            maker_level,
            fill_qty,
            maker_left,
            v_slot,
            v_acct,
            v_inst,
            v_sell,
            v_level,
            v_counted,
            v_unrest,
            v_forget,
            v_release,
            v_level_stays,
            maker_last,
            v_id,
            give_acct,
            give_qty,
            give_rate,
            r_slot,
            r_old_leaves,
            released_less_qty,
            r_old_rate,
            r_sell,
            r_post_only,
            r_stp,
            r_level,
            rest_slot,
            rest_new,
            fill_unlink,
            rep,
            rep_pending,
            committed,
            m_home,
            maker_home,
            v_home,
            find_pending,
            rep_stamp,
            lookup_seen,
            dup_wait,
            slot_granted_q,
            slot_full_q,
            took_slot,
            freed,
            kill_sum,
            msg_open
        );
        self.accounts.read_clock.next = self.clock.val();
        self.accounts.write_clock.next = self.clock.val();
        self.account_ends.read_clock.next = self.clock.val();
        self.account_ends.write_clock.next = self.clock.val();
        self.instruments.read_clock.next = self.clock.val();
        self.instruments.write_clock.next = self.clock.val();
        self.ledger.clock.next = self.clock.val();
        self.best.read_clock.next = self.clock.val();
        self.best.write_clock.next = self.clock.val();
        self.level_ends.read_clock.next = self.clock.val();
        self.level_ends.write_clock.next = self.clock.val();
        self.level_totals.read_clock.next = self.clock.val();
        self.level_totals.write_clock.next = self.clock.val();
        self.slot_ids.read_clock.next = self.clock.val();
        self.slot_ids.write_clock.next = self.clock.val();
        self.slot_terms.read_clock.next = self.clock.val();
        self.slot_terms.write_clock.next = self.clock.val();
        self.slot_homes.read_clock.next = self.clock.val();
        self.level_links.clock.next = self.clock.val();
        self.account_links.clock.next = self.clock.val();
        self.slot_homes.write_clock.next = self.clock.val();
        self.bitmap.clock.next = self.clock.val();
        self.bitmap.reset.next = self.reset.val();
        self.order_ids.clock.next = self.clock.val();
        self.order_ids.reset.next = self.reset.val();
        self.free_slots.clock.next = self.clock.val();
        self.free_slots.reset.next = self.reset.val();
        self.free_slots.limit.next = bit_cast::<17, 32>(self.cap_slots.q.val());
        self.decoder.record.next = self.message.val().record;
        self.slot_stamps.read_clock.next = self.clock.val();
        self.slot_stamps.write_clock.next = self.clock.val();

        // The id table's answers: this matcher's own table's, or on a lane the shared
        // table's, whose slot column also names the lane.
        self.ids_cmd_ready_now.next = self.order_ids.cmd_ready.val();
        self.ids_post_ready_now.next = self.order_ids.post_ready.val();
        self.ids_done_now.next = self.order_ids.done.val();
        self.ids_found_any.next = self.order_ids.found.val();
        self.ids_found_slot_now.next = self.order_ids.found_slot.val();
        self.found_lane_ok.next = true;
        if self.shared.val() {
            self.ids_cmd_ready_now.next = self.ids_cmd_ready.val();
            self.ids_post_ready_now.next = self.ids_post_ready.val();
            self.ids_done_now.next = self.ids_done.val();
            self.ids_found_any.next = self.ids_found.val();
            self.ids_found_slot_now.next = bit_cast::<SLOT_BITS, 16>(self.ids_found_slot.val());
            self.found_lane_ok.next = (self.ids_found_slot.val() >> self.slot_shift.val())
                == bit_cast::<16, 4>(self.lane.val());
        }
        self.lookup_now.next = self.ids_done_now.val() && !self.find_pending.q.val();
        self.id_found_use.next = self.ids_found_any.val()
            && (self.found_lane_ok.val() || (self.m_type.q.val() == self.msg_new.val()));
        self.ledger.external_headroom.next = self.shared.val();
        self.ledger.headroom_in.next = self.headroom_read_data.val();
        self.s_stamp.next = self.slot_stamps.read_data.val();
        self.report_stamp.next = self.rep_stamp.q.val();
        // A lane's GTC NEW asks the shared count for its slot (check 14) in Lookup.
        self.slot_asking.next = self.shared.val()
            && (self.state.q.val() == Step::Lookup)
            && (self.m_type.q.val() == self.msg_new.val())
            && (self.order_tif.q.val() == self.tif_gtc.val());
        self.slot_granted_now.next = self.slot_granted_q.q.val() || self.slot_granted.val();
        self.slot_answered.next = !self.slot_asking.val()
            || self.slot_granted_now.val()
            || self.slot_full_q.q.val()
            || self.slot_full.val();
        self.slot_ask.next =
            self.slot_asking.val() && !self.slot_granted_q.q.val() && !self.slot_full_q.q.val();
        if self.slot_granted.val() {
            self.slot_granted_q.d.next = true;
        }
        if self.slot_full.val() {
            self.slot_full_q.d.next = true;
        }
        self.kill_given.next = false;
        // The headroom plus a KILL's sum, saturating at i64::MAX (the sum is never
        // negative): offset by 2^63 (bit 63 flipped), the sum reaches bit 64 exactly when
        // the result would pass i64::MAX.
        self.kill_total.next = bit_cast::<80, 64>(
            self.ledger
                .headroom
                .val()
                .replace_bit(63, !self.ledger.headroom.val().get_bit(63)),
        ) + self.kill_sum.q.val();

        // Pointers stay unless a state moves them.
        self.acct_next.next = self.acct_ptr.q.val();
        self.inst_next.next = self.inst_ptr.q.val();
        self.book_next.next = self.book_ptr.q.val();
        self.level_next_ptr.next = self.level_ptr.q.val();
        self.slot_next.next = self.slot_ptr.q.val();

        // Rows as read.
        self.account_row.row.next = self.accounts.read_data.val();
        self.instrument_row.row.next = self.instruments.read_data.val();
        self.instrument_row.new_value.next = self.m_price.q.val();
        self.instrument_row.new_rate_sell.next = self.m_sell.q.val();
        self.a_enabled.next = self.account_row.enabled.val();
        self.a_stp.next = self.account_row.stp.val();
        self.i_base.next = self.instrument_row.price_base.val();
        self.i_reference.next = self.instrument_row.reference.val();
        self.i_collar.next = self.instrument_row.collar.val();
        self.i_rate_buy.next = self.instrument_row.rate_buy.val();
        self.i_rate_sell.next = self.instrument_row.rate_sell.val();
        self.terms_row.row.next = self.slot_terms.read_data.val();
        self.terms_write.row.next = self.slot_terms.read_data.val();
        self.t_price.next = self.terms_row.price.val();
        self.t_leaves.next = self.terms_row.leaves.val();
        self.t_rate.next = self.terms_row.rate.val();
        self.t_inst.next = self.terms_row.instrument.val();
        self.t_sell.next = self.terms_row.sell.val();
        self.t_post_only.next = self.terms_row.post_only.val();
        self.t_stp.next = self.terms_row.stp.val();
        self.t_level.next = self.terms_row.level.val();
        self.terms_write.new_price.next = self.eff_price.q.val();
        self.terms_write.new_rate.next = self.rate.q.val();
        self.terms_write.new_instrument.next = self.m_inst.q.val();
        self.terms_write.new_sell.next = self.taker_sell.q.val();
        self.terms_write.new_post_only.next = self.post_only_eff.q.val();
        self.terms_write.new_stp.next = self.stp_eff.q.val();
        self.terms_write.new_level.next = self.limit_idx.q.val();
        self.s_id.next = self.slot_ids.read_data.val().get_bits::<64>(0);
        self.s_acct.next = self.slot_ids.read_data.val().get_bits::<32>(64);
        // Both accounts are configured (below the build's account count), so their low
        // ACCOUNT_BITS decide: a compare of 8 bits, not 32, on the maker's RAM read.
        self.own_maker.next = bit_cast::<ACCOUNT_BITS, 32>(self.s_acct.val())
            == bit_cast::<ACCOUNT_BITS, 32>(self.m_acct.q.val());
        self.s_home.next = self.slot_homes.read_data.val();
        self.key_home.next =
            bit_cast::<HASH_BITS, 32>(self.message.val().key_hash >> self.hash_shift.val());
        self.le_head.next = self.level_ends.read_data.val().get_bits::<17>(0);
        self.le_tail.next = self.level_ends.read_data.val().get_bits::<17>(17);
        self.ae_oldest.next = self.account_ends.read_data.val().get_bits::<17>(0);
        self.ae_newest.next = self.account_ends.read_data.val().get_bits::<17>(17);
        self.best_empty.next = self.best.read_data.val().get_bit(16);
        self.best_idx.next = self.best.read_data.val().get_bits::<16>(0);

        // The message's account and instrument: in range of the configured capacity, and
        // configured.
        self.acct_known.next = self.acct_in_range.q.val() && self.account_row.configured.val();
        self.inst_known.next = self.inst_in_range.q.val() && self.instrument_row.configured.val();

        // MARKET protection price: reference +- collar, clamped into the window.
        self.window_top.next =
            bit_cast::<33, 32>(self.i_base.val()) + bit_cast::<33, 32>(self.cap_window.q.val()) - 1;
        if self.m_sell.q.val() {
            if self.i_collar.val() > self.i_reference.val() {
                self.reach.next = bit_cast::<33, 32>(self.i_base.val());
            } else {
                self.reach.next = bit_cast::<33, 32>(self.i_reference.val() - self.i_collar.val());
            }
        } else {
            self.reach.next = bit_cast::<33, 32>(self.i_reference.val())
                + bit_cast::<33, 32>(self.i_collar.val());
        }
        self.protection.next = bit_cast::<32, 33>(self.reach.val());
        if self.reach.val() > self.window_top.val() {
            self.protection.next = bit_cast::<32, 33>(self.window_top.val());
        }
        if self.reach.val() < bit_cast::<33, 32>(self.i_base.val()) {
            self.protection.next = self.i_base.val();
        }
        // The price the risk checks and the book use is one register: the message's, or a
        // MARKET NEW's clamp, loaded in Lookup. Its verdict is taken again in MarketPrice, a
        // cycle after, so the clamp never feeds the risk checks, and no choice sits in
        // front of the notional's multiply.
        if (self.state.q.val() == Step::Lookup)
            && self.order_market.q.val()
            && (self.m_type.q.val() == self.msg_new.val())
        {
            self.price_in_force.d.next = self.protection.val();
        }
        self.order_price.next = self.price_in_force.q.val();

        // The risk verdict is registered a cycle before it is acted on (Lookup, or
        // MarketPrice for a MARKET order, for Verdict; ReplaceRisk for ReplaceVerdict), on
        // the same rows. Verdict takes the order's price (`order_price_q`) and level
        // (`limit_idx`) as registered then.
        self.order_price_q.d.next = self.order_price.val();
        self.order_level.next = bit_cast::<16, 32>(self.order_price.val() - self.i_base.val());
        // Crossing: the best opposite level reaches the taker's limit (as level indexes).
        // Lookup and MarketPrice (below) and ReplaceRisk load the message's side and limit,
        // so Verdict and ReplaceVerdict test registers like the match loop does.
        self.taker_opposite_book.next = (self.m_inst.q.val() << 1) | 1;
        if self.taker_sell.q.val() {
            self.taker_opposite_book.next = self.m_inst.q.val() << 1;
        }
        if self.taker_sell.q.val() {
            self.best_crosses.next =
                !self.best_empty.val() && (self.best_idx.val() >= self.limit_idx.q.val());
            self.fok_crosses.next = !self.fok_level.q.val().get_bit(16)
                && (self.fok_level.q.val().get_bits::<16>(0) >= self.limit_idx.q.val());
        } else {
            self.best_crosses.next =
                !self.best_empty.val() && (self.best_idx.val() <= self.limit_idx.q.val());
            self.fok_crosses.next = !self.fok_level.q.val().get_bit(16)
                && (self.fok_level.q.val().get_bits::<16>(0) <= self.limit_idx.q.val());
        }
        if self.taker_sell.q.val() {
            self.taker_side_code.next = self.side_sell.val();
            self.maker_side_code.next = self.side_buy.val();
        } else {
            self.taker_side_code.next = self.side_buy.val();
            self.maker_side_code.next = self.side_sell.val();
        }
        // A fill takes the smaller of the maker's leaves and the taker's remainder. What is
        // left of each, and of the level's total, is computed for both outcomes beside the
        // compare, which then only chooses (no subtraction waits for it).
        self.maker_filled.next = self.t_leaves.val() < self.remaining.q.val();
        self.taker_left_if_maker_filled.next = self.remaining.q.val() - self.t_leaves.val();
        self.maker_left_if_taker_filled.next = self.t_leaves.val() - self.remaining.q.val();
        self.total_less_maker.next = self.level_totals.read_data.val()
            - bit_cast::<LEVEL_TOTAL_BITS, 32>(self.t_leaves.val());
        self.total_less_taker.next = self.level_totals.read_data.val()
            - bit_cast::<LEVEL_TOTAL_BITS, 32>(self.remaining.q.val());
        self.fill_now.next = self.remaining.q.val();
        self.fill_left_maker.next = self.maker_left_if_taker_filled.val();
        self.fill_left_taker.next = 0.into();
        self.fill_left_total.next = self.total_less_taker.val();
        if self.maker_filled.val() {
            self.fill_now.next = self.t_leaves.val();
            self.fill_left_maker.next = 0.into();
            self.fill_left_taker.next = self.taker_left_if_maker_filled.val();
            self.fill_left_total.next = self.total_less_maker.val();
        }

        // Risk verdict inputs (sampled in Verdict and ReplaceVerdict).
        self.risk.is_replace.next = self.replacing.q.val();
        self.risk.account_known.next = self.acct_known.val();
        self.risk.instrument_known.next = self.inst_known.val();
        self.risk.enabled.next = self.a_enabled.val();
        // Lookup's last cycle has the id table's answer itself; later states its copy.
        self.risk.duplicate.next =
            self.id_found.q.val() || (self.ids_done_now.val() && self.id_found_use.val());
        self.risk.market.next = self.order_market.q.val();
        self.risk.tif.next = self.order_tif.q.val();
        self.risk.post_only.next = self.order_post_only.q.val();
        self.risk.price.next = self.order_price.val();
        self.risk.released_less_qty.next = self.released_less_qty.q.val();
        self.risk.released_margin.next = self.order_released.q.val();
        // The order's side from the message, not the state (REPLACE: the resting order's).
        self.risk.sell.next = self.order_sell.q.val();
        self.risk.qty.next = self.m_qty.q.val();
        self.risk.max_order_qty.next = self.account_row.max_order_qty.val();
        self.risk.max_order_notional.next = self.account_row.max_order_notional.val();
        self.risk.max_position.next = self.account_row.max_position.val();
        self.risk.headroom.next = self.ledger.headroom.val();
        self.risk.price_base.next = self.i_base.val();
        self.risk.price_window.next = self.cap_window.q.val();
        self.risk.reference_price.next = self.i_reference.val();
        self.risk.collar.next = self.i_collar.val();
        self.risk.position.next = self.ledger.position.val();
        self.risk.rate_buy.next = self.i_rate_buy.val();
        self.risk.rate_sell.next = self.i_rate_sell.val();
        self.order_rate.next = self.i_rate_buy.val();
        self.risk.open_buy.next = self.ledger.open_buy.val();
        self.risk.open_sell.next = self.ledger.open_sell.val();
        if self.risk.sell.val() {
            self.order_rate.next = self.i_rate_sell.val();
        }
        // Check 13 on its own comparator, on the order's level as it is loaded: the FSM's
        // crossing test never sees the MARKET protection price in the same cycle.
        self.order_crosses.next =
            !self.best_empty.val() && (self.best_idx.val() <= self.order_level.val());
        if self.risk.sell.val() {
            self.order_crosses.next =
                !self.best_empty.val() && (self.best_idx.val() >= self.order_level.val());
        }
        self.risk.would_cross.next = self.order_crosses.val();
        if (self.state.q.val() == Step::Lookup) || (self.state.q.val() == Step::MarketPrice) {
            self.taker_sell.d.next = self.m_sell.q.val();
            self.limit_idx.d.next = self.order_level.val();
            // The crossing test a cycle early, for Verdict's choice of book pointer (a
            // register, not the comparator; nothing writes the opposite best between the
            // two: a message overlapping this one has another instrument).
            self.crosses_early.d.next = self.order_crosses.val();
        }
        self.risk.has_free_slot.next = self.free_slots.has_free.val();
        if self.shared.val() {
            self.risk.has_free_slot.next = self.slot_granted_now.val();
        }

        // The look-ahead's answer (the search MatchMaker started); anything else the bitmap
        // answers is waited for by the state that asked.
        if self.ahead_pending.q.val() && self.bitmap.done.val() {
            self.ahead_pending.d.next = false;
            self.ahead_valid.d.next = true;
            self.ahead_found.d.next = self.bitmap.found.val();
            self.ahead_index.d.next = self.bitmap.found_index.val();
        }
        self.ahead_crosses.next =
            self.ahead_found.q.val() && (self.ahead_index.q.val() <= self.limit_idx.q.val());
        if self.taker_sell.q.val() {
            self.ahead_crosses.next =
                self.ahead_found.q.val() && (self.ahead_index.q.val() >= self.limit_idx.q.val());
        }

        self.verdict_fails.d.next = self.risk.fails.val();
        self.verdict_code.fails.next = self.verdict_fails.q.val();
        self.verdict_rate.d.next = self.order_rate.val();
        self.verdict_reservation.d.next = self.risk.reservation.val();

        self.give_product.a.next = self.give_qty.q.val();
        self.give_product.b.next = self.give_rate.q.val();
        self.addend_q.d.next = self.give_product.product.val();
        // A slot's new leaves, by state alone: the order coming to rest (RestLink), a
        // reduction in place (ReplaceInPlace), else the maker's after a fill (MatchMaker).
        self.terms_write.new_leaves.next = self.fill_left_maker.val();
        if self.state.q.val() == Step::RestLink {
            self.terms_write.new_leaves.next = self.remaining.q.val();
        }
        if self.state.q.val() == Step::ReplaceInPlace {
            self.terms_write.new_leaves.next = self.m_qty.q.val();
        }
        // What the ledger adds and takes: registers, chosen by state alone, so that no
        // condition of a state (a verdict, a free report register) reaches its adders; the
        // conditions only pick among the adders' results.
        // A reservation given back, or (Lookup) a HEADROOM message's amount.
        self.ledger.addend.next = self.addend_q.q.val();
        self.ledger.reservation.next = self.reserved.q.val();
        if self.state.q.val() == Step::Verdict {
            self.ledger.reservation.next = self.verdict_reservation.q.val();
        }
        self.ledger.headroom_value.next = self.decoder.headroom.val();
        // The taker's side and fill; a maker's (FillMaker, or Unlink1 for a filled maker);
        // the lots resting (RestLink), leaving (Unlink1) or taken off in place.
        self.ledger.sell.next = self.taker_sell.q.val();
        self.ledger.qty.next = self.fill_qty.q.val();
        if self.state.q.val() == Step::FillMaker {
            self.ledger.sell.next = !self.taker_sell.q.val();
        }
        if self.state.q.val() == Step::RestLink {
            self.ledger.qty.next = self.remaining.q.val();
        }
        if self.state.q.val() == Step::Unlink1 {
            self.ledger.sell.next = self.v_sell.q.val();
            self.ledger.qty.next = self.v_counted.q.val();
            if self.fill_unlink.q.val() {
                self.ledger.sell.next = !self.taker_sell.q.val();
                self.ledger.qty.next = self.fill_qty.q.val();
            }
        }
        if self.state.q.val() == Step::ReplaceInPlace {
            self.ledger.sell.next = self.r_sell.q.val();
            self.ledger.qty.next = self.give_qty.q.val();
        }

        // Outputs and quiet defaults.
        self.msg_ready.next = false;
        self.report_valid.next = self.rep_pending.q.val();
        self.idle.next = (self.state.q.val() == Step::Idle) && !self.rep_pending.q.val();
        self.can_report.next = !self.rep_pending.q.val() || self.report_ready.val();
        self.state_next.next = self.state.q.val();
        self.resume_next.next = self.resume.q.val();
        self.emit_now.next = false;
        self.taking.next = false;
        self.take_slot.next = false;
        self.maker_fill.next = false;
        self.expire_taker.next = false;
        self.expiry_reason.next = self.reason_ioc.val();
        // The report leaves with the in_seq of the message that made it: the next message
        // is latched only as the holding register empties.
        self.report.next = self.rep.q.val();
        self.report.next.in_seq = self.m_seq.q.val();

        self.bitmap.cmd_valid.next = false;
        self.bitmap.cmd_op.next = self.bitmap_set.val();
        self.bitmap.cmd_book.next = self.book_ptr.q.val();
        self.bitmap.cmd_index.next = self.level_ptr.q.val();
        self.order_ids.cmd_valid.next = false;
        self.order_ids.cmd_op.next = self.ids_find.val();
        // The id table's key by state alone (its home bucket feeds the table's RAM address the
        // same cycle): the message's id as it arrives in the states that take one, the
        // message's own otherwise.
        self.order_ids.cmd_account.next = self.m_acct.q.val();
        self.order_ids.cmd_cl_ord_id.next = self.m_id.q.val();
        self.order_ids.cmd_home.next = self.m_home.q.val();
        // A removal that ends a message is posted, with the unlinked order's key; any other
        // is a command, with that key (the unlink states). A posted one waits while a NEW
        // may yet rest, so that its insert goes into the bucket its lookup ended on.
        self.posting.next = self.after_remove.q.val() == Step::Idle;
        self.removal_ready.next = self.ids_cmd_ready_now.val();
        if self.posting.val() {
            self.removal_ready.next = self.ids_post_ready_now.val();
        }
        // On a lane, a removal of another account's order waits while another lane holds
        // an earlier message of that account (whose lookup must still find it).
        if self.removal_hold.val() {
            self.removal_ready.next = false;
        }
        if ((self.state.q.val() == Step::Unlink1) || (self.state.q.val() == Step::UnlinkForget))
            && !self.posting.val()
        {
            self.order_ids.cmd_account.next = self.v_acct.q.val();
            self.order_ids.cmd_cl_ord_id.next = self.v_id.q.val();
            self.order_ids.cmd_home.next = self.v_home.q.val();
        }
        self.order_ids.hold_posted.next = (self.m_type.q.val() == self.msg_new.val())
            && ((self.state.q.val() == Step::Lookup)
                || (self.state.q.val() == Step::MarketPrice)
                || (self.state.q.val() == Step::Verdict));
        self.order_ids.post_valid.next = false;
        self.order_ids.post_account.next = self.v_acct.q.val();
        self.order_ids.post_cl_ord_id.next = self.v_id.q.val();
        self.order_ids.post_home.next = self.v_home.q.val();
        if (self.state.q.val() == Step::Idle)
            || (self.state.q.val() == Step::RestLink)
            || (self.state.q.val() == Step::Release)
            || (self.state.q.val() == Step::MatchEnd)
            || (self.state.q.val() == Step::UnlinkClearBest)
            || ((self.state.q.val() == Step::Unlink1) && self.posting.val())
            || ((self.state.q.val() == Step::Lookup)
                && (self.m_type.q.val() > self.msg_replace.val()))
        {
            // The states that may take the next message (the accept logic after the
            // match), none of which sends the id table a command of its own (a Lookup
            // beyond REPLACE asks the table nothing).
            self.order_ids.cmd_account.next = self.message.val().account;
            self.order_ids.cmd_cl_ord_id.next = self.message.val().cl_ord_id;
            self.order_ids.cmd_home.next = self.key_home.val();
        }
        self.order_ids.cmd_slot.next = bit_cast::<SLOT_BITS, 16>(self.rest_slot.q.val());
        self.free_slots.alloc.next = false;
        self.free_slots.give_back.next = false;
        self.free_slots.returned_slot.next = bit_cast::<SLOT_BITS, 16>(self.v_slot.q.val());

        self.accounts.write_enable.next = false;
        self.account_ends.write_enable.next = false;
        self.instruments.write_enable.next = false;
        self.ledger.headroom_set.next = false;
        self.ledger.add.next = false;
        self.ledger.reserve.next = false;
        self.ledger.exposure_clear.next = false;
        self.ledger.fill.next = false;
        self.ledger.open_change.next = false;
        self.ledger.open_less.next = false;
        self.best.write_enable.next = false;
        self.level_ends.write_enable.next = false;
        self.level_totals.write_enable.next = false;
        self.slot_ids.write_enable.next = false;
        self.slot_terms.write_enable.next = false;
        self.level_links.terminate.next = false;
        self.level_links.append.next = false;
        self.level_links.unlink.next = false;
        self.account_links.terminate.next = false;
        self.account_links.append.next = false;
        self.account_links.unlink.next = false;
        self.accounts.write_address.next = bit_cast::<ACCOUNT_BITS, 32>(self.acct_ptr.q.val());
        self.ledger.write_account.next = bit_cast::<ACCOUNT_BITS, 32>(self.acct_ptr.q.val());
        self.account_ends.write_address.next = bit_cast::<ACCOUNT_BITS, 32>(self.acct_ptr.q.val());
        self.instruments.write_address.next =
            bit_cast::<INSTRUMENT_BITS, 16>(self.inst_ptr.q.val());
        self.ledger.write_exposure.next = (bit_cast::<EXPOSURE_BITS, 32>(self.acct_ptr.q.val())
            << self.instrument_bits.val())
            | bit_cast::<EXPOSURE_BITS, 16>(self.inst_ptr.q.val());
        self.best.write_address.next = bit_cast::<BOOK_BITS, 16>(self.book_ptr.q.val());
        self.level_ends.write_address.next = (bit_cast::<LEVEL_BITS, 16>(self.book_ptr.q.val())
            << self.window_bits.val())
            | bit_cast::<LEVEL_BITS, 16>(self.level_ptr.q.val());
        self.level_totals.write_address.next = self.level_ends.write_address.val();
        self.slot_ids.write_address.next = bit_cast::<SLOT_BITS, 16>(self.rest_slot.q.val());
        self.slot_terms.write_address.next = bit_cast::<SLOT_BITS, 16>(self.slot_ptr.q.val());
        self.level_links.terminate_slot.next = bit_cast::<SLOT_BITS, 16>(self.rest_slot.q.val());
        self.level_links.append_slot.next = bit_cast::<SLOT_BITS, 16>(self.rest_slot.q.val());
        self.account_links.terminate_slot.next = bit_cast::<SLOT_BITS, 16>(self.rest_slot.q.val());
        self.account_links.append_slot.next = bit_cast::<SLOT_BITS, 16>(self.rest_slot.q.val());
        self.accounts.write_data.next = self.accounts.read_data.val();
        self.account_ends.write_data.next = self.account_ends.read_data.val();
        self.instruments.write_data.next = self.instruments.read_data.val();
        self.best.write_data.next = self.no_slot.val();
        self.level_ends.write_data.next = self.level_ends.read_data.val();
        self.level_totals.write_data.next = self.level_totals.read_data.val();
        self.slot_ids.write_data.next =
            bit_cast::<96, 64>(self.m_id.q.val()) | (bit_cast::<96, 32>(self.m_acct.q.val()) << 64);
        self.slot_terms.write_data.next = self.slot_terms.read_data.val();
        self.level_links.append_after.next = self.le_tail.val();
        self.account_links.append_after.next = self.ae_newest.val();
        self.new_head.next = self.le_head.val();
        self.new_tail.next = self.le_tail.val();
        self.new_oldest.next = self.ae_oldest.val();
        self.new_newest.next = self.ae_newest.val();

        match self.state.q.val() {
            Step::Clearing => {
                // Every table row to "nothing": no orders, no levels, unconfigured ids.
                self.accounts.write_address.next = bit_cast::<ACCOUNT_BITS, 24>(self.sweep.q.val());
                self.ledger.write_account.next = bit_cast::<ACCOUNT_BITS, 24>(self.sweep.q.val());
                self.account_ends.write_address.next =
                    bit_cast::<ACCOUNT_BITS, 24>(self.sweep.q.val());
                self.instruments.write_address.next =
                    bit_cast::<INSTRUMENT_BITS, 24>(self.sweep.q.val());
                self.ledger.write_exposure.next = bit_cast::<EXPOSURE_BITS, 24>(self.sweep.q.val());
                self.best.write_address.next = bit_cast::<BOOK_BITS, 24>(self.sweep.q.val());
                self.level_ends.write_address.next = bit_cast::<LEVEL_BITS, 24>(self.sweep.q.val());
                self.level_totals.write_address.next =
                    bit_cast::<LEVEL_BITS, 24>(self.sweep.q.val());
                self.accounts.write_data.next = 0.into();
                self.ledger.headroom_value.next = 0.into();
                self.account_ends.write_data.next = 0x2_0001_0000_u64.into();
                self.instruments.write_data.next = 0.into();
                self.best.write_data.next = self.no_slot.val();
                self.level_ends.write_data.next = 0x2_0001_0000_u64.into();
                self.level_totals.write_data.next = 0.into();
                self.accounts.write_enable.next = true;
                self.ledger.headroom_set.next = true;
                self.account_ends.write_enable.next = true;
                self.instruments.write_enable.next = true;
                self.ledger.exposure_clear.next = true;
                self.best.write_enable.next = true;
                self.level_ends.write_enable.next = true;
                self.level_totals.write_enable.next = true;
                self.sweep.d.next = self.sweep.q.val() + 1;
                if self.sweep.q.val() == self.sweep_last.val() {
                    self.state_next.next = Step::Idle;
                }
            }
            Step::Idle => {
                // Takes a message: see the accept logic after this match.
            }
            Step::Emit => {
                // Not entered: a report goes to the holding register and the FSM moves on.
                self.state_next.next = self.resume.q.val();
            }
            Step::Lookup => {
                // (No report is pending here: Idle accepts only with the register free.)
                // A lookup that could not start when the message was taken starts now; a
                // `done` before it is the last message's insert or removal finishing.
                if self.find_pending.q.val()
                    && self.ids_cmd_ready_now.val()
                    && (!self.dup_wait.q.val() || self.oldest.val())
                {
                    self.order_ids.cmd_valid.next = true;
                    self.order_ids.cmd_op.next = self.ids_find.val();
                    self.find_pending.d.next = false;
                    self.dup_wait.d.next = false;
                }
                // A CANCEL's or REPLACE's slot tables follow the id table's slot column
                // whatever the lookup and the checks decide (a reject moves no row), so the
                // key compare and the account and instrument rows reach no slot address.
                if (self.m_type.q.val() == self.msg_cancel.val())
                    || (self.m_type.q.val() == self.msg_replace.val())
                {
                    self.slot_next.next = bit_cast::<16, SLOT_BITS>(self.ids_found_slot_now.val());
                }
                // A REJECT of CANCEL/REPLACE, in case one is needed. The register is free
                // here and every field comes from registers, so it is written in every
                // cycle of Lookup, not only once the id table is done (which its key
                // compare decides): the table's read data reaches no report field.
                self.rep.d.next.event = self.ev_reject.val();
                self.rep.d.next.side = self.side_none.val();
                self.rep.d.next.instrument = self.m_inst.q.val();
                self.rep.d.next.account = self.m_acct.q.val();
                self.rep.d.next.cl_ord_id = self.m_id.q.val();
                self.rep.d.next.leaves = 0.into();
                self.rep.d.next.contra_account = 0.into();
                self.rep.d.next.contra_cl_ord_id = 0.into();
                self.rep.d.next.price = 0.into();
                self.rep.d.next.qty = 0.into();
                self.rep.d.next.present = self.columns_reason.val();
                if self.m_type.q.val() == self.msg_replace.val() {
                    self.rep.d.next.price = self.m_price.q.val();
                    self.rep.d.next.qty = self.m_qty.q.val();
                    self.rep.d.next.present = self.columns_price_qty_reason.val();
                }
                if (self.m_type.q.val() == self.msg_cancel.val())
                    || (self.m_type.q.val() == self.msg_replace.val())
                {
                    // A found order's CancelCheck and ReplaceCheck set their own reason.
                    self.rep.d.next.reason = self.reason_unknown_order.val();
                    if !self.acct_known.val() {
                        self.rep.d.next.reason = self.reason_unknown_account.val();
                    } else if !self.inst_known.val() {
                        self.rep.d.next.reason = self.reason_unknown_instrument.val();
                    } else if (self.m_type.q.val() == self.msg_replace.val())
                        && !self.a_enabled.val()
                    {
                        self.rep.d.next.reason = self.reason_account_disabled.val();
                    }
                }
                // The lookup's answer is kept while a lane's NEW waits for its slot.
                if self.lookup_now.val() {
                    self.lookup_seen.d.next = true;
                    self.id_found.d.next = self.id_found_use.val();
                    self.id_slot.d.next = bit_cast::<16, SLOT_BITS>(self.ids_found_slot_now.val());
                }
                if self.shared.val()
                    && (self.m_type.q.val() == self.msg_new.val())
                    && self.lookup_now.val()
                    && self.ids_found_any.val()
                    && !self.found_lane_ok.val()
                    && !self.oldest.val()
                {
                    // The key is another lane's order, which an earlier message there may
                    // still remove: asked again once every earlier message is done.
                    self.find_pending.d.next = true;
                    self.dup_wait.d.next = true;
                    self.lookup_seen.d.next = false;
                    self.id_found.d.next = false;
                } else if (self.m_type.q.val() > self.msg_replace.val())
                    || ((self.lookup_now.val() || self.lookup_seen.q.val())
                        && self.slot_answered.val())
                {
                    self.resume_next.next = Step::Idle;
                    self.state_next.next = Step::Idle;
                    if self.m_type.q.val() == self.msg_new.val() {
                        self.state_next.next = Step::Verdict;
                        if self.order_market.q.val() {
                            self.state_next.next = Step::MarketPrice;
                        }
                    } else if (self.m_type.q.val() == self.msg_cancel.val())
                        || (self.m_type.q.val() == self.msg_replace.val())
                    {
                        // The REJECT above, unless every check before the order's own
                        // passes and the order is found.
                        self.state_next.next = Step::Emit;
                        if self.acct_known.val()
                            && self.inst_known.val()
                            && (self.a_enabled.val()
                                || (self.m_type.q.val() == self.msg_cancel.val()))
                            && self.id_found_use.val()
                        {
                            self.state_next.next = Step::ReplaceCheck;
                            if self.m_type.q.val() == self.msg_cancel.val() {
                                self.state_next.next = Step::CancelCheck;
                            }
                        }
                    } else if self.m_type.q.val() == self.msg_ref.val() {
                        if self.inst_known.val() {
                            self.instruments.write_data.next =
                                self.instrument_row.with_reference.val();
                            self.instruments.write_enable.next = true;
                        }
                    } else if self.m_type.q.val() == self.msg_kill.val() {
                        if self.acct_known.val() {
                            // Disable (an account already disabled stays as it is).
                            self.accounts.write_data.next = self.account_row.disabled_row.val();
                            self.accounts.write_enable.next = self.a_enabled.val();
                            self.kill_sum.d.next = 0.into();
                            self.state_next.next = Step::KillRead;
                        }
                    } else if self.m_type.q.val() == self.msg_enable.val() {
                        if self.acct_known.val() && !self.a_enabled.val() {
                            self.accounts.write_data.next = self.account_row.enabled_row.val();
                            self.accounts.write_enable.next = true;
                        }
                    } else if self.m_type.q.val() == self.msg_headroom.val() {
                        if self.acct_known.val() {
                            self.ledger.add.next = true;
                        }
                    } else if self.inst_known.val() {
                        // RATES: the side's per-lot reservation.
                        self.instruments.write_data.next = self.instrument_row.with_rate.val();
                        self.instruments.write_enable.next = true;
                    }
                }
            }
            Step::Verdict => {
                // The slot and level tables point at the order's free slot and own level,
                // whether it rests, matches or is rejected, and whether this state waits:
                // no state after it reads them before moving them (MatchTop, FokLook and
                // RestAlloc point them again), so no check reaches their addresses.
                self.slot_next.next = bit_cast::<16, SLOT_BITS>(self.free_slots.slot.val());
                self.level_next_ptr.next = self.limit_idx.q.val();
                // Only when the report register is free by the next cycle and the bitmap is
                // idle (every bitmap command of this message comes after this state).
                if self.can_report.val() && self.bitmap.cmd_ready.val() {
                    self.rep.d.next.instrument = self.m_inst.q.val();
                    self.rep.d.next.account = self.m_acct.q.val();
                    self.rep.d.next.cl_ord_id = self.m_id.q.val();
                    self.rep.d.next.side = self.m_side.q.val();
                    self.rep.d.next.qty = self.m_qty.q.val();
                    self.rep.d.next.contra_account = 0.into();
                    self.rep.d.next.contra_cl_ord_id = 0.into();
                    self.state_next.next = Step::Emit;
                    if self.verdict_fails.q.val().any() {
                        self.rep.d.next.event = self.ev_reject.val();
                        self.rep.d.next.reason = self.verdict_code.reason.val();
                        self.rep.d.next.leaves = 0.into();
                        self.rep.d.next.price = self.m_price.q.val();
                        self.rep.d.next.present = self.columns_side_price_qty_reason.val();
                        if self.order_market.q.val() {
                            self.rep.d.next.price = 0.into();
                            self.rep.d.next.present = self.columns_side_qty_reason.val();
                        }
                        self.resume_next.next = Step::Idle;
                    } else {
                        // (taker_sell and limit_idx hold the order's side and level already.)
                        self.eff_price.d.next = self.order_price_q.q.val();
                        self.rate.d.next = self.verdict_rate.q.val();
                        self.stp_eff.d.next = self.m_stp.q.val();
                        if self.m_stp.q.val() == 0 {
                            self.stp_eff.d.next = self.a_stp.val();
                        }
                        self.post_only_eff.d.next = self.order_post_only.q.val();
                        self.remaining.d.next = self.m_qty.q.val();
                        self.reserved.d.next = self.verdict_reservation.q.val();
                        self.rep.d.next.event = self.ev_ack.val();
                        self.rep.d.next.reason = self.no_reason.val();
                        self.rep.d.next.price = self.order_price_q.q.val();
                        self.rep.d.next.leaves = self.m_qty.q.val();
                        self.rep.d.next.present = self.columns_side_price_qty_leaves.val();
                        // Accepted: the reservation is taken now; the best-price pointer already
                        // reads the opposite book, so matching starts at MatchTop.
                        self.ledger.reserve.next = true;
                        self.fok_level.d.next = self.best.read_data.val();
                        self.fok_short.d.next = bit_cast::<65, 32>(self.m_qty.q.val()) - 1;
                        // Next: FOK's walk; the match loop when the best opposite level
                        // crosses; otherwise straight to resting (GTC) or expiring.
                        self.rest_new.d.next = true;
                        if self.order_tif.q.val() == self.tif_fok.val() {
                            self.resume_next.next = Step::FokLook;
                        } else if (self.order_tif.q.val() == self.tif_gtc.val())
                            && !self.best_crosses.val()
                        {
                            self.resume_next.next = Step::RestAlloc;
                            if self.ids_cmd_ready_now.val() {
                                // Rests without matching: RestAlloc's work now (the
                                // pointers move below).
                                self.take_slot.next = true;
                                self.resume_next.next = Step::RestLink;
                            }
                        } else if self.best_crosses.val() {
                            self.resume_next.next = Step::MatchTop;
                        } else {
                            self.resume_next.next = Step::MatchEnd;
                        }
                    }
                    // A GTC order that does not cross rests next: point the tables at its
                    // book (whatever the verdict; a REJECT goes to Idle, which moves every
                    // pointer again). Decided without the risk verdict, so the verdict does
                    // not reach the RAM read addresses, and from the limit price alone (a
                    // MARKET GTC order is rejected), so the MARKET protection price does not
                    // either. (Its slot and level are pointed at above, whatever it does.)
                    if (self.order_tif.q.val() == self.tif_gtc.val())
                        && !self.crosses_early.q.val()
                        && self.ids_cmd_ready_now.val()
                    {
                        self.book_next.next = self.m_inst.q.val() << 1;
                        if self.m_sell.q.val() {
                            self.book_next.next = (self.m_inst.q.val() << 1) | 1;
                        }
                    }
                }
            }
            Step::FokLook => {
                if !self.fok_crosses.val() || self.fok_short.q.val().get_bit(64) {
                    self.state_next.next = Step::FokDecide;
                } else {
                    self.level_next_ptr.next = self.fok_level.q.val().get_bits::<16>(0);
                    self.state_next.next = Step::FokAdd;
                }
            }
            Step::FokAdd => {
                self.fok_short.d.next = self.fok_short.q.val()
                    - bit_cast::<65, LEVEL_TOTAL_BITS>(self.level_totals.read_data.val());
                self.bitmap.cmd_valid.next = true;
                self.bitmap.cmd_op.next = self.bitmap_above.val();
                if self.taker_sell.q.val() {
                    self.bitmap.cmd_op.next = self.bitmap_below.val();
                }
                self.state_next.next = Step::FokWait;
            }
            Step::FokWait => {
                if self.bitmap.done.val() {
                    self.fok_level.d.next = self.no_slot.val();
                    if self.bitmap.found.val() {
                        self.fok_level.d.next = bit_cast::<17, 16>(self.bitmap.found_index.val());
                    }
                    self.state_next.next = Step::FokLook;
                }
            }
            Step::FokDecide => {
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    if !self.fok_short.q.val().get_bit(64) {
                        self.rep.d.next.event = self.ev_expired.val();
                        self.rep.d.next.reason = self.reason_fok.val();
                        self.rep.d.next.side = self.taker_side_code.val();
                        self.rep.d.next.present = self.columns_side_price_qty_leaves_reason.val();
                        self.rep.d.next.price = self.eff_price.q.val();
                        self.rep.d.next.qty = self.m_qty.q.val();
                        self.rep.d.next.leaves = 0.into();
                        self.give_acct.d.next = self.m_acct.q.val();
                        self.give_qty.d.next = self.m_qty.q.val();
                        self.give_rate.d.next = self.rate.q.val();
                        self.after_release.d.next = Step::Idle;
                        self.resume_next.next = Step::ReleaseRead;
                        self.state_next.next = Step::Emit;
                    } else {
                        // The walk kept the tables on the opposite book; they stay there.
                        self.book_next.next = self.taker_opposite_book.val();
                        self.state_next.next = Step::MatchTop;
                    }
                }
            }
            Step::ReleaseRead => {
                self.acct_next.next = self.give_acct.q.val();
                self.state_next.next = Step::Release;
            }
            Step::Release => {
                self.ledger.add.next = true;
                self.state_next.next = self.after_release.q.val();
            }
            Step::MatchTop => {
                // The best level's rows are read whether or not it crosses, so the price
                // compare reaches no table address (MatchEnd sets the pointers it needs).
                self.level_next_ptr.next = self.best_idx.val();
                self.maker_level.d.next = self.best_idx.val();
                if (self.remaining.q.val() == 0) || !self.best_crosses.val() {
                    self.state_next.next = Step::MatchEnd;
                } else {
                    self.state_next.next = Step::MatchHead;
                }
            }
            Step::MatchHead => {
                self.slot_next.next = self.le_head.val().get_bits::<16>(0);
                self.state_next.next = Step::MatchMaker;
            }
            Step::MatchMaker => {
                // Look the next best level up while this one is filled (the bitmap is idle
                // here), so that emptying it costs no search.
                if !self.ahead_valid.q.val()
                    && !self.ahead_pending.q.val()
                    && self.bitmap.cmd_ready.val()
                {
                    self.bitmap.cmd_valid.next = true;
                    self.bitmap.cmd_op.next = self.bitmap_above.val();
                    if self.taker_sell.q.val() {
                        self.bitmap.cmd_op.next = self.bitmap_below.val();
                    }
                    self.ahead_pending.d.next = true;
                }
                // The taker's rows, for its FILL. Chosen whatever the maker's account, so
                // the compare below reaches no table address: self-trade prevention goes
                // to the same account, or moves the pointer itself (ReleaseRead, Unlink0).
                self.acct_next.next = self.m_acct.q.val();
                self.inst_next.next = self.m_inst.q.val();
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    self.maker_last.d.next = self.level_links.next_slot.val().get_bit(16);
                    self.maker_slot.d.next = self.slot_ptr.q.val();
                    self.maker_acct.d.next = self.s_acct.val();
                    self.maker_id.d.next = self.s_id.val();
                    self.maker_home.d.next = self.s_home.val();
                    self.maker_price.d.next = self.t_price.val();
                    self.maker_leaves.d.next = self.t_leaves.val();
                    self.maker_rate.d.next = self.t_rate.val();
                    if self.own_maker.val() && (self.stp_eff.q.val() != self.stp_none.val()) {
                        if self.stp_eff.q.val() == self.stp_incoming.val() {
                            self.state_next.next = Step::MatchStopped;
                        } else {
                            // Self-trade prevention cancels the resting order.
                            self.rep.d.next.event = self.ev_canceled.val();
                            self.rep.d.next.reason = self.reason_self_trade.val();
                            self.rep.d.next.side = self.maker_side_code.val();
                            self.rep.d.next.present =
                                self.columns_side_price_qty_leaves_reason.val();
                            self.rep.d.next.instrument = self.m_inst.q.val();
                            self.rep.d.next.account = self.s_acct.val();
                            self.rep.d.next.cl_ord_id = self.s_id.val();
                            self.rep.d.next.price = self.t_price.val();
                            self.rep.d.next.qty = self.t_leaves.val();
                            self.rep.d.next.leaves = 0.into();
                            self.rep.d.next.contra_account = 0.into();
                            self.rep.d.next.contra_cl_ord_id = 0.into();
                            self.give_acct.d.next = self.s_acct.val();
                            self.give_qty.d.next = self.t_leaves.val();
                            self.give_rate.d.next = self.t_rate.val();
                            self.after_release.d.next = Step::StpRemove;
                            self.resume_next.next = Step::ReleaseRead;
                            self.state_next.next = Step::Emit;
                        }
                    } else {
                        self.fill_qty.d.next = self.fill_now.val();
                        self.maker_left.d.next = self.fill_left_maker.val();
                        // A match: the maker's leaves and the level total go down now.
                        self.slot_terms.write_data.next = self.terms_write.with_leaves.val();
                        self.slot_terms.write_enable.next = true;
                        self.level_totals.write_data.next = self.fill_left_total.val();
                        self.level_totals.write_enable.next = true;
                        self.remaining.d.next = self.fill_left_taker.val();
                        self.state_next.next = Step::FillTaker;
                    }
                }
            }
            Step::StpRemove => {
                self.v_slot.d.next = self.maker_slot.q.val();
                self.v_acct.d.next = self.maker_acct.q.val();
                self.v_inst.d.next = self.m_inst.q.val();
                self.v_sell.d.next = !self.taker_sell.q.val();
                self.v_level.d.next = self.maker_level.q.val();
                self.v_counted.d.next = self.maker_leaves.q.val();
                self.v_unrest.d.next = true;
                self.v_forget.d.next = true;
                self.v_id.d.next = self.maker_id.q.val();
                self.v_home.d.next = self.maker_home.q.val();
                self.after_remove.d.next = Step::MatchTop;
                if self.stp_eff.q.val() == self.stp_both.val() {
                    self.after_remove.d.next = Step::MatchStopped;
                }
                // Every table pointer already sits on the maker's rows (slot, account,
                // book, level), so the unlink starts with its reads done.
                self.state_next.next = Step::Unlink1;
            }
            Step::FillTaker => {
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    self.ledger.fill.next = true;
                    self.acct_next.next = self.maker_acct.q.val();
                    // The taker's FILL.
                    self.rep.d.next.event = self.ev_fill.val();
                    self.rep.d.next.reason = self.no_reason.val();
                    self.rep.d.next.side = self.taker_side_code.val();
                    self.rep.d.next.present = self.columns_side_price_qty_leaves_contra.val();
                    self.rep.d.next.instrument = self.m_inst.q.val();
                    self.rep.d.next.account = self.m_acct.q.val();
                    self.rep.d.next.cl_ord_id = self.m_id.q.val();
                    self.rep.d.next.price = self.maker_price.q.val();
                    self.rep.d.next.qty = self.fill_qty.q.val();
                    self.rep.d.next.leaves = self.remaining.q.val();
                    self.rep.d.next.contra_account = self.maker_acct.q.val();
                    self.rep.d.next.contra_cl_ord_id = self.maker_id.q.val();
                    self.resume_next.next = Step::FillMaker;
                    self.fill_unlink.d.next = false;
                    if self.maker_left.q.val() == 0 {
                        // Filled: out of its level, its account's list and the id table,
                        // with its exposure row and FILL. Every table pointer sits on the
                        // maker's rows (slot, book, level; the account from this state on).
                        self.v_slot.d.next = self.maker_slot.q.val();
                        self.v_acct.d.next = self.maker_acct.q.val();
                        self.v_inst.d.next = self.m_inst.q.val();
                        self.v_sell.d.next = !self.taker_sell.q.val();
                        self.v_level.d.next = self.maker_level.q.val();
                        self.v_counted.d.next = 0.into();
                        self.v_unrest.d.next = true;
                        self.v_forget.d.next = true;
                        self.v_id.d.next = self.maker_id.q.val();
                        self.v_home.d.next = self.maker_home.q.val();
                        self.after_remove.d.next = Step::MatchTop;
                        self.fill_unlink.d.next = true;
                        self.resume_next.next = Step::Unlink1;
                    }
                    if bit_cast::<ACCOUNT_BITS, 32>(self.maker_acct.q.val())
                        == bit_cast::<ACCOUNT_BITS, 32>(self.m_acct.q.val())
                    {
                        // Same row: let the read see this write first.
                        self.resume_next.next = Step::FillGap;
                    }
                    self.state_next.next = Step::Emit;
                }
            }
            Step::FillGap => {
                self.state_next.next = Step::FillMaker;
                if self.fill_unlink.q.val() {
                    self.state_next.next = Step::Unlink1;
                }
            }
            Step::FillMaker => {
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    // The maker keeps leaves, so the taker has none left.
                    self.maker_fill.next = true;
                    self.resume_next.next = Step::MatchEnd;
                    self.state_next.next = Step::Emit;
                }
            }
            Step::MatchStopped => {
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    // Self-trade prevention stops the incoming order.
                    self.expire_taker.next = true;
                    self.expiry_reason.next = self.reason_self_trade.val();
                    self.after_release.d.next = Step::Idle;
                    self.resume_next.next = Step::ReleaseRead;
                    if self.replacing.q.val() {
                        // The replaced order is out of its level already: forget it, and
                        // give the reservation back as it goes.
                        self.v_slot.d.next = self.r_slot.q.val();
                        self.v_acct.d.next = self.m_acct.q.val();
                        self.v_inst.d.next = self.m_inst.q.val();
                        self.v_unrest.d.next = false;
                        self.v_forget.d.next = true;
                        self.v_release.d.next = true;
                        self.v_id.d.next = self.m_id.q.val();
                        self.v_home.d.next = self.m_home.q.val();
                        self.after_remove.d.next = Step::Idle;
                        self.resume_next.next = Step::Unlink0;
                    }
                    self.state_next.next = Step::Emit;
                }
            }
            Step::MatchEnd => {
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    if self.remaining.q.val() == 0 {
                        self.state_next.next = Step::Idle;
                        if self.replacing.q.val() {
                            self.v_slot.d.next = self.r_slot.q.val();
                            self.v_acct.d.next = self.m_acct.q.val();
                            self.v_inst.d.next = self.m_inst.q.val();
                            self.v_unrest.d.next = false;
                            self.v_forget.d.next = true;
                            self.v_id.d.next = self.m_id.q.val();
                            self.v_home.d.next = self.m_home.q.val();
                            self.after_remove.d.next = Step::Idle;
                            self.state_next.next = Step::Unlink0;
                        }
                    } else if self.replacing.q.val() {
                        self.rest_slot.d.next = self.r_slot.q.val();
                        self.rest_new.d.next = false;
                        self.state_next.next = Step::RestRead;
                    } else if self.order_tif.q.val() == self.tif_gtc.val() {
                        self.rest_new.d.next = true;
                        self.state_next.next = Step::RestAlloc;
                    } else {
                        self.expire_taker.next = true;
                        self.expiry_reason.next = self.reason_ioc.val();
                        self.after_release.d.next = Step::Idle;
                        self.resume_next.next = Step::ReleaseRead;
                        self.state_next.next = Step::Emit;
                    }
                }
            }
            Step::RestAlloc => {
                // A slot and the id-table entry; the insert runs on while the links are
                // written (nothing else in this message uses the id table). The pointers
                // move to the new order's rows, and its forward links start empty. The
                // bitmap may still be clearing a level emptied by the match (RestLink sets
                // one).
                if self.ids_cmd_ready_now.val() && self.bitmap.cmd_ready.val() {
                    self.take_slot.next = true;
                    self.slot_next.next = bit_cast::<16, SLOT_BITS>(self.free_slots.slot.val());
                    self.acct_next.next = self.m_acct.q.val();
                    self.inst_next.next = self.m_inst.q.val();
                    self.book_next.next = self.m_inst.q.val() << 1;
                    if self.taker_sell.q.val() {
                        self.book_next.next = (self.m_inst.q.val() << 1) | 1;
                    }
                    self.level_next_ptr.next = self.limit_idx.q.val();
                    self.state_next.next = Step::RestLink;
                }
            }
            Step::RestRead => {
                // As RestAlloc, for the slot a replaced order keeps.
                if self.bitmap.cmd_ready.val() {
                    self.slot_next.next = self.rest_slot.q.val();
                    self.acct_next.next = self.m_acct.q.val();
                    self.inst_next.next = self.m_inst.q.val();
                    self.book_next.next = self.m_inst.q.val() << 1;
                    if self.taker_sell.q.val() {
                        self.book_next.next = (self.m_inst.q.val() << 1) | 1;
                    }
                    self.level_next_ptr.next = self.limit_idx.q.val();
                    self.level_links.terminate.next = true;
                    self.account_links.terminate.next = self.rest_new.q.val();
                    self.state_next.next = Step::RestLink;
                }
            }
            Step::RestLink => {
                self.slot_terms.write_address.next =
                    bit_cast::<SLOT_BITS, 16>(self.rest_slot.q.val());
                self.slot_terms.write_data.next = self.terms_write.resting_row.val();
                self.slot_terms.write_enable.next = true;
                // Back of the level.
                self.level_links.append.next = true;
                if self.le_tail.val().get_bit(16) {
                    self.new_head.next = bit_cast::<17, 16>(self.rest_slot.q.val());
                }
                self.level_ends.write_data.next = bit_cast::<34, 17>(self.new_head.val())
                    | (bit_cast::<34, 16>(self.rest_slot.q.val()) << 17);
                self.level_ends.write_enable.next = true;
                self.level_totals.write_data.next = self.level_totals.read_data.val()
                    + bit_cast::<LEVEL_TOTAL_BITS, 32>(self.remaining.q.val());
                self.level_totals.write_enable.next = true;
                self.ledger.open_change.next = true;
                // Newest of its account (a NEW; a replaced order keeps its place).
                if self.rest_new.q.val() {
                    self.account_links.append.next = true;
                    if self.ae_newest.val().get_bit(16) {
                        self.new_oldest.next = bit_cast::<17, 16>(self.rest_slot.q.val());
                    }
                    self.account_ends.write_data.next = bit_cast::<34, 17>(self.new_oldest.val())
                        | (bit_cast::<34, 16>(self.rest_slot.q.val()) << 17);
                    self.account_ends.write_enable.next = true;
                }
                // A level that was empty may be the new best, and is marked in the bitmap
                // (the set runs on; the next bitmap command waits for it).
                if self.le_tail.val().get_bit(16) {
                    self.bitmap.cmd_valid.next = true;
                    self.bitmap.cmd_op.next = self.bitmap_set.val();
                }
                if self.le_tail.val().get_bit(16)
                    && (self.best_empty.val()
                        || (self.taker_sell.q.val()
                            && (self.limit_idx.q.val() < self.best_idx.val()))
                        || (!self.taker_sell.q.val()
                            && (self.limit_idx.q.val() > self.best_idx.val())))
                {
                    self.best.write_data.next = bit_cast::<17, 16>(self.limit_idx.q.val());
                    self.best.write_enable.next = true;
                }
                self.state_next.next = Step::Idle;
            }
            Step::Unlink0 => {
                self.slot_next.next = self.v_slot.q.val();
                self.acct_next.next = self.v_acct.q.val();
                self.inst_next.next = self.v_inst.q.val();
                self.book_next.next = self.v_inst.q.val() << 1;
                if self.v_sell.q.val() {
                    self.book_next.next = (self.v_inst.q.val() << 1) | 1;
                }
                self.level_next_ptr.next = self.v_level.q.val();
                self.state_next.next = Step::Unlink1;
            }
            Step::Unlink1 => {
                // A filled maker comes here straight from FillTaker (fill_unlink): its
                // exposure row and FILL go with the unlink, once the report register is free.
                if (!self.fill_unlink.q.val() || self.can_report.val())
                    && self.bitmap.cmd_ready.val()
                {
                    if self.v_release.q.val() {
                        if self.shared.val() && (self.after_remove.q.val() == Step::KillRead) {
                            // A lane's KILL sums its reservations and gives them back once,
                            // in its turn (lanes write one account's headroom in turns).
                            self.kill_sum.d.next =
                                self.kill_sum.q.val() + bit_cast::<80, 64>(self.addend_q.q.val());
                        } else {
                            self.ledger.add.next = true;
                        }
                        self.v_release.d.next = false;
                    }
                    if self.v_unrest.q.val() {
                        // Out of the level's FIFO.
                        self.level_links.unlink.next = true;
                        if self.level_links.prev_slot.val().get_bit(16) {
                            self.new_head.next = self.level_links.next_slot.val();
                        }
                        if self.level_links.next_slot.val().get_bit(16) {
                            self.new_tail.next = self.level_links.prev_slot.val();
                        }
                        self.level_ends.write_data.next = bit_cast::<34, 17>(self.new_head.val())
                            | (bit_cast::<34, 17>(self.new_tail.val()) << 17);
                        self.level_ends.write_enable.next = true;
                        // Leaves still counted in the level and the open quantity (none for a
                        // filled maker, whose exposure row was written the cycle before and so
                        // is not read fresh here).
                        if self.v_counted.q.val() != 0 {
                            self.level_totals.write_data.next = self.level_totals.read_data.val()
                                - bit_cast::<LEVEL_TOTAL_BITS, 32>(self.v_counted.q.val());
                            self.level_totals.write_enable.next = true;
                            self.ledger.open_change.next = true;
                            self.ledger.open_less.next = true;
                        }
                    }
                    if self.v_forget.q.val() {
                        // Out of the account's acceptance-ordered list.
                        self.account_links.unlink.next = true;
                        if self.account_links.prev_slot.val().get_bit(16) {
                            self.new_oldest.next = self.account_links.next_slot.val();
                        }
                        if self.account_links.next_slot.val().get_bit(16) {
                            self.new_newest.next = self.account_links.prev_slot.val();
                        }
                        self.account_ends.write_data.next =
                            bit_cast::<34, 17>(self.new_oldest.val())
                                | (bit_cast::<34, 17>(self.new_newest.val()) << 17);
                        self.account_ends.write_enable.next = true;
                    }
                    // Out of the id table (posted, or a command the table runs on) and back to
                    // the free list now when the table takes it, else in UnlinkForget. (A post
                    // is offered whether or not the table can take it: a post that waits
                    // makes it run the one before.)
                    self.state_next.next = Step::UnlinkForget;
                    self.order_ids.post_valid.next =
                        self.v_forget.q.val() && self.posting.val() && !self.removal_hold.val();
                    if self.v_forget.q.val() && self.removal_ready.val() {
                        self.order_ids.cmd_valid.next = !self.posting.val();
                        self.order_ids.cmd_op.next = self.ids_remove.val();
                        self.free_slots.give_back.next = true;
                        self.v_forget.d.next = false;
                    }
                    // A head maker that was its level's last (registered in MatchMaker, so
                    // that no link or level row read reaches the address): the level tables
                    // point at the next best level whenever it is known; the states that
                    // need the emptied level instead (the bitmap's search and clear) follow
                    // only when it is not.
                    if (self.after_remove.q.val() == Step::MatchTop)
                        && self.maker_last.q.val()
                        && self.ahead_valid.q.val()
                    {
                        self.level_next_ptr.next = self.ahead_index.q.val();
                        self.maker_level.d.next = self.ahead_index.q.val();
                    }
                    if self.v_unrest.q.val() && self.new_head.val().get_bit(16) {
                        // The level emptied. The best one: find the next best first (strictly
                        // beyond this level, so its bit need not be clear yet), clear the bit
                        // after. Any other: clear its bit.
                        self.bitmap.cmd_valid.next = true;
                        if !self.best_empty.val()
                            && (self.best_idx.val() == self.v_level.q.val())
                            && self.ahead_valid.q.val()
                        {
                            // The next best is known already: it is the best now, the
                            // emptied level's bit is cleared (running on), and a match that
                            // goes on reads the new level's head next.
                            self.ahead_valid.d.next = false;
                            self.best.write_data.next = self.no_slot.val();
                            if self.ahead_found.q.val() {
                                self.best.write_data.next =
                                    bit_cast::<17, 16>(self.ahead_index.q.val());
                            }
                            self.best.write_enable.next = true;
                            self.bitmap.cmd_op.next = self.bitmap_clear.val();
                            self.state_next.next = Step::UnlinkForget;
                            if !self.v_forget.q.val() || self.removal_ready.val() {
                                self.state_next.next = self.after_remove.q.val();
                                if self.after_remove.q.val() == Step::MatchTop {
                                    self.state_next.next = Step::MatchEnd;
                                    if (self.remaining.q.val() != 0) && self.ahead_crosses.val() {
                                        self.state_next.next = Step::MatchHead;
                                    }
                                }
                            }
                        } else if !self.best_empty.val()
                            && (self.best_idx.val() == self.v_level.q.val())
                        {
                            self.bitmap.cmd_op.next = self.bitmap_below.val();
                            if self.v_sell.q.val() {
                                self.bitmap.cmd_op.next = self.bitmap_above.val();
                            }
                            self.state_next.next = Step::UnlinkSearchWait;
                        } else {
                            // Any other level: its bit is cleared running on (every state
                            // that sends the bitmap a command waits for it to be idle).
                            self.bitmap.cmd_op.next = self.bitmap_clear.val();
                            if !self.v_forget.q.val() || self.removal_ready.val() {
                                self.state_next.next = self.after_remove.q.val();
                            }
                        }
                    } else if !self.v_forget.q.val() || self.removal_ready.val() {
                        self.state_next.next = self.after_remove.q.val();
                        if (self.after_remove.q.val() == Step::MatchTop)
                            && (self.remaining.q.val() != 0)
                            && (self.v_counted.q.val() == 0)
                        {
                            // A filled head of the best level left and the level has more: its
                            // next order is the new head, at the same (still crossing) level.
                            // (Not after a self-trade cancel: the level total written here
                            // would not be read fresh by MatchMaker.)
                            self.slot_next.next =
                                self.level_links.next_slot.val().get_bits::<16>(0);
                            self.state_next.next = Step::MatchMaker;
                        }
                    }
                    if self.fill_unlink.q.val() {
                        self.fill_unlink.d.next = false;
                        self.maker_fill.next = true;
                        self.emit_now.next = true;
                    }
                } else {
                    self.state_next.next = Step::Unlink1;
                }
            }
            Step::UnlinkSearchWait => {
                if self.bitmap.done.val() {
                    self.best.write_data.next = self.no_slot.val();
                    if self.bitmap.found.val() {
                        self.best.write_data.next =
                            bit_cast::<17, 16>(self.bitmap.found_index.val());
                    }
                    self.best.write_enable.next = true;
                    // Then the emptied level's bit is cleared (UnlinkClearBest).
                    self.after_clear.d.next = Step::UnlinkForget;
                    if !self.v_forget.q.val() {
                        self.after_clear.d.next = self.after_remove.q.val();
                    }
                    self.state_next.next = Step::UnlinkClearBest;
                }
            }
            Step::UnlinkClearBest => {
                // The clear runs on (2 cycles); the next bitmap command is at least that far
                // off, and every state that sends one waits for the bitmap to be idle.
                self.bitmap.cmd_valid.next = true;
                self.bitmap.cmd_op.next = self.bitmap_clear.val();
                self.bitmap.cmd_index.next = self.v_level.q.val();
                self.state_next.next = self.after_clear.q.val();
            }
            Step::UnlinkForget => {
                // Out of the id table (posted, or a command the table runs on) and back to the
                // free list.
                self.order_ids.post_valid.next =
                    self.v_forget.q.val() && self.posting.val() && !self.removal_hold.val();
                if !self.v_forget.q.val() {
                    self.state_next.next = self.after_remove.q.val();
                } else if self.removal_ready.val() {
                    self.order_ids.cmd_valid.next = !self.posting.val();
                    self.order_ids.cmd_op.next = self.ids_remove.val();
                    self.free_slots.give_back.next = true;
                    self.state_next.next = self.after_remove.q.val();
                }
            }
            Step::CancelCheck => {
                // Only when the report register is free by the next cycle and the bitmap is
                // idle.
                if self.can_report.val() && self.bitmap.cmd_ready.val() {
                    self.state_next.next = Step::Emit;
                    if self.t_inst.val() != self.m_inst.q.val() {
                        self.rep.d.next.reason = self.reason_unknown_order.val();
                    } else {
                        self.v_slot.d.next = self.slot_ptr.q.val();
                        self.v_acct.d.next = self.m_acct.q.val();
                        self.v_inst.d.next = self.m_inst.q.val();
                        self.v_sell.d.next = self.t_sell.val();
                        self.v_level.d.next = self.t_level.val();
                        self.v_counted.d.next = self.t_leaves.val();
                        self.v_unrest.d.next = true;
                        self.v_forget.d.next = true;
                        self.v_id.d.next = self.m_id.q.val();
                        self.v_home.d.next = self.m_home.q.val();
                        self.rep.d.next.event = self.ev_canceled.val();
                        self.rep.d.next.reason = self.reason_user.val();
                        self.rep.d.next.side = self.side_buy.val();
                        if self.t_sell.val() {
                            self.rep.d.next.side = self.side_sell.val();
                        }
                        self.rep.d.next.present = self.columns_side_price_qty_leaves_reason.val();
                        self.rep.d.next.price = self.t_price.val();
                        self.rep.d.next.qty = self.t_leaves.val();
                        self.give_acct.d.next = self.m_acct.q.val();
                        self.give_qty.d.next = self.t_leaves.val();
                        self.give_rate.d.next = self.t_rate.val();
                        self.v_release.d.next = true;
                        self.v_level_stays.d.next = !self.level_links.prev_slot.val().get_bit(16)
                            || !self.level_links.next_slot.val().get_bit(16);
                        self.after_remove.d.next = Step::Idle;
                        self.resume_next.next = Step::Unlink0;
                    }
                }
            }
            Step::ReplaceCheck => {
                // Only when the report register is free by the next cycle and the bitmap is
                // idle.
                if self.can_report.val() && self.bitmap.cmd_ready.val() {
                    self.r_slot.d.next = self.slot_ptr.q.val();
                    self.r_old_leaves.d.next = self.t_leaves.val();
                    self.released_less_qty.d.next = bit_cast::<68, 32>(self.t_leaves.val())
                        - bit_cast::<68, 32>(self.m_qty.q.val());
                    self.r_old_rate.d.next = self.t_rate.val();
                    self.r_sell.d.next = self.t_sell.val();
                    // The order's own level, for an in-place REPLACE, whatever the checks
                    // below decide: the tables' address then depends on the row read, not on
                    // the checks (a REPLACE that loses priority points at the opposite book
                    // in ReplaceRelease).
                    self.book_next.next = self.m_inst.q.val() << 1;
                    if self.t_sell.val() {
                        self.book_next.next = (self.m_inst.q.val() << 1) | 1;
                    }
                    self.level_next_ptr.next = self.t_level.val();
                    self.r_post_only.d.next = self.t_post_only.val();
                    self.r_stp.d.next = self.t_stp.val();
                    self.r_level.d.next = self.t_level.val();
                    self.give_acct.d.next = self.m_acct.q.val();
                    self.give_rate.d.next = self.t_rate.val();
                    self.give_qty.d.next = self.t_leaves.val();
                    if self.t_inst.val() != self.m_inst.q.val() {
                        self.rep.d.next.reason = self.reason_unknown_order.val();
                        self.state_next.next = Step::Emit;
                    } else if self.m_qty.q.val() == 0 {
                        self.rep.d.next.reason = self.reason_invalid_qty.val();
                        self.state_next.next = Step::Emit;
                    } else if (self.m_price.q.val() == self.t_price.val())
                        && (self.m_qty.q.val() <= self.t_leaves.val())
                    {
                        // Same price, no more leaves: in place, keeping priority.
                        self.give_qty.d.next = self.t_leaves.val() - self.m_qty.q.val();
                        self.state_next.next = Step::ReplaceInPlace;
                    } else {
                        // Loses priority: checked as a new order against the opposite book.
                        self.state_next.next = Step::ReplaceRelease;
                    }
                }
            }
            Step::ReplaceInPlace => {
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    self.slot_terms.write_data.next = self.terms_write.with_leaves.val();
                    self.slot_terms.write_enable.next = true;
                    self.level_totals.write_data.next = self.level_totals.read_data.val()
                        - bit_cast::<LEVEL_TOTAL_BITS, 32>(self.give_qty.q.val());
                    self.level_totals.write_enable.next = true;
                    self.ledger.open_change.next = true;
                    self.ledger.open_less.next = true;
                    // The reduced lots' reservation goes back in Release, from the registered
                    // product (the next message may be taken there).
                    self.after_release.d.next = Step::Idle;
                    self.rep.d.next.event = self.ev_replaced.val();
                    self.rep.d.next.reason = self.no_reason.val();
                    self.rep.d.next.side = self.side_buy.val();
                    if self.r_sell.q.val() {
                        self.rep.d.next.side = self.side_sell.val();
                    }
                    self.rep.d.next.present = self.columns_side_price_qty_leaves.val();
                    self.rep.d.next.price = self.m_price.q.val();
                    self.rep.d.next.qty = self.m_qty.q.val();
                    self.rep.d.next.leaves = self.m_qty.q.val();
                    self.resume_next.next = Step::Release;
                    self.state_next.next = Step::Emit;
                }
            }
            Step::MarketPrice => {
                // The protection price is a register now: the verdict, the order's price
                // and its level are registered again on the same rows for Verdict.
                self.state_next.next = Step::Verdict;
            }
            Step::ReplaceRelease => {
                // The old order's reservation (set in ReplaceCheck) becomes a register, so
                // the risk verdict starts from registers only; so do the order terms a
                // REPLACE keeps (a GTC limit order of the old side and flags). The tables
                // point at the opposite book, whose best ReplaceRisk reads.
                self.order_sell.d.next = self.r_sell.q.val();
                self.order_market.d.next = false;
                self.order_tif.d.next = self.tif_gtc.val();
                self.order_post_only.d.next = self.r_post_only.q.val();
                self.order_released.d.next = self.give_product.product.val();
                self.book_next.next = (self.m_inst.q.val() << 1) | 1;
                if self.r_sell.q.val() {
                    self.book_next.next = self.m_inst.q.val() << 1;
                }
                self.state_next.next = Step::ReplaceRisk;
            }
            Step::ReplaceRisk => {
                // The opposite book's best and the released reservation are read: the risk
                // verdict is registered for ReplaceVerdict.
                self.taker_sell.d.next = self.r_sell.q.val();
                self.limit_idx.d.next =
                    bit_cast::<16, 32>(self.m_price.q.val() - self.i_base.val());
                self.state_next.next = Step::ReplaceVerdict;
            }
            Step::ReplaceVerdict => {
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    // Unlink0's pointers, from registers, whatever the verdict (a REJECT goes
                    // to Idle): the old order's slot, account, instrument, book and level,
                    // so that the unlink starts at Unlink1. (Not while waiting: the verdict
                    // registered each cycle reads the opposite book.)
                    self.slot_next.next = self.r_slot.q.val();
                    self.acct_next.next = self.m_acct.q.val();
                    self.inst_next.next = self.m_inst.q.val();
                    self.book_next.next = self.m_inst.q.val() << 1;
                    if self.r_sell.q.val() {
                        self.book_next.next = (self.m_inst.q.val() << 1) | 1;
                    }
                    self.level_next_ptr.next = self.r_level.q.val();
                    if self.verdict_fails.q.val().any() {
                        self.rep.d.next.reason = self.verdict_code.reason.val();
                        self.state_next.next = Step::Emit;
                    } else {
                        // (taker_sell and limit_idx hold the order's side and level already.)
                        self.eff_price.d.next = self.m_price.q.val();
                        self.rate.d.next = self.verdict_rate.q.val();
                        self.stp_eff.d.next = self.r_stp.q.val();
                        self.post_only_eff.d.next = self.r_post_only.q.val();
                        self.remaining.d.next = self.m_qty.q.val();
                        self.reserved.d.next = self.verdict_reservation.q.val();
                        self.v_slot.d.next = self.r_slot.q.val();
                        self.v_acct.d.next = self.m_acct.q.val();
                        self.v_inst.d.next = self.m_inst.q.val();
                        self.v_sell.d.next = self.r_sell.q.val();
                        self.v_level.d.next = self.r_level.q.val();
                        self.v_counted.d.next = self.r_old_leaves.q.val();
                        self.v_unrest.d.next = true;
                        self.v_forget.d.next = false;
                        self.v_id.d.next = self.m_id.q.val();
                        self.v_home.d.next = self.m_home.q.val();
                        self.after_remove.d.next = Step::ReplaceHeadroom;
                        self.state_next.next = Step::Unlink1;
                    }
                }
            }
            Step::ReplaceHeadroom => {
                // The tables point at the opposite book, whose best MatchTop reads next
                // (the unlink left them on the order's own book).
                self.book_next.next = self.taker_opposite_book.val();
                // Only when the report register is free by the next cycle.
                if self.can_report.val() {
                    // Old reservation back (saturating), the new one taken.
                    self.ledger.add.next = true;
                    self.ledger.reserve.next = true;
                    self.rep.d.next.event = self.ev_replaced.val();
                    self.rep.d.next.reason = self.no_reason.val();
                    self.rep.d.next.side = self.taker_side_code.val();
                    self.rep.d.next.present = self.columns_side_price_qty_leaves.val();
                    self.rep.d.next.price = self.m_price.q.val();
                    self.rep.d.next.qty = self.m_qty.q.val();
                    self.rep.d.next.leaves = self.m_qty.q.val();
                    self.resume_next.next = Step::MatchTop;
                    self.state_next.next = Step::Emit;
                }
            }
            Step::KillRead => {
                self.acct_next.next = self.m_acct.q.val();
                self.state_next.next = Step::KillNext;
            }
            Step::KillNext => {
                if self.ae_oldest.val().get_bit(16) {
                    self.state_next.next = Step::Idle;
                    if self.shared.val() {
                        self.state_next.next = Step::KillTurn;
                    }
                } else {
                    self.slot_next.next = self.ae_oldest.val().get_bits::<16>(0);
                    self.state_next.next = Step::KillSlot;
                }
            }
            Step::KillSlot => {
                // Only when the report register is free by the next cycle and the bitmap is
                // idle.
                if self.can_report.val() && self.bitmap.cmd_ready.val() {
                    self.v_slot.d.next = self.slot_ptr.q.val();
                    self.v_acct.d.next = self.m_acct.q.val();
                    self.v_inst.d.next = self.t_inst.val();
                    self.v_sell.d.next = self.t_sell.val();
                    self.v_level.d.next = self.t_level.val();
                    self.v_counted.d.next = self.t_leaves.val();
                    self.v_unrest.d.next = true;
                    self.v_forget.d.next = true;
                    self.v_id.d.next = self.s_id.val();
                    self.v_home.d.next = self.s_home.val();
                    self.rep.d.next.event = self.ev_canceled.val();
                    self.rep.d.next.reason = self.reason_kill.val();
                    self.rep.d.next.side = self.side_buy.val();
                    if self.t_sell.val() {
                        self.rep.d.next.side = self.side_sell.val();
                    }
                    self.rep.d.next.present = self.columns_side_price_qty_leaves_reason.val();
                    self.rep.d.next.instrument = self.t_inst.val();
                    self.rep.d.next.account = self.m_acct.q.val();
                    self.rep.d.next.cl_ord_id = self.s_id.val();
                    self.rep.d.next.price = self.t_price.val();
                    self.rep.d.next.qty = self.t_leaves.val();
                    self.rep.d.next.leaves = 0.into();
                    self.rep.d.next.contra_account = 0.into();
                    self.rep.d.next.contra_cl_ord_id = 0.into();
                    self.give_acct.d.next = self.m_acct.q.val();
                    self.give_qty.d.next = self.t_leaves.val();
                    self.give_rate.d.next = self.t_rate.val();
                    self.v_release.d.next = true;
                    self.after_remove.d.next = Step::KillRead;
                    self.rep_stamp.d.next = self.s_stamp.val();
                    self.resume_next.next = Step::Unlink0;
                    self.state_next.next = Step::Emit;
                }
            }
            Step::KillTurn => {
                if self.kill_turn.val() {
                    self.state_next.next = Step::KillGive;
                }
            }
            Step::KillGive => {
                self.ledger.headroom_value.next = self
                    .kill_total
                    .val()
                    .get_bits::<64>(0)
                    .replace_bit(63, !self.kill_total.val().get_bit(63));
                if self.kill_total.val().get_bits::<16>(64).any() {
                    self.ledger.headroom_value.next = self.i64_max.val();
                }
                self.ledger.headroom_set.next = true;
                self.kill_given.next = true;
                self.kill_sum.d.next = 0.into();
                self.state_next.next = Step::Idle;
            }
            _ => {
                self.state_next.next = Step::Clearing;
            }
        }

        // A message is taken in Idle, or in the last cycle of a message when what that
        // cycle writes is not what the next message's first reads need, so they see every
        // row as one-at-a-time order would (docs/pipeline.md, "Cycle budget", item 2):
        // - RestLink, unless the message has the resting order's account and instrument
        //   (its exposure row) or is on the other side of its instrument (its book's best):
        //   of RestLink's writes, only those rows are read in a message's first cycle (the
        //   levels, links and slot are read later, and account_ends only by the states
        //   that walk the list);
        // - Release back to Idle (an expiry), when the message's account is not the one
        //   whose headroom it writes, the only row it writes;
        // - MatchEnd with the taker filled, and UnlinkClearBest back to Idle (a CANCEL that
        //   emptied the best level), which write no row;
        // - Lookup of a REF, RATES, ENABLE or HEADROOM, when the message shares no account
        //   and no instrument with it (it writes only that instrument's or account's row);
        // - Unlink1 back to Idle (a CANCEL that empties no level, a stopped or filled
        //   REPLACE's order forgotten), when the message shares no account and no instrument
        //   with the order leaving: Unlink1 writes only their rows and the order's slot and
        //   links, and posts the order's removal from the id table.
        // The bitmap's set or clear and the id table's insert or removal run on, and the
        // states that need them wait as after Idle.
        // The hazard compares use the ids' low bits, the table rows they select: an
        // unconfigured id that aliases a row only waits, never overlaps wrongly.
        self.msg_acct_low.next = bit_cast::<ACCOUNT_BITS, 32>(self.message.val().account);
        self.msg_inst_low.next = bit_cast::<INSTRUMENT_BITS, 16>(self.message.val().instrument);
        // The opposite book, whose best the message's first cycle reads (the would-cross
        // check): the accept below points the tables at it.
        self.msg_opposite_book.next = self.message.val().instrument << 1;
        if self.message.val().side == self.side_buy.val() {
            self.msg_opposite_book.next = (self.message.val().instrument << 1) | 1;
        }
        self.same_acct_as_order.next =
            self.msg_acct_low.val() == bit_cast::<ACCOUNT_BITS, 32>(self.m_acct.q.val());
        self.same_inst_as_order.next =
            self.msg_inst_low.val() == bit_cast::<INSTRUMENT_BITS, 16>(self.m_inst.q.val());
        self.overlap_ok.next = false;
        if !self.message.val().control && !self.message.val().malformed {
            if self.state.q.val() == Step::RestLink {
                // Of what RestLink writes, a message's first reads see only its exposure
                // row (its account and instrument) and its book's best (the opposite book
                // of a message on the other side of that instrument).
                self.overlap_ok.next = !(self.same_acct_as_order.val()
                    && self.same_inst_as_order.val())
                    && (bit_cast::<BOOK_BITS, 16>(self.msg_opposite_book.val())
                        != bit_cast::<BOOK_BITS, 16>(self.book_ptr.q.val()));
            }
            if (self.state.q.val() == Step::Release) && (self.after_release.q.val() == Step::Idle) {
                self.overlap_ok.next =
                    self.msg_acct_low.val() != bit_cast::<ACCOUNT_BITS, 32>(self.give_acct.q.val());
            }
            if (self.state.q.val() == Step::MatchEnd)
                && (self.remaining.q.val() == 0)
                && !self.replacing.q.val()
            {
                self.overlap_ok.next = true;
            }
            if (self.state.q.val() == Step::UnlinkClearBest)
                && (self.after_clear.q.val() == Step::Idle)
            {
                self.overlap_ok.next = true;
            }
            if (self.state.q.val() == Step::Lookup)
                && (self.m_type.q.val() > self.msg_replace.val())
                && (self.m_type.q.val() != self.msg_kill.val())
            {
                // REF, RATES, ENABLE, HEADROOM: Lookup writes the instrument's or the
                // account's row and ends; the id table was not asked.
                self.overlap_ok.next =
                    !self.same_acct_as_order.val() && !self.same_inst_as_order.val();
            }
            if (self.state.q.val() == Step::Unlink1)
                && (self.after_remove.q.val() == Step::Idle)
                && !self.fill_unlink.q.val()
                && self.bitmap.cmd_ready.val()
                && (!self.v_forget.q.val() || self.removal_ready.val())
                && (!self.v_unrest.q.val() || self.v_level_stays.q.val())
            {
                // Unlink1 ends here, back to Idle (no level empties, the removal is posted),
                // having written the order's account's and instrument's rows.
                self.overlap_ok.next = (self.msg_acct_low.val()
                    != bit_cast::<ACCOUNT_BITS, 32>(self.v_acct.q.val()))
                    && (self.msg_inst_low.val()
                        != bit_cast::<INSTRUMENT_BITS, 16>(self.v_inst.q.val()));
            }
        }
        if (self.state.q.val() == Step::Idle) || self.overlap_ok.val() {
            // A look-ahead belongs to one message's match (its answer, if it comes
            // later, is dropped).
            self.ahead_valid.d.next = false;
            self.ahead_pending.d.next = false;
            // The bitmap may still be setting the last message's level: the states that
            // lead to bitmap commands (Verdict, CancelCheck, ReplaceCheck, KillSlot) wait
            // for it instead.
            // A message is taken once the holding register is free or being emptied
            // this cycle (its report then leaves as the message is latched), so the
            // message states after Idle find it free. The id table may still be busy with
            // the last message's insert or removal: the lookup then waits (find_pending).
            self.msg_ready.next = self.can_report.val();
            if self.msg_valid.val() && self.can_report.val() {
                self.taking.next = true;
                self.find_pending.d.next = false;
                self.lookup_seen.d.next = false;
                self.dup_wait.d.next = false;
                self.m_type.d.next = self.message.val().msg_type;
                self.m_sell.d.next = self.message.val().side == self.side_sell.val();
                self.order_sell.d.next = self.message.val().side == self.side_sell.val();
                self.order_market.d.next = self.message.val().market;
                self.order_tif.d.next = self.message.val().tif;
                self.order_post_only.d.next = self.message.val().post_only;
                self.order_released.d.next = 0.into();
                if self.message.val().msg_type == self.msg_headroom.val() {
                    self.addend_q.d.next = self.message.val().amount;
                }
                self.m_side.d.next = self.message.val().side;
                self.m_stp.d.next = self.message.val().stp;
                self.m_inst.d.next = self.message.val().instrument;
                self.m_acct.d.next = self.message.val().account;
                self.acct_in_range.d.next = self.message.val().account < self.cap_accounts.q.val();
                self.inst_in_range.d.next = bit_cast::<32, 16>(self.message.val().instrument)
                    < self.cap_instruments.q.val();
                self.m_price.d.next = self.message.val().price;
                self.price_in_force.d.next = self.message.val().price;
                self.m_qty.d.next = self.message.val().qty;
                self.released_less_qty.d.next = (!bit_cast::<68, 32>(self.message.val().qty)) + 1;
                self.m_id.d.next = self.message.val().cl_ord_id;
                self.m_home.d.next = self.key_home.val();
                self.m_seq.d.next = self.message.val().in_seq;
                self.replacing.d.next = self.message.val().msg_type == self.msg_replace.val();
                self.id_found.d.next = false;
                if self.message.val().malformed
                    || (self.message.val().control && self.committed.q.val())
                {
                    // REJECT MALFORMED echoing the raw record; the side only when it is
                    // B or S. After CFG_COMMIT a control record is not order flow, and
                    // engine-sw rejects it the same way.
                    self.rep.d.next.event = self.ev_reject.val();
                    self.rep.d.next.reason = self.reason_malformed.val();
                    self.rep.d.next.side = self.side_none.val();
                    self.rep.d.next.present = self.columns_price_qty_reason.val();
                    if self.message.val().side_known {
                        self.rep.d.next.side = self.message.val().side;
                        self.rep.d.next.present = self.columns_side_price_qty_reason.val();
                    }
                    self.rep.d.next.instrument = self.message.val().instrument;
                    self.rep.d.next.account = self.message.val().account;
                    self.rep.d.next.price = self.message.val().price;
                    self.rep.d.next.qty = self.message.val().qty;
                    self.rep.d.next.leaves = 0.into();
                    self.rep.d.next.cl_ord_id = self.message.val().cl_ord_id;
                    self.rep.d.next.contra_account = 0.into();
                    self.rep.d.next.contra_cl_ord_id = 0.into();
                    self.resume_next.next = Step::Idle;
                    self.state_next.next = Step::Emit;
                } else if self.message.val().control {
                    if self.message.val().msg_type == self.cfg_commit.val() {
                        self.committed.d.next = true;
                    }
                    if self.message.val().msg_type == self.cfg_capacity.val() {
                        // The configured capacity, never beyond the build: a venue
                        // larger than the card is refused by the host, and clamping
                        // keeps every table index inside its RAM regardless.
                        self.cap_instruments.d.next = self.decoder.cap_instruments.val();
                        if self.decoder.cap_instruments.val() > self.build_instruments.val() {
                            self.cap_instruments.d.next = self.build_instruments.val();
                        }
                        self.cap_accounts.d.next = self.decoder.cap_accounts.val();
                        if self.decoder.cap_accounts.val() > self.build_accounts.val() {
                            self.cap_accounts.d.next = self.build_accounts.val();
                        }
                        self.cap_slots.d.next = self.decoder.cap_order_slots.val();
                        if self.decoder.cap_order_slots.val() > self.build_slots.val() {
                            self.cap_slots.d.next = self.build_slots.val();
                        }
                        self.cap_window.d.next = self.decoder.cap_price_window.val();
                        if self.decoder.cap_price_window.val() > self.build_window.val() {
                            self.cap_window.d.next = self.build_window.val();
                        }
                    }
                    if (self.message.val().msg_type == self.cfg_instrument.val())
                        && (bit_cast::<32, 16>(self.decoder.instrument_id.val())
                            < self.build_instruments.val())
                    {
                        self.instruments.write_address.next =
                            bit_cast::<INSTRUMENT_BITS, 16>(self.decoder.instrument_id.val());
                        self.instruments.write_data.next = self.decoder.instrument_row.val();
                        self.instruments.write_enable.next = true;
                    }
                    if (self.message.val().msg_type == self.cfg_account.val())
                        && (self.decoder.account_id.val() < self.build_accounts.val())
                    {
                        self.accounts.write_address.next =
                            bit_cast::<ACCOUNT_BITS, 32>(self.decoder.account_id.val());
                        self.accounts.write_data.next = self.decoder.account_row.val();
                        self.accounts.write_enable.next = true;
                        self.ledger.write_account.next =
                            bit_cast::<ACCOUNT_BITS, 32>(self.decoder.account_id.val());
                        self.ledger.headroom_set.next = true;
                    }
                } else {
                    self.acct_next.next = self.message.val().account;
                    self.inst_next.next = self.message.val().instrument;
                    self.book_next.next = self.msg_opposite_book.val();
                    if self.message.val().msg_type <= self.msg_replace.val() {
                        self.order_ids.cmd_valid.next = self.ids_cmd_ready_now.val();
                        self.order_ids.cmd_op.next = self.ids_find.val();
                        self.find_pending.d.next = !self.ids_cmd_ready_now.val();
                    }
                    self.state_next.next = Step::Lookup;
                }
            }
        }

        // The message's end, for a lane's merge and dispatcher: the cycle the FSM takes the
        // next message, or waits in Idle, with the message's last report leaving now or
        // gone. What it wrote lands on this edge; a posted id removal may still wait in the
        // table, which runs it before any command of its key.
        self.done.next = self.msg_open.q.val()
            && ((self.state.q.val() == Step::Idle) || self.overlap_ok.val())
            && self.can_report.val()
            && self.end_ready.val();
        self.msg_open.d.next = (self.msg_open.q.val() && !self.done.val()) || self.taking.val();

        // A resting order takes the free slot (RestAlloc, or Verdict for an order that rests
        // without matching): the slot, its id-table entry (the insert runs on) and its
        // forward links, empty.
        if self.take_slot.val() {
            self.rest_slot.d.next = bit_cast::<16, SLOT_BITS>(self.free_slots.slot.val());
            self.free_slots.alloc.next = true;
            self.slot_ids.write_address.next = self.free_slots.slot.val();
            self.slot_ids.write_enable.next = true;
            self.order_ids.cmd_valid.next = true;
            self.order_ids.cmd_op.next = self.ids_insert.val();
            self.order_ids.cmd_slot.next = self.free_slots.slot.val();
            self.level_links.terminate_slot.next = self.free_slots.slot.val();
            self.level_links.terminate.next = true;
            self.account_links.terminate_slot.next = self.free_slots.slot.val();
            self.account_links.terminate.next = true;
        }
        // The taker's remainder expires (an IOC's rest, or self-trade prevention stopping
        // it): its EXPIRED and its reservation back (MatchEnd, MatchStopped).
        if self.expire_taker.val() {
            self.rep.d.next.event = self.ev_expired.val();
            self.rep.d.next.reason = self.expiry_reason.val();
            self.rep.d.next.side = self.taker_side_code.val();
            self.rep.d.next.present = self.columns_side_price_qty_leaves_reason.val();
            self.rep.d.next.instrument = self.m_inst.q.val();
            self.rep.d.next.account = self.m_acct.q.val();
            self.rep.d.next.cl_ord_id = self.m_id.q.val();
            self.rep.d.next.price = self.eff_price.q.val();
            self.rep.d.next.qty = self.remaining.q.val();
            self.rep.d.next.leaves = 0.into();
            self.rep.d.next.contra_account = 0.into();
            self.rep.d.next.contra_cl_ord_id = 0.into();
            self.give_acct.d.next = self.m_acct.q.val();
            self.give_qty.d.next = self.remaining.q.val();
            self.give_rate.d.next = self.rate.q.val();
        }
        // A maker's side of a fill (FillMaker, or Unlink1 for a filled maker): its exposure
        // row and its FILL (the rest of the report register stays the taker's FILL).
        if self.maker_fill.val() {
            self.ledger.fill.next = true;
            self.ledger.open_change.next = true;
            self.ledger.open_less.next = true;
            self.rep.d.next.side = self.maker_side_code.val();
            self.rep.d.next.account = self.maker_acct.q.val();
            self.rep.d.next.cl_ord_id = self.maker_id.q.val();
            self.rep.d.next.leaves = self.maker_left.q.val();
            self.rep.d.next.contra_account = self.m_acct.q.val();
            self.rep.d.next.contra_cl_ord_id = self.m_id.q.val();
        }

        // A state that produced a report named Emit as its next state: the report waits in
        // the holding register (rep) while the FSM goes straight on.
        self.state.d.next = self.state_next.val();
        self.resume.d.next = self.resume_next.val();
        self.rep_pending.d.next = self.rep_pending.q.val() && !self.report_ready.val();
        if self.state_next.val() == Step::Emit {
            self.state.d.next = self.resume_next.val();
            self.rep_pending.d.next = true;
        }
        if self.emit_now.val() {
            self.rep_pending.d.next = true;
        }

        // Pointer registers and the RAM read addresses follow the next pointer values.
        self.acct_ptr.d.next = self.acct_next.val();
        self.inst_ptr.d.next = self.inst_next.val();
        self.book_ptr.d.next = self.book_next.val();
        self.level_ptr.d.next = self.level_next_ptr.val();
        self.slot_ptr.d.next = self.slot_next.val();
        self.accounts.read_address.next = bit_cast::<ACCOUNT_BITS, 32>(self.acct_next.val());
        self.ledger.read_account.next = bit_cast::<ACCOUNT_BITS, 32>(self.acct_next.val());
        self.account_ends.read_address.next = bit_cast::<ACCOUNT_BITS, 32>(self.acct_next.val());
        self.instruments.read_address.next = bit_cast::<INSTRUMENT_BITS, 16>(self.inst_next.val());
        self.ledger.read_exposure.next = (bit_cast::<EXPOSURE_BITS, 32>(self.acct_next.val())
            << self.instrument_bits.val())
            | bit_cast::<EXPOSURE_BITS, 16>(self.inst_next.val());
        self.best.read_address.next = bit_cast::<BOOK_BITS, 16>(self.book_next.val());
        self.level_ends.read_address.next = (bit_cast::<LEVEL_BITS, 16>(self.book_next.val())
            << self.window_bits.val())
            | bit_cast::<LEVEL_BITS, 16>(self.level_next_ptr.val());
        self.level_totals.read_address.next = self.level_ends.read_address.val();
        self.slot_ids.read_address.next = bit_cast::<SLOT_BITS, 16>(self.slot_next.val());
        self.slot_terms.read_address.next = bit_cast::<SLOT_BITS, 16>(self.slot_next.val());
        self.level_links.read_slot.next = bit_cast::<SLOT_BITS, 16>(self.slot_next.val());
        self.account_links.read_slot.next = bit_cast::<SLOT_BITS, 16>(self.slot_next.val());

        if self.reset.val() {
            self.state.d.next = Step::Clearing;
            self.ahead_pending.d.next = false;
            self.ahead_valid.d.next = false;
            self.rep_pending.d.next = false;
            self.find_pending.d.next = false;
            self.fill_unlink.d.next = false;
            self.v_release.d.next = false;
            self.committed.d.next = false;
            self.sweep.d.next = 0.into();
            self.cap_instruments.d.next = self.build_instruments.val();
            self.cap_accounts.d.next = self.build_accounts.val();
            self.cap_slots.d.next = self.build_slots.val();
            self.cap_window.d.next = self.build_window.val();
        }
        // The slot's home bucket moves with its ids row.
        self.slot_homes.read_address.next = self.slot_ids.read_address.val();
        self.slot_homes.write_address.next = self.slot_ids.write_address.val();
        self.slot_homes.write_enable.next = self.slot_ids.write_enable.val();
        self.slot_homes.write_data.next = self.m_home.q.val();
        // So does its first acceptance.
        self.slot_stamps.read_address.next = self.slot_ids.read_address.val();
        self.slot_stamps.write_address.next = self.slot_ids.write_address.val();
        self.slot_stamps.write_enable.next = self.slot_ids.write_enable.val();
        self.slot_stamps.write_data.next = self.m_seq.q.val();

        // The slots a message gives back, for the lanes' shared count: every order out of
        // the book, and a granted slot its order did not take.
        if self.free_slots.give_back.val() {
            self.freed.d.next = self.freed.q.val() + 1;
        }
        if self.free_slots.alloc.val() {
            self.took_slot.d.next = true;
        }
        self.done_returned.next = self.freed.q.val();
        if self.free_slots.give_back.val() {
            self.done_returned.next = self.freed.q.val() + 1;
        }
        if self.slot_granted_q.q.val() && !self.took_slot.q.val() && !self.free_slots.alloc.val() {
            self.done_returned.next = self.done_returned.val() + 1;
        }
        if self.done.val() || self.reset.val() {
            self.freed.d.next = 0.into();
            self.took_slot.d.next = false;
            self.slot_granted_q.d.next = false;
            self.slot_full_q.d.next = false;
        }
        if self.reset.val() {
            self.msg_open.d.next = false;
            self.kill_sum.d.next = 0.into();
            self.lookup_seen.d.next = false;
            self.dup_wait.d.next = false;
        }

        // The lane ports: what this matcher gives its own id table and headroom row, to the
        // shared ones.
        self.ids_cmd_valid.next = self.order_ids.cmd_valid.val();
        self.ids_cmd_op.next = self.order_ids.cmd_op.val();
        self.ids_cmd_account.next = self.order_ids.cmd_account.val();
        self.ids_cmd_cl_ord_id.next = self.order_ids.cmd_cl_ord_id.val();
        self.ids_cmd_home.next = self.order_ids.cmd_home.val();
        self.ids_cmd_slot.next = bit_cast::<16, SLOT_BITS>(self.order_ids.cmd_slot.val())
            | (bit_cast::<16, 4>(self.lane.val()) << self.slot_shift.val());
        self.ids_post_valid.next = self.order_ids.post_valid.val();
        self.ids_post_account.next = self.order_ids.post_account.val();
        self.ids_post_cl_ord_id.next = self.order_ids.post_cl_ord_id.val();
        self.ids_post_home.next = self.order_ids.post_home.val();
        self.ids_hold_posted.next = self.order_ids.hold_posted.val();
        self.headroom_read_address.next = self.ledger.read_account.val();
        self.headroom_write_address.next = self.ledger.write_account.val();
        self.headroom_write_data.next = self.ledger.headroom_write_data.val();
        self.headroom_write_enable.next = self.ledger.headroom_write_enable.val();
        self.removal_account.next = bit_cast::<ACCOUNT_BITS, 32>(self.v_acct.q.val());
        self.slot_limit.next = bit_cast::<17, 32>(self.cap_slots.q.val());
    }
}

/// Width of a level's total leaves: a level holds at most 2^16 orders (slot ids are 16
/// bits) of under 2^32 lots each, so 48 bits never overflow; 64 would cost a quarter more
/// block RAM and carry.
pub const LEVEL_TOTAL_BITS: usize = 48;

/// The default card's matcher: 256 accounts, 16 instruments, 4096 slots, 1024 ticks.
pub type DefaultMatcher = Matcher<8, 4, 5, 12, 12, 13, 15, 9, 5>;
