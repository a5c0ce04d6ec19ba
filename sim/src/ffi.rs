//! The C entry points of `csrc/shim.cpp` (the pipeline) and `csrc/card_shim.cpp` (the
//! card), and the one owner of each model's pointer.

use std::ffi::CString;
use std::os::raw::{c_char, c_int};
use std::ptr::NonNull;

#[repr(C)]
struct RawCard {
    _private: [u8; 0],
}

#[repr(C)]
struct RawShell {
    _private: [u8; 0],
}

/// The card's inputs for one cycle (`gb_shell_inputs` in `csrc/card_shim.cpp`).
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ShellInputs {
    pub rd_resp_data: [u32; 16],
    pub mmio_addr: u32,
    pub mmio_wdata: u32,
    pub reset: u8,
    pub mmio_write: u8,
    pub mmio_read: u8,
    pub rd_req_ready: u8,
    pub rd_resp_valid: u8,
    /// 0, or the PCIe requester completion error code that failed the line (bits 3..0).
    pub rd_resp_status: u8,
    pub wr_ready: u8,
}

/// The card's outputs in the current cycle (`gb_shell_outputs` in `csrc/card_shim.cpp`).
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ShellOutputs {
    pub wr_data: [u32; 16],
    pub rd_req_addr: u64,
    pub wr_addr: u64,
    pub mmio_rdata: u32,
    pub mmio_rvalid: u8,
    pub rd_req_valid: u8,
    pub rd_req_lines: u8,
    pub wr_valid: u8,
}

#[cfg(not(gatebook_sim_unavailable))]
extern "C" {
    fn gb_shell_new() -> *mut RawShell;
    fn gb_shell_free(shell: *mut RawShell);
    fn gb_shell_set_inputs(shell: *mut RawShell, inputs: *const ShellInputs);
    fn gb_shell_outputs(shell: *const RawShell, outputs: *mut ShellOutputs);
    fn gb_shell_tick(shell: *mut RawShell);
    #[cfg(test)]
    fn gb_shell_layout(out: *mut usize, capacity: usize) -> usize;
}

/// The Verilated card (shell and pipeline), owned: created once, freed on drop.
pub(crate) struct ShellModel {
    raw: NonNull<RawShell>,
}

// SAFETY: the model is a self-contained heap object with no thread affinity (Verilator's
// context is per model, and no thread pool is used: the model is verilated without
// --threads); `ShellModel` owns it exclusively and every call goes through `&mut self` or
// `&self`, so moving it to another thread moves the only handle to it.
unsafe impl Send for ShellModel {}

#[cfg(not(gatebook_sim_unavailable))]
impl ShellModel {
    pub(crate) fn new() -> Option<ShellModel> {
        // SAFETY: `gb_shell_new` has no preconditions; it returns a fresh heap object or null.
        NonNull::new(unsafe { gb_shell_new() }).map(|raw| ShellModel { raw })
    }

    /// Drives the inputs (clock low) and settles the outputs.
    pub(crate) fn set_inputs(&mut self, inputs: &ShellInputs) {
        // SAFETY: `raw` is a live model owned by `self`; `inputs` is a valid `#[repr(C)]`
        // struct laid out as the shim's `gb_shell_inputs`, read during the call only.
        unsafe { gb_shell_set_inputs(self.raw.as_ptr(), inputs) }
    }

    pub(crate) fn outputs(&self) -> ShellOutputs {
        let mut outputs = ShellOutputs::default();
        // SAFETY: `raw` is a live model owned by `self`; `outputs` is a writable
        // `#[repr(C)]` struct laid out as the shim's `gb_shell_outputs`.
        unsafe { gb_shell_outputs(self.raw.as_ptr(), &mut outputs) };
        outputs
    }

    /// The rising clock edge.
    pub(crate) fn tick(&mut self) {
        // SAFETY: `raw` is a live model owned by `self`.
        unsafe { gb_shell_tick(self.raw.as_ptr()) }
    }
}

#[cfg(not(gatebook_sim_unavailable))]
impl Drop for ShellModel {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `gb_shell_new` and is freed exactly once, here.
        unsafe { gb_shell_free(self.raw.as_ptr()) }
    }
}

#[cfg(gatebook_sim_unavailable)]
impl ShellModel {
    pub(crate) fn new() -> Option<ShellModel> {
        None
    }
    pub(crate) fn set_inputs(&mut self, _: &ShellInputs) {}
    pub(crate) fn outputs(&self) -> ShellOutputs {
        ShellOutputs::default()
    }
    pub(crate) fn tick(&mut self) {}
}

/// Declares the C entry points of one pipeline build (`csrc/shim.cpp`, compiled once per
/// build with its own function prefix) and the table that holds them.
macro_rules! pipeline_entry_points {
    ($table:ident, $new:ident, $free:ident, $set_inputs:ident, $in_ready:ident,
     $out_valid:ident, $idle:ident, $out_data:ident, $tick:ident, $trace_open:ident) => {
        #[cfg(not(gatebook_sim_unavailable))]
        extern "C" {
            fn $new() -> *mut RawCard;
            fn $free(card: *mut RawCard);
            fn $set_inputs(
                card: *mut RawCard,
                in_words: *const u32,
                in_valid: u8,
                out_ready: u8,
                reset: u8,
            );
            fn $in_ready(card: *const RawCard) -> u8;
            fn $out_valid(card: *const RawCard) -> u8;
            fn $idle(card: *const RawCard) -> u8;
            fn $out_data(card: *const RawCard, out_words: *mut u32);
            fn $tick(card: *mut RawCard);
            fn $trace_open(card: *mut RawCard, path: *const c_char) -> c_int;
        }

        #[cfg(not(gatebook_sim_unavailable))]
        static $table: EntryPoints = EntryPoints {
            new: $new,
            free: $free,
            set_inputs: $set_inputs,
            in_ready: $in_ready,
            out_valid: $out_valid,
            idle: $idle,
            out_data: $out_data,
            tick: $tick,
            trace_open: $trace_open,
        };
    };
}

/// The entry points of one Verilated pipeline build.
#[cfg(not(gatebook_sim_unavailable))]
struct EntryPoints {
    new: unsafe extern "C" fn() -> *mut RawCard,
    free: unsafe extern "C" fn(*mut RawCard),
    set_inputs: unsafe extern "C" fn(*mut RawCard, *const u32, u8, u8, u8),
    in_ready: unsafe extern "C" fn(*const RawCard) -> u8,
    out_valid: unsafe extern "C" fn(*const RawCard) -> u8,
    idle: unsafe extern "C" fn(*const RawCard) -> u8,
    out_data: unsafe extern "C" fn(*const RawCard, *mut u32),
    tick: unsafe extern "C" fn(*mut RawCard),
    trace_open: unsafe extern "C" fn(*mut RawCard, *const c_char) -> c_int,
}

pipeline_entry_points!(
    DEFAULT_BUILD,
    gb_card_new,
    gb_card_free,
    gb_card_set_inputs,
    gb_card_in_ready,
    gb_card_out_valid,
    gb_card_idle,
    gb_card_out_data,
    gb_card_tick,
    gb_card_trace_open
);
pipeline_entry_points!(
    WIDE_BUILD,
    gb_wide_new,
    gb_wide_free,
    gb_wide_set_inputs,
    gb_wide_in_ready,
    gb_wide_out_valid,
    gb_wide_idle,
    gb_wide_out_data,
    gb_wide_tick,
    gb_wide_trace_open
);

/// Which Verilated pipeline a [`Model`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pipeline {
    /// `Vgatebook_top`: the default card.
    Default,
    /// `Vgatebook_wide`: the wide build.
    Wide,
}

/// A Verilated pipeline, owned: created once, freed on drop, never shared between threads.
pub(crate) struct Model {
    raw: NonNull<RawCard>,
    #[cfg(not(gatebook_sim_unavailable))]
    api: &'static EntryPoints,
}

#[cfg(not(gatebook_sim_unavailable))]
impl Model {
    pub(crate) fn new(pipeline: Pipeline) -> Option<Model> {
        let api = match pipeline {
            Pipeline::Default => &DEFAULT_BUILD,
            Pipeline::Wide => &WIDE_BUILD,
        };
        // SAFETY: `new` has no preconditions; it returns a fresh heap object or null.
        NonNull::new(unsafe { (api.new)() }).map(|raw| Model { raw, api })
    }

    pub(crate) fn set_inputs(
        &mut self,
        in_words: &[u32; 16],
        in_valid: bool,
        out_ready: bool,
        reset: bool,
    ) {
        // SAFETY: `raw` is a live model of this table's build, owned by `self`; `in_words`
        // points to 16 readable words.
        unsafe {
            (self.api.set_inputs)(
                self.raw.as_ptr(),
                in_words.as_ptr(),
                u8::from(in_valid),
                u8::from(out_ready),
                u8::from(reset),
            )
        }
    }

    pub(crate) fn in_ready(&self) -> bool {
        // SAFETY: `raw` is a live model of this table's build, owned by `self`.
        unsafe { (self.api.in_ready)(self.raw.as_ptr()) != 0 }
    }

    pub(crate) fn out_valid(&self) -> bool {
        // SAFETY: `raw` is a live model of this table's build, owned by `self`.
        unsafe { (self.api.out_valid)(self.raw.as_ptr()) != 0 }
    }

    pub(crate) fn idle(&self) -> bool {
        // SAFETY: `raw` is a live model of this table's build, owned by `self`.
        unsafe { (self.api.idle)(self.raw.as_ptr()) != 0 }
    }

    pub(crate) fn out_data(&self) -> [u32; 16] {
        let mut words = [0u32; 16];
        // SAFETY: `raw` is a live model of this table's build, owned by `self`; `words` has
        // room for the 16 words.
        unsafe { (self.api.out_data)(self.raw.as_ptr(), words.as_mut_ptr()) };
        words
    }

    pub(crate) fn tick(&mut self) {
        // SAFETY: `raw` is a live model of this table's build, owned by `self`.
        unsafe { (self.api.tick)(self.raw.as_ptr()) }
    }

    /// False when the model was built without tracing or the file cannot be opened.
    pub(crate) fn trace_open(&mut self, path: &str) -> bool {
        let Ok(path) = CString::new(path) else {
            return false;
        };
        // SAFETY: `raw` is a live model of this table's build, owned by `self`; `path` is a
        // NUL-terminated string that outlives the call (the shim copies what it keeps).
        unsafe { (self.api.trace_open)(self.raw.as_ptr(), path.as_ptr()) == 0 }
    }
}

#[cfg(not(gatebook_sim_unavailable))]
impl Drop for Model {
    fn drop(&mut self) {
        // SAFETY: `raw` came from this table's `new` and is freed exactly once, here.
        unsafe { (self.api.free)(self.raw.as_ptr()) }
    }
}

#[cfg(gatebook_sim_unavailable)]
impl Model {
    pub(crate) fn new(_: Pipeline) -> Option<Model> {
        None
    }
    pub(crate) fn set_inputs(&mut self, _: &[u32; 16], _: bool, _: bool, _: bool) {}
    pub(crate) fn in_ready(&self) -> bool {
        false
    }
    pub(crate) fn out_valid(&self) -> bool {
        false
    }
    pub(crate) fn idle(&self) -> bool {
        true
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

#[cfg(all(test, not(gatebook_sim_unavailable)))]
mod tests {
    /// The layout of `ShellInputs` and `ShellOutputs` as `gb_shell_layout` in the shim lists
    /// it: each size, then each field's offset in declaration order.
    fn rust_shell_layout() -> Vec<usize> {
        use std::mem::{offset_of, size_of};
        vec![
            size_of::<super::ShellInputs>(),
            offset_of!(super::ShellInputs, rd_resp_data),
            offset_of!(super::ShellInputs, mmio_addr),
            offset_of!(super::ShellInputs, mmio_wdata),
            offset_of!(super::ShellInputs, reset),
            offset_of!(super::ShellInputs, mmio_write),
            offset_of!(super::ShellInputs, mmio_read),
            offset_of!(super::ShellInputs, rd_req_ready),
            offset_of!(super::ShellInputs, rd_resp_valid),
            offset_of!(super::ShellInputs, rd_resp_status),
            offset_of!(super::ShellInputs, wr_ready),
            size_of::<super::ShellOutputs>(),
            offset_of!(super::ShellOutputs, wr_data),
            offset_of!(super::ShellOutputs, rd_req_addr),
            offset_of!(super::ShellOutputs, wr_addr),
            offset_of!(super::ShellOutputs, mmio_rdata),
            offset_of!(super::ShellOutputs, mmio_rvalid),
            offset_of!(super::ShellOutputs, rd_req_valid),
            offset_of!(super::ShellOutputs, rd_req_lines),
            offset_of!(super::ShellOutputs, wr_valid),
        ]
    }

    /// Whether the shim's structs have the layout of the Rust ones; `Err` names the two layouts.
    fn check_shell_layout() -> Result<(), String> {
        let ours = rust_shell_layout();
        let mut theirs = vec![0usize; ours.len() + 1];
        // SAFETY: `theirs` has room for `theirs.len()` values, and the shim writes at most
        // `capacity` of them; it reads nothing.
        let count = unsafe { super::gb_shell_layout(theirs.as_mut_ptr(), theirs.len()) };
        theirs.truncate(count.min(theirs.len()));
        match theirs == ours {
            true => Ok(()),
            false => Err(format!(
                "the shim's gb_shell_inputs/gb_shell_outputs (sizes and offsets {theirs:?}) are not \
                 laid out as ShellInputs/ShellOutputs ({ours:?})"
            )),
        }
    }

    /// The structs crossing the C ABI are laid out alike on both sides, field by field.
    #[test]
    fn the_shim_structs_have_the_rust_layout() {
        check_shell_layout().unwrap();
    }
}
