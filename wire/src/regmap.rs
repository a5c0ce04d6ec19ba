//! The card's BAR0 register map: the one source of the register offsets, bit fields and
//! their meanings.
//!
//! The card's RustHDL register block, the host driver and `docs/regmap.md` all come from the
//! table below (`markdown()` writes the document), so the three cannot drift apart. Registers
//! are 32 bits wide and 32-bit aligned. Page 0 holds identity, configuration, status and
//! counters; the doorbells sit alone on page 1 so they can be mapped write-combining, apart
//! from the registers that are read.
//!
//! How the rings, the doorbells and the status line work together is in
//! `docs/host-interface.md`.

/// How the host may access a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Read only; writes are ignored.
    ReadOnly,
    /// Read and write.
    ReadWrite,
    /// Write only (doorbells); reads return 0.
    WriteOnly,
}

impl Access {
    /// The abbreviation used in the register tables.
    pub fn abbreviation(self) -> &'static str {
        match self {
            Access::ReadOnly => "RO",
            Access::ReadWrite => "RW",
            Access::WriteOnly => "WO",
        }
    }
}

/// A bit field of a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Field name as `docs/regmap.md` and the constants spell it.
    pub name: &'static str,
    /// Lowest bit of the field within the 32-bit register.
    pub lsb: u32,
    /// Width of the field in bits, 1..=32.
    pub width: u32,
    /// What the field means; the text of `docs/regmap.md`.
    pub doc: &'static str,
}

impl Field {
    /// The field's bits in place.
    pub const fn mask(&self) -> u32 {
        (((1u64 << self.width) - 1) as u32) << self.lsb
    }

    /// The field's value in `register`.
    pub const fn get(&self, register: u32) -> u32 {
        (register & self.mask()) >> self.lsb
    }
}

/// One 32-bit register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Register {
    /// Register name as `docs/regmap.md` and the constants spell it.
    pub name: &'static str,
    /// Byte offset of the register in BAR0.
    pub offset: u32,
    /// Whether the host may read, write or both.
    pub access: Access,
    /// What the register does; the text of `docs/regmap.md`.
    pub doc: &'static str,
    /// Its bit fields, low bits first; empty for a register read as one number.
    pub fields: &'static [Field],
}

/// Declares each register's offset constant, its fields' constants and the [`REGISTERS`]
/// table from one list.
macro_rules! register_map {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident @ $offset:literal : $access:ident
        $({ $(
            $(#[doc = $fdoc:literal])+
            $field:ident [$lsb:literal ; $width:literal]
        ),+ $(,)? })?
    ;)+) => {
        $(
            $(#[doc = $doc])+
            pub const $name: u32 = $offset;
        )+

        /// The bit fields of the registers that have them, one module a register.
        pub mod fields {
            use super::Field;
            $($(
                #[doc = concat!("The bit fields of [`", stringify!($name), "`](constant@crate::regmap::", stringify!($name), "), as [`Field`] constants.")]
                #[allow(non_snake_case)]
                pub mod $name {
                    use super::Field;
                    $(
                        $(#[doc = $fdoc])+
                        pub const $field: Field = Field {
                            name: stringify!($field),
                            lsb: $lsb,
                            width: $width,
                            doc: concat!($($fdoc, "\n"),+),
                        };
                    )+
                    /// Every field of the register, low bits first.
                    pub const ALL_FIELDS: &[Field] = &[$($field),+];
                }
            )?)+
        }

        /// Every register, in offset order.
        pub const REGISTERS: &[Register] = &[
            $(Register {
                name: stringify!($name),
                offset: $offset,
                access: Access::$access,
                doc: concat!($($doc, "\n"),+),
                fields: register_map!(@fields $name $($($field)+)?),
            },)+
        ];
    };
    (@fields $name:ident) => { &[] };
    (@fields $name:ident $($field:ident)+) => { fields::$name::ALL_FIELDS };
}

register_map! {
    /// Reads [`CARD_ID`]: this is a gatebook card.
    ID @ 0x000 : ReadOnly;
    /// The register map's version, major in bits 31..16 and minor in 15..0; a host refuses a
    /// card whose major differs from [`REGMAP_VERSION_VALUE`]'s.
    REGMAP_VERSION @ 0x004 : ReadOnly;
    /// The build id of the matching pipeline: FNV-1a (32 bits) of its generated Verilog
    /// (`hdl/generated/gatebook_top.v`), see [`build_id`].
    BUILD_ID @ 0x008 : ReadOnly;
    /// The table sizes the card was built with, as powers of two.
    CAPABILITIES @ 0x00C : ReadOnly {
        /// log2 of the instrument table size.
        INSTRUMENTS_LOG2 [0; 8],
        /// log2 of the account table size.
        ACCOUNTS_LOG2 [8; 8],
        /// log2 of the number of order slots.
        ORDER_SLOTS_LOG2 [16; 8],
        /// log2 of the price window in ticks, per instrument.
        PRICE_WINDOW_LOG2 [24; 8],
    };
    /// What the DMA front end supports.
    DMA_CAPABILITIES @ 0x010 : ReadOnly {
        /// The largest ring, as log2 of its entries (both rings).
        MAX_RING_LOG2 [0; 8],
        /// The most submission records fetched by one DMA read.
        MAX_BURST [8; 8],
        /// Submission records the card buffers between the DMA engine and the pipeline.
        FIFO_DEPTH [16; 8],
    };
    /// Enable and reset.
    CONTROL @ 0x020 : ReadWrite {
        /// 1: fetch submissions and write completions. Setting it checks the ring
        /// configuration first (RING_CONFIG error if it is wrong).
        ENABLE [0; 1],
        /// Write 1 to reset the whole card: pipeline tables, ring indexes, counters, sticky
        /// errors and ENABLE. Reads 0; STATUS.RESETTING shows when the reset is done.
        RESET [1; 1],
    };
    /// What the card is doing now.
    STATUS @ 0x024 : ReadOnly {
        /// The DMA engine is enabled.
        ENABLED [0; 1],
        /// The pipeline is clearing its tables after a reset; wait for 0 before enabling.
        RESETTING [1; 1],
        /// A sticky error stopped the DMA engine; only RESET restarts it.
        HALTED [2; 1],
        /// A report is waiting for room in the completion ring.
        CQ_FULL [3; 1],
    };
    /// Sticky errors, set by the card and cleared only by CONTROL.RESET. Any of them halts
    /// the DMA engine.
    ERRORS @ 0x028 : ReadOnly {
        /// A DMA read of the submission ring came back with an error: DMA_READ_STATUS says
        /// which.
        DMA_READ_FAULT [0; 1],
        /// SQ_TAIL moved more than the ring size ahead of SQ_HEAD.
        SQ_DOORBELL_RANGE [2; 1],
        /// CQ_HEAD moved past CQ_TAIL, or more than the ring size behind it.
        CQ_DOORBELL_RANGE [3; 1],
        /// ENABLE was set with a ring size out of range or a base or status address not
        /// 64-byte aligned.
        RING_CONFIG [4; 1],
        /// The first failed read's completion status, as the PCIe requester completion
        /// reports it: 1 poisoned data, 2 the host refused the address (Unsupported Request
        /// or Completer Abort: outside the memory mapped for the card), 3 a completion whose
        /// length does not fit the request, 9 no completion came (timeout).
        DMA_READ_STATUS [8; 4],
    };
    /// Submission ring base address (bus address), bits 31..0; 64-byte aligned.
    SQ_BASE_LO @ 0x030 : ReadWrite;
    /// Submission ring base address, bits 63..32.
    SQ_BASE_HI @ 0x034 : ReadWrite;
    /// Submission ring size, log2 of its 64-byte entries (1 to MAX_RING_LOG2).
    SQ_SIZE_LOG2 @ 0x038 : ReadWrite;
    /// Completion ring base address (bus address), bits 31..0; 64-byte aligned.
    CQ_BASE_LO @ 0x040 : ReadWrite;
    /// Completion ring base address, bits 63..32.
    CQ_BASE_HI @ 0x044 : ReadWrite;
    /// Completion ring size, log2 of its 64-byte entries (1 to MAX_RING_LOG2).
    CQ_SIZE_LOG2 @ 0x048 : ReadWrite;
    /// Bus address of the 64-byte status line the card writes, bits 31..0; 64-byte aligned.
    STATUS_LINE_LO @ 0x050 : ReadWrite;
    /// Bus address of the status line, bits 63..32.
    STATUS_LINE_HI @ 0x054 : ReadWrite;
    /// Submission records fetched so far (free-running count): the host may reuse every
    /// submission entry below it. Also written to the status line.
    SQ_HEAD @ 0x060 : ReadOnly;
    /// Completions written so far (free-running count).
    CQ_TAIL @ 0x064 : ReadOnly;
    /// Records the pipeline took in, bits 31..0. Reading a counter's LO half snapshots all
    /// 64 bits; its HI half then reads the snapshot.
    MESSAGES_IN_LO @ 0x080 : ReadOnly;
    /// Records the pipeline took in, bits 63..32 of the snapshot.
    MESSAGES_IN_HI @ 0x084 : ReadOnly;
    /// Reports written to the completion ring, bits 31..0.
    REPORTS_OUT_LO @ 0x088 : ReadOnly;
    /// Reports written, bits 63..32 of the snapshot.
    REPORTS_OUT_HI @ 0x08C : ReadOnly;
    /// REJECT reports written, bits 31..0.
    REJECTS_LO @ 0x090 : ReadOnly;
    /// REJECT reports written, bits 63..32 of the snapshot.
    REJECTS_HI @ 0x094 : ReadOnly;
    /// Cycles a report waited for room in the completion ring, bits 31..0.
    CQ_FULL_STALLS_LO @ 0x098 : ReadOnly;
    /// Cycles a report waited for room, bits 63..32 of the snapshot.
    CQ_FULL_STALLS_HI @ 0x09C : ReadOnly;
    /// Clock cycles since reset, bits 31..0.
    CYCLES_LO @ 0x0A0 : ReadOnly;
    /// Clock cycles since reset, bits 63..32 of the snapshot.
    CYCLES_HI @ 0x0A4 : ReadOnly;
    /// Doorbell: the host's submission producer count (free-running). Records below it are
    /// ready in the submission ring.
    SQ_TAIL @ 0x1000 : WriteOnly;
    /// Doorbell: the host's completion consumer count (free-running). Completion entries
    /// below it may be overwritten.
    CQ_HEAD @ 0x1004 : WriteOnly;
}

/// What [`ID`] reads: "GBKC" in ASCII.
pub const CARD_ID: u32 = 0x4742_4B43;
/// The register map version this source describes (major 2, minor 0).
pub const REGMAP_VERSION_VALUE: u32 = 0x0002_0000;
/// Bytes of BAR0 the map uses: two 4 KiB pages.
pub const BAR0_BYTES: u32 = 0x2000;
/// Byte offset, within a completion entry, of the completion mark: the report record's
/// reserved bytes 44..48. The card writes the entry's sequence number there (1 for the
/// first completion after reset, wrapping at 2^32); the driver zeroes it again before it
/// hands the report on.
pub const COMPLETION_MARK_OFFSET: usize = 44;

/// The status line the card writes to STATUS_LINE: byte offsets of its little-endian u32
/// fields; the rest of the line is zero.
pub mod status_line {
    /// SQ_HEAD: submission records fetched.
    pub const SQ_HEAD: usize = 0;
    /// CQ_TAIL: completions written.
    pub const CQ_TAIL: usize = 4;
    /// ERRORS: the sticky error bits.
    pub const ERRORS: usize = 8;
    /// How many status lines the card has written since reset (never 0 once written).
    pub const WRITES: usize = 12;
}

/// FNV-1a, 32 bits: the build id of a generated design, from its Verilog text.
pub const fn build_id(verilog: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < verilog.len() {
        hash ^= verilog[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// The register by offset.
pub fn register_at(offset: u32) -> Option<&'static Register> {
    REGISTERS.iter().find(|r| r.offset == offset)
}

/// The names of the ERRORS fields set in `errors`, each with its meaning, one per line;
/// DMA_READ_STATUS as its value and what that value means.
pub fn explain_errors(errors: u32) -> Vec<String> {
    let status = fields::ERRORS::DMA_READ_STATUS;
    fields::ERRORS::ALL_FIELDS
        .iter()
        .filter(|f| f.get(errors) != 0)
        .map(|f| {
            if f.name == status.name {
                let value = status.get(errors);
                format!("{}: {value}, {}", f.name, read_status_meaning(value))
            } else {
                format!("{}: {}", f.name, one_line(f.doc))
            }
        })
        .collect()
}

/// What an ERRORS.DMA_READ_STATUS value means: the PCIe requester completion error code
/// (Xilinx PG213) that failed the read.
pub fn read_status_meaning(status: u32) -> &'static str {
    match status {
        0 => "no failed read",
        1 => "poisoned completion data",
        2 => {
            "bad completion status: Unsupported Request or Completer Abort (an address outside \
             the memory the host mapped for the card)"
        }
        3 => "a completion whose length does not fit the request",
        9 => "no completion came (timeout)",
        _ => "another requester completion error code",
    }
}

/// A doc comment on one line, its intra-doc links as plain code.
fn one_line(doc: &str) -> String {
    doc.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("[`", "`")
        .replace("`]", "`")
}

/// `docs/regmap.md`, written from this table.
pub fn markdown() -> String {
    let mut md = String::new();
    md.push_str("# Register map (BAR0)\n\n");
    md.push_str(
        "Generated from `wire/src/regmap.rs`, the one source of the card's register block and \
         the host driver's constants: regenerate with `make regmap`. Registers are 32 bits \
         wide; page 0 (0x0000) holds identity, configuration, status and counters, page 1 \
         (0x1000) the doorbells alone. How the rings, doorbells and the status line work \
         together is in `docs/host-interface.md`.\n\n",
    );
    md.push_str(&format!(
        "- ID reads `0x{CARD_ID:08X}` (\"GBKC\").\n- REGMAP_VERSION reads `0x{REGMAP_VERSION_VALUE:08X}` \
         (major {}, minor {}).\n- BAR0 spans {BAR0_BYTES:#x} bytes.\n\n",
        REGMAP_VERSION_VALUE >> 16,
        REGMAP_VERSION_VALUE & 0xffff
    ));
    md.push_str("| offset | name | access | meaning |\n|---|---|---|---|\n");
    for r in REGISTERS {
        md.push_str(&format!(
            "| `0x{:04X}` | {} | {} | {} |\n",
            r.offset,
            r.name,
            r.access.abbreviation(),
            one_line(r.doc)
        ));
    }
    for r in REGISTERS.iter().filter(|r| !r.fields.is_empty()) {
        md.push_str(&format!(
            "\n## {} (`0x{:04X}`)\n\n| bits | field | meaning |\n|---|---|---|\n",
            r.name, r.offset
        ));
        for f in r.fields {
            let bits = if f.width == 1 {
                format!("{}", f.lsb)
            } else {
                format!("{}..{}", f.lsb + f.width - 1, f.lsb)
            };
            md.push_str(&format!("| {bits} | {} | {} |\n", f.name, one_line(f.doc)));
        }
    }
    md.push_str(
        "\n## Status line\n\nThe card writes this 64-byte line to STATUS_LINE after every \
         submission fetch that moved SQ_HEAD; little-endian u32 fields, the rest zero.\n\n\
         | bytes | field |\n|---|---|\n",
    );
    for (name, at) in [
        ("SQ_HEAD", status_line::SQ_HEAD),
        ("CQ_TAIL", status_line::CQ_TAIL),
        ("ERRORS", status_line::ERRORS),
        (
            "WRITES (status lines written since reset)",
            status_line::WRITES,
        ),
    ] {
        md.push_str(&format!("| {}..{} | {name} |\n", at, at + 4));
    }
    md.push_str(&format!(
        "\n## Completion mark\n\nEach completion entry is a report record whose reserved bytes \
         {}..{} carry the entry's sequence number: 1 for the first completion after reset, \
         counting up and wrapping at 2^32. An entry is new when its mark is the next \
         expected number; the driver zeroes the mark before handing the report on.\n",
        COMPLETION_MARK_OFFSET,
        COMPLETION_MARK_OFFSET + 4
    ));
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_aligned_unique_and_in_order() {
        for pair in REGISTERS.windows(2) {
            assert!(
                pair[0].offset < pair[1].offset,
                "{} then {}",
                pair[0].name,
                pair[1].name
            );
        }
        for r in REGISTERS {
            assert_eq!(r.offset % 4, 0, "{}", r.name);
            assert!(r.offset < BAR0_BYTES, "{}", r.name);
        }
    }

    #[test]
    fn doorbells_sit_alone_on_page_one() {
        for r in REGISTERS {
            assert_eq!(
                r.offset >= 0x1000,
                r.access == Access::WriteOnly,
                "{}",
                r.name
            );
        }
    }

    #[test]
    fn fields_do_not_overlap() {
        for r in REGISTERS {
            let mut used = 0u32;
            for f in r.fields {
                assert!(f.lsb + f.width <= 32, "{}.{}", r.name, f.name);
                assert_eq!(used & f.mask(), 0, "{}.{}", r.name, f.name);
                used |= f.mask();
            }
        }
    }

    #[test]
    fn constants_come_from_the_table() {
        assert_eq!(register_at(SQ_TAIL).map(|r| r.name), Some("SQ_TAIL"));
        assert_eq!(fields::CONTROL::RESET.mask(), 0b10);
        assert_eq!(fields::CAPABILITIES::PRICE_WINDOW_LOG2.get(10 << 24), 10);
    }

    #[test]
    fn errors_are_explained_by_name() {
        let lines = explain_errors(fields::ERRORS::DMA_READ_FAULT.mask() | (9 << 8));
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].starts_with("DMA_READ_FAULT: A DMA read"),
            "{}",
            lines[0]
        );
        assert_eq!(lines[1], "DMA_READ_STATUS: 9, no completion came (timeout)");
    }

    #[test]
    fn build_id_is_fnv1a() {
        assert_eq!(build_id(b""), 0x811c_9dc5);
        assert_eq!(build_id(b"a"), 0xe40c_292c);
    }

    #[test]
    fn the_document_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/regmap.md");
        let checked_in = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            checked_in == markdown(),
            "docs/regmap.md is stale: run `make regmap` and commit it"
        );
    }
}
