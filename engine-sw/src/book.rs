//! One side of one instrument's book: price-indexed levels, each a FIFO of order slots.
//!
//! Levels are indexed by `price - price_base`. The best level's index is kept up to date on
//! every insert (one compare) and only searched for, in the occupancy bitmap, when the best
//! level empties: the same structure as the card's.

use crate::bitmap::LevelBitmap;
use crate::slots::{OrderSlots, NIL};
use gatebook_wire::Side;

/// No level: the side is empty.
const NO_LEVEL: u32 = u32::MAX;

#[derive(Clone, Copy, Default)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct Level {
    pub head: u32,
    pub tail: u32,
    /// Sum of the leaves resting here; FOK decides from it.
    pub total: u64,
}

#[derive(Clone)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct BookSide {
    levels: Vec<Level>,
    occupied: LevelBitmap,
    best: u32,
    side: Side,
}

impl BookSide {
    pub(crate) fn new(side: Side, price_window: u32) -> Self {
        BookSide {
            levels: vec![Level::default(); price_window as usize],
            occupied: LevelBitmap::new(price_window),
            best: NO_LEVEL,
            side,
        }
    }

    /// Index of the best level, if any order rests on this side.
    #[inline]
    pub(crate) fn best(&self) -> Option<u32> {
        (self.best != NO_LEVEL).then_some(self.best)
    }

    #[inline]
    pub(crate) fn level(&self, index: u32) -> &Level {
        &self.levels[index as usize]
    }

    /// True when `a` ranks ahead of `b` on this side.
    #[inline]
    fn better(&self, a: u32, b: u32) -> bool {
        match self.side {
            Side::Buy => a > b,
            Side::Sell => a < b,
        }
    }

    /// The next level after `index` in priority order (worse price), if any.
    #[inline]
    pub(crate) fn next_level(&self, index: u32) -> Option<u32> {
        match self.side {
            Side::Buy => index
                .checked_sub(1)
                .and_then(|i| self.occupied.highest_at_or_below(i)),
            Side::Sell => self.occupied.lowest_at_or_above(index + 1),
        }
    }

    /// Appends `slot` with `leaves` at the back of level `index`.
    #[inline(always)]
    pub(crate) fn push_back(&mut self, index: u32, slot: u32, leaves: u32, slots: &mut OrderSlots) {
        let tail = self.levels[index as usize].tail;
        let links = slots.links_mut(slot);
        links.level_prev = tail;
        links.level_next = NIL;
        if tail == NIL {
            self.levels[index as usize].head = slot;
            self.occupied.set(index);
            if self.best == NO_LEVEL || self.better(index, self.best) {
                self.best = index;
            }
        } else {
            slots.links_mut(tail).level_next = slot;
        }
        let level = &mut self.levels[index as usize];
        level.tail = slot;
        level.total += u64::from(leaves);
    }

    /// Takes `slot`, with `leaves` still counted in the level, out of level `index`.
    #[inline(always)]
    pub(crate) fn unlink(&mut self, index: u32, slot: u32, leaves: u32, slots: &mut OrderSlots) {
        let (prev, next) = {
            let links = slots.links(slot);
            (links.level_prev, links.level_next)
        };
        let level = &mut self.levels[index as usize];
        if prev == NIL {
            level.head = next;
        } else {
            slots.links_mut(prev).level_next = next;
        }
        if next == NIL {
            level.tail = prev;
        } else {
            slots.links_mut(next).level_prev = prev;
        }
        level.total -= u64::from(leaves);
        if level.head == NIL {
            self.occupied.clear(index);
            if self.best == index {
                self.best = match self.side {
                    Side::Buy => self.occupied.highest_at_or_below(index),
                    Side::Sell => self.occupied.lowest_at_or_above(index),
                }
                .unwrap_or(NO_LEVEL);
            }
        }
    }

    /// Lowers level `index`'s total after a partial fill or an in-place reduction.
    #[inline]
    pub(crate) fn reduce(&mut self, index: u32, qty: u32) {
        self.levels[index as usize].total -= u64::from(qty);
    }
}
