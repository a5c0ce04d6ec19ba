//! The C entry points of `csrc/shim.cpp`, and the one owner of the model's pointer.

use std::ffi::CString;
use std::os::raw::{c_char, c_int};
use std::ptr::NonNull;

#[repr(C)]
struct RawCard {
    _private: [u8; 0],
}

#[cfg(not(gatebook_sim_unavailable))]
extern "C" {
    fn gb_card_new() -> *mut RawCard;
    fn gb_card_free(card: *mut RawCard);
    fn gb_card_set_inputs(
        card: *mut RawCard,
        in_words: *const u32,
        in_valid: u8,
        out_ready: u8,
        reset: u8,
    );
    fn gb_card_in_ready(card: *const RawCard) -> u8;
    fn gb_card_out_valid(card: *const RawCard) -> u8;
    fn gb_card_out_data(card: *const RawCard, out_words: *mut u32);
    fn gb_card_tick(card: *mut RawCard);
    fn gb_card_trace_open(card: *mut RawCard, path: *const c_char) -> c_int;
}

/// The Verilated model, owned: created once, freed on drop, never shared between threads.
pub(crate) struct Model {
    raw: NonNull<RawCard>,
}

#[cfg(not(gatebook_sim_unavailable))]
impl Model {
    pub(crate) fn new() -> Option<Model> {
        // SAFETY: `gb_card_new` has no preconditions; it returns a fresh heap object or null.
        NonNull::new(unsafe { gb_card_new() }).map(|raw| Model { raw })
    }

    pub(crate) fn set_inputs(
        &mut self,
        in_words: &[u32; 16],
        in_valid: bool,
        out_ready: bool,
        reset: bool,
    ) {
        // SAFETY: `raw` is a live model owned by `self`; `in_words` points to 16 readable words.
        unsafe {
            gb_card_set_inputs(
                self.raw.as_ptr(),
                in_words.as_ptr(),
                u8::from(in_valid),
                u8::from(out_ready),
                u8::from(reset),
            )
        }
    }

    pub(crate) fn in_ready(&self) -> bool {
        // SAFETY: `raw` is a live model owned by `self`.
        unsafe { gb_card_in_ready(self.raw.as_ptr()) != 0 }
    }

    pub(crate) fn out_valid(&self) -> bool {
        // SAFETY: `raw` is a live model owned by `self`.
        unsafe { gb_card_out_valid(self.raw.as_ptr()) != 0 }
    }

    pub(crate) fn out_data(&self) -> [u32; 16] {
        let mut words = [0u32; 16];
        // SAFETY: `raw` is a live model owned by `self`; `words` has room for the 16 words.
        unsafe { gb_card_out_data(self.raw.as_ptr(), words.as_mut_ptr()) };
        words
    }

    pub(crate) fn tick(&mut self) {
        // SAFETY: `raw` is a live model owned by `self`.
        unsafe { gb_card_tick(self.raw.as_ptr()) }
    }

    /// False when the model was built without tracing or the file cannot be opened.
    pub(crate) fn trace_open(&mut self, path: &str) -> bool {
        let Ok(path) = CString::new(path) else {
            return false;
        };
        // SAFETY: `raw` is a live model owned by `self`; `path` is a NUL-terminated string
        // that outlives the call (the shim copies what it keeps).
        unsafe { gb_card_trace_open(self.raw.as_ptr(), path.as_ptr()) == 0 }
    }
}

#[cfg(not(gatebook_sim_unavailable))]
impl Drop for Model {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `gb_card_new` and is freed exactly once, here.
        unsafe { gb_card_free(self.raw.as_ptr()) }
    }
}

#[cfg(gatebook_sim_unavailable)]
impl Model {
    pub(crate) fn new() -> Option<Model> {
        None
    }
    pub(crate) fn set_inputs(&mut self, _: &[u32; 16], _: bool, _: bool, _: bool) {}
    pub(crate) fn in_ready(&self) -> bool {
        false
    }
    pub(crate) fn out_valid(&self) -> bool {
        false
    }
    pub(crate) fn out_data(&self) -> [u32; 16] {
        [0; 16]
    }
    pub(crate) fn tick(&mut self) {}
    pub(crate) fn trace_open(&mut self, _: &str) -> bool {
        false
    }
}

/// Whether this build carries the Verilated card.
pub(crate) const AVAILABLE: bool = cfg!(not(gatebook_sim_unavailable));
