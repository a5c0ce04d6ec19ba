//! The engine: one message at a time, every rule of the spec, in spec order.

use crate::book::BookSide;
use crate::order_ids::{OrderIdTable, Probe, Vacancy};
use crate::reports::{OrderRef, Out};
use crate::risk::{
    check_order_limits, reservation, AccountState, Exposure, PriceRules, Released, Terms,
};
use crate::slots::{Links, OrderSlot, OrderSlots, NIL};
use gatebook_wire::{
    decode_flags, Backend, Capacity, Event, Message, MsgType, NewOrder, OrdType, OrderRecord,
    Reason, ReportRecord, Side, StpMode, Tif, VenueConfig, VenueError, WIRE_VERSION,
};

const NO_ACCOUNT: u32 = u32::MAX;

/// The dense index of `account` in `account_index`, if the venue has the account. A free
/// function, so the message handlers can use it while they hold the engine's other tables.
#[inline]
fn dense_account(account_index: &[u32], account: u32) -> Option<u32> {
    account_index
        .get(account as usize)
        .copied()
        .filter(|&i| i != NO_ACCOUNT)
}

/// Instrument `instrument` of `instruments`, if it is configured (free, like
/// [`dense_account`]).
#[inline]
fn configured_mut(
    instruments: &mut [Option<Instrument>],
    instrument: u16,
) -> Option<&mut Instrument> {
    instruments.get_mut(usize::from(instrument))?.as_mut()
}

const NEW: u8 = MsgType::New.code();
const CANCEL: u8 = MsgType::Cancel.code();
const REPLACE: u8 = MsgType::Replace.code();

/// A `NEW` record's order, as `Message::decode` reads it; `None` when a code does not decode.
#[inline]
fn decode_new(record: &OrderRecord) -> Option<NewOrder> {
    let side = Side::from_code(record.side)?;
    let ord_type = OrdType::from_code(record.ord_type)?;
    let tif = Tif::from_code(record.tif)?;
    let (post_only, stp) = decode_flags(record.flags).ok()?;
    Some(NewOrder {
        account: record.account.get(),
        instrument: record.instrument.get(),
        cl_ord_id: record.cl_ord_id.get(),
        side,
        ord_type,
        tif,
        price: if ord_type == OrdType::Market {
            0
        } else {
            record.price.get()
        },
        qty: record.qty.get(),
        post_only,
        stp,
    })
}

/// One instrument: its price rules, current margin rates and its two book sides.
#[derive(Clone)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct Instrument {
    pub(crate) rules: PriceRules,
    /// Per-lot reservation by side, as set by the venue and `RATES`.
    pub(crate) rates: [u32; 2],
    pub(crate) sides: [BookSide; 2],
}

impl Instrument {
    /// The limit of a MARKET order: reference ± collar, clamped into the window.
    fn protection_price(&self, side: Side) -> u32 {
        let base = i64::from(self.rules.price_base);
        let top = base + i64::from(self.rules.price_window) - 1;
        let reference = i64::from(self.rules.reference);
        let collar = i64::from(self.rules.collar);
        let limit = match side {
            Side::Buy => reference + collar,
            Side::Sell => reference - collar,
        };
        limit.clamp(base, top) as u32
    }

    /// True when a resting order at level `index` of the opposite side crosses `limit`.
    #[inline]
    fn crosses(&self, taker_side: Side, limit: u32, index: u32) -> bool {
        let price = self.rules.price_base + index;
        match taker_side {
            Side::Buy => price <= limit,
            Side::Sell => price >= limit,
        }
    }

    /// Would an order of `side` at `limit` match on entry (any account)?
    #[inline]
    fn would_cross(&self, side: Side, limit: u32) -> bool {
        self.sides[side.opposite().index()]
            .best()
            .is_some_and(|best| self.crosses(side, limit, best))
    }

    /// Quantity resting at prices that cross `limit`, counted until it reaches `needed`.
    fn crossing_qty(&self, side: Side, limit: u32, needed: u64) -> u64 {
        let book = &self.sides[side.opposite().index()];
        let mut total = 0;
        let mut level = book.best();
        while let Some(index) = level {
            if !self.crosses(side, limit, index) || total >= needed {
                break;
            }
            total += book.level(index).total;
            level = book.next_level(index);
        }
        total
    }
}

/// Takes `slot` out of its account's list of live orders.
#[inline(always)]
fn unlink_from_account(acct: &mut AccountState, slot: u32, slots: &mut OrderSlots) {
    let Links {
        account_prev: prev,
        account_next: next,
        ..
    } = *slots.links(slot);
    if prev == NIL {
        acct.oldest = next;
    } else {
        slots.links_mut(prev).account_next = next;
    }
    if next == NIL {
        acct.newest = prev;
    } else {
        slots.links_mut(next).account_prev = prev;
    }
}

/// The order entering the book (a NEW, or a REPLACE that lost priority).
struct Taker {
    order: OrderRef,
    account_index: u32,
    stp: StpMode,
}

/// How matching ended for the incoming order.
enum MatchEnd {
    /// Nothing left, or nothing more crosses: `remaining` lots may rest or expire.
    Remaining(u32),
    /// Self-trade prevention stopped the order with `remaining` lots.
    SelfTradeStopped(u32),
}

/// The software reference engine: a deterministic state machine over wire records.
#[derive(Clone)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub struct Engine {
    pub(crate) capacity: Capacity,
    pub(crate) instruments: Vec<Option<Instrument>>,
    account_index: Vec<u32>,
    pub(crate) accounts: Vec<AccountState>,
    /// `account_index * capacity.instruments + instrument`.
    pub(crate) exposures: Vec<Exposure>,
    pub(crate) slots: OrderSlots,
    pub(crate) order_ids: OrderIdTable,
}

impl Backend for Engine {
    fn name(&self) -> &'static str {
        "sw"
    }

    fn process(&mut self, record: &OrderRecord, reports: &mut Vec<ReportRecord>) {
        Engine::process(self, record, reports);
    }
}

impl Engine {
    /// Builds the engine for a venue, as the card would be after its control records.
    pub fn new(venue: &VenueConfig) -> Result<Engine, VenueError> {
        venue.validate()?;
        let capacity = venue.capacity;
        let mut instruments: Vec<Option<Instrument>> =
            (0..capacity.instruments).map(|_| None).collect();
        for inst in &venue.instruments {
            instruments[usize::from(inst.id)] = Some(Instrument {
                rules: PriceRules {
                    price_base: inst.price_base,
                    price_window: capacity.price_window,
                    reference: inst.reference,
                    collar: inst.collar,
                },
                rates: [inst.margin_buy, inst.margin_sell],
                sides: [
                    BookSide::new(Side::Buy, capacity.price_window),
                    BookSide::new(Side::Sell, capacity.price_window),
                ],
            });
        }
        let mut account_index = vec![NO_ACCOUNT; capacity.accounts as usize];
        let mut accounts = Vec::with_capacity(venue.accounts.len());
        for acct in &venue.accounts {
            account_index[acct.id as usize] = accounts.len() as u32;
            accounts.push(AccountState::new(acct));
        }
        Ok(Engine {
            capacity,
            instruments,
            exposures: vec![Exposure::default(); accounts.len() * capacity.instruments as usize],
            account_index,
            accounts,
            slots: OrderSlots::new(capacity.order_slots),
            order_ids: OrderIdTable::new(capacity.order_slots),
        })
    }

    /// Builds the engine from the control records that configure every backend.
    pub fn from_control_records(records: &[OrderRecord]) -> Result<Engine, VenueError> {
        Engine::new(&VenueConfig::from_control_records(records)?)
    }

    /// The engine a card runs after receiving `records`: the venue they configure, or, when
    /// they configure none (the card trusts the host to check a venue before sending it), the
    /// empty venue, whose tables reject every order.
    pub fn configured_like_a_card(records: &[OrderRecord]) -> Engine {
        Engine::from_control_records(records).unwrap_or_else(|_| {
            Engine::new(&VenueConfig::empty()).expect("the empty venue is valid")
        })
    }

    /// Processes one inbound record and appends its reports. A record that does not decode
    /// is answered with a `REJECT` of reason `MALFORMED` and changes nothing.
    pub fn process(&mut self, record: &OrderRecord, reports: &mut Vec<ReportRecord>) {
        let mut out = Out {
            reports,
            in_seq: record.in_seq.get(),
        };
        // The three order messages are read in place; anything else, and a NEW whose codes
        // do not decode, takes the general way, so every record means what
        // `Message::decode` says it means.
        if record.version == WIRE_VERSION {
            let (account, instrument, cl_ord_id) = (
                record.account.get(),
                record.instrument.get(),
                record.cl_ord_id.get(),
            );
            match record.msg_type {
                NEW => {
                    if let Some(order) = decode_new(record) {
                        return self.on_new(&order, &mut out);
                    }
                }
                CANCEL => return self.on_cancel(account, instrument, cl_ord_id, &mut out),
                REPLACE => {
                    let (price, qty) = (record.price.get(), record.qty.get());
                    return self.on_replace(account, instrument, cl_ord_id, price, qty, &mut out);
                }
                _ => {}
            }
        }
        self.process_decoded(record, &mut out);
    }

    /// Every other record, through `Message::decode`.
    #[cold]
    #[inline(never)]
    fn process_decoded(&mut self, record: &OrderRecord, out: &mut Out) {
        match Message::decode(record) {
            Ok(message) => self.apply(&message, out),
            Err(_) => out.reject(
                (
                    record.account.get(),
                    record.instrument.get(),
                    record.cl_ord_id.get(),
                ),
                Side::from_code(record.side),
                Some(record.price.get()),
                Some(record.qty.get()),
                Reason::Malformed,
            ),
        }
    }

    fn apply(&mut self, message: &Message, out: &mut Out) {
        match *message {
            Message::New(ref order) => self.on_new(order, out),
            Message::Cancel {
                account,
                instrument,
                cl_ord_id,
            } => self.on_cancel(account, instrument, cl_ord_id, out),
            Message::Replace {
                account,
                instrument,
                cl_ord_id,
                price,
                qty,
            } => self.on_replace(account, instrument, cl_ord_id, price, qty, out),
            Message::Kill { account } => self.on_kill(account, out),
            // Control messages for ids the venue does not know change nothing and report
            // nothing, like every other control message.
            Message::Enable { account } => {
                if let Some(ai) = self.find_account(account) {
                    self.accounts[ai as usize].enabled = true;
                }
            }
            Message::Headroom { account, delta } => {
                if let Some(ai) = self.find_account(account) {
                    let acct = &mut self.accounts[ai as usize];
                    acct.headroom = acct.headroom.saturating_add(delta);
                }
            }
            Message::Ref { instrument, price } => {
                if let Some(inst) = self.instrument_mut(instrument) {
                    inst.rules.reference = price;
                }
            }
            Message::Rates {
                instrument,
                side,
                rate,
            } => {
                if let Some(inst) = self.instrument_mut(instrument) {
                    inst.rates[side.index()] = rate;
                }
            }
        }
    }

    #[inline]
    pub(crate) fn find_account(&self, account: u32) -> Option<u32> {
        dense_account(&self.account_index, account)
    }

    #[inline]
    pub(crate) fn instrument(&self, instrument: u16) -> Option<&Instrument> {
        self.instruments.get(usize::from(instrument))?.as_ref()
    }

    #[inline]
    fn instrument_mut(&mut self, instrument: u16) -> Option<&mut Instrument> {
        configured_mut(&mut self.instruments, instrument)
    }

    #[inline]
    pub(crate) fn exposure_index(&self, account_index: u32, instrument: u16) -> usize {
        account_index as usize * self.capacity.instruments as usize + usize::from(instrument)
    }

    /// A NEW: checks 1 to 14 in spec order, then matching and resting. The account, the
    /// instrument and the account's exposure in it are looked up once; an order that does not
    /// cross (most do not) rests or expires with them, without another lookup.
    #[inline(never)]
    fn on_new(&mut self, o: &NewOrder, out: &mut Out) {
        // Every refusal leaves this block with its reason, to the one REJECT row below.
        let reason = 'refused: {
            let Engine {
                capacity,
                instruments,
                account_index,
                accounts,
                exposures,
                slots,
                order_ids,
            } = self;
            let Some(ai) = dense_account(account_index, o.account) else {
                break 'refused Reason::UnknownAccount;
            };
            let Some(inst) = configured_mut(instruments, o.instrument) else {
                break 'refused Reason::UnknownInstrument;
            };
            let acct = &mut accounts[ai as usize];
            if !acct.enabled {
                break 'refused Reason::AccountDisabled;
            }
            let vacancy = match order_ids.probe(o.account, ai, o.cl_ord_id, slots) {
                Probe::Found(..) => break 'refused Reason::DuplicateId,
                Probe::Vacant(vacancy) => vacancy,
            };
            let market = o.ord_type == OrdType::Market;
            let limit_gtc = !market && o.tif == Tif::Gtc;
            let market_gtc = market && o.tif == Tif::Gtc;
            if market_gtc || (o.post_only && !limit_gtc) {
                break 'refused Reason::InvalidOrder;
            }
            if o.qty == 0 {
                break 'refused Reason::InvalidQty;
            }
            let price = if market {
                inst.protection_price(o.side)
            } else {
                o.price
            };
            let rate = inst.rates[o.side.index()];
            let terms = Terms {
                side: o.side,
                price,
                qty: o.qty,
                rate,
            };
            let e = ai as usize * capacity.instruments as usize + usize::from(o.instrument);
            let exposure = &mut exposures[e];
            if let Err(reason) =
                check_order_limits(acct, &inst.rules, exposure, &terms, &Released::default())
            {
                break 'refused reason;
            }
            let crosses = inst.would_cross(o.side, price);
            if o.post_only && crosses {
                break 'refused Reason::WouldCross;
            }
            if o.tif == Tif::Gtc && !slots.has_free() {
                break 'refused Reason::BookFull;
            }
            // Accepted.
            let order = OrderRef {
                account: o.account,
                instrument: o.instrument,
                cl_ord_id: o.cl_ord_id,
                side: o.side,
                price,
            };
            out.ack(&order, o.qty);
            acct.reserve(o.qty, rate);
            let stp = o.stp.unwrap_or(acct.stp);
            if o.tif == Tif::Fok
                && inst.crossing_qty(o.side, price, u64::from(o.qty)) < u64::from(o.qty)
            {
                out.gone(Event::Expired, &order, o.qty, Reason::Fok);
                acct.release(o.qty, rate);
                return;
            }
            if !crosses {
                // Most orders do not cross: they rest, or expire, with what is in hand.
                if o.tif == Tif::Gtc {
                    let side = &mut inst.sides[o.side.index()];
                    let index = price - inst.rules.price_base;
                    Self::rest_new(
                        o, ai, price, o.qty, rate, stp, vacancy, acct, slots, order_ids,
                    );
                    let slot = acct.newest;
                    side.push_back(index, slot, o.qty, slots);
                    exposure.open[o.side.index()] += u64::from(o.qty);
                } else {
                    out.gone(Event::Expired, &order, o.qty, Reason::Ioc);
                    acct.release(o.qty, rate);
                }
                return;
            }
            let taker = Taker {
                order,
                account_index: ai,
                stp,
            };
            match self.match_taker(&taker, o.qty, out) {
                MatchEnd::Remaining(0) => {}
                MatchEnd::SelfTradeStopped(left) => {
                    out.gone(Event::Expired, &order, left, Reason::SelfTrade);
                    self.accounts[ai as usize].release(left, rate);
                }
                MatchEnd::Remaining(left) if o.tif == Tif::Gtc => {
                    let Engine {
                        instruments,
                        accounts,
                        exposures,
                        slots,
                        order_ids,
                        capacity,
                        ..
                    } = self;
                    let acct = &mut accounts[ai as usize];
                    Self::rest_new(
                        o, ai, price, left, rate, stp, vacancy, acct, slots, order_ids,
                    );
                    let slot = acct.newest;
                    let inst = instruments[usize::from(o.instrument)]
                        .as_mut()
                        .expect("admitted");
                    let index = price - inst.rules.price_base;
                    inst.sides[o.side.index()].push_back(index, slot, left, slots);
                    let e = ai as usize * capacity.instruments as usize + usize::from(o.instrument);
                    exposures[e].open[o.side.index()] += u64::from(left);
                }
                MatchEnd::Remaining(left) => {
                    out.gone(Event::Expired, &order, left, Reason::Ioc);
                    self.accounts[ai as usize].release(left, rate);
                }
            }
            return;
        };
        let given_price = (o.ord_type == OrdType::Limit).then_some(o.price);
        out.reject(
            (o.account, o.instrument, o.cl_ord_id),
            Some(o.side),
            given_price,
            Some(o.qty),
            reason,
        );
    }

    /// Takes a slot for an accepted NEW that rests with `leaves`, enters its id and puts it
    /// last in its account's list (the account's `newest`); the caller links it into its
    /// level.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn rest_new(
        o: &NewOrder,
        ai: u32,
        price: u32,
        leaves: u32,
        rate: u32,
        stp: StpMode,
        vacancy: Vacancy,
        acct: &mut AccountState,
        slots: &mut OrderSlots,
        order_ids: &mut OrderIdTable,
    ) {
        // Last in its account's list: the previous newest order points to it.
        let newest = acct.newest;
        let slot = slots.allocate(
            OrderSlot {
                cl_ord_id: o.cl_ord_id,
                account_index: ai,
                price,
                leaves,
                rate,
                instrument: o.instrument,
                side: o.side,
                post_only: o.post_only,
                stp,
            },
            Links {
                account_prev: newest,
                ..Links::default()
            },
        );
        order_ids.insert(vacancy, slot);
        if newest == NIL {
            acct.oldest = slot;
        } else {
            slots.links_mut(newest).account_next = slot;
        }
        acct.newest = slot;
    }

    /// Meets the opposite side in priority order while the taker has quantity and prices
    /// cross, emitting fills and self-trade cancels in matching order.
    #[inline(never)]
    fn match_taker(&mut self, taker: &Taker, qty: u32, out: &mut Out) -> MatchEnd {
        let t = &taker.order;
        let opposite = t.side.opposite().index();
        let instrument = usize::from(t.instrument);
        // Most orders do not cross: answer them before any other work.
        let inst = self.instruments[instrument].as_ref().expect("admitted");
        match inst.sides[opposite].best() {
            Some(best) if inst.crosses(t.side, t.price, best) => {}
            _ => return MatchEnd::Remaining(qty),
        }
        let instruments_per_account = self.capacity.instruments as usize;
        let taker_exposure = taker.account_index as usize * instruments_per_account + instrument;
        let mut remaining = qty;
        while remaining > 0 {
            let inst = self.instruments[instrument].as_mut().expect("admitted");
            let Some(best) = inst.sides[opposite].best() else {
                break;
            };
            if !inst.crosses(t.side, t.price, best) {
                break;
            }
            let maker_slot = inst.sides[opposite].level(best).head;
            let maker = *self.slots.get(maker_slot);
            let maker_account = self.accounts[maker.account_index as usize].id;
            let maker_ref = OrderRef {
                account: maker_account,
                instrument: t.instrument,
                cl_ord_id: maker.cl_ord_id,
                side: maker.side,
                price: maker.price,
            };
            if maker.account_index == taker.account_index && taker.stp != StpMode::None {
                if matches!(taker.stp, StpMode::Resting | StpMode::Both) {
                    out.gone(Event::Canceled, &maker_ref, maker.leaves, Reason::SelfTrade);
                    self.accounts[maker.account_index as usize].release(maker.leaves, maker.rate);
                    self.remove_resting(maker_slot);
                }
                if matches!(taker.stp, StpMode::Incoming | StpMode::Both) {
                    return MatchEnd::SelfTradeStopped(remaining);
                }
                continue;
            }
            let fill = remaining.min(maker.leaves);
            remaining -= fill;
            let maker_leaves = maker.leaves - fill;
            inst.sides[opposite].reduce(best, fill);
            self.slots.get_mut(maker_slot).leaves = maker_leaves;
            let maker_exposure =
                maker.account_index as usize * instruments_per_account + instrument;
            let signed = match t.side {
                Side::Buy => i64::from(fill),
                Side::Sell => -i64::from(fill),
            };
            self.exposures[taker_exposure].position += signed;
            let maker_state = &mut self.exposures[maker_exposure];
            maker_state.position -= signed;
            maker_state.open[opposite] -= u64::from(fill);
            out.fill(
                t,
                maker.price,
                fill,
                remaining,
                (maker_account, maker.cl_ord_id),
            );
            out.fill(
                &maker_ref,
                maker.price,
                fill,
                maker_leaves,
                (t.account, t.cl_ord_id),
            );
            if maker_leaves == 0 {
                self.remove_resting(maker_slot);
            }
        }
        MatchEnd::Remaining(remaining)
    }

    /// Puts an allocated slot, whose fields are given, at the back of its level and counts
    /// its open quantity.
    #[inline]
    fn rest_order(
        &mut self,
        slot: u32,
        instrument: u16,
        side: Side,
        price: u32,
        leaves: u32,
        account_index: u32,
    ) {
        let inst = self.instruments[usize::from(instrument)]
            .as_mut()
            .expect("resting orders have instruments");
        let index = price - inst.rules.price_base;
        inst.sides[side.index()].push_back(index, slot, leaves, &mut self.slots);
        let e = self.exposure_index(account_index, instrument);
        self.exposures[e].open[side.index()] += u64::from(leaves);
    }

    /// Takes a slot out of its level, leaving the rest of the order's state alone.
    #[inline(always)]
    fn unrest(&mut self, slot: u32, order: &OrderSlot) {
        let inst = self.instruments[usize::from(order.instrument)]
            .as_mut()
            .expect("resting orders have instruments");
        let index = order.price - inst.rules.price_base;
        inst.sides[order.side.index()].unlink(index, slot, order.leaves, &mut self.slots);
        let e = self.exposure_index(order.account_index, order.instrument);
        self.exposures[e].open[order.side.index()] -= u64::from(order.leaves);
    }

    /// Removes a resting order completely (its reservation is the caller's business).
    fn remove_resting(&mut self, slot: u32) {
        let order = *self.slots.get(slot);
        self.unrest(slot, &order);
        self.forget(slot, &order);
    }

    /// Frees a slot that is not in any level: account list, id table, free stack. `order` is
    /// the slot's content, read once by the caller.
    fn forget(&mut self, slot: u32, order: &OrderSlot) {
        self.forget_at(slot, order, None);
    }

    /// [`Self::forget`], with the order's id-table bucket when the caller has it.
    #[inline(always)]
    fn forget_at(&mut self, slot: u32, order: &OrderSlot, bucket: Option<usize>) {
        let acct = &mut self.accounts[order.account_index as usize];
        unlink_from_account(acct, slot, &mut self.slots);
        match bucket {
            Some(bucket) => self.order_ids.remove_at(bucket),
            None => self.order_ids.remove(acct.id, order.cl_ord_id, slot),
        }
        self.slots.release(slot);
    }

    /// The live order of `account` (of dense index `ai`) with `cl_ord_id` in `instrument`, if
    /// any.
    fn find_order(&self, account: u32, ai: u32, instrument: u16, cl_ord_id: u64) -> Option<u32> {
        self.find_order_bucket(account, ai, instrument, cl_ord_id)
            .map(|(slot, _)| slot)
    }

    /// [`Self::find_order`] with the order's id-table bucket.
    #[inline]
    fn find_order_bucket(
        &self,
        account: u32,
        ai: u32,
        instrument: u16,
        cl_ord_id: u64,
    ) -> Option<(u32, usize)> {
        self.order_ids
            .find_bucket(account, ai, cl_ord_id, &self.slots)
            .filter(|&(slot, _)| self.slots.get(slot).instrument == instrument)
    }

    /// A CANCEL: the account, the instrument, the order's slot and the account's exposure are
    /// looked up once, and the order leaves its level, its account's list and the id table
    /// with them.
    #[inline(never)]
    fn on_cancel(&mut self, account: u32, instrument: u16, cl_ord_id: u64, out: &mut Out) {
        let ids = (account, instrument, cl_ord_id);
        let reject = |out: &mut Out, reason| out.reject(ids, None, None, None, reason);
        let Engine {
            capacity,
            instruments,
            account_index,
            accounts,
            exposures,
            slots,
            order_ids,
        } = self;
        let Some(ai) = dense_account(account_index, account) else {
            return reject(out, Reason::UnknownAccount);
        };
        let Some(inst) = configured_mut(instruments, instrument) else {
            return reject(out, Reason::UnknownInstrument);
        };
        let Probe::Found(slot, bucket) = order_ids.probe(account, ai, cl_ord_id, slots) else {
            return reject(out, Reason::UnknownOrder);
        };
        let order = *slots.get(slot);
        if order.instrument != instrument {
            return reject(out, Reason::UnknownOrder);
        }
        let order_ref = OrderRef {
            account,
            instrument,
            cl_ord_id,
            side: order.side,
            price: order.price,
        };
        out.gone(Event::Canceled, &order_ref, order.leaves, Reason::User);
        // The id matched the slot's own account index: the order is `ai`'s.
        let acct = &mut accounts[ai as usize];
        acct.release(order.leaves, order.rate);
        let index = order.price - inst.rules.price_base;
        inst.sides[order.side.index()].unlink(index, slot, order.leaves, slots);
        let e = ai as usize * capacity.instruments as usize + usize::from(instrument);
        exposures[e].open[order.side.index()] -= u64::from(order.leaves);
        unlink_from_account(acct, slot, slots);
        order_ids.remove_at(bucket);
        slots.release(slot);
    }

    /// Removes a resting order without trading, reporting it and giving back its reservation;
    /// `bucket` is its id-table bucket when the caller has it.
    #[inline(always)]
    fn cancel_resting(&mut self, slot: u32, reason: Reason, out: &mut Out, bucket: Option<usize>) {
        let order = *self.slots.get(slot);
        let order_ref = OrderRef {
            account: self.accounts[order.account_index as usize].id,
            instrument: order.instrument,
            cl_ord_id: order.cl_ord_id,
            side: order.side,
            price: order.price,
        };
        out.gone(Event::Canceled, &order_ref, order.leaves, reason);
        self.accounts[order.account_index as usize].release(order.leaves, order.rate);
        self.unrest(slot, &order);
        self.forget_at(slot, &order, bucket);
    }

    fn on_kill(&mut self, account: u32, out: &mut Out) {
        let Some(ai) = self.find_account(account) else {
            return;
        };
        self.accounts[ai as usize].enabled = false;
        while self.accounts[ai as usize].oldest != NIL {
            let slot = self.accounts[ai as usize].oldest;
            self.cancel_resting(slot, Reason::Kill, out, None);
        }
    }

    fn on_replace(
        &mut self,
        account: u32,
        instrument: u16,
        cl_ord_id: u64,
        price: u32,
        qty: u32,
        out: &mut Out,
    ) {
        let ids = (account, instrument, cl_ord_id);
        let reject = |out: &mut Out, reason| out.reject(ids, None, Some(price), Some(qty), reason);
        let Some(ai) = self.find_account(account) else {
            return reject(out, Reason::UnknownAccount);
        };
        let Some(inst) = self.instrument(instrument) else {
            return reject(out, Reason::UnknownInstrument);
        };
        if !self.accounts[ai as usize].enabled {
            return reject(out, Reason::AccountDisabled);
        }
        let Some(slot) = self.find_order(account, ai, instrument, cl_ord_id) else {
            return reject(out, Reason::UnknownOrder);
        };
        if qty == 0 {
            return reject(out, Reason::InvalidQty);
        }
        let old = *self.slots.get(slot);
        // The id matched the slot's own account index and instrument: the order is this
        // account's, in this instrument.
        let mut order = OrderRef {
            account,
            instrument,
            cl_ord_id,
            side: old.side,
            price: old.price,
        };
        if price == old.price && qty <= old.leaves {
            let reduction = old.leaves - qty;
            let index = old.price - inst.rules.price_base;
            self.instruments[usize::from(instrument)]
                .as_mut()
                .expect("checked")
                .sides[old.side.index()]
            .reduce(index, reduction);
            self.slots.get_mut(slot).leaves = qty;
            let e = self.exposure_index(ai, instrument);
            self.exposures[e].open[old.side.index()] -= u64::from(reduction);
            self.accounts[ai as usize].release(reduction, old.rate);
            out.replaced(&order, qty);
            return;
        }
        let rate = inst.rates[old.side.index()];
        let terms = Terms {
            side: old.side,
            price,
            qty,
            rate,
        };
        let released = Released {
            open_qty: u64::from(old.leaves),
            margin: reservation(old.leaves, old.rate),
        };
        let exposure = &self.exposures[self.exposure_index(ai, instrument)];
        let verdict = check_order_limits(
            &self.accounts[ai as usize],
            &inst.rules,
            exposure,
            &terms,
            &released,
        )
        .and_then(|()| {
            if old.post_only && inst.would_cross(old.side, price) {
                Err(Reason::WouldCross)
            } else {
                Ok(())
            }
        });
        if let Err(reason) = verdict {
            return reject(out, reason);
        }
        // Accepted: the old order leaves the book and enters again at the back, as GTC.
        self.unrest(slot, &old);
        let acct = &mut self.accounts[ai as usize];
        acct.release(old.leaves, old.rate);
        acct.reserve(qty, rate);
        order.price = price;
        out.replaced(&order, qty);
        {
            let s = self.slots.get_mut(slot);
            s.price = price;
            s.rate = rate;
            s.leaves = 0;
        }
        let taker = Taker {
            order,
            account_index: ai,
            stp: old.stp,
        };
        // Matching may relink this slot's account list (a self-trade cancel of a neighbour),
        // so the slot is read again before it is freed.
        match self.match_taker(&taker, qty, out) {
            MatchEnd::Remaining(0) => {
                let current = *self.slots.get(slot);
                self.forget(slot, &current);
            }
            MatchEnd::SelfTradeStopped(left) => {
                out.gone(Event::Expired, &order, left, Reason::SelfTrade);
                self.accounts[ai as usize].release(left, rate);
                let current = *self.slots.get(slot);
                self.forget(slot, &current);
            }
            MatchEnd::Remaining(left) => {
                self.slots.get_mut(slot).leaves = left;
                self.rest_order(slot, instrument, old.side, price, left, ai);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The in-place reading of a NEW agrees with `Message::decode` on any record bytes.
        #[test]
        fn new_orders_read_in_place_as_decode_reads_them(
            bytes in proptest::collection::vec(any::<u8>(), 64),
            side in 0u8..4, ord_type in 0u8..4, tif in 0u8..5, flags in any::<u8>(),
        ) {
            let mut raw = [0u8; 64];
            raw.copy_from_slice(&bytes);
            raw[0] = WIRE_VERSION;
            raw[1] = NEW;
            raw[2] = side;
            raw[3] = ord_type;
            raw[4] = tif;
            raw[5] = flags;
            let record = OrderRecord::from_wire(&raw);
            let decoded = match Message::decode(&record) {
                Ok(Message::New(order)) => Some(order),
                _ => None,
            };
            prop_assert_eq!(decode_new(&record), decoded);
        }
    }
}
