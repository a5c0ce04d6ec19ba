//! The two DMA rings of `docs/host-interface.md`, free of system calls: they touch only the
//! [`DmaRegion`] and ring doorbells through the [`Platform`].
//!
//! - [`SubmissionRing`]: the host copies a batch of records in, then rings SQ_TAIL once. It
//!   learns which entries it may reuse from SQ_HEAD in the status line the card writes, never
//!   from a register.
//! - [`CompletionRing`]: the host watches for entry `consumed mod size` to carry the mark
//!   `consumed + 1`, reads it after an acquire load of the mark, zeroes the mark in its copy,
//!   and rings CQ_HEAD once per polled batch.
//!
//! All indexes are free-running u32 counts, as on the card.

use crate::platform::{DmaRegion, Platform, LINE_BYTES};
use gatebook_wire::regmap::{self, status_line, COMPLETION_MARK_OFFSET};
use gatebook_wire::{OrderRecord, ReportRecord};
use std::sync::atomic::Ordering;

/// Where the status line and the two rings sit in the DMA region.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RingLayout {
    /// Offset of the 64-byte status line.
    pub status_offset: usize,
    /// Offset of the submission ring.
    pub sq_offset: usize,
    /// log2 of the submission ring's entries.
    pub sq_log2: u8,
    /// Offset of the completion ring.
    pub cq_offset: usize,
    /// log2 of the completion ring's entries.
    pub cq_log2: u8,
}

const PAGE: usize = 4096;

impl RingLayout {
    /// The status line first, then each ring on its own 4 KiB boundary; `None` if they do not
    /// fit in `region_bytes` or a size is outside 1..=24.
    pub fn new(sq_log2: u8, cq_log2: u8, region_bytes: usize) -> Option<RingLayout> {
        if !(1..=24).contains(&sq_log2) || !(1..=24).contains(&cq_log2) {
            return None;
        }
        let sq_bytes = LINE_BYTES << sq_log2;
        let cq_bytes = LINE_BYTES << cq_log2;
        let sq_offset = PAGE;
        let cq_offset = (sq_offset + sq_bytes).next_multiple_of(PAGE);
        (cq_offset + cq_bytes <= region_bytes).then_some(RingLayout {
            status_offset: 0,
            sq_offset,
            sq_log2,
            cq_offset,
            cq_log2,
        })
    }

    /// Bytes from the start of the region to the end of the completion ring.
    pub fn bytes(&self) -> usize {
        self.cq_offset + (LINE_BYTES << self.cq_log2)
    }
}

/// The host's side of the submission ring.
#[derive(Debug)]
pub struct SubmissionRing {
    offset: usize,
    status_offset: usize,
    size: u32,
    /// Records written and announced (the last SQ_TAIL doorbell).
    tail: u32,
    /// The card's SQ_HEAD as last read from the status line.
    head: u32,
}

impl SubmissionRing {
    /// The ring of `layout`, empty (after a reset and the zeroing of the status line).
    pub fn new(layout: &RingLayout) -> SubmissionRing {
        SubmissionRing {
            offset: layout.sq_offset,
            status_offset: layout.status_offset,
            size: 1 << layout.sq_log2,
            tail: 0,
            head: 0,
        }
    }

    /// Entries in the ring.
    pub fn size(&self) -> u32 {
        self.size
    }

    /// Records submitted so far (free-running).
    pub fn tail(&self) -> u32 {
        self.tail
    }

    /// Records the card has fetched, as of the last look at the status line.
    pub fn head(&self) -> u32 {
        self.head
    }

    /// Reads SQ_HEAD from the status line (an acquire load). A value that cannot be right
    /// (ahead of the tail, or more than a ring behind it: a stale line) is ignored.
    pub fn refresh(&mut self, dma: &DmaRegion) -> u32 {
        let head = dma.load_u32(self.status_offset + status_line::SQ_HEAD, Ordering::Acquire);
        if self.tail.wrapping_sub(head) <= self.size {
            self.head = head;
        }
        self.head
    }

    /// Entries free for new records, as of the last refresh.
    pub fn free(&self) -> u32 {
        self.size - self.tail.wrapping_sub(self.head)
    }

    /// Copies as many of `records` as fit and rings SQ_TAIL once for all of them. Returns how
    /// many were taken (0 when the ring is full: nothing is rung).
    pub fn try_push<P: Platform + ?Sized>(
        &mut self,
        platform: &mut P,
        records: &[OrderRecord],
    ) -> usize {
        let dma = platform.dma();
        if (self.free() as usize) < records.len() {
            self.refresh(dma);
        }
        let n = records.len().min(self.free() as usize);
        if n == 0 {
            return 0;
        }
        let mask = self.size - 1;
        for (i, record) in records[..n].iter().enumerate() {
            let index = self.tail.wrapping_add(i as u32) & mask;
            dma.write_line(
                self.offset + index as usize * LINE_BYTES,
                &record.to_bytes(),
            );
        }
        self.tail = self.tail.wrapping_add(n as u32);
        // The entries above must be visible before the card learns of them.
        std::sync::atomic::fence(Ordering::Release);
        platform.write32(regmap::SQ_TAIL, self.tail);
        n
    }

    /// Submits every record, never dropping one: batches of what fits, one doorbell each;
    /// while the ring is full, `stalled` runs (it must let the card progress: call
    /// [`Platform::wait`], and consume completions so the card is not stuck behind them).
    pub fn push_all<P: Platform + ?Sized, E>(
        &mut self,
        platform: &mut P,
        mut records: &[OrderRecord],
        mut stalled: impl FnMut(&mut P) -> Result<(), E>,
    ) -> Result<(), E> {
        while !records.is_empty() {
            let n = self.try_push(platform, records);
            records = &records[n..];
            if n == 0 {
                stalled(platform)?;
            }
        }
        Ok(())
    }
}

/// The host's side of the completion ring.
#[derive(Debug)]
pub struct CompletionRing {
    offset: usize,
    size: u32,
    /// Completions consumed (and announced with CQ_HEAD once a poll ends).
    head: u32,
}

impl CompletionRing {
    /// The ring of `layout`, empty (after a reset and the zeroing of the ring).
    pub fn new(layout: &RingLayout) -> CompletionRing {
        CompletionRing {
            offset: layout.cq_offset,
            size: 1 << layout.cq_log2,
            head: 0,
        }
    }

    /// Entries in the ring.
    pub fn size(&self) -> u32 {
        self.size
    }

    /// Completions consumed so far (free-running).
    pub fn head(&self) -> u32 {
        self.head
    }

    /// Whether the next completion has arrived (one acquire load, no side effect).
    pub fn ready(&self, dma: &DmaRegion) -> bool {
        let slot = self.offset + (self.head & (self.size - 1)) as usize * LINE_BYTES;
        dma.load_u32(slot + COMPLETION_MARK_OFFSET, Ordering::Acquire) == self.head.wrapping_add(1)
    }

    /// Appends up to `max` new completions to `out`, marks zeroed, then rings CQ_HEAD once if
    /// any were taken. Returns how many.
    pub fn poll<P: Platform + ?Sized>(
        &mut self,
        platform: &mut P,
        out: &mut Vec<ReportRecord>,
        max: usize,
    ) -> usize {
        let dma = platform.dma();
        let mask = self.size - 1;
        let mut n = 0;
        while n < max {
            let slot = self.offset + (self.head & mask) as usize * LINE_BYTES;
            let mark = dma.load_u32(slot + COMPLETION_MARK_OFFSET, Ordering::Acquire);
            if mark != self.head.wrapping_add(1) {
                break;
            }
            let mut line = dma.read_line(slot);
            line[COMPLETION_MARK_OFFSET..COMPLETION_MARK_OFFSET + 4].fill(0);
            out.push(ReportRecord::from_wire(&line));
            self.head = self.head.wrapping_add(1);
            n += 1;
        }
        if n > 0 {
            platform.write32(regmap::CQ_HEAD, self.head);
        }
        n
    }
}
