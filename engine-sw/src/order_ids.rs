//! (account, cl_ord_id) → order slot, for CANCEL, REPLACE and the duplicate-id check.
//!
//! Open addressing with linear probing and backward-shift deletion, sized to at least twice
//! the slot count: it holds every live order exactly, never fills before the slots do, and
//! needs no tombstones. The card uses the same scheme in block RAM, and keeps each key's
//! home beside it as this table does. Here the members of a probe run are also kept in the
//! order of their homes (the "Robin Hood" order): a probe for an absent key stops at the
//! first member whose home lies after the key's, an insert there moves the rest of the run
//! one bucket on, and a removal shifts back only the members that are away from home.
//!
//! Each bucket is 8 bytes: a 32-bit tag of the key's hash, whose low bits are the key's home
//! bucket, and the slot (0 = empty). The key itself is the slot's own account (its dense
//! index, which stands for the account id one for one) and `cl_ord_id`, compared only when a
//! tag matches, so a lookup is exact. The hash keeps the
//! three low bits of `cl_ord_id` as the three low bits of the home: the eight consecutive ids
//! of one account that members send one after another share a 64-byte line of buckets, which
//! the lines are aligned to, and the lines themselves are spread by the hash of the account
//! and the rest of the id. (The card hashes differently; no report shows the difference.)

use crate::slots::OrderSlots;

/// Buckets per 64-byte line.
const LINE: usize = 8;
const SLOT_BITS: u64 = 0xffff_ffff;

/// Eight buckets, aligned to a cache line.
#[derive(Clone, Copy, Default)]
#[repr(align(64))]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
struct Line([u64; LINE]);

/// Where a key is, or where it would go.
#[derive(Clone, Copy)]
pub(crate) enum Probe {
    /// The key is present: its slot, and its bucket until the table changes.
    Found(u32, usize),
    /// The key is absent; it would be inserted at this bucket, while the table does not
    /// change.
    Vacant(Vacancy),
}

/// A bucket where an absent key goes, valid until the next removal.
#[derive(Clone, Copy)]
pub(crate) struct Vacancy {
    bucket: usize,
    tag: u32,
    removals: u64,
}

#[derive(Clone)]
#[cfg_attr(feature = "snapshot", derive(serde::Serialize, serde::Deserialize))]
pub(crate) struct OrderIdTable {
    lines: Vec<Line>,
    mask: usize,
    /// Removals so far: a [`Vacancy`] taken before a removal is probed again.
    removals: u64,
}

#[inline]
fn tag_of(account: u32, cl_ord_id: u64) -> u32 {
    let key = (cl_ord_id >> 3) ^ u64::from(account).rotate_left(40);
    let mixed = key.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    ((mixed >> 32) as u32 & !7) | (cl_ord_id & 7) as u32
}

impl OrderIdTable {
    pub(crate) fn new(order_slots: u32) -> Self {
        let buckets = (order_slots as usize * 2).next_power_of_two().max(LINE);
        OrderIdTable {
            lines: vec![Line::default(); buckets / LINE],
            mask: buckets - 1,
            removals: 0,
        }
    }

    #[inline]
    fn bucket(&self, i: usize) -> u64 {
        self.lines[i / LINE].0[i % LINE]
    }

    #[inline]
    fn set_bucket(&mut self, i: usize, value: u64) {
        self.lines[i / LINE].0[i % LINE] = value;
    }

    /// How far bucket `i`'s entry `e` is from its home.
    #[inline]
    fn distance(&self, i: usize, e: u64) -> usize {
        i.wrapping_sub((e >> 32) as usize) & self.mask
    }

    /// Looks a key up (the account by its id and by its dense index); when it is absent,
    /// says where it would go.
    #[inline]
    pub(crate) fn probe(
        &self,
        account: u32,
        account_index: u32,
        cl_ord_id: u64,
        slots: &OrderSlots,
    ) -> Probe {
        let tag = tag_of(account, cl_ord_id);
        let mut i = tag as usize & self.mask;
        let mut distance = 0;
        loop {
            let e = self.bucket(i);
            if e & SLOT_BITS == 0 || self.distance(i, e) < distance {
                return Probe::Vacant(Vacancy {
                    bucket: i,
                    tag,
                    removals: self.removals,
                });
            }
            if (e >> 32) as u32 == tag {
                let slot = (e & SLOT_BITS) as u32;
                let order = slots.get(slot);
                if order.cl_ord_id == cl_ord_id && order.account_index == account_index {
                    return Probe::Found(slot, i);
                }
            }
            i = (i + 1) & self.mask;
            distance += 1;
        }
    }

    #[inline]
    pub(crate) fn find(
        &self,
        account: u32,
        account_index: u32,
        cl_ord_id: u64,
        slots: &OrderSlots,
    ) -> Option<u32> {
        self.find_bucket(account, account_index, cl_ord_id, slots)
            .map(|(slot, _)| slot)
    }

    /// The key's slot and bucket; the bucket stays the key's until the table changes.
    #[inline]
    pub(crate) fn find_bucket(
        &self,
        account: u32,
        account_index: u32,
        cl_ord_id: u64,
        slots: &OrderSlots,
    ) -> Option<(u32, usize)> {
        match self.probe(account, account_index, cl_ord_id, slots) {
            Probe::Found(slot, bucket) => Some((slot, bucket)),
            Probe::Vacant(_) => None,
        }
    }

    /// Adds the absent key that `vacancy` was probed for, with `slot`.
    #[inline(always)]
    pub(crate) fn insert(&mut self, vacancy: Vacancy, slot: u32) {
        let mut i = vacancy.bucket;
        if vacancy.removals != self.removals {
            // Removals may have shifted the run: find the key's place again.
            i = vacancy.tag as usize & self.mask;
            let mut distance = 0;
            loop {
                let e = self.bucket(i);
                if e & SLOT_BITS == 0 || self.distance(i, e) < distance {
                    break;
                }
                i = (i + 1) & self.mask;
                distance += 1;
            }
        }
        // The rest of the run moves one bucket on; the table never fills, so it ends.
        let mut carried = u64::from(vacancy.tag) << 32 | u64::from(slot);
        loop {
            let e = self.bucket(i);
            self.set_bucket(i, carried);
            if e & SLOT_BITS == 0 {
                return;
            }
            carried = e;
            i = (i + 1) & self.mask;
        }
    }

    /// Removes the present key of `slot`, shifting the members after it that are away from
    /// home back by one bucket.
    pub(crate) fn remove(&mut self, account: u32, cl_ord_id: u64, slot: u32) {
        let mut hole = tag_of(account, cl_ord_id) as usize & self.mask;
        loop {
            let e = self.bucket(hole);
            if e & SLOT_BITS == u64::from(slot) {
                break;
            }
            if e & SLOT_BITS == 0 {
                debug_assert!(false, "removing an absent key");
                return;
            }
            hole = (hole + 1) & self.mask;
        }
        self.remove_at(hole);
    }

    /// Removes the key in `bucket` (as [`Self::find_bucket`] gave it, the table unchanged
    /// since), shifting the members after it that are away from home back by one bucket.
    pub(crate) fn remove_at(&mut self, bucket: usize) {
        self.removals += 1;
        let mut hole = bucket;
        loop {
            let next = (hole + 1) & self.mask;
            let e = self.bucket(next);
            if e & SLOT_BITS == 0 || self.distance(next, e) == 0 {
                break;
            }
            self.set_bucket(hole, e);
            hole = next;
        }
        self.set_bucket(hole, 0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::slots::OrderSlot;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    fn order(account: u32, cl_ord_id: u64) -> OrderSlot {
        OrderSlot {
            account_index: account,
            cl_ord_id,
            ..OrderSlot::EMPTY
        }
    }

    proptest! {
        /// The table against a map, with ids that share lines, tags that collide (few
        /// buckets, many keys of neighbouring ids) and removals between probe and insert.
        #[test]
        fn behaves_like_a_map(
            ops in proptest::collection::vec((0u32..4, 0u64..80, 0u8..3), 1..600),
            capacity in 4u32..40,
        ) {
            let mut slots = OrderSlots::new(capacity);
            let mut table = OrderIdTable::new(capacity);
            let mut model: BTreeMap<(u32, u64), u32> = BTreeMap::new();
            let mut pending: Option<(u32, u64, Vacancy)> = None;
            for (account, id, op) in ops {
                match op {
                    // Probe now, insert after the next operation (which may remove).
                    0 => {
                        if let Some((a, i, vacancy)) = pending.take() {
                            if !model.contains_key(&(a, i)) && slots.has_free() {
                                let slot = slots.allocate(order(a, i), Default::default());
                                table.insert(vacancy, slot);
                                model.insert((a, i), slot);
                            }
                        }
                        match table.probe(account, account, id, &slots) {
                            Probe::Found(slot, _) => {
                                prop_assert_eq!(model.get(&(account, id)), Some(&slot));
                            }
                            Probe::Vacant(vacancy) => {
                                prop_assert!(!model.contains_key(&(account, id)));
                                pending = Some((account, id, vacancy));
                            }
                        }
                    }
                    1 => {
                        if let Some(&slot) = model.get(&(account, id)) {
                            table.remove(account, id, slot);
                            slots.release(slot);
                            model.remove(&(account, id));
                        }
                    }
                    _ => {
                        // Remove the oldest key, whatever this step's key is.
                        if let Some((&(a, i), &slot)) = model.iter().next() {
                            table.remove(a, i, slot);
                            slots.release(slot);
                            model.remove(&(a, i));
                        }
                    }
                }
                for (&(a, i), &s) in &model {
                    prop_assert_eq!(table.find(a, a, i, &slots), Some(s));
                }
                prop_assert_eq!(
                    table.find(account, account, id, &slots),
                    model.get(&(account, id)).copied()
                );
            }
        }
    }

    #[test]
    fn consecutive_ids_of_an_account_share_a_line() {
        let homes: Vec<usize> = (8..16).map(|id| tag_of(3, id) as usize & 1023).collect();
        assert!(homes.windows(2).all(|w| w[1] == w[0] + 1), "{homes:?}");
        assert_eq!(homes[0] % LINE, 0);
    }
}
