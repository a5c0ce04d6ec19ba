//! Peak memory of one piece of work, for the tests that promise memory bounded by the book
//! and the venue rather than by the input (parsers, importers, streaming readers).
//!
//! A test binary installs [`CountingAllocator`] as its global allocator and wraps the work in
//! [`peak_of`]:
//!
//! ```
//! use memprobe::{peak_of, CountingAllocator};
//!
//! #[global_allocator]
//! static ALLOCATOR: CountingAllocator = CountingAllocator;
//!
//! let (sum, peak) = peak_of(|| (0..1000u64).collect::<Vec<_>>().iter().sum::<u64>());
//! assert_eq!(sum, 499_500);
//! assert!(peak >= 8000);
//! ```
//!
//! The counts are per thread, so tests running in parallel in the same binary do not see
//! each other's allocations.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    /// Bytes this thread allocated and has not freed.
    static LIVE: Cell<isize> = const { Cell::new(0) };
    /// The most [`LIVE`] has been since the last reset.
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

/// Notes `delta` bytes allocated (or freed, when negative) by this thread. It touches only
/// const-initialised thread-locals, which never allocate; during thread teardown, when they
/// are gone, the change is not counted.
fn note(delta: isize) {
    let _ = LIVE.try_with(|live| {
        let now = live.get() + delta;
        live.set(now);
        let _ = PEAK.try_with(|peak| peak.set(peak.get().max(now)));
    });
}

/// The system allocator, counting each thread's live bytes and their peak.
pub struct CountingAllocator;

// SAFETY: every call is passed to `System` unchanged; the counters only observe sizes.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is the same as `System`'s.
        let pointer = unsafe { System.alloc(layout) };
        if !pointer.is_null() {
            note(layout.size() as isize);
        }
        pointer
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: `pointer` was allocated by `System` (through this allocator) with `layout`.
        unsafe { System.dealloc(pointer, layout) };
        note(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc` is the same as `System`'s.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if !moved.is_null() {
            note(new_size as isize - layout.size() as isize);
        }
        moved
    }
}

/// Runs `work` and returns its result and the most bytes this thread held at once beyond
/// what it held before (0 when it never held more). Meaningful only in a binary whose global
/// allocator is [`CountingAllocator`]; elsewhere the peak is always 0.
pub fn peak_of<T>(work: impl FnOnce() -> T) -> (T, usize) {
    let base = LIVE.with(Cell::get);
    PEAK.with(|peak| peak.set(base));
    let out = work();
    let peak = PEAK.with(Cell::get) - base;
    (out, peak.max(0) as usize)
}
