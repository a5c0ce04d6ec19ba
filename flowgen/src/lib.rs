//! Reproducible synthetic order flow: the same venue, profile, seed and length always give
//! the same messages, byte for byte.
//!
//! The generator models the participants of a derivatives venue: market makers quoting and
//! re-quoting around a moving reference price, takers sending IOC, FOK and market orders,
//! cancels, occasional kill switches, and the control traffic (reference, margin rates,
//! headroom) a real session carries. It does not run an engine: like real clients it acts on
//! what it believes is live, so some cancels and replaces race fills and are rejected.

use gatebook_wire::{Message, NewOrder, OrdType, Side, StpMode, Tif, VenueConfig};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// What kind of session to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Profile {
    /// Makers and takers together, the default.
    Mixed,
    /// Quote maintenance: adds, replaces and cancels, few trades (an add/cancel tape).
    Makers,
    /// Aggressive flow against a book kept thick by makers: IOC, FOK and market orders.
    Takers,
    /// Fills the book to capacity, then sweeps many levels at once, again and again.
    Stress,
}

impl Profile {
    pub const ALL: [Profile; 4] = [
        Profile::Mixed,
        Profile::Makers,
        Profile::Takers,
        Profile::Stress,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Profile::Mixed => "mixed",
            Profile::Makers => "makers",
            Profile::Takers => "takers",
            Profile::Stress => "stress",
        }
    }

    pub fn parse(text: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.name() == text)
    }
}

/// Why a venue cannot carry generated flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenError(pub String);

impl std::fmt::Display for GenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for GenError {}

struct Market {
    id: u16,
    low: u32,
    high: u32,
    reference: u32,
    collar: u32,
}

impl Market {
    /// Prices a new order may use without breaking the collar or the window.
    fn band(&self) -> (u32, u32) {
        let low = self.reference.saturating_sub(self.collar).max(self.low);
        let high = self.reference.saturating_add(self.collar).min(self.high);
        (low, high.max(low))
    }
}

#[derive(Clone, Copy)]
struct LiveOrder {
    account: u32,
    instrument: u16,
    cl_ord_id: u64,
    price: u32,
    qty: u32,
}

/// The generator's state; [`generate`] is the usual entry point.
pub struct FlowGenerator {
    rng: ChaCha8Rng,
    profile: Profile,
    markets: Vec<Market>,
    makers: Vec<u32>,
    takers: Vec<u32>,
    next_id: Vec<u64>,
    max_qty: u32,
    order_slots: usize,
    live: Vec<LiveOrder>,
    killed: Vec<u32>,
    stress_phase_fill: bool,
}

fn pick<T: Copy>(rng: &mut ChaCha8Rng, items: &[T]) -> T {
    items[rng.gen_range(0..items.len())]
}

/// Generates `messages` messages of `profile` for `venue` from `seed`.
pub fn generate(
    venue: &VenueConfig,
    profile: Profile,
    seed: u64,
    messages: usize,
) -> Result<Vec<Message>, GenError> {
    let mut generator = FlowGenerator::new(venue, profile, seed)?;
    Ok((0..messages).map(|_| generator.next_message()).collect())
}

impl FlowGenerator {
    pub fn new(venue: &VenueConfig, profile: Profile, seed: u64) -> Result<Self, GenError> {
        let window = venue.capacity.price_window;
        let mut markets: Vec<Market> = venue
            .instruments
            .iter()
            .map(|i| Market {
                id: i.id,
                low: i.price_base,
                high: i.price_base + (window - 1),
                reference: i.reference.clamp(i.price_base, i.price_base + (window - 1)),
                collar: i.collar.max(1),
            })
            .collect();
        markets.sort_by_key(|m| m.id);
        if markets.is_empty() {
            return Err(GenError("the venue has no instruments to trade".into()));
        }
        let mut accounts: Vec<&gatebook_wire::AccountConfig> =
            venue.accounts.iter().filter(|a| a.enabled).collect();
        accounts.sort_by_key(|a| a.id);
        if accounts.len() < 2 {
            return Err(GenError(
                "the venue needs at least two enabled accounts".into(),
            ));
        }
        let used = accounts.len().min(64);
        let makers_count = (used / 2).max(1);
        let makers: Vec<u32> = accounts[..makers_count].iter().map(|a| a.id).collect();
        let takers: Vec<u32> = accounts[makers_count..used].iter().map(|a| a.id).collect();
        let max_qty = accounts[..used]
            .iter()
            .map(|a| a.max_order_qty)
            .min()
            .unwrap_or(1)
            .clamp(1, 1000);
        let highest = accounts[used - 1].id as usize;
        Ok(FlowGenerator {
            rng: ChaCha8Rng::seed_from_u64(seed),
            profile,
            markets,
            makers,
            takers,
            next_id: vec![1; highest + 1],
            max_qty,
            order_slots: venue.capacity.order_slots as usize,
            live: Vec::new(),
            killed: Vec::new(),
            stress_phase_fill: true,
        })
    }

    fn new_id(&mut self, account: u32) -> u64 {
        let slot = &mut self.next_id[account as usize];
        let id = *slot;
        *slot += 1;
        id
    }


    fn qty(&mut self, typical: u32) -> u32 {
        self.rng.gen_range(1..=typical.min(self.max_qty))
    }

    /// The next message of the session.
    pub fn next_message(&mut self) -> Message {
        let roll: u32 = self.rng.gen_range(0..1000);
        match self.profile {
            Profile::Mixed => match roll {
                0..=399 => self.maker_quote(),
                400..=549 => self.replace(),
                550..=749 => self.cancel(),
                750..=869 => self.taker(Tif::Ioc, OrdType::Limit),
                870..=899 => self.taker(Tif::Fok, OrdType::Limit),
                900..=929 => self.taker(Tif::Ioc, OrdType::Market),
                930..=979 => self.move_reference(),
                980..=989 => self.margin_traffic(),
                _ => self.kill_or_enable(),
            },
            Profile::Makers => match roll {
                0..=449 => self.maker_quote(),
                450..=699 => self.replace(),
                700..=959 => self.cancel(),
                960..=979 => self.taker(Tif::Ioc, OrdType::Limit),
                _ => self.move_reference(),
            },
            Profile::Takers => match roll {
                0..=399 => self.maker_quote(),
                400..=649 => self.taker(Tif::Ioc, OrdType::Limit),
                650..=749 => self.taker(Tif::Fok, OrdType::Limit),
                750..=849 => self.taker(Tif::Ioc, OrdType::Market),
                850..=899 => self.taker(Tif::Gtc, OrdType::Limit),
                900..=949 => self.cancel(),
                _ => self.move_reference(),
            },
            Profile::Stress => self.stress(roll),
        }
    }

    /// A maker's GTC quote a few ticks behind the reference, sometimes post-only.
    fn maker_quote(&mut self) -> Message {
        let account = pick(&mut self.rng, &self.makers);
        let m = self.rng.gen_range(0..self.markets.len());
        let side = if self.rng.gen_bool(0.5) {
            Side::Buy
        } else {
            Side::Sell
        };
        let depth = self.rng.gen_range(1..=8u32);
        let (low, high) = self.markets[m].band();
        let reference = self.markets[m].reference;
        let price = match side {
            Side::Buy => reference.saturating_sub(depth).max(low),
            Side::Sell => reference.saturating_add(depth).min(high),
        };
        let qty = self.qty(100);
        let post_only = self.rng.gen_bool(0.2);
        self.new_order(
            account,
            m,
            side,
            OrdType::Limit,
            Tif::Gtc,
            price,
            qty,
            post_only,
            None,
        )
    }

    /// A taker crossing the spread by a few ticks.
    fn taker(&mut self, tif: Tif, ord_type: OrdType) -> Message {
        let account = pick(&mut self.rng, &self.takers);
        let m = self.rng.gen_range(0..self.markets.len());
        let side = if self.rng.gen_bool(0.5) {
            Side::Buy
        } else {
            Side::Sell
        };
        let through = self.rng.gen_range(0..=6u32);
        let (low, high) = self.markets[m].band();
        let reference = self.markets[m].reference;
        let price = match side {
            Side::Buy => reference.saturating_add(through).min(high),
            Side::Sell => reference.saturating_sub(through).max(low),
        };
        let qty = self.qty(150);
        let stp = if self.rng.gen_bool(0.05) {
            Some(pick(&mut self.rng, StpMode::ALL))
        } else {
            None
        };
        self.new_order(account, m, side, ord_type, tif, price, qty, false, stp)
    }

    #[allow(clippy::too_many_arguments)]
    fn new_order(
        &mut self,
        account: u32,
        market: usize,
        side: Side,
        ord_type: OrdType,
        tif: Tif,
        price: u32,
        qty: u32,
        post_only: bool,
        stp: Option<StpMode>,
    ) -> Message {
        let cl_ord_id = self.new_id(account);
        let instrument = self.markets[market].id;
        if tif == Tif::Gtc && ord_type == OrdType::Limit {
            self.remember(LiveOrder {
                account,
                instrument,
                cl_ord_id,
                price,
                qty,
            });
        }
        Message::New(NewOrder {
            account,
            instrument,
            cl_ord_id,
            side,
            ord_type,
            tif,
            price: if ord_type == OrdType::Market {
                0
            } else {
                price
            },
            qty,
            post_only,
            stp,
        })
    }

    /// Tracks a believed-live order, forgetting the oldest once far more than fit are known.
    fn remember(&mut self, order: LiveOrder) {
        if self.live.len() >= self.order_slots * 2 {
            self.live.swap_remove(0);
        }
        self.live.push(order);
    }

    fn take_live(&mut self) -> Option<LiveOrder> {
        if self.live.is_empty() {
            return None;
        }
        let i = self.rng.gen_range(0..self.live.len());
        Some(self.live.swap_remove(i))
    }

    fn cancel(&mut self) -> Message {
        match self.take_live() {
            Some(o) => Message::Cancel {
                account: o.account,
                instrument: o.instrument,
                cl_ord_id: o.cl_ord_id,
            },
            None => self.maker_quote(),
        }
    }

    /// Re-quotes a live order: usually a new price near the reference, sometimes a cut in size.
    fn replace(&mut self) -> Message {
        let Some(mut o) = self.take_live() else {
            return self.maker_quote();
        };
        if self.rng.gen_bool(0.3) && o.qty > 1 {
            o.qty = self.rng.gen_range(1..o.qty);
        } else {
            let m = self
                .markets
                .iter()
                .position(|m| m.id == o.instrument)
                .unwrap_or(0);
            let (low, high) = self.markets[m].band();
            let shift = self.rng.gen_range(-3i64..=3);
            o.price = (i64::from(o.price) + shift).clamp(i64::from(low), i64::from(high)) as u32;
            o.qty = self.qty(100);
        }
        self.live.push(o);
        Message::Replace {
            account: o.account,
            instrument: o.instrument,
            cl_ord_id: o.cl_ord_id,
            price: o.price,
            qty: o.qty,
        }
    }

    /// A random-walk step of one instrument's reference price, kept inside its window.
    fn move_reference(&mut self) -> Message {
        let m = self.rng.gen_range(0..self.markets.len());
        let market = &mut self.markets[m];
        let step = self.rng.gen_range(-2i64..=2);
        let margin = i64::from(market.collar.min((market.high - market.low) / 2));
        let lowest = i64::from(market.low) + margin;
        let highest = (i64::from(market.high) - margin).max(lowest);
        market.reference = (i64::from(market.reference) + step).clamp(lowest, highest) as u32;
        Message::Ref {
            instrument: market.id,
            price: market.reference,
        }
    }

    fn margin_traffic(&mut self) -> Message {
        if self.rng.gen_bool(0.5) {
            let m = self.rng.gen_range(0..self.markets.len());
            let side = if self.rng.gen_bool(0.5) {
                Side::Buy
            } else {
                Side::Sell
            };
            Message::Rates {
                instrument: self.markets[m].id,
                side,
                rate: self.rng.gen_range(50..=500),
            }
        } else {
            let account = pick(&mut self.rng, &self.takers);
            Message::Headroom {
                account,
                delta: self.rng.gen_range(-100_000..=100_000),
            }
        }
    }

    /// Kills a taker now and then, and enables it again a little later.
    fn kill_or_enable(&mut self) -> Message {
        if let Some(account) = self.killed.pop() {
            return Message::Enable { account };
        }
        let account = pick(&mut self.rng, &self.takers);
        self.killed.push(account);
        self.live.retain(|o| o.account != account);
        Message::Kill { account }
    }

    /// Fill the book towards capacity with small orders on many levels, then sweep.
    fn stress(&mut self, roll: u32) -> Message {
        if self.stress_phase_fill && self.live.len() >= self.order_slots {
            self.stress_phase_fill = false;
        }
        if self.stress_phase_fill || roll < 600 {
            let account = pick(&mut self.rng, &self.makers);
            let m = self.rng.gen_range(0..self.markets.len());
            let side = if self.rng.gen_bool(0.5) {
                Side::Buy
            } else {
                Side::Sell
            };
            let (low, high) = self.markets[m].band();
            let reference = self.markets[m].reference;
            let depth = self.rng.gen_range(1..=self.markets[m].collar.max(1));
            let price = match side {
                Side::Buy => reference.saturating_sub(depth).max(low),
                Side::Sell => reference.saturating_add(depth).min(high),
            };
            let qty = self.qty(20);
            return self.new_order(
                account,
                m,
                side,
                OrdType::Limit,
                Tif::Gtc,
                price,
                qty,
                false,
                None,
            );
        }
        if roll < 850 {
            // A sweep through the collar: it meets every level on its way.
            let account = pick(&mut self.rng, &self.takers);
            let m = self.rng.gen_range(0..self.markets.len());
            let side = if self.rng.gen_bool(0.5) {
                Side::Buy
            } else {
                Side::Sell
            };
            let (low, high) = self.markets[m].band();
            let price = if side == Side::Buy { high } else { low };
            let qty = self.max_qty;
            let tif = if roll < 800 { Tif::Ioc } else { Tif::Fok };
            return self.new_order(
                account,
                m,
                side,
                OrdType::Limit,
                tif,
                price,
                qty,
                false,
                None,
            );
        }
        if roll < 950 {
            return self.cancel();
        }
        self.move_reference()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatebook_wire::{AccountConfig, Capacity, InstrumentConfig};

    fn venue() -> VenueConfig {
        VenueConfig {
            capacity: Capacity::default(),
            instruments: (0..3)
                .map(|id| InstrumentConfig {
                    id,
                    price_base: 1000,
                    reference: 1500,
                    collar: 100,
                    ..InstrumentConfig::default()
                })
                .collect(),
            accounts: (0..8)
                .map(|id| AccountConfig {
                    id,
                    enabled: true,
                    max_order_qty: 500,
                    max_order_notional: u64::MAX,
                    max_position: u64::MAX,
                    headroom: i64::MAX,
                    stp: StpMode::Resting,
                })
                .collect(),
        }
    }

    #[test]
    fn same_seed_same_flow_and_different_seed_different_flow() {
        for profile in Profile::ALL {
            let a = generate(&venue(), profile, 7, 2000).unwrap();
            let b = generate(&venue(), profile, 7, 2000).unwrap();
            let c = generate(&venue(), profile, 8, 2000).unwrap();
            assert_eq!(a, b, "{}", profile.name());
            assert_ne!(a, c, "{}", profile.name());
            assert_eq!(a.len(), 2000);
        }
    }

    #[test]
    fn orders_stay_inside_the_window_and_limits() {
        for profile in Profile::ALL {
            for message in generate(&venue(), profile, 3, 5000).unwrap() {
                if let Message::New(o) = message {
                    assert!(o.qty >= 1 && o.qty <= 500);
                    if o.ord_type == OrdType::Limit {
                        assert!((1000..2024).contains(&o.price), "{o:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn profiles_have_their_character() {
        let count = |profile, pred: fn(&Message) -> bool| {
            generate(&venue(), profile, 1, 10_000)
                .unwrap()
                .iter()
                .filter(|m| pred(m))
                .count()
        };
        let aggressive = |m: &Message| matches!(m, Message::New(o) if o.tif != Tif::Gtc);
        let cancels = |m: &Message| matches!(m, Message::Cancel { .. });
        assert!(count(Profile::Takers, aggressive) > 3 * count(Profile::Makers, aggressive));
        assert!(count(Profile::Makers, cancels) > count(Profile::Takers, cancels));
        let kills = |m: &Message| matches!(m, Message::Kill { .. });
        assert!(count(Profile::Mixed, kills) > 0);
    }

    #[test]
    fn a_venue_without_instruments_is_refused() {
        let mut v = venue();
        v.instruments.clear();
        assert!(generate(&v, Profile::Mixed, 1, 1).is_err());
    }
}
