//! Snapshots of a venue on engine-sw: the engine's whole state and the publisher's (report
//! and session counters, which order came from which session) after message `in_seq`, so a
//! start replays only the journal's tail. A snapshot is only a shortcut: when none fits (a
//! new venue configuration, other sessions, a session log shorter than the snapshot says) the
//! journal is replayed from the start, which gives the same state.
//!
//! File: `snapshots/snapshot-<in_seq, 20 digits>.snap` under the journal directory:
//! magic `GBSNAP02` (8 bytes; the engine's layout changed from 01, and bincode is not
//! self-describing, so an older snapshot is refused and the journal replayed instead), `in_seq` u64, payload length u64, CRC32C of the payload u32,
//! then the payload (bincode of [`SnapshotBody`]). Written to a `.tmp` file, synced, renamed.

use crate::publisher::{session_log_path, LOG_ENTRY_BYTES};
use engine_sw::Engine;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"GBSNAP02";
const HEADER_BYTES: usize = 8 + 8 + 8 + 4;
/// Snapshots kept; older ones are removed once a newer one is written.
const KEEP: usize = 2;

/// The publisher's state that reports alone rebuild, as of the snapshot.
#[derive(Serialize, Deserialize, Clone, Default)]
pub struct PublisherState {
    /// The last `report_id` given.
    pub report_id: u64,
    /// Messages seen up to the snapshot.
    pub messages: u64,
    /// Per session, by origin tag: reports in its log.
    pub session_reports: Vec<(u32, u64)>,
    /// Every live order with the session that entered it, for cancel-on-disconnect.
    pub live: Vec<LiveOrderState>,
}

/// A live order as the publisher follows it.
#[derive(Serialize, Deserialize, Clone, Copy)]
pub struct LiveOrderState {
    /// Account that owns the order.
    pub account: u32,
    /// The order's client order id.
    pub cl_ord_id: u64,
    /// Instrument it rests on.
    pub instrument: u16,
    /// The session that entered it.
    pub origin: u32,
    /// The `in_seq` that accepted it.
    pub accepted: u64,
}

/// Everything a snapshot holds.
#[derive(Serialize, Deserialize)]
pub struct SnapshotBody {
    /// The last `in_seq` the state includes; the journal replay goes on after it.
    pub in_seq: u64,
    /// [`crate::venue_digest`] of the venue it was taken on; a snapshot of another venue is not used.
    pub venue_digest: [u8; 32],
    /// [`crate::sessions::Sessions::digest`] of the sessions it was taken with; it only fits the same.
    pub sessions_digest: [u8; 32],
    /// engine-sw's whole state: books, accounts, positions.
    pub engine: Engine,
    /// What the publisher needs to go on numbering and delivering.
    pub publisher: PublisherState,
}

/// Where the snapshots of the journal in `journal` are kept: its `snapshots` directory.
pub fn snapshot_dir(journal: &Path) -> PathBuf {
    journal.join("snapshots")
}

fn snapshot_path(journal: &Path, in_seq: u64) -> PathBuf {
    snapshot_dir(journal).join(format!("snapshot-{in_seq:020}.snap"))
}

/// Writes a snapshot durably. The session logs it counts are synced first, so a snapshot
/// on disk never counts reports that are not.
pub fn write(journal: &Path, body: &SnapshotBody) -> Result<PathBuf, String> {
    let dir = snapshot_dir(journal);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for &(origin, reports) in &body.publisher.session_reports {
        if reports == 0 {
            continue;
        }
        let path = session_log_path(journal, origin);
        File::open(&path)
            .and_then(|f| f.sync_data())
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let payload = bincode::serialize(body).map_err(|e| format!("snapshot encoding: {e}"))?;
    let mut bytes = Vec::with_capacity(HEADER_BYTES + payload.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(&body.in_seq.to_le_bytes());
    bytes.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&crc32c::crc32c(&payload).to_le_bytes());
    bytes.extend_from_slice(&payload);
    let path = snapshot_path(journal, body.in_seq);
    let temporary = path.with_extension("tmp");
    let io = |e: std::io::Error| format!("{}: {e}", temporary.display());
    let mut file = File::create(&temporary).map_err(io)?;
    file.write_all(&bytes).map_err(io)?;
    file.sync_all().map_err(io)?;
    std::fs::rename(&temporary, &path).map_err(io)?;
    File::open(&dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    for old in list(journal).into_iter().rev().skip(KEEP) {
        let _ = std::fs::remove_file(old.1);
    }
    Ok(path)
}

/// Snapshot files, oldest first.
fn list(journal: &Path) -> Vec<(u64, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(snapshot_dir(journal)) else {
        return Vec::new();
    };
    let mut found: Vec<(u64, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let in_seq = name
                .strip_prefix("snapshot-")?
                .strip_suffix(".snap")?
                .parse()
                .ok()?;
            Some((in_seq, entry.path()))
        })
        .collect();
    found.sort();
    found
}

fn read(path: &Path) -> Result<SnapshotBody, String> {
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    if bytes.len() < HEADER_BYTES || &bytes[..8] != MAGIC {
        return Err("not a snapshot of this version (its magic is not GBSNAP02)".into());
    }
    let field = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or_default());
    let length = field(16) as usize;
    let crc = u32::from_le_bytes(bytes[24..28].try_into().unwrap_or_default());
    let payload = &bytes[HEADER_BYTES..];
    if payload.len() != length || crc32c::crc32c(payload) != crc {
        return Err("length or CRC does not match".into());
    }
    let body: SnapshotBody = bincode::deserialize(payload).map_err(|e| e.to_string())?;
    if body.in_seq != field(8) {
        return Err("header and body disagree".into());
    }
    Ok(body)
}

/// The newest snapshot this venue can start from, or why none (for the log).
pub fn load(
    journal: &Path,
    venue_digest: &[u8; 32],
    sessions_digest: &[u8; 32],
    journal_last: u64,
) -> Result<SnapshotBody, String> {
    let mut why = String::from("no snapshot");
    for (in_seq, path) in list(journal).into_iter().rev() {
        let verdict = read(&path).and_then(|body| {
            if in_seq > journal_last {
                return Err(format!(
                    "it is ahead of the journal (in_seq {journal_last})"
                ));
            }
            if &body.venue_digest != venue_digest {
                return Err("it is of another venue configuration".into());
            }
            if &body.sessions_digest != sessions_digest {
                return Err("it is of other sessions".into());
            }
            for &(origin, reports) in &body.publisher.session_reports {
                let log = session_log_path(journal, origin);
                let length = std::fs::metadata(&log).map(|m| m.len()).unwrap_or(0);
                if length < reports * LOG_ENTRY_BYTES as u64 {
                    return Err(format!("{} is shorter than it counts", log.display()));
                }
            }
            Ok(body)
        });
        match verdict {
            Ok(body) => return Ok(body),
            Err(e) => why = format!("{}: {e}", path.display()),
        }
    }
    Err(why)
}
