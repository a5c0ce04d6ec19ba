//! Starting and stopping a venue: the journal is opened (a torn tail cut), the matching
//! thread replays it, and only then does the venue listen.

use crate::digest::hex;
use crate::gateway::Gateway;
use crate::matching::{BackendFactory, MatchingStats, MatchingThread};
use crate::pipeline::{Doorbell, Inbound};
use crate::publisher::{Milestone, Publisher, PublisherSetup};
use crate::sequencer::{Sequencer, UsedIds};
use crate::sessions::Sessions;
use gatebook_journal::{FsyncPolicy, JournalIdentity, JournalWriter};
use gatebook_wire::VenueConfig;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::mpsc;

/// Messages the gateways may have queued for the sequencer before they wait.
const SEQUENCER_QUEUE: usize = 65_536;
/// Slots of the ring into the matching thread.
const MATCHING_RING: usize = 65_536;
/// Slots of the ring out of the matching thread (reports and markers).
const PUBLISHER_RING: usize = 1 << 18;

/// How to run a venue.
pub struct VenueOptions {
    /// The journal directory: replayed at start, then appended to.
    pub journal: PathBuf,
    /// The venue configuration the backend runs.
    pub venue: VenueConfig,
    /// Who may log in and what each session trades.
    pub sessions: Sessions,
    /// Address to accept connections on (port 0: a free port, see [`RunningVenue::local_addr`]).
    pub listen: SocketAddr,
    /// When a journaled message is on disk relative to its reports (`serve --fsync`).
    pub fsync: FsyncPolicy,
    /// Heartbeat interval of every connection (`serve --heartbeat-ms`).
    pub heartbeat: Duration,
    /// Bytes of reports a client may leave unread before it is disconnected.
    pub client_buffer: usize,
    /// Pin the matching thread to this core and let it spin instead of sleeping.
    pub pin_core: Option<usize>,
    /// Every pipeline thread (sequencer, matching, publisher) spins on its queue instead of
    /// sleeping: the lowest latency, for a machine with a core for each.
    pub busy_poll: bool,
    /// Empty polls a pipeline thread makes before it sleeps: more spins cost CPU when idle
    /// and save the wake-up of a sleeping thread when the next message comes soon.
    pub idle_spins: u32,
    /// Written into the journal's segment headers.
    pub build: String,
    /// engine-sw only: snapshot every this many messages (0: only at shutdown), and start
    /// from the newest snapshot that fits. `None` for the other backends.
    pub snapshot_every: Option<u64>,
    /// The margin engine in the loop (`serve --margin`): marks from admin sessions feed it,
    /// its rates, headroom, kills and liquidation orders are sequenced like any message. Its
    /// state is rebuilt by replaying the journal, so snapshots are not taken with it.
    pub margin: Option<gatebook_margin::MarginLoop>,
}

/// A venue that is serving.
pub struct RunningVenue {
    local_addr: SocketAddr,
    recovered: Milestone,
    cut_tail: Option<String>,
    closing: Arc<AtomicBool>,
    sequencer: mpsc::Sender<Inbound>,
    milestones: mpsc::UnboundedReceiver<Milestone>,
    failures: mpsc::UnboundedReceiver<String>,
    threads: Vec<std::thread::JoinHandle<()>>,
    acceptor: tokio::task::JoinHandle<()>,
    stats: Arc<MatchingStats>,
}

/// The digest that identifies a venue configuration in the journal: SHA-256 of its
/// control records, the bytes that configure every backend.
pub fn venue_digest(venue: &VenueConfig) -> [u8; 32] {
    let mut hash = Sha256::new();
    for record in venue.control_records() {
        hash.update(record.to_bytes());
    }
    hash.finalize().into()
}

fn spawn_stage(
    name: &str,
    failures: &mpsc::UnboundedSender<String>,
    body: impl FnOnce() -> Result<(), String> + Send + 'static,
) -> Result<std::thread::JoinHandle<()>, String> {
    let failures = failures.clone();
    let stage = name.to_owned();
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            if let Err(e) = body() {
                tracing::error!(stage, "{e}");
                let _ = failures.send(format!("{stage}: {e}"));
            }
        })
        .map_err(|e| format!("cannot start the {name} thread: {e}"))
}

impl RunningVenue {
    /// Opens the journal, replays it, and starts listening.
    pub async fn start(
        options: VenueOptions,
        backend: BackendFactory,
    ) -> Result<RunningVenue, String> {
        let identity = JournalIdentity {
            venue_digest: venue_digest(&options.venue),
            build: options.build.clone(),
        };
        let (journal, opened) = JournalWriter::open(&options.journal, &identity, options.fsync)
            .map_err(|e| e.to_string())?;
        let cut_tail = opened.cut_tail.as_ref().map(|cut| cut.to_string());
        if let Some(cut) = &cut_tail {
            tracing::warn!("{cut}");
        }
        let used_ids = UsedIds::from_journal(&options.journal)?;
        let sessions = Arc::new(options.sessions);
        let routes = sessions.routes(&options.venue);
        let ids = (identity.venue_digest, sessions.digest());
        let margin = options.margin;
        let snapshot_every = options.snapshot_every.filter(|_| margin.is_none());
        let snapshot = match snapshot_every {
            None => None,
            Some(_) => match crate::snapshot::load(
                &options.journal,
                &ids.0,
                &ids.1,
                journal.next_in_seq() - 1,
            ) {
                Ok(body) => Some(body),
                Err(why) => {
                    tracing::info!("replaying the whole journal: {why}");
                    None
                }
            },
        };
        let (restored_engine, restored_publisher) = match snapshot {
            Some(body) => (Some((body.in_seq, body.engine)), Some(body.publisher)),
            None => (None, None),
        };

        let (to_sequencer, inbound) = mpsc::channel(SEQUENCER_QUEUE);
        let (to_matching, matching_input) = rtrb::RingBuffer::new(MATCHING_RING);
        let (to_publisher, publisher_input) = rtrb::RingBuffer::new(PUBLISHER_RING);
        let matching_bell = Arc::new(Doorbell::new(
            options.busy_poll || options.pin_core.is_some(),
            options.idle_spins,
        ));
        let publisher_bell = Arc::new(Doorbell::new(options.busy_poll, options.idle_spins));
        let (milestone_sender, mut milestones) = mpsc::unbounded_channel();
        let (failure_sender, mut failures) = mpsc::unbounded_channel();
        let stats = Arc::new(MatchingStats::default());

        let margin_in_loop = margin.is_some();
        let (publisher, commands) = Publisher::new(
            PublisherSetup {
                journal: options.journal.clone(),
                sessions: sessions.clone(),
                routes,
                max_client_bytes: options.client_buffer,
                restored: restored_publisher,
                snapshot_ids: snapshot_every.map(|_| ids),
                margin,
            },
            publisher_input,
            publisher_bell.clone(),
            to_sequencer.clone(),
            milestone_sender,
        )
        .map_err(|e| format!("{}: session logs: {e}", options.journal.display()))?;
        let matching = MatchingThread {
            backend,
            journal_dir: options.journal.clone(),
            venue: options.venue.clone(),
            input: matching_input,
            input_bell: matching_bell.clone(),
            output: to_publisher,
            output_bell: publisher_bell,
            stats: stats.clone(),
            pin_core: options.pin_core,
            restored: restored_engine,
            snapshot_every,
            message_at_a_time: margin_in_loop,
        };
        let sequencer = Sequencer {
            inbound,
            journal,
            used_ids,
            output: to_matching,
            output_bell: matching_bell,
            busy_poll: options.busy_poll,
            idle_spins: options.idle_spins,
        };
        let threads = vec![
            spawn_stage("publisher", &failure_sender, move || {
                publisher.run().map_err(|e| e.to_string())
            })?,
            spawn_stage("matching", &failure_sender, move || matching.run())?,
            spawn_stage("sequencer", &failure_sender, move || sequencer.run())?,
        ];

        let recovered = tokio::select! {
            milestone = milestones.recv() => milestone.ok_or("the venue stopped while recovering")?,
            Some(failure) = failures.recv() => return Err(failure),
        };
        tracing::info!(
            messages = recovered.messages,
            reports = recovered.reports,
            digest = recovered.digest.as_ref().map(hex).unwrap_or_default(),
            "journal replayed"
        );

        let listener = TcpListener::bind(options.listen)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", options.listen))?;
        let local_addr = listener.local_addr().map_err(|e| e.to_string())?;
        let closing = Arc::new(AtomicBool::new(false));
        let gateway = Arc::new(Gateway {
            sessions,
            sequencer: to_sequencer.clone(),
            publisher: commands,
            closing: closing.clone(),
            heartbeat: options.heartbeat,
            next_connection: AtomicU64::new(1),
            margin: margin_in_loop,
        });
        let acceptor = tokio::spawn(async move {
            loop {
                match listener.accept().await {
                    Ok((stream, _)) => {
                        metrics::counter!("gatebook_connections_total").increment(1);
                        tokio::spawn(gateway.clone().serve(stream));
                    }
                    Err(e) => {
                        tracing::warn!("accept: {e}");
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                }
            }
        });
        Ok(RunningVenue {
            local_addr,
            recovered,
            cut_tail,
            closing,
            sequencer: to_sequencer,
            milestones,
            failures,
            threads,
            acceptor,
            stats,
        })
    }

    /// The address the venue listens on, with the port it got.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Sequences a mark for the margin engine, as an admin session's MARK frame would.
    pub async fn mark(&self, mark: gatebook_wire::Mark) -> Result<(), String> {
        self.sequencer
            .send(Inbound::Mark {
                origin: crate::pipeline::VENUE_ORIGIN,
                mark,
            })
            .await
            .map_err(|_| "the venue has stopped".to_owned())
    }

    /// What the journal replay at start rebuilt.
    pub fn recovered(&self) -> Milestone {
        self.recovered
    }

    /// The warning about a torn journal tail cut at start, if there was one.
    pub fn cut_tail(&self) -> Option<&str> {
        self.cut_tail.as_deref()
    }

    /// Messages the matching thread has processed since start, and the nanoseconds it was
    /// busy doing so.
    pub fn matching_stats(&self) -> (u64, u64) {
        (
            self.stats.messages.load(Ordering::Relaxed),
            self.stats.busy_ns.load(Ordering::Relaxed),
        )
    }

    /// The matching thread's counters, for metrics.
    pub fn stats(&self) -> Arc<MatchingStats> {
        self.stats.clone()
    }

    /// Resolves when a stage of the venue failed (a journal that cannot be written, a card
    /// that stopped): the venue must stop.
    pub async fn failed(&mut self) -> String {
        self.failures
            .recv()
            .await
            .unwrap_or_else(|| "the venue's stages stopped".into())
    }

    /// Stops taking messages, lets everything sequenced be matched and published, syncs the
    /// journal and closes every session. Returns the final counts and state digest.
    pub async fn shutdown(mut self) -> Result<Milestone, String> {
        self.closing.store(true, Ordering::SeqCst);
        self.acceptor.abort();
        let _ = self.sequencer.send(Inbound::Shutdown).await;
        let last = tokio::select! {
            milestone = self.milestones.recv() => milestone,
            Some(failure) = self.failures.recv() => return Err(failure),
        };
        let threads = std::mem::take(&mut self.threads);
        tokio::task::spawn_blocking(move || {
            for thread in threads {
                let _ = thread.join();
            }
        })
        .await
        .map_err(|e| e.to_string())?;
        if let Ok(failure) = self.failures.try_recv() {
            return Err(failure);
        }
        // Give the connections a moment to write their goodbyes.
        tokio::time::sleep(Duration::from_millis(50)).await;
        last.ok_or_else(|| "the venue stopped without its final counts".into())
    }
}
