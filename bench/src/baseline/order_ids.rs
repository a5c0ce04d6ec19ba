//! (account, cl_ord_id) → order slot, for CANCEL, REPLACE and the duplicate-id check.
//!
//! Open addressing with linear probing and backward-shift deletion, sized to at least twice
//! the slot count: it holds every live order exactly, never fills before the slots do, and
//! needs no tombstones. The card uses the same scheme in block RAM.

const EMPTY: u32 = 0;

#[derive(Clone, Copy)]
struct Entry {
    cl_ord_id: u64,
    account: u32,
    /// 0 = empty bucket.
    slot: u32,
}

#[derive(Clone)]
pub(crate) struct OrderIdTable {
    entries: Vec<Entry>,
    mask: usize,
}

impl OrderIdTable {
    pub(crate) fn new(order_slots: u32) -> Self {
        let buckets = (order_slots as usize * 2).next_power_of_two().max(2);
        OrderIdTable {
            entries: vec![
                Entry {
                    cl_ord_id: 0,
                    account: 0,
                    slot: EMPTY
                };
                buckets
            ],
            mask: buckets - 1,
        }
    }

    #[inline]
    fn home(&self, account: u32, cl_ord_id: u64) -> usize {
        let key = cl_ord_id ^ u64::from(account).rotate_left(40);
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & self.mask
    }

    #[inline]
    pub(crate) fn find(&self, account: u32, cl_ord_id: u64) -> Option<u32> {
        let mut i = self.home(account, cl_ord_id);
        loop {
            let e = &self.entries[i];
            if e.slot == EMPTY {
                return None;
            }
            if e.cl_ord_id == cl_ord_id && e.account == account {
                return Some(e.slot);
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Adds a key that is not present.
    #[inline]
    pub(crate) fn insert(&mut self, account: u32, cl_ord_id: u64, slot: u32) {
        let mut i = self.home(account, cl_ord_id);
        while self.entries[i].slot != EMPTY {
            i = (i + 1) & self.mask;
        }
        self.entries[i] = Entry {
            cl_ord_id,
            account,
            slot,
        };
    }

    /// Removes a key that is present, shifting later members of its probe run back.
    pub(crate) fn remove(&mut self, account: u32, cl_ord_id: u64) {
        let mut hole = self.home(account, cl_ord_id);
        loop {
            let e = &self.entries[hole];
            if e.slot == EMPTY {
                debug_assert!(false, "removing an absent key");
                return;
            }
            if e.cl_ord_id == cl_ord_id && e.account == account {
                break;
            }
            hole = (hole + 1) & self.mask;
        }
        let mut next = (hole + 1) & self.mask;
        while self.entries[next].slot != EMPTY {
            let e = self.entries[next];
            let home = self.home(e.account, e.cl_ord_id);
            // Move `e` into the hole unless its home lies cyclically in (hole, next].
            let home_after_hole = (home.wrapping_sub(hole) & self.mask) != 0
                && (home.wrapping_sub(hole) & self.mask) <= (next.wrapping_sub(hole) & self.mask);
            if !home_after_hole {
                self.entries[hole] = e;
                hole = next;
            }
            next = (next + 1) & self.mask;
        }
        self.entries[hole].slot = EMPTY;
    }
}
