//! `gatebook load`: an open-loop load generator for a running venue.
//!
//! The flow is generated exactly as `gatebook gen` makes it and split over the venue's
//! sessions the way `serve` knows them (a sessions file, `--sessions N`, or the local sessions
//! of a venue served without a file). Each session gets one connection with a sender and a
//! receiver task. Senders never wait for reports: message `i` of the flow is due at
//! `start + i / rate` (or at once without `--rate`), within the throttle the venue announced
//! at login. Receivers check every report's session sequence number, keep one copy of each
//! report (a report reaches every session trading its account), and match the first report of
//! each `NEW`, `CANCEL` and `REPLACE` (its `ACK`, `REJECT`, `REPLACED` or user `CANCELED`) to
//! the instant the message was handed to the socket: that is the order-to-report latency.
//!
//! The run ends with a barrier: once every session has sent its last message and every such
//! message has its first report, every session logs out and waits for `LOGOUT_ACCEPTED`,
//! which the venue sends after the last report of what the session sent. Logging out cancels
//! what the sessions left resting; those cancels come after the flow, and are counted apart.

use crate::error::CliError;
use crate::io::{create_output, load_venue, read_config, write_error};
use flowgen::{generate_flow, Profile};
use gatebook_formats::{write_report_row, REPORTS_HEADER};
use gatebook_protocol::{ClientFrame, GoodbyeReason, LoginRejectReason, RefuseReason, ServerFrame};
use gatebook_venue::client::{login, ClientError, FrameReader, FrameWriter};
use gatebook_venue::Sessions;
use gatebook_wire::{Event, FlowItem, Message, MsgType, Reason, ReportRecord};
use hdrhistogram::Histogram;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::io::Write;
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};

/// A sender writes its buffered frames once they pass this many bytes.
const BATCH_BYTES: usize = 32 * 1024;
/// The largest latency the histogram holds (one hour, in nanoseconds); longer ones saturate.
const LATENCY_MAX_NS: u64 = 3_600 * 1_000_000_000;
/// How often the end-of-run barrier looks at the messages still waiting for a report.
const DRAIN_POLL: Duration = Duration::from_millis(1);
/// After a write fails, how long to wait for the receiver to say why (a `GOODBYE`).
const WRITE_ERROR_GRACE: Duration = Duration::from_millis(500);
/// With `--rate`, how long after the logins the schedule starts.
const START_GRACE: Duration = Duration::from_millis(20);
/// The largest report id taken as plausible (its bit in the dedupe set costs id / 8 bytes).
const MAX_REPORT_ID: u64 = 1 << 34;

#[derive(clap::Args)]
pub struct LoadArgs {
    /// Address of the venue (`gatebook serve` prints it: `listening on ADDR`).
    #[arg(long)]
    connect: String,
    /// Split the accounts over N trading sessions plus `admin`, as `gatebook sessions --split N`
    /// writes them (the venue must serve that file).
    #[arg(long, conflicts_with = "sessions_file")]
    sessions: Option<u32>,
    /// The sessions file the venue serves (`serve --sessions FILE`).
    #[arg(long)]
    sessions_file: Option<PathBuf>,
    /// Number of messages of the flow.
    #[arg(long)]
    messages: usize,
    /// Seed of the flow: the same as `gatebook gen --seed`.
    #[arg(long)]
    seed: u64,
    /// Messages per second over the whole flow (open loop: message i is due at i / rate);
    /// without it every session sends as fast as it can.
    #[arg(long)]
    rate: Option<f64>,
    /// Flow profile, as for `gatebook gen` (all but `options`, whose MARK rows the venue
    /// does not take).
    #[arg(long, default_value = "mixed")]
    profile: String,
    /// Venue the flow is for (default: the embedded venue); the same as the venue serves.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Write every distinct report of the flow, by report id, as reports.csv.
    #[arg(long)]
    reports_out: Option<PathBuf>,
    /// Write the summary as JSON.
    #[arg(long)]
    summary: Option<PathBuf>,
    /// Draw the latency distribution as an SVG chart.
    #[arg(long)]
    plot: Option<PathBuf>,
    /// Give up (exit 2) when the whole run takes longer than this many seconds.
    #[arg(long, default_value_t = 120)]
    timeout_s: u64,
}

/// One session that carries part of the flow.
struct PlannedSession {
    name: String,
    token: String,
    /// Indexes into the flow, in flow order.
    messages: Vec<usize>,
}

/// Where every message of the flow goes.
struct Plan {
    sessions: Vec<PlannedSession>,
    /// What the sessions are, for the summary.
    source: String,
}

pub fn run(args: &LoadArgs) -> Result<(), CliError> {
    if args.messages == 0 {
        return Err(CliError::Usage("--messages must be at least 1".into()));
    }
    if let Some(rate) = args.rate {
        if !(rate.is_finite() && (0.001..=1e9).contains(&rate)) {
            return Err(CliError::Usage(format!(
                "--rate {rate}: give messages per second between 0.001 and 1e9"
            )));
        }
        let lasts = args.messages as f64 / rate;
        if lasts > args.timeout_s as f64 {
            return Err(CliError::Usage(format!(
                "at --rate {rate} the {} messages take {lasts:.0} s to send, longer than \
                 --timeout-s {}: raise --timeout-s",
                args.messages, args.timeout_s
            )));
        }
    }
    if args.timeout_s == 0 {
        return Err(CliError::Usage("--timeout-s must be at least 1".into()));
    }
    if let Some(count) = args.sessions {
        if count == 0 || count > 4096 {
            return Err(CliError::Usage("--sessions must be 1 to 4096".into()));
        }
    }
    let profile = crate::commands::gen::parse_profile(&args.profile)?;
    if profile.has_marks() {
        return Err(marks_refused(profile));
    }
    let venue = load_venue(args.config.as_deref())?;
    let sessions = match (&args.sessions_file, args.sessions) {
        (Some(path), _) => {
            let file = path.display().to_string();
            Sessions::parse(&read_config(path)?, &file, &venue)
                .map_err(|e| CliError::Usage(e.to_string()))?
        }
        (None, Some(count)) => Sessions::parse(
            &Sessions::split_toml(&venue, count, None),
            "--sessions N",
            &venue,
        )
        .map_err(|e| CliError::Usage(e.to_string()))?,
        (None, None) => Sessions::local(&venue),
    };
    let source = match (&args.sessions_file, args.sessions) {
        (Some(path), _) => format!("from {}", path.display()),
        (None, Some(count)) => {
            format!("--sessions {count}: accounts split over S1..S{count}, and admin")
        }
        (None, None) => "local: one per account, and admin".to_owned(),
    };
    let items = generate_flow(&venue, profile, args.seed, args.messages)
        .map_err(|e| CliError::Usage(format!("cannot generate for this venue: {e}")))?;
    let mut flow = Vec::with_capacity(items.len());
    for item in items {
        match item {
            FlowItem::Message(message) => flow.push(message),
            FlowItem::Mark(_) => return Err(marks_refused(profile)),
        }
    }
    let plan = route(&flow, &sessions, source)?;
    let addr = resolve(&args.connect)?;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| CliError::Unavailable(format!("cannot start the runtime: {e}")))?;
    let setup = Setup {
        addr,
        flow: Arc::new(flow),
        rate: args.rate,
        keep_reports: args.reports_out.is_some(),
        timeout: Duration::from_secs(args.timeout_s),
    };
    let outcome = runtime.block_on(drive(setup, &plan))?;
    drop(runtime);

    let summary = Summary::new(args, &plan, outcome)?;
    if let Some(path) = &args.reports_out {
        write_reports(path, &summary.reports)?;
    }
    print_summary(&summary)?;
    if let Some(path) = &args.summary {
        write_json(path, &summary)?;
    }
    if let Some(path) = &args.plot {
        write_plot(path, &summary)?;
    }
    Ok(())
}

fn marks_refused(profile: Profile) -> CliError {
    CliError::Usage(format!(
        "profile `{}` carries MARK rows, which the venue does not take yet; choose {}",
        profile.name(),
        Profile::ALL
            .iter()
            .filter(|p| !p.has_marks())
            .map(|p| p.name())
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

fn resolve(text: &str) -> Result<SocketAddr, CliError> {
    let mut addrs = text
        .to_socket_addrs()
        .map_err(|e| CliError::Usage(format!("--connect {text}: {e}")))?;
    addrs
        .next()
        .ok_or_else(|| CliError::Usage(format!("--connect {text}: no address")))
}

/// The messages whose first report is timed: `(account, cl_ord_id)` and the type code.
fn timed(message: &Message) -> Option<((u32, u64), u8)> {
    match *message {
        Message::New(order) => Some(((order.account, order.cl_ord_id), MsgType::New.code())),
        Message::Cancel {
            account, cl_ord_id, ..
        } => Some(((account, cl_ord_id), MsgType::Cancel.code())),
        Message::Replace {
            account, cl_ord_id, ..
        } => Some(((account, cl_ord_id), MsgType::Replace.code())),
        _ => None,
    }
}

/// Gives every message its session: an order goes to the first non-admin session (in file
/// order) trading its account, else to the first admin session trading it; the messages
/// only admins may send go to the first admin session. Only sessions with messages are kept.
fn route(flow: &[Message], sessions: &Sessions, source: String) -> Result<Plan, CliError> {
    let configs = &sessions.sessions;
    let first_admin = configs.iter().position(|s| s.admin);
    let mut by_account: HashMap<u32, usize> = HashMap::new();
    let mut assigned: Vec<Vec<usize>> = vec![Vec::new(); configs.len()];
    for (index, message) in flow.iter().enumerate() {
        let session = match message.traded_account() {
            Some(account) => match by_account.get(&account) {
                Some(&session) => session,
                None => {
                    let session = configs
                        .iter()
                        .position(|s| !s.admin && s.accounts.contains(account))
                        .or_else(|| {
                            configs
                                .iter()
                                .position(|s| s.admin && s.accounts.contains(account))
                        })
                        .ok_or_else(|| {
                            CliError::Usage(format!(
                                "no session ({source}) may trade account {account}, which \
                                 message {} of the flow ({}) uses",
                                index + 1,
                                message.msg_type().as_str()
                            ))
                        })?;
                    by_account.insert(account, session);
                    session
                }
            },
            None => first_admin.ok_or_else(|| {
                CliError::Usage(format!(
                    "no admin session ({source}) may send message {} of the flow ({}{})",
                    index + 1,
                    message.msg_type().as_str(),
                    match message {
                        Message::Kill { account }
                        | Message::Enable { account }
                        | Message::Headroom { account, .. } => format!(" of account {account}"),
                        _ => String::new(),
                    }
                ))
            })?,
        };
        assigned[session].push(index);
    }
    let sessions = configs
        .iter()
        .zip(assigned)
        .filter(|(_, messages)| !messages.is_empty())
        .map(|(config, messages)| PlannedSession {
            name: config.name.clone(),
            token: config.token.clone(),
            messages,
        })
        .collect();
    Ok(Plan { sessions, source })
}

/// What the run needs besides the plan.
struct Setup {
    addr: SocketAddr,
    flow: Arc<Vec<Message>>,
    rate: Option<f64>,
    keep_reports: bool,
    timeout: Duration,
}

/// A message sent and not yet answered.
struct Sent {
    msg_type: u8,
    at: Instant,
}

/// One session's messages waiting for their first report, by `(account, cl_ord_id)`, oldest
/// first. The venue answers a session's messages in the order it sent them, so the first
/// answer with a new `in_seq` for a key belongs to the oldest message waiting under it.
#[derive(Default)]
struct Tracker {
    pending: Mutex<HashMap<(u32, u64), VecDeque<Sent>>>,
    waiting: AtomicU64,
    logged_out: AtomicBool,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Tracker {
    /// Notes the timed messages of a batch about to be written; returns how many.
    fn register(&self, flow: &[Message], batch: &[usize], at: Instant) -> u64 {
        let mut pending = lock(&self.pending);
        let mut added = 0;
        for &index in batch {
            if let Some((key, msg_type)) = timed(&flow[index]) {
                pending
                    .entry(key)
                    .or_default()
                    .push_back(Sent { msg_type, at });
                added += 1;
            }
        }
        self.waiting.fetch_add(added, Ordering::SeqCst);
        added
    }

    /// The send instant of the oldest message waiting under `key`, now answered.
    fn answer(&self, key: (u32, u64)) -> Option<Instant> {
        let mut pending = lock(&self.pending);
        let queue = pending.get_mut(&key)?;
        let sent = queue.pop_front();
        if queue.is_empty() {
            pending.remove(&key);
            // Give memory back once the waiting set has shrunk well below its peak.
            if pending.capacity() > 4096 && pending.len() * 8 < pending.capacity() {
                let keep = pending.len() * 2;
                pending.shrink_to(keep);
            }
        }
        if sent.is_some() {
            self.waiting.fetch_sub(1, Ordering::SeqCst);
        }
        sent.map(|s| s.at)
    }

    /// Forgets a refused message: the oldest of its type under `key` (a duplicate id is
    /// refused in sequence order, after the original's reports), or the newest (the gateway
    /// refuses at once, while earlier messages may still wait for reports).
    fn refuse(&self, key: (u32, u64), msg_type: u8, oldest: bool) -> bool {
        let mut pending = lock(&self.pending);
        let Some(queue) = pending.get_mut(&key) else {
            return false;
        };
        let position = if oldest {
            queue.iter().position(|s| s.msg_type == msg_type)
        } else {
            queue.iter().rposition(|s| s.msg_type == msg_type)
        };
        let Some(position) = position else {
            return false;
        };
        queue.remove(position);
        if queue.is_empty() {
            pending.remove(&key);
        }
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        true
    }
}

/// Report ids seen by any session: a report reaches every session trading its account.
#[derive(Default)]
struct ReportIds {
    words: Vec<u64>,
}

impl ReportIds {
    /// True the first time `id` is seen.
    fn insert(&mut self, id: u64) -> bool {
        let word = (id / 64) as usize;
        if word >= self.words.len() {
            let grown = (word + 1).max(self.words.len() * 2);
            self.words.resize(grown, 0);
        }
        let bit = 1u64 << (id % 64);
        let new = self.words[word] & bit == 0;
        self.words[word] |= bit;
        new
    }
}

/// What the tasks share.
struct Shared {
    trackers: Vec<Tracker>,
    /// Timed messages sent and not yet answered, over all sessions.
    outstanding: AtomicU64,
    sent: AtomicU64,
    reports: AtomicU64,
    seen: Mutex<ReportIds>,
    logged_in: AtomicUsize,
    /// Set when the sessions are told to log out: cancels on disconnect may follow.
    logging_out: AtomicBool,
}

/// What a task tells the coordinator.
enum Note {
    /// A session has written its last message.
    Sent,
    /// A session's logout was accepted: every report it will get has arrived.
    LoggedOut,
    /// A session failed; `reader` says whether its receiver saw it (a write failure is
    /// better explained by the `GOODBYE` its receiver may be reading).
    Failed { reader: bool, error: CliError },
}

/// A session's throttle as the venue announced it.
#[derive(Clone, Copy)]
struct Throttle {
    messages: u32,
    window: Duration,
}

struct SenderTask {
    name: String,
    writer: FrameWriter,
    flow: Arc<Vec<Message>>,
    mine: Vec<usize>,
    start: Instant,
    rate: Option<f64>,
    throttle: Throttle,
    heartbeat: Duration,
    tracker_index: usize,
    shared: Arc<Shared>,
    notes: mpsc::UnboundedSender<Note>,
    logout: watch::Receiver<bool>,
}

/// How a sender went.
struct SenderOutcome {
    /// Times the sender waited for its throttle window to pass.
    throttle_waits: u64,
}

fn write_failed(name: &str, error: ClientError) -> CliError {
    CliError::Unavailable(format!("session `{name}`: {error}"))
}

impl SenderTask {
    /// When message `index` of the flow is due.
    fn due(&self, index: usize) -> Instant {
        match self.rate {
            None => self.start,
            Some(rate) => Duration::try_from_secs_f64(index as f64 / rate)
                .ok()
                .and_then(|offset| self.start.checked_add(offset))
                .unwrap_or(self.start),
        }
    }

    async fn run(mut self) -> Result<SenderOutcome, CliError> {
        // The venue's window starts at the first message it counts; ours starts when we write
        // that message, so ours is a little longer to absorb the time in flight.
        let window = self.throttle.window + self.throttle.window / 10 + Duration::from_millis(1);
        let limit = self.throttle.messages;
        let mut window_start: Option<Instant> = None;
        let mut used = 0u32;
        let mut throttle_waits = 0u64;
        let mut last_write = Instant::now();
        let mut next = 0usize;
        let tracker = self.tracker_index;
        while next < self.mine.len() {
            let now = Instant::now();
            if window_start.is_some_and(|started| now >= started + window) {
                window_start = None;
                used = 0;
            }
            let mut end = next;
            let opens_window = window_start.is_none();
            while end < self.mine.len()
                && used < limit
                && self.writer.buffered() <= BATCH_BYTES
                && self.due(self.mine[end]) <= now
            {
                let record = self.flow[self.mine[end]].encode(0);
                self.writer.push(&ClientFrame::Order(record));
                used += 1;
                end += 1;
            }
            if end > next {
                let at = Instant::now();
                let added =
                    self.shared.trackers[tracker].register(&self.flow, &self.mine[next..end], at);
                self.shared.outstanding.fetch_add(added, Ordering::SeqCst);
                self.writer
                    .flush()
                    .await
                    .map_err(|e| write_failed(&self.name, e))?;
                self.shared
                    .sent
                    .fetch_add((end - next) as u64, Ordering::Relaxed);
                next = end;
                last_write = Instant::now();
                if opens_window {
                    // The venue counts from when it reads the first message, which is after
                    // the write: start ours when the write is done.
                    window_start = Some(last_write);
                }
                continue;
            }
            let mut wake = self.due(self.mine[next]);
            if used >= limit {
                if wake <= now {
                    throttle_waits += 1;
                }
                wake = wake.max(window_start.map_or(now, |started| started + window));
            }
            let beat = last_write + self.heartbeat;
            if beat <= now {
                self.writer
                    .send(&ClientFrame::Heartbeat)
                    .await
                    .map_err(|e| write_failed(&self.name, e))?;
                last_write = Instant::now();
                continue;
            }
            tokio::time::sleep_until(wake.min(beat).into()).await;
        }
        let _ = self.notes.send(Note::Sent);
        // Stay alive until every session is done, then log out.
        loop {
            if *self.logout.borrow_and_update() {
                break;
            }
            let beat = last_write + self.heartbeat;
            tokio::select! {
                changed = self.logout.changed() => {
                    if changed.is_err() {
                        return Ok(SenderOutcome { throttle_waits });
                    }
                }
                _ = tokio::time::sleep_until(beat.into()) => {
                    self.writer
                        .send(&ClientFrame::Heartbeat)
                        .await
                        .map_err(|e| write_failed(&self.name, e))?;
                    last_write = Instant::now();
                }
            }
        }
        self.writer
            .send(&ClientFrame::Logout)
            .await
            .map_err(|e| write_failed(&self.name, e))?;
        Ok(SenderOutcome { throttle_waits })
    }
}

struct ReceiverTask {
    name: String,
    reader: FrameReader,
    /// The first session sequence number of this run (earlier ones were in the log before).
    first_live: u64,
    tracker_index: usize,
    keep_reports: bool,
    shared: Arc<Shared>,
    notes: mpsc::UnboundedSender<Note>,
}

/// What a receiver saw.
struct ReceiverOutcome {
    latencies: Histogram<u64>,
    refused: BTreeMap<RefuseReason, u64>,
    /// Reports this receiver saw first, when they are kept: `(report_id, record)`.
    reports: Vec<(u64, ReportRecord)>,
    /// Reports this receiver saw first.
    distinct: u64,
    /// Reports of the session's log from before this run.
    history: u64,
    /// The highest `in_seq` known to come from a message of the flow.
    flow_max_in_seq: u64,
    /// `in_seq` of user cancels seen first here after the logout signal that answered no
    /// message of this session: cancels on disconnect, unless the flow's own.
    late_cancels: Vec<u64>,
}

fn new_histogram() -> Result<Histogram<u64>, CliError> {
    Histogram::new_with_bounds(1, LATENCY_MAX_NS, 3)
        .map_err(|e| CliError::Unavailable(format!("latency histogram: {e}")))
}

fn goodbye_hint(reason: GoodbyeReason) -> &'static str {
    match reason {
        GoodbyeReason::SlowConsumer => ": this client did not read its reports fast enough",
        GoodbyeReason::HeartbeatTimeout => ": nothing reached the venue for three heartbeats",
        GoodbyeReason::VenueClosing => ": the venue is shutting down",
        GoodbyeReason::BadFraming | GoodbyeReason::LoginTimeout => "",
    }
}

impl ReceiverTask {
    async fn run(mut self) -> Result<ReceiverOutcome, CliError> {
        let mut out = ReceiverOutcome {
            latencies: new_histogram()?,
            refused: BTreeMap::new(),
            reports: Vec::new(),
            distinct: 0,
            history: 0,
            flow_max_in_seq: 0,
            late_cancels: Vec::new(),
        };
        let name = self.name.clone();
        let tracker = &self.shared.trackers[self.tracker_index];
        let mut expected = 1u64;
        let mut last_answer = 0u64;
        loop {
            let frame = match self.reader.next().await {
                Ok(Some(frame)) => frame,
                Ok(None) => {
                    return Err(CliError::Unavailable(format!(
                        "session `{name}`: the venue closed the connection without a GOODBYE"
                    )))
                }
                Err(e) => return Err(CliError::Unavailable(format!("session `{name}`: {e}"))),
            };
            match frame {
                ServerFrame::Report {
                    session_seq,
                    report_id,
                    record,
                } => {
                    let at = Instant::now();
                    if session_seq != expected {
                        return Err(CliError::Difference(format!(
                            "session `{name}`: report sequence broken: expected session_seq \
                             {expected}, got {session_seq} (report_id {report_id})"
                        )));
                    }
                    expected += 1;
                    if session_seq < self.first_live {
                        out.history += 1;
                        continue;
                    }
                    let in_seq = record.in_seq.get();
                    let event = Event::from_code(record.event);
                    let user_cancel =
                        event == Some(Event::Canceled) && record.reason == Reason::User.code();
                    let answers = user_cancel
                        || matches!(event, Some(Event::Ack | Event::Reject | Event::Replaced));
                    let mut answered = false;
                    if answers && in_seq > last_answer {
                        let key = (record.account.get(), record.cl_ord_id.get());
                        if let Some(sent) = tracker.answer(key) {
                            let ns = at.saturating_duration_since(sent).as_nanos();
                            out.latencies
                                .saturating_record(u64::try_from(ns).unwrap_or(u64::MAX).max(1));
                            self.shared.outstanding.fetch_sub(1, Ordering::SeqCst);
                            last_answer = in_seq;
                            answered = true;
                        }
                    }
                    if answered || !user_cancel {
                        out.flow_max_in_seq = out.flow_max_in_seq.max(in_seq);
                    }
                    if report_id > MAX_REPORT_ID {
                        return Err(CliError::Unavailable(format!(
                            "session `{name}`: report_id {report_id} is beyond what this load \
                             generator tracks"
                        )));
                    }
                    if lock(&self.shared.seen).insert(report_id) {
                        out.distinct += 1;
                        self.shared.reports.fetch_add(1, Ordering::Relaxed);
                        if user_cancel
                            && !answered
                            && self.shared.logging_out.load(Ordering::SeqCst)
                        {
                            out.late_cancels.push(in_seq);
                        }
                        if self.keep_reports {
                            out.reports.push((report_id, record));
                        }
                    }
                }
                ServerFrame::Refused {
                    reason,
                    msg_type,
                    account,
                    cl_ord_id,
                    ..
                } => {
                    *out.refused.entry(reason).or_default() += 1;
                    let oldest = reason == RefuseReason::DuplicateClOrdId;
                    if tracker.refuse((account, cl_ord_id), msg_type, oldest) {
                        self.shared.outstanding.fetch_sub(1, Ordering::SeqCst);
                    }
                }
                ServerFrame::Heartbeat => {}
                ServerFrame::LogoutAccepted { next_seq } => {
                    if next_seq != expected {
                        return Err(CliError::Difference(format!(
                            "session `{name}`: LOGOUT_ACCEPTED gives next_seq {next_seq}, but \
                             the reports received end at session_seq {}",
                            expected - 1
                        )));
                    }
                    tracker.logged_out.store(true, Ordering::SeqCst);
                    let _ = self.notes.send(Note::LoggedOut);
                    return Ok(out);
                }
                ServerFrame::Goodbye(reason) => {
                    return Err(CliError::Unavailable(format!(
                        "session `{name}`: the venue said GOODBYE ({reason}){}",
                        goodbye_hint(reason)
                    )))
                }
                other @ (ServerFrame::LoginAccepted { .. } | ServerFrame::LoginRejected(_)) => {
                    return Err(CliError::Unavailable(format!(
                        "session `{name}`: unexpected frame after login: {other:?}"
                    )))
                }
            }
        }
    }
}

fn login_failed(addr: SocketAddr, name: &str, error: ClientError) -> CliError {
    match error {
        ClientError::Io(_, e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
            CliError::Unavailable(format!(
                "cannot connect to {addr}: connection refused; start the venue first \
                 (`gatebook serve --journal DIR --listen {addr}`)"
            ))
        }
        ClientError::Io(what, e) => CliError::Unavailable(format!("{what}: {e}")),
        ClientError::LoginRejected(reason) => {
            let hint = match reason {
                LoginRejectReason::UnknownSession => {
                    "; does the venue serve these sessions? give `load` the venue's sessions \
                     (--sessions-file FILE for `serve --sessions FILE`)"
                }
                LoginRejectReason::BadToken => "; the token differs from the venue's",
                LoginRejectReason::AlreadyLoggedIn => {
                    "; another client is logged in as this session"
                }
                _ => "",
            };
            CliError::Unavailable(format!("session `{name}`: login refused: {reason}{hint}"))
        }
        other => CliError::Unavailable(format!("session `{name}` at {addr}: {other}")),
    }
}

/// What the run produced.
struct Outcome {
    elapsed: Duration,
    receivers: Vec<ReceiverOutcome>,
    senders: Vec<SenderOutcome>,
    throttles: Vec<Throttle>,
    sent: u64,
}

async fn drive(setup: Setup, plan: &Plan) -> Result<Outcome, CliError> {
    let shared = Arc::new(Shared {
        trackers: plan.sessions.iter().map(|_| Tracker::default()).collect(),
        outstanding: AtomicU64::new(0),
        sent: AtomicU64::new(0),
        reports: AtomicU64::new(0),
        seen: Mutex::new(ReportIds::default()),
        logged_in: AtomicUsize::new(0),
        logging_out: AtomicBool::new(false),
    });
    let timeout = setup.timeout;
    let total = setup.flow.len() as u64;
    let stop_progress = Arc::new(AtomicBool::new(false));
    let progress = tokio::spawn(show_progress(shared.clone(), total, stop_progress.clone()));
    let result = tokio::time::timeout(timeout, run_sessions(setup, plan, shared.clone())).await;
    stop_progress.store(true, Ordering::SeqCst);
    let _ = progress.await;
    match result {
        Ok(result) => result,
        Err(_) => Err(timed_out(plan, &shared, timeout, total)),
    }
}

fn timed_out(plan: &Plan, shared: &Shared, timeout: Duration, total: u64) -> CliError {
    let mut said = Vec::new();
    let logged_in = shared.logged_in.load(Ordering::SeqCst);
    if logged_in < plan.sessions.len() {
        said.push(format!(
            "{logged_in} of {} sessions logged in",
            plan.sessions.len()
        ));
    }
    let sent = shared.sent.load(Ordering::SeqCst);
    if sent < total {
        said.push(format!("{sent} of {total} messages sent"));
    }
    let mut missing = Vec::new();
    let mut unconfirmed = Vec::new();
    for (session, tracker) in plan.sessions.iter().zip(&shared.trackers) {
        let waiting = tracker.waiting.load(Ordering::SeqCst);
        if waiting > 0 {
            missing.push(format!("`{}` {waiting}", session.name));
        }
        if !tracker.logged_out.load(Ordering::SeqCst) {
            unconfirmed.push(format!("`{}`", session.name));
        }
    }
    if !missing.is_empty() {
        said.push(format!(
            "messages still without their report, per session: {}",
            missing.join(", ")
        ));
    }
    if !unconfirmed.is_empty() && logged_in == plan.sessions.len() {
        let count = unconfirmed.len();
        unconfirmed.truncate(8);
        said.push(format!(
            "no LOGOUT_ACCEPTED (reports not confirmed complete) from {}{}",
            unconfirmed.join(", "),
            if count > 8 {
                format!(" and {} more", count - 8)
            } else {
                String::new()
            }
        ));
    }
    CliError::Unavailable(format!(
        "the run did not finish within --timeout-s {}: {}",
        timeout.as_secs(),
        said.join("; ")
    ))
}

async fn run_sessions(setup: Setup, plan: &Plan, shared: Arc<Shared>) -> Result<Outcome, CliError> {
    let mut connections = Vec::with_capacity(plan.sessions.len());
    for session in &plan.sessions {
        let connection = login(setup.addr, &session.name, &session.token, 1)
            .await
            .map_err(|e| login_failed(setup.addr, &session.name, e))?;
        connections.push(connection);
        shared.logged_in.fetch_add(1, Ordering::SeqCst);
    }
    let (notes_tx, mut notes) = mpsc::unbounded_channel();
    let (logout_tx, logout_rx) = watch::channel(false);
    // With a rate, the schedule starts once every task is surely running, so the first
    // messages keep their order across sessions.
    let start = match setup.rate {
        Some(_) => Instant::now() + START_GRACE,
        None => Instant::now(),
    };
    let mut senders = Vec::with_capacity(connections.len());
    let mut receivers = Vec::with_capacity(connections.len());
    let mut throttles = Vec::with_capacity(connections.len());
    for (index, (session, (reader, writer, answer))) in
        plan.sessions.iter().zip(connections).enumerate()
    {
        let throttle = Throttle {
            messages: answer.throttle_messages.max(1),
            window: Duration::from_millis(u64::from(answer.throttle_window_ms.max(1))),
        };
        throttles.push(throttle);
        let receiver = ReceiverTask {
            name: session.name.clone(),
            reader,
            first_live: answer.next_seq.max(1),
            tracker_index: index,
            keep_reports: setup.keep_reports,
            shared: shared.clone(),
            notes: notes_tx.clone(),
        };
        let receiver_notes = notes_tx.clone();
        receivers.push(tokio::spawn(async move {
            let result = receiver.run().await;
            match result {
                Ok(outcome) => Some(outcome),
                Err(error) => {
                    let _ = receiver_notes.send(Note::Failed {
                        reader: true,
                        error,
                    });
                    None
                }
            }
        }));
        let sender = SenderTask {
            name: session.name.clone(),
            writer,
            flow: setup.flow.clone(),
            mine: session.messages.clone(),
            start,
            rate: setup.rate,
            throttle,
            heartbeat: Duration::from_millis(u64::from(answer.heartbeat_ms.max(1))),
            tracker_index: index,
            shared: shared.clone(),
            notes: notes_tx.clone(),
            logout: logout_rx.clone(),
        };
        let sender_notes = notes_tx.clone();
        senders.push(tokio::spawn(async move {
            match sender.run().await {
                Ok(outcome) => Some(outcome),
                Err(error) => {
                    let _ = sender_notes.send(Note::Failed {
                        reader: false,
                        error,
                    });
                    None
                }
            }
        }));
    }
    drop(notes_tx);

    let sessions = plan.sessions.len();
    let mut sending = sessions;
    let mut open = sessions;
    let mut logout_sent = false;
    while open > 0 {
        if sending == 0 && !logout_sent && shared.outstanding.load(Ordering::SeqCst) == 0 {
            shared.logging_out.store(true, Ordering::SeqCst);
            let _ = logout_tx.send(true);
            logout_sent = true;
        }
        let note = if sending == 0 && !logout_sent {
            tokio::select! {
                note = notes.recv() => note,
                _ = tokio::time::sleep(DRAIN_POLL) => continue,
            }
        } else {
            notes.recv().await
        };
        match note {
            Some(Note::Sent) => sending -= 1,
            Some(Note::LoggedOut) => open -= 1,
            Some(Note::Failed {
                reader: true,
                error,
            }) => return Err(error),
            Some(Note::Failed {
                reader: false,
                error,
            }) => {
                // A write fails when the venue closed the connection: its receiver may be
                // reading the reason.
                let deadline = tokio::time::sleep(WRITE_ERROR_GRACE);
                tokio::pin!(deadline);
                loop {
                    tokio::select! {
                        _ = &mut deadline => return Err(error),
                        note = notes.recv() => match note {
                            Some(Note::Failed { reader: true, error }) => return Err(error),
                            Some(_) => {}
                            None => return Err(error),
                        },
                    }
                }
            }
            None => {
                return Err(CliError::Unavailable(
                    "the sessions stopped without a result".into(),
                ))
            }
        }
    }
    let elapsed = start.elapsed();
    let mut receiver_outcomes = Vec::with_capacity(sessions);
    for handle in receivers {
        match handle.await {
            Ok(Some(outcome)) => receiver_outcomes.push(outcome),
            _ => {
                return Err(CliError::Unavailable(
                    "a session's receiver stopped without a result".into(),
                ))
            }
        }
    }
    let mut sender_outcomes = Vec::with_capacity(sessions);
    for handle in senders {
        match handle.await {
            Ok(Some(outcome)) => sender_outcomes.push(outcome),
            _ => {
                return Err(CliError::Unavailable(
                    "a session's sender stopped without a result".into(),
                ))
            }
        }
    }
    Ok(Outcome {
        elapsed,
        receivers: receiver_outcomes,
        senders: sender_outcomes,
        throttles,
        sent: shared.sent.load(Ordering::SeqCst),
    })
}

/// A progress line on standard error for runs longer than a second (hidden when standard
/// error is not a terminal).
async fn show_progress(shared: Arc<Shared>, total: u64, stop: Arc<AtomicBool>) {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    for _ in 0..10 {
        tokio::time::sleep(Duration::from_millis(100)).await;
        if stop.load(Ordering::SeqCst) {
            return;
        }
    }
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    let style =
        ProgressStyle::with_template("{elapsed_precise} [{bar:24}] {pos}/{len} sent, {msg}")
            .map(|style| style.progress_chars("=> "))
            .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    loop {
        bar.set_position(shared.sent.load(Ordering::Relaxed));
        bar.set_message(format!(
            "{} reports",
            shared.reports.load(Ordering::Relaxed)
        ));
        if stop.load(Ordering::SeqCst) {
            bar.finish_and_clear();
            return;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Latency percentiles in microseconds.
struct Percentiles {
    p50: f64,
    p90: f64,
    p99: f64,
    p999: f64,
    max: f64,
    count: u64,
}

impl Percentiles {
    fn of(histogram: &Histogram<u64>) -> Percentiles {
        let us = |ns: u64| ns as f64 / 1_000.0;
        Percentiles {
            p50: us(histogram.value_at_quantile(0.50)),
            p90: us(histogram.value_at_quantile(0.90)),
            p99: us(histogram.value_at_quantile(0.99)),
            p999: us(histogram.value_at_quantile(0.999)),
            max: us(histogram.max()),
            count: histogram.len(),
        }
    }
}

/// Everything the run reports.
struct Summary {
    sessions: usize,
    source: String,
    messages: u64,
    refused: BTreeMap<RefuseReason, u64>,
    /// Distinct reports of the flow.
    reports: Vec<(u64, ReportRecord)>,
    report_count: u64,
    /// Reports of the venue's cancels after the sessions logged out.
    after_logout: u64,
    /// Reports in the sessions' logs from before this run.
    history: u64,
    elapsed: Duration,
    latencies: Histogram<u64>,
    /// Sessions that waited for their throttle: name, times, messages per window, window.
    paced: Vec<(String, u64, u32, Duration)>,
    rate: Option<f64>,
    profile: String,
    seed: u64,
}

impl Summary {
    fn new(args: &LoadArgs, plan: &Plan, outcome: Outcome) -> Result<Summary, CliError> {
        let mut latencies = new_histogram()?;
        let mut refused: BTreeMap<RefuseReason, u64> = BTreeMap::new();
        let mut reports = Vec::new();
        let mut distinct = 0u64;
        let mut history = 0u64;
        let flow_max = outcome
            .receivers
            .iter()
            .map(|r| r.flow_max_in_seq)
            .max()
            .unwrap_or(0);
        let mut after_logout = 0u64;
        for receiver in outcome.receivers {
            latencies
                .add(&receiver.latencies)
                .map_err(|e| CliError::Unavailable(format!("latency histogram: {e:?}")))?;
            for (reason, count) in receiver.refused {
                *refused.entry(reason).or_default() += count;
            }
            distinct += receiver.distinct;
            history += receiver.history;
            after_logout += receiver
                .late_cancels
                .iter()
                .filter(|&&in_seq| in_seq > flow_max)
                .count() as u64;
            reports.extend(
                receiver
                    .reports
                    .into_iter()
                    .filter(|(_, record)| record.in_seq.get() <= flow_max),
            );
        }
        reports.sort_unstable_by_key(|&(report_id, _)| report_id);
        reports.dedup_by_key(|&mut (report_id, _)| report_id);
        let paced = plan
            .sessions
            .iter()
            .zip(&outcome.senders)
            .zip(&outcome.throttles)
            .filter(|((_, sender), _)| sender.throttle_waits > 0)
            .map(|((session, sender), throttle)| {
                (
                    session.name.clone(),
                    sender.throttle_waits,
                    throttle.messages,
                    throttle.window,
                )
            })
            .collect();
        Ok(Summary {
            sessions: plan.sessions.len(),
            source: plan.source.clone(),
            messages: outcome.sent,
            refused,
            reports,
            report_count: distinct - after_logout,
            after_logout,
            history,
            elapsed: outcome.elapsed,
            latencies,
            paced,
            rate: args.rate,
            profile: args.profile.clone(),
            seed: args.seed,
        })
    }

    fn per_second(&self, count: u64) -> f64 {
        count as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

fn write_reports(path: &Path, reports: &[(u64, ReportRecord)]) -> Result<(), CliError> {
    let mut out = create_output(Some(path))?;
    let fail = write_error(Some(path));
    writeln!(out, "{REPORTS_HEADER}").map_err(&fail)?;
    let mut row = String::with_capacity(128);
    for (_, record) in reports {
        row.clear();
        write_report_row(record, &mut row);
        out.write_all(row.as_bytes()).map_err(&fail)?;
    }
    out.flush().map_err(&fail)
}

fn print_summary(summary: &Summary) -> Result<(), CliError> {
    let mut text = String::new();
    text.push_str(&format!(
        "sessions     {} ({})\n",
        summary.sessions, summary.source
    ));
    text.push_str(&format!(
        "messages     {} sent, {}\n",
        summary.messages,
        match summary.rate {
            Some(rate) => format!("at a target of {rate} messages/s"),
            None => "as fast as possible".to_owned(),
        }
    ));
    let refused = if summary.refused.is_empty() {
        "none".to_owned()
    } else {
        summary
            .refused
            .iter()
            .map(|(reason, count)| format!("{reason} {count}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    text.push_str(&format!("refused      {refused}\n"));
    let mut extra = Vec::new();
    if summary.after_logout > 0 {
        extra.push(format!(
            "and {} of cancels on disconnect after the logout",
            summary.after_logout
        ));
    }
    if summary.history > 0 {
        extra.push(format!(
            "{} from before this run replayed at login",
            summary.history
        ));
    }
    text.push_str(&format!(
        "reports      {}{}\n",
        summary.report_count,
        if extra.is_empty() {
            String::new()
        } else {
            format!(" ({})", extra.join("; "))
        }
    ));
    text.push_str(&format!(
        "elapsed      {:.3} s\n",
        summary.elapsed.as_secs_f64()
    ));
    text.push_str(&format!(
        "throughput   {:.0} messages/s sent, {:.0} reports/s received\n",
        summary.per_second(summary.messages),
        summary.per_second(summary.report_count)
    ));
    let p = Percentiles::of(&summary.latencies);
    if p.count == 0 {
        text.push_str("latency      no message was answered with a timed report\n");
    } else {
        text.push_str(&format!(
            "latency      p50 {:.1} µs, p90 {:.1} µs, p99 {:.1} µs, p99.9 {:.1} µs, max {:.1} µs \
             ({} messages, order to first report)\n",
            p.p50, p.p90, p.p99, p.p999, p.max, p.count
        ));
    }
    for (name, waits, messages, window) in &summary.paced {
        text.push_str(&format!(
            "throttle     session `{name}` was paced to its throttle of {messages} messages per \
             {} ms ({waits} waits)\n",
            window.as_millis()
        ));
    }
    crate::io::say(&text)
}

fn write_json(path: &Path, summary: &Summary) -> Result<(), CliError> {
    let p = Percentiles::of(&summary.latencies);
    let percentile = |value: f64| {
        if p.count == 0 {
            serde_json::Value::Null
        } else {
            serde_json::json!(value)
        }
    };
    let refused: serde_json::Map<String, serde_json::Value> = summary
        .refused
        .iter()
        .map(|(reason, count)| (reason.as_str().to_owned(), serde_json::json!(count)))
        .collect();
    let json = serde_json::json!({
        "sessions": summary.sessions,
        "messages": summary.messages,
        "refused": refused,
        "reports": summary.report_count,
        "reports_after_logout": summary.after_logout,
        "elapsed_s": summary.elapsed.as_secs_f64(),
        "messages_per_s": summary.per_second(summary.messages),
        "reports_per_s": summary.per_second(summary.report_count),
        "latency_us": {
            "p50": percentile(p.p50),
            "p90": percentile(p.p90),
            "p99": percentile(p.p99),
            "p999": percentile(p.p999),
            "max": percentile(p.max),
            "count": p.count,
        },
        "rate_target": summary.rate,
        "throttle_paced": !summary.paced.is_empty(),
        "profile": summary.profile,
        "seed": summary.seed,
    });
    let text = serde_json::to_string_pretty(&json)
        .map_err(|e| CliError::Unavailable(format!("summary: {e}")))?;
    let mut out = create_output(Some(path))?;
    let fail = write_error(Some(path));
    writeln!(out, "{text}").map_err(&fail)?;
    out.flush().map_err(&fail)
}

/// A percentile as a label: 0 nines is the minimum, 1 is 90%, 2 is 99%, 3 is 99.9% ...
fn nines_label(nines: f64) -> String {
    let percent = 100.0 * (1.0 - 10f64.powf(-nines));
    if nines.fract().abs() < 1e-9 && nines >= 1.0 {
        let decimals = (nines as usize).saturating_sub(2);
        format!("p{percent:.decimals$}")
    } else if nines <= 0.0 {
        "min".to_owned()
    } else {
        format!("p{percent:.1}")
    }
}

/// Latency against percentile, the percentile on a "nines" axis (90%, 99%, 99.9%, ...
/// equally spaced) and the latency on a log axis.
fn write_plot(path: &Path, summary: &Summary) -> Result<(), CliError> {
    use plotters::prelude::*;
    let fail = |e: &dyn std::fmt::Display| CliError::Io {
        path: path.display().to_string(),
        error: std::io::Error::other(e.to_string()),
    };
    let histogram = &summary.latencies;
    let p = Percentiles::of(histogram);
    let caption = if p.count == 0 {
        "order-to-report latency: no message answered".to_owned()
    } else {
        format!(
            "order-to-report latency: p50 {:.1} µs, p99 {:.1} µs, p99.9 {:.1} µs",
            p.p50, p.p99, p.p999
        )
    };
    // Percentiles beyond 1 - 1/count say nothing more than the maximum.
    let max_nines = (p.count.max(10) as f64).log10().min(6.0);
    let points: Vec<(f64, f64)> = if p.count == 0 {
        Vec::new()
    } else {
        let steps = 400;
        (0..=steps)
            .map(|step| {
                let nines = max_nines * f64::from(step) / f64::from(steps);
                let quantile = 1.0 - 10f64.powf(-nines);
                let ns = if step == steps {
                    histogram.max()
                } else {
                    histogram.value_at_quantile(quantile)
                };
                (nines, (ns.max(1)) as f64 / 1_000.0)
            })
            .collect()
    };
    let (low, high) = points
        .iter()
        .fold((f64::MAX, 0f64), |(low, high), &(_, us)| {
            (low.min(us), high.max(us))
        });
    let (low, high) = if points.is_empty() {
        (1.0, 1000.0)
    } else {
        // Whole decades, so the axis has a tick at each power of ten.
        let low = 10f64.powf(low.max(1e-3).log10().floor());
        let high = 10f64.powf(high.max(1e-3).log10().ceil());
        (low, high.max(low * 10.0))
    };
    let x_end = max_nines.ceil().max(1.0);
    let root = SVGBackend::new(path, (960, 600)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| fail(&e))?;
    let mut chart = ChartBuilder::on(&root)
        .caption(&caption, ("sans-serif", 22))
        .margin(16)
        .x_label_area_size(48)
        .y_label_area_size(72)
        .build_cartesian_2d(0f64..x_end, (low..high).log_scale())
        .map_err(|e| fail(&e))?;
    chart
        .configure_mesh()
        .x_desc("percentile (log scale of nines: p90, p99, p99.9 equally spaced)")
        .y_desc("latency, µs (log scale)")
        .x_labels(x_end as usize + 1)
        .x_label_formatter(&|x| nines_label(*x))
        .y_label_formatter(&|y| {
            if *y >= 100.0 {
                format!("{y:.0}")
            } else if *y >= 1.0 {
                format!("{y:.1}")
            } else {
                format!("{y:.3}")
            }
        })
        .draw()
        .map_err(|e| fail(&e))?;
    if !points.is_empty() {
        chart
            .draw_series(LineSeries::new(points, BLUE.stroke_width(2)))
            .map_err(|e| fail(&e))?
            .label(format!(
                "{} messages, {} sessions, {}",
                p.count,
                summary.sessions,
                match summary.rate {
                    Some(rate) => format!("{rate} messages/s"),
                    None => "as fast as possible".to_owned(),
                }
            ))
            .legend(|(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], BLUE.stroke_width(2)));
        // The percentiles of the caption, marked on the curve.
        let marks: Vec<(f64, f64, String)> = [
            (0.5, "p50", p.p50),
            (0.99, "p99", p.p99),
            (0.999, "p99.9", p.p999),
        ]
        .into_iter()
        .map(|(quantile, name, us): (f64, &str, f64)| {
            let nines = -(1.0 - quantile).log10();
            (nines, us.max(low), format!("{name} {us:.1} µs"))
        })
        .filter(|&(nines, _, _)| nines <= max_nines + 1e-9)
        .collect();
        chart
            .draw_series(marks.into_iter().map(|(x, y, label)| {
                EmptyElement::at((x, y))
                    + Circle::new((0, 0), 4, RED.filled())
                    + Text::new(label, (6, -18), ("sans-serif", 14))
            }))
            .map_err(|e| fail(&e))?;
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperLeft)
            .background_style(WHITE.mix(0.8))
            .border_style(BLACK)
            .draw()
            .map_err(|e| fail(&e))?;
    }
    root.present().map_err(|e| fail(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatebook_wire::{NewOrder, OrdType, Side, Tif};

    fn new_order(account: u32, cl_ord_id: u64) -> Message {
        Message::New(NewOrder {
            account,
            instrument: 0,
            cl_ord_id,
            side: Side::Buy,
            ord_type: OrdType::Limit,
            tif: Tif::Gtc,
            price: 1500,
            qty: 1,
            post_only: false,
            stp: None,
        })
    }

    fn venue() -> gatebook_wire::VenueConfig {
        gatebook_formats::default_venue()
    }

    #[test]
    fn orders_go_to_the_first_trading_session_and_control_to_admin() {
        let text = "[[session]]\nname = \"ops\"\naccounts = \"all\"\nadmin = true\n\
                    [[session]]\nname = \"A\"\naccounts = [1, 2]\n\
                    [[session]]\nname = \"B\"\naccounts = [2, 3]\n\
                    [[session]]\nname = \"idle\"\naccounts = [9]\n";
        let sessions = Sessions::parse(text, "s.toml", &venue()).unwrap();
        let flow = [
            new_order(2, 1),
            new_order(3, 1),
            Message::Kill { account: 3 },
            new_order(7, 1),
            Message::Cancel {
                account: 1,
                instrument: 0,
                cl_ord_id: 1,
            },
        ];
        let plan = route(&flow, &sessions, "test".into()).unwrap();
        let got: Vec<(&str, &[usize])> = plan
            .sessions
            .iter()
            .map(|s| (s.name.as_str(), s.messages.as_slice()))
            .collect();
        assert_eq!(
            got,
            [("ops", &[2, 3][..]), ("A", &[0, 4][..]), ("B", &[1][..])]
        );
    }

    #[test]
    fn a_message_no_session_may_send_is_a_usage_error() {
        let text = "[[session]]\nname = \"A\"\naccounts = [1]\n";
        let sessions = Sessions::parse(text, "s.toml", &venue()).unwrap();
        let e = route(&[new_order(5, 1)], &sessions, "s.toml".into())
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("account 5"), "{e}");
        let e = route(&[Message::Kill { account: 1 }], &sessions, "s.toml".into())
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("no admin session") && e.contains("KILL"), "{e}");
    }

    #[test]
    fn local_sessions_open_only_where_there_is_flow() {
        let flow = [
            new_order(4, 1),
            Message::Ref {
                instrument: 0,
                price: 1500,
            },
        ];
        let plan = route(&flow, &Sessions::local(&venue()), "local".into()).unwrap();
        let names: Vec<&str> = plan.sessions.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["4", "admin"]);
    }

    #[test]
    fn answers_take_the_oldest_waiting_message_and_refusals_the_right_one() {
        let tracker = Tracker::default();
        let flow = [new_order(1, 7), new_order(1, 7), new_order(1, 7)];
        let start = Instant::now();
        assert_eq!(tracker.register(&flow, &[0], start), 1);
        let later = start + Duration::from_millis(1);
        assert_eq!(tracker.register(&flow, &[1, 2], later), 2);
        assert_eq!(tracker.answer((1, 7)), Some(start));
        assert!(tracker.refuse((1, 7), MsgType::New.code(), true));
        assert!(!tracker.refuse((1, 7), MsgType::Cancel.code(), true));
        assert_eq!(tracker.waiting.load(Ordering::SeqCst), 1);
        assert_eq!(tracker.answer((1, 7)), Some(later));
        assert_eq!(tracker.answer((1, 7)), None);
        assert!(lock(&tracker.pending).is_empty());
    }

    #[test]
    fn report_ids_are_counted_once() {
        let mut ids = ReportIds::default();
        assert!(ids.insert(1));
        assert!(ids.insert(1000));
        assert!(!ids.insert(1));
        assert!(ids.insert(64));
        assert!(!ids.insert(1000));
    }

    #[test]
    fn nines_are_labelled_as_percentiles() {
        assert_eq!(nines_label(0.0), "min");
        assert_eq!(nines_label(1.0), "p90");
        assert_eq!(nines_label(2.0), "p99");
        assert_eq!(nines_label(3.0), "p99.9");
        assert_eq!(nines_label(4.0), "p99.99");
    }
}
