//! The bytes on disk: segment names, the segment header, frames and entries.
//!
//! `docs/journal.md` describes the same layout for operators and for anyone writing another
//! reader; the tests of this module pin it.

use crate::error::JournalError;
use crate::{EntryKind, JournalEntry, JournalIdentity};
use gatebook_wire::{OrderRecord, RECORD_BYTES};
use std::path::Path;

/// First bytes of every segment file.
pub const SEGMENT_MAGIC: [u8; 8] = *b"GBJRNL01";
/// Version of the layout described here, stored in every segment header.
pub const FORMAT_VERSION: u32 = 1;
/// Size of the segment header; frames start right after it.
pub const SEGMENT_HEADER_BYTES: usize = 96;
/// Longest build string a segment header holds.
pub const BUILD_BYTES: usize = 32;
/// First four bytes of every frame (`GBFR`; little-endian u32 0x5246_4247).
pub const FRAME_MAGIC: u32 = u32::from_le_bytes(*b"GBFR");
/// Size of a frame's header; its entries follow.
pub const FRAME_HEADER_BYTES: usize = 24;
/// Size of one entry: origin, kind byte, three reserved bytes, the 64-byte record.
pub const ENTRY_BYTES: usize = 8 + RECORD_BYTES;
/// Most entries one frame may carry, which bounds what a reader must hold in memory.
pub const MAX_FRAME_ENTRIES: usize = 4096;
/// Largest frame a reader can meet.
pub const MAX_FRAME_BYTES: usize = FRAME_HEADER_BYTES + MAX_FRAME_ENTRIES * ENTRY_BYTES;

// Segment header offsets.
pub(crate) const H_VERSION: usize = 8;
pub(crate) const H_LENGTH: usize = 12;
pub(crate) const H_FIRST: usize = 16;
pub(crate) const H_DIGEST: usize = 24;
pub(crate) const H_BUILD: usize = 56;
pub(crate) const H_RESERVED: usize = 88;
pub(crate) const H_CRC: usize = 92;

// Entry offsets (from the start of the entry).
pub(crate) const E_KIND: usize = 4;
pub(crate) const E_RESERVED: usize = 5;
pub(crate) const E_RECORD: usize = 8;
/// Where the record's in_seq sits in an entry (record bytes 32..40).
pub(crate) const E_IN_SEQ: usize = E_RECORD + 32;

// Frame header offsets.
pub(crate) const F_COUNT: usize = 4;
pub(crate) const F_FIRST: usize = 8;
pub(crate) const F_RESERVED: usize = 16;
pub(crate) const F_CRC: usize = 20;

const SEGMENT_PREFIX: &str = "journal-";
const SEGMENT_SUFFIX: &str = ".seg";
const NAME_DIGITS: usize = 20;

/// File name of the segment that starts at `first_in_seq`: the in_seq the next message would
/// have at the start of the segment (its first message's, if it holds one). Sorting names sorts
/// segments.
pub fn segment_file_name(first_in_seq: u64) -> String {
    format!("{SEGMENT_PREFIX}{first_in_seq:0NAME_DIGITS$}{SEGMENT_SUFFIX}")
}

/// What a directory entry's name says: not a segment, a segment starting at an in_seq, or a
/// name shaped like a segment whose number does not fit an in_seq.
pub(crate) enum SegmentName {
    Other,
    Segment(u64),
    OutOfRange,
}

pub(crate) fn parse_segment_name(name: &str) -> SegmentName {
    let Some(digits) = name
        .strip_prefix(SEGMENT_PREFIX)
        .and_then(|rest| rest.strip_suffix(SEGMENT_SUFFIX))
    else {
        return SegmentName::Other;
    };
    if digits.len() != NAME_DIGITS || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return SegmentName::Other;
    }
    match digits.parse::<u64>() {
        Ok(n) => SegmentName::Segment(n),
        Err(_) => SegmentName::OutOfRange,
    }
}

/// Whether a name is a segment being created (written, then renamed into place).
pub(crate) fn is_partial_segment_name(name: &str) -> bool {
    name.strip_suffix(".tmp")
        .is_some_and(|base| matches!(parse_segment_name(base), SegmentName::Segment(_)))
}

/// Lower-case hex of a digest, for messages.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

/// Checks that an identity fits a segment header.
pub(crate) fn check_identity(identity: &JournalIdentity) -> Result<(), JournalError> {
    if identity.build.len() > BUILD_BYTES {
        return Err(JournalError::Identity {
            what: format!(
                "build string `{}` is {} bytes, at most {BUILD_BYTES} fit",
                identity.build,
                identity.build.len()
            ),
        });
    }
    if identity.build.as_bytes().contains(&0) {
        return Err(JournalError::Identity {
            what: "build string contains a NUL byte".into(),
        });
    }
    Ok(())
}

/// The segment header for `first_in_seq`, CRC included. The identity must have passed
/// [`check_identity`].
pub(crate) fn encode_header(
    first_in_seq: u64,
    identity: &JournalIdentity,
) -> [u8; SEGMENT_HEADER_BYTES] {
    let mut h = [0u8; SEGMENT_HEADER_BYTES];
    h[..H_VERSION].copy_from_slice(&SEGMENT_MAGIC);
    h[H_VERSION..H_LENGTH].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    h[H_LENGTH..H_FIRST].copy_from_slice(&(SEGMENT_HEADER_BYTES as u32).to_le_bytes());
    h[H_FIRST..H_DIGEST].copy_from_slice(&first_in_seq.to_le_bytes());
    h[H_DIGEST..H_BUILD].copy_from_slice(&identity.venue_digest);
    let build = identity.build.as_bytes();
    let n = build.len().min(BUILD_BYTES);
    h[H_BUILD..H_BUILD + n].copy_from_slice(&build[..n]);
    let crc = crc32c::crc32c(&h[..H_CRC]);
    h[H_CRC..].copy_from_slice(&crc.to_le_bytes());
    h
}

/// A decoded, checked segment header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SegmentHeader {
    pub first_in_seq: u64,
    pub identity: JournalIdentity,
}

pub(crate) fn le_u32(bytes: &[u8], at: usize) -> u32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(b)
}

pub(crate) fn le_u64(bytes: &[u8], at: usize) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(b)
}

/// Checks and decodes a segment header read from `file`, whose name says it starts at
/// `name_first_in_seq`.
pub(crate) fn decode_header(
    file: &Path,
    h: &[u8; SEGMENT_HEADER_BYTES],
    name_first_in_seq: u64,
) -> Result<SegmentHeader, JournalError> {
    if h[..H_VERSION] != SEGMENT_MAGIC {
        return Err(JournalError::corrupt(
            file,
            0,
            format!(
                "not a journal segment: magic {:?}, expected \"GBJRNL01\"",
                String::from_utf8_lossy(&h[..H_VERSION])
            ),
        ));
    }
    let version = le_u32(h, H_VERSION);
    if version != FORMAT_VERSION {
        return Err(JournalError::corrupt(
            file,
            H_VERSION as u64,
            format!("segment format version {version}, this build reads version {FORMAT_VERSION}"),
        ));
    }
    let length = le_u32(h, H_LENGTH);
    if length as usize != SEGMENT_HEADER_BYTES {
        return Err(JournalError::corrupt(
            file,
            H_LENGTH as u64,
            format!("segment header length {length}, expected {SEGMENT_HEADER_BYTES}"),
        ));
    }
    let stored = le_u32(h, H_CRC);
    let computed = crc32c::crc32c(&h[..H_CRC]);
    if stored != computed {
        return Err(JournalError::corrupt(
            file,
            H_CRC as u64,
            format!("segment header CRC32C {stored:#010x}, computed {computed:#010x}"),
        ));
    }
    let first_in_seq = le_u64(h, H_FIRST);
    if first_in_seq == 0 {
        return Err(JournalError::corrupt(
            file,
            H_FIRST as u64,
            "segment header first_in_seq is 0 (in_seq starts at 1)",
        ));
    }
    if first_in_seq != name_first_in_seq {
        return Err(JournalError::corrupt(
            file,
            H_FIRST as u64,
            format!(
                "segment header first_in_seq {first_in_seq} disagrees with the file name ({name_first_in_seq})"
            ),
        ));
    }
    let mut venue_digest = [0u8; 32];
    venue_digest.copy_from_slice(&h[H_DIGEST..H_BUILD]);
    let build_field = &h[H_BUILD..H_RESERVED];
    let end = build_field
        .iter()
        .position(|&b| b == 0)
        .unwrap_or(BUILD_BYTES);
    if build_field[end..].iter().any(|&b| b != 0) {
        return Err(JournalError::corrupt(
            file,
            (H_BUILD + end) as u64,
            "segment header build string is not zero padded",
        ));
    }
    let build = match std::str::from_utf8(&build_field[..end]) {
        Ok(s) => s.to_owned(),
        Err(_) => {
            return Err(JournalError::corrupt(
                file,
                H_BUILD as u64,
                "segment header build string is not UTF-8",
            ))
        }
    };
    if h[H_RESERVED..H_CRC].iter().any(|&b| b != 0) {
        return Err(JournalError::corrupt(
            file,
            H_RESERVED as u64,
            "segment header reserved bytes are not zero",
        ));
    }
    Ok(SegmentHeader {
        first_in_seq,
        identity: JournalIdentity {
            venue_digest,
            build,
        },
    })
}

/// Appends one frame holding `entries` (at most [`MAX_FRAME_ENTRIES`], at least one) to `buf`.
/// `first_in_seq` is the in_seq the next message has at the start of the frame. The caller has
/// checked the entries' in_seq: messages run from `first_in_seq` without a gap, and each mark
/// carries the in_seq of the message before it.
pub(crate) fn encode_frame(buf: &mut Vec<u8>, first_in_seq: u64, entries: &[JournalEntry]) {
    debug_assert!(!entries.is_empty() && entries.len() <= MAX_FRAME_ENTRIES);
    let start = buf.len();
    buf.extend_from_slice(&FRAME_MAGIC.to_le_bytes());
    buf.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    buf.extend_from_slice(&first_in_seq.to_le_bytes());
    buf.extend_from_slice(&[0u8; 4]); // reserved
    buf.extend_from_slice(&[0u8; 4]); // CRC, filled below
    for entry in entries {
        buf.extend_from_slice(&entry.origin.to_le_bytes());
        buf.push(entry.kind.to_byte());
        buf.extend_from_slice(&[0u8; 3]); // reserved
        buf.extend_from_slice(&entry.record.to_bytes());
    }
    let frame = &buf[start..];
    let crc = crc32c::crc32c_append(
        crc32c::crc32c(&frame[..F_CRC]),
        &frame[FRAME_HEADER_BYTES..],
    );
    buf[start + F_CRC..start + FRAME_HEADER_BYTES].copy_from_slice(&crc.to_le_bytes());
}

/// The checks of a frame header that need no payload: magic, count and reserved bytes.
/// Returns the entry count, or what is wrong.
pub(crate) fn check_frame_header(h: &[u8; FRAME_HEADER_BYTES]) -> Result<usize, String> {
    let magic = le_u32(h, 0);
    if magic != FRAME_MAGIC {
        return Err(format!(
            "frame magic {magic:#010x}, expected {FRAME_MAGIC:#010x}"
        ));
    }
    let count = le_u32(h, F_COUNT) as usize;
    if count == 0 || count > MAX_FRAME_ENTRIES {
        return Err(format!(
            "frame entry count {count}, expected 1 to {MAX_FRAME_ENTRIES}"
        ));
    }
    if le_u32(h, F_RESERVED) != 0 {
        return Err("frame header reserved bytes are not zero".into());
    }
    Ok(count)
}

/// The frame's CRC32C check: stored value against the one computed over the header's first
/// 20 bytes and the payload. Returns what is wrong, if anything.
pub(crate) fn check_frame_crc(h: &[u8; FRAME_HEADER_BYTES], payload: &[u8]) -> Result<(), String> {
    let stored = le_u32(h, F_CRC);
    let computed = crc32c::crc32c_append(crc32c::crc32c(&h[..F_CRC]), payload);
    if stored == computed {
        Ok(())
    } else {
        Err(format!(
            "frame CRC32C {stored:#010x}, computed {computed:#010x}"
        ))
    }
}

/// Why an entry's bytes are not an entry, though its frame's CRC is good.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntryFault {
    /// Byte 4 holds no known kind.
    UnknownKind(u8),
    /// Bytes 5..8 are not zero.
    Reserved,
}

/// Decodes entry `i` of a payload whose length the caller has checked.
pub(crate) fn decode_entry(payload: &[u8], i: usize) -> Result<JournalEntry, EntryFault> {
    let at = i * ENTRY_BYTES;
    let origin = le_u32(payload, at);
    let byte = payload[at + E_KIND];
    let kind = EntryKind::from_byte(byte).ok_or(EntryFault::UnknownKind(byte))?;
    if payload[at + E_RESERVED..at + E_RECORD]
        .iter()
        .any(|&b| b != 0)
    {
        return Err(EntryFault::Reserved);
    }
    let mut record = [0u8; RECORD_BYTES];
    record.copy_from_slice(&payload[at + E_RECORD..at + ENTRY_BYTES]);
    Ok(JournalEntry {
        origin,
        kind,
        record: OrderRecord::from_wire(&record),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatebook_wire::le;

    fn identity() -> JournalIdentity {
        JournalIdentity {
            venue_digest: [0xab; 32],
            build: "gatebook 0.1.0".into(),
        }
    }

    #[test]
    fn names_sort_by_in_seq_and_parse_back() {
        assert_eq!(segment_file_name(1), "journal-00000000000000000001.seg");
        assert_eq!(
            segment_file_name(u64::MAX),
            "journal-18446744073709551615.seg"
        );
        assert!(segment_file_name(9) < segment_file_name(10));
        assert!(matches!(
            parse_segment_name(&segment_file_name(12345)),
            SegmentName::Segment(12345)
        ));
        assert!(matches!(
            parse_segment_name("journal-99999999999999999999.seg"),
            SegmentName::OutOfRange
        ));
        for other in [
            "journal-1.seg",
            "journal-0000000000000000000a.seg",
            "snapshot-00000000000000000001.seg",
            "journal-00000000000000000001.seg.tmp",
            "journal-00000000000000000001.segx",
        ] {
            assert!(
                matches!(parse_segment_name(other), SegmentName::Other),
                "{other}"
            );
        }
        assert!(is_partial_segment_name(
            "journal-00000000000000000001.seg.tmp"
        ));
        assert!(!is_partial_segment_name("journal-00000000000000000001.seg"));
    }

    #[test]
    fn header_fields_sit_at_documented_offsets() {
        let h = encode_header(0x0102_0304_0506_0708, &identity());
        assert_eq!(&h[0..8], b"GBJRNL01");
        assert_eq!(&h[8..12], &[1, 0, 0, 0]);
        assert_eq!(&h[12..16], &[96, 0, 0, 0]);
        assert_eq!(&h[16..24], &[8, 7, 6, 5, 4, 3, 2, 1]);
        assert_eq!(&h[24..56], &[0xab; 32]);
        assert_eq!(&h[56..70], b"gatebook 0.1.0");
        assert!(h[70..92].iter().all(|&b| b == 0));
        assert_eq!(le_u32(&h, 92), crc32c::crc32c(&h[..92]));
        let decoded = decode_header(Path::new("x"), &h, 0x0102_0304_0506_0708).unwrap();
        assert_eq!(decoded.identity, identity());
    }

    #[test]
    fn every_header_byte_is_checked() {
        let good = encode_header(7, &identity());
        for i in 0..SEGMENT_HEADER_BYTES {
            let mut h = good;
            h[i] ^= 0x01;
            let err = decode_header(Path::new("seg"), &h, 7).unwrap_err();
            assert!(
                matches!(err, JournalError::Corrupt { .. }),
                "byte {i}: {err}"
            );
        }
        assert!(decode_header(Path::new("seg"), &good, 8).is_err());
    }

    #[test]
    fn crc32c_is_the_castagnoli_check_value() {
        // The standard check value of CRC-32C, as docs/journal.md states it.
        assert_eq!(crc32c::crc32c(b"123456789"), 0xe306_9283);
    }

    #[test]
    fn frame_layout_matches_the_documented_example() {
        let mut record = OrderRecord::new(1);
        record.side = 1;
        record.ord_type = 1;
        record.tif = 1;
        record.instrument = le::U16::new(3);
        record.account = le::U32::new(42);
        record.price = le::U32::new(10_000);
        record.qty = le::U32::new(5);
        record.cl_ord_id = le::U64::new(77);
        record.in_seq = le::U64::new(1);
        let entry = JournalEntry::message(7, record);
        let mut buf = Vec::new();
        encode_frame(&mut buf, 1, &[entry]);
        assert_eq!(buf.len(), FRAME_HEADER_BYTES + ENTRY_BYTES);
        assert_eq!(&buf[0..4], b"GBFR");
        assert_eq!(&buf[4..8], &[1, 0, 0, 0]);
        assert_eq!(&buf[8..16], &[1, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(&buf[16..20], &[0; 4]);
        assert_eq!(&buf[24..28], &[7, 0, 0, 0]);
        assert_eq!(&buf[28..32], &[0; 4]);
        assert_eq!(&buf[32..96], &record.to_bytes());
        // The value docs/journal.md quotes for this frame.
        assert_eq!(le_u32(&buf, F_CRC), DOCUMENTED_EXAMPLE_CRC);
        assert_eq!(hex(&buf), DOCUMENTED_EXAMPLE_HEX);
        let mut h = [0u8; FRAME_HEADER_BYTES];
        h.copy_from_slice(&buf[..FRAME_HEADER_BYTES]);
        assert_eq!(check_frame_header(&h), Ok(1));
        assert_eq!(check_frame_crc(&h, &buf[FRAME_HEADER_BYTES..]), Ok(()));
        assert_eq!(decode_entry(&buf[FRAME_HEADER_BYTES..], 0), Ok(entry));
    }

    /// The mark record of the documented example: msg_type 0x20 and the price in `price`
    /// (the journal does not interpret it; any 64 bytes would do).
    fn example_mark(in_seq: u64) -> OrderRecord {
        let mut record = OrderRecord::new(0x20);
        record.instrument = le::U16::new(3);
        record.price = le::U32::new(10_050);
        record.in_seq = le::U64::new(in_seq);
        record
    }

    #[test]
    fn mark_frame_matches_the_documented_example() {
        // A mark before any message: in_seq 0, in a frame that starts at next in_seq 1.
        let mark = JournalEntry::mark(0, example_mark(0));
        let mut buf = Vec::new();
        encode_frame(&mut buf, 1, &[mark]);
        assert_eq!(buf.len(), FRAME_HEADER_BYTES + ENTRY_BYTES);
        assert_eq!(&buf[4..8], &[1, 0, 0, 0]);
        assert_eq!(&buf[8..16], &[1, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(&buf[24..28], &[0; 4]);
        assert_eq!(&buf[28..32], &[1, 0, 0, 0]);
        assert_eq!(&buf[32..96], &mark.record.to_bytes());
        assert_eq!(&buf[64..72], &[0; 8], "the mark's in_seq 0");
        assert_eq!(le_u32(&buf, F_CRC), DOCUMENTED_MARK_CRC);
        assert_eq!(hex(&buf), DOCUMENTED_MARK_HEX);
        assert_eq!(decode_entry(&buf[FRAME_HEADER_BYTES..], 0), Ok(mark));

        // Followed by message 1 in the same frame: count 2, still starting at 1.
        let mut message = example_mark(1);
        message.msg_type = 1;
        let entries = [mark, JournalEntry::message(7, message)];
        let mut two = Vec::new();
        encode_frame(&mut two, 1, &entries);
        assert_eq!(two.len(), FRAME_HEADER_BYTES + 2 * ENTRY_BYTES);
        assert_eq!(&two[4..8], &[2, 0, 0, 0]);
        assert_eq!(&two[8..16], &[1, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(two[FRAME_HEADER_BYTES + E_KIND], 1);
        assert_eq!(two[FRAME_HEADER_BYTES + ENTRY_BYTES + E_KIND], 0);
        let payload = &two[FRAME_HEADER_BYTES..];
        assert_eq!(decode_entry(payload, 0), Ok(entries[0]));
        assert_eq!(decode_entry(payload, 1), Ok(entries[1]));
    }

    const DOCUMENTED_MARK_CRC: u32 = 0x6c68_5935;
    const DOCUMENTED_MARK_HEX: &str = concat!(
        "47424652010000000100000000000000",
        "000000003559686c0000000001000000",
        "01200000000003000000000042270000",
        "00000000000000000000000000000000",
        "00000000000000000000000000000000",
        "00000000000000000000000000000000",
    );

    #[test]
    fn entry_kind_and_reserved_bytes_are_checked() {
        let mut buf = Vec::new();
        encode_frame(&mut buf, 1, &[JournalEntry::message(9, example_mark(1))]);
        let payload = buf[FRAME_HEADER_BYTES..].to_vec();
        assert_eq!(payload[E_KIND], 0);
        for byte in 2..=255u8 {
            let mut p = payload.clone();
            p[E_KIND] = byte;
            assert_eq!(decode_entry(&p, 0), Err(EntryFault::UnknownKind(byte)));
        }
        let mut p = payload.clone();
        p[E_KIND] = 1;
        assert_eq!(decode_entry(&p, 0).map(|e| e.kind), Ok(EntryKind::Mark));
        for at in E_RESERVED..E_RECORD {
            for kind in [0u8, 1] {
                let mut p = payload.clone();
                p[E_KIND] = kind;
                p[at] = 0x40;
                assert_eq!(decode_entry(&p, 0), Err(EntryFault::Reserved), "byte {at}");
            }
        }
        assert_eq!(&payload[E_IN_SEQ..E_IN_SEQ + 8], &1u64.to_le_bytes());
    }

    const DOCUMENTED_EXAMPLE_CRC: u32 = 0x41bc_cf0a;
    const DOCUMENTED_EXAMPLE_HEX: &str = concat!(
        "47424652010000000100000000000000",
        "000000000acfbc410700000000000000",
        "01010101010003002a00000010270000",
        "05000000000000004d00000000000000",
        "01000000000000000000000000000000",
        "00000000000000000000000000000000",
    );

    #[test]
    fn identity_must_fit() {
        let mut id = identity();
        id.build = "x".repeat(32);
        assert!(check_identity(&id).is_ok());
        id.build = "x".repeat(33);
        assert!(check_identity(&id).is_err());
        id.build = "a\0b".into();
        assert!(check_identity(&id).is_err());
    }
}
