//! `gatebook serve`: the live venue on any backend, until SIGINT or SIGTERM.

use crate::backends::{open_backend, BackendKind};
use crate::error::CliError;
use crate::io::{load_venue, read_config, FlowInput};
use gatebook_journal::FsyncPolicy;
use gatebook_venue::digest::hex;
use gatebook_venue::{BackendFactory, MatchingBackend, RunningVenue, Sessions, VenueOptions};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Journal directory: created when new; an existing journal is replayed first.
    #[arg(long)]
    journal: PathBuf,
    /// Venue configuration (default: the embedded venue).
    #[arg(long)]
    config: Option<PathBuf>,
    /// Address to listen on (port 0 picks a free port; the address is printed).
    #[arg(long, default_value = "127.0.0.1:7400")]
    listen: SocketAddr,
    /// Sessions file (default: a session per account, named by its id, and `admin`).
    #[arg(long)]
    sessions: Option<PathBuf>,
    /// Which engine matches.
    #[arg(long, value_enum, default_value = "sw")]
    backend: BackendKind,
    /// With --backend vfio: the card's PCI address.
    #[arg(long)]
    device: Option<String>,
    /// Serve Prometheus metrics on this address (`GET /metrics`).
    #[arg(long)]
    metrics: Option<SocketAddr>,
    /// When the journal is synced to disk before a message is matched: every message,
    /// every batch (group commit), or never (the OS writes it back).
    #[arg(long, default_value = "batch")]
    fsync: String,
    /// Heartbeat interval in milliseconds; a client silent for three is disconnected.
    #[arg(long, default_value_t = 1000)]
    heartbeat_ms: u64,
    /// Bytes of reports a client may leave unread before it is disconnected.
    #[arg(long, default_value_t = 16 << 20)]
    client_buffer: usize,
    /// Pin the matching thread to this CPU core and let it spin instead of sleeping.
    #[arg(long)]
    pin: Option<usize>,
    /// Run the margin engine in the loop, as `replay --margin` does: marks (from admin
    /// sessions' MARK frames and --marks) move it, and its RATES, HEADROOM, KILL, ENABLE and
    /// liquidation orders are sequenced and journaled like any message. Account headroom in
    /// the venue is read as opening cash.
    #[arg(long)]
    margin: bool,
    /// With --margin: the date options are valued at (time to expiry), YYYY-MM-DD.
    #[arg(long, default_value = "2026-11-24")]
    valuation_date: String,
    /// With --margin: sequence every MARK row of this flow file once the venue has started.
    #[arg(long)]
    marks: Option<PathBuf>,
    /// Let the sequencer, matching and publisher threads spin on their queues instead of
    /// sleeping when idle: the lowest latency, on a machine with a core for each of them.
    #[arg(long)]
    busy_poll: bool,
    /// Empty polls a pipeline thread makes before it sleeps (without --busy-poll).
    #[arg(long, default_value_t = gatebook_venue::DEFAULT_IDLE_SPINS)]
    idle_spins: u32,
    /// With --backend sw: snapshot the engine every this many messages (0: only at
    /// shutdown); a start replays the journal from the newest snapshot.
    #[arg(long, default_value_t = 1_000_000)]
    snapshot_every: u64,
}

pub fn run(args: &ServeArgs) -> Result<(), CliError> {
    // The venue's log on standard error; RUST_LOG=debug shows session events.
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .try_init();
    let venue = load_venue(args.config.as_deref())?;
    let fsync: FsyncPolicy = args.fsync.parse().map_err(|_| {
        CliError::Usage(format!(
            "--fsync `{}`: choose every, batch or none",
            args.fsync
        ))
    })?;
    let sessions = match &args.sessions {
        Some(path) => Sessions::parse(&read_config(path)?, &path.display().to_string(), &venue)
            .map_err(|e| CliError::Usage(e.to_string()))?,
        None => Sessions::local(&venue),
    };
    if args.heartbeat_ms == 0 || args.heartbeat_ms > 60_000 {
        return Err(CliError::Usage("--heartbeat-ms must be 1 to 60000".into()));
    }
    // Open the backend once here, so a backend that cannot run says so before anything
    // starts; the matching thread opens its own.
    let kind = args.backend;
    let device = args.device.clone();
    drop(open_backend(kind, &venue, device.as_deref())?);
    let backend_venue = venue.clone();
    let backend: BackendFactory = Box::new(move || match kind {
        BackendKind::Sw => engine_sw::Engine::new(&backend_venue)
            .map(|engine| MatchingBackend::Software(Box::new(engine)))
            .map_err(|e| format!("venue configuration: {e}")),
        other => open_backend(other, &backend_venue, device.as_deref())
            .map(MatchingBackend::Pipelined)
            .map_err(|e| e.to_string()),
    });
    if !args.margin && args.marks.is_some() {
        return Err(CliError::Usage("--marks needs --margin".into()));
    }
    let margin = match args.margin {
        true => Some(gatebook_margin::MarginLoop::new(
            &venue,
            &args.valuation_date,
        )?),
        false => None,
    };
    let marks = match &args.marks {
        Some(path) => read_marks(path)?,
        None => Vec::new(),
    };
    let options = VenueOptions {
        journal: args.journal.clone(),
        venue,
        sessions,
        listen: args.listen,
        fsync,
        heartbeat: Duration::from_millis(args.heartbeat_ms),
        client_buffer: args.client_buffer,
        pin_core: args.pin,
        busy_poll: args.busy_poll,
        idle_spins: args.idle_spins,
        build: format!("gatebook {}", env!("CARGO_PKG_VERSION")),
        snapshot_every: (kind == BackendKind::Sw).then_some(args.snapshot_every),
        margin,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| CliError::Unavailable(format!("cannot start the runtime: {e}")))?;
    runtime.block_on(serve(options, backend, args.metrics, kind.name(), marks))
}

/// The MARK rows of a flow file, in order, read line by line; its other rows are not kept.
fn read_marks(path: &std::path::Path) -> Result<Vec<gatebook_wire::Mark>, CliError> {
    let name = path.display().to_string();
    let mut marks = Vec::new();
    for item in FlowInput::open(path, &name)? {
        if let (_, gatebook_wire::FlowItem::Mark(mark)) = item? {
            marks.push(mark);
        }
    }
    Ok(marks)
}

async fn serve(
    options: VenueOptions,
    backend: BackendFactory,
    metrics: Option<SocketAddr>,
    backend_name: &str,
    marks: Vec<gatebook_wire::Mark>,
) -> Result<(), CliError> {
    // Signals are taken over before anything starts: a SIGINT that comes as soon as the
    // address is printed stops the venue cleanly, not by the default action.
    use tokio::signal::unix::{signal, SignalKind};
    let signals = |kind| signal(kind).map_err(|e| CliError::Unavailable(format!("signals: {e}")));
    let mut interrupt = signals(SignalKind::interrupt())?;
    let mut terminate = signals(SignalKind::terminate())?;
    // The recorder first, so the venue's start is counted too.
    let recorder = match metrics {
        Some(_) => Some(
            metrics_exporter_prometheus::PrometheusBuilder::new()
                .install_recorder()
                .map_err(|e| CliError::Unavailable(format!("--metrics: {e}")))?,
        ),
        None => None,
    };
    let journal = options.journal.display().to_string();
    let fsync = options.fsync;
    let mut venue = RunningVenue::start(options, backend)
        .await
        .map_err(CliError::Unavailable)?;
    let metrics_addr = match (metrics, recorder) {
        (Some(addr), Some(recorder)) => Some(serve_metrics(addr, recorder, venue.stats()).await?),
        _ => None,
    };
    if let Some(cut) = venue.cut_tail() {
        eprintln!("gatebook: warning: {cut}");
    }
    let recovered = venue.recovered();
    let seconds = recovered.replay_nanos as f64 / 1e9;
    eprintln!(
        "journal {journal}: {} messages, {} reports; replayed {} messages{} in {:.3} s ({:.0} messages/s){}",
        recovered.messages,
        recovered.reports,
        recovered.replayed,
        match recovered.snapshot_in_seq {
            0 => String::new(),
            at => format!(" after the snapshot at in_seq {at}"),
        },
        seconds,
        recovered.replayed as f64 / seconds.max(1e-9),
        recovered
            .digest
            .map(|d| format!(", state digest {}", hex(&d)))
            .unwrap_or_default()
    );
    println!(
        "listening on {} (backend {backend_name}, fsync {})",
        venue.local_addr(),
        fsync.as_str()
    );
    if let Some(addr) = metrics_addr {
        println!("metrics on http://{addr}/metrics");
    }
    use std::io::Write;
    let _ = std::io::stdout().flush();
    for mark in marks {
        venue.mark(mark).await.map_err(CliError::Unavailable)?;
    }

    let busy = tokio::spawn(report_busy_fraction(venue.stats()));
    let stopped_by = tokio::select! {
        _ = interrupt.recv() => None,
        _ = terminate.recv() => None,
        failure = venue.failed() => Some(failure),
    };
    busy.abort();
    if let Some(failure) = stopped_by {
        return Err(CliError::Unavailable(format!(
            "the venue stopped: {failure}"
        )));
    }
    let (processed, busy_ns) = venue.matching_stats();
    let last = venue.shutdown().await.map_err(CliError::Unavailable)?;
    eprintln!(
        "stopped: {} messages since start, {} reports in all, matching busy {:.1} ms{}",
        processed,
        last.reports,
        busy_ns as f64 / 1e6,
        last.digest
            .map(|d| format!(", state digest {}", hex(&d)))
            .unwrap_or_default()
    );
    Ok(())
}

/// Answers every HTTP request on `addr` with its text
/// exposition. Returns the bound address (port 0 picks a free one).
async fn serve_metrics(
    addr: SocketAddr,
    handle: metrics_exporter_prometheus::PrometheusHandle,
    stats: std::sync::Arc<gatebook_venue::matching::MatchingStats>,
) -> Result<SocketAddr, CliError> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| CliError::Unavailable(format!("--metrics {addr}: {e}")))?;
    let bound = listener
        .local_addr()
        .map_err(|e| CliError::Unavailable(format!("--metrics {addr}: {e}")))?;
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let handle = handle.clone();
            let stats = stats.clone();
            tokio::spawn(async move {
                // The request itself does not matter: every path is the metrics page.
                let mut request = [0u8; 1024];
                let _ =
                    tokio::time::timeout(Duration::from_secs(2), stream.read(&mut request)).await;
                metrics::counter!("gatebook_messages_matched_total")
                    .absolute(stats.messages.load(std::sync::atomic::Ordering::Relaxed));
                let body = handle.render();
                let response = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = stream.write_all(response.as_bytes()).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    Ok(bound)
}

/// The share of wall time the matching thread spent processing, each second.
async fn report_busy_fraction(stats: std::sync::Arc<gatebook_venue::matching::MatchingStats>) {
    use std::sync::atomic::Ordering;
    let mut ticker = tokio::time::interval(Duration::from_secs(1));
    let mut last = (std::time::Instant::now(), 0u64);
    loop {
        ticker.tick().await;
        let now = std::time::Instant::now();
        let busy = stats.busy_ns.load(Ordering::Relaxed);
        let wall = now.duration_since(last.0).as_nanos().max(1) as f64;
        metrics::gauge!("gatebook_matching_busy_fraction").set((busy - last.1) as f64 / wall);
        metrics::counter!("gatebook_messages_matched_total")
            .absolute(stats.messages.load(Ordering::Relaxed));
        last = (now, busy);
    }
}
