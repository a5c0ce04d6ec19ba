//! The publisher: gives every report its venue-wide `report_id` and, for each session that
//! trades the report's account, the session's next sequence number; appends it to that
//! session's outbound log (so any earlier report can be sent again after a reconnect, or a
//! restart) and sends it to the session's connection if one is logged in.
//!
//! It never waits for a client: a connection that falls more than its buffer behind is
//! closed (`SLOW_CONSUMER`). A connection that logs in behind the log is caught up from the
//! log file a chunk at a time, then follows live.
//!
//! It also keeps the venue's side of cancel-on-disconnect: which live order came from which
//! session, so a session that drops has its orders cancelled through the sequencer.

use crate::pipeline::{ConnectionId, Doorbell, Inbound, Output, MARGIN_ORIGIN};
use crate::sessions::Sessions;
use crate::snapshot::{LiveOrderState, PublisherState, SnapshotBody};
use gatebook_protocol::{GoodbyeReason, LoginRejectReason, ServerFrame};
use gatebook_wire::{Event, Message, Reason, ReportRecord, RECORD_BYTES};
use std::collections::{BTreeMap, VecDeque};
use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

/// Bytes of one outbound log entry: `report_id` (u64) and the 64-byte report.
pub const LOG_ENTRY_BYTES: usize = 8 + RECORD_BYTES;
/// Reports read from a log per catch-up step, so a long replay never stalls live traffic.
const CATCH_UP_CHUNK: u64 = 4096;
/// Session logs kept open at once; a venue with more sessions reopens the quiet ones.
const MAX_OPEN_LOGS: usize = 1024;
/// Write buffer of one open session log.
const LOG_BUFFER_BYTES: usize = 8 * 1024;
/// Bytes of a REPORT frame on the wire.
const REPORT_FRAME_BYTES: usize = 3 + 16 + RECORD_BYTES;
/// Items taken from the matching thread before the publisher flushes and delivers.
const MAX_BATCH: usize = 8192;

/// What a connection's writer task receives.
#[derive(Debug)]
pub enum Outgoing {
    /// Encoded frames to write to the socket, in order.
    Frames(Vec<u8>),
    /// Write `GOODBYE` with the reason in [`Outbox::close`] (if any) and close.
    Close,
}

/// The publisher's end of one connection: bytes in flight are counted, so a client that
/// does not read is found without waiting for it.
#[derive(Clone)]
pub struct Outbox {
    /// The writer task's queue.
    pub sender: mpsc::UnboundedSender<Outgoing>,
    /// Bytes handed to the writer and not yet written to the socket.
    pub pending: Arc<AtomicUsize>,
    /// The goodbye reason code, 0 for a close without one.
    pub close: Arc<AtomicU8>,
    /// Wakes the writer for a close, even in the middle of a write.
    pub wake: Arc<tokio::sync::Notify>,
}

impl Outbox {
    /// Queues frames for the writer, counting them in [`Outbox::pending`].
    pub fn send(&self, frames: Vec<u8>) {
        self.pending.fetch_add(frames.len(), Ordering::Relaxed);
        let _ = self.sender.send(Outgoing::Frames(frames));
    }

    /// Asks the writer to close the connection, after a `GOODBYE` with `reason` if one is given.
    pub fn close(&self, reason: Option<GoodbyeReason>) {
        self.close
            .store(reason.map_or(0, GoodbyeReason::code), Ordering::Relaxed);
        let _ = self.sender.send(Outgoing::Close);
        self.wake.notify_one();
    }
}

/// Requests from the gateways.
pub enum Command {
    /// Log a connection in; the publisher writes `LOGIN_ACCEPTED` itself, so it precedes
    /// every report on the connection.
    Attach {
        /// The connection logging in.
        connection: ConnectionId,
        /// The `next_seq` of its `LOGIN`: where its report stream starts.
        next_seq: u64,
        /// The heartbeat interval written into `LOGIN_ACCEPTED`.
        heartbeat_ms: u32,
        /// Where the connection's frames go.
        outbox: Outbox,
        /// Answered once the login is taken (after `LOGIN_ACCEPTED` is queued) or refused.
        reply: oneshot::Sender<Result<(), LoginRejectReason>>,
    },
    /// The connection is gone.
    Detach(ConnectionId),
}

/// The publisher's command queue; gateways ring its doorbell after sending.
#[derive(Clone)]
pub struct CommandSender {
    sender: std::sync::mpsc::Sender<Command>,
    waiting: Arc<AtomicBool>,
    bell: Arc<Doorbell>,
}

impl CommandSender {
    /// Queues a command and wakes the publisher; a command to a publisher that has stopped is dropped.
    pub fn send(&self, command: Command) {
        if self.sender.send(command).is_ok() {
            self.waiting.store(true, Ordering::SeqCst);
            self.bell.ring();
        }
    }
}

/// What the publisher tells the server when the journal has been replayed, and at the end.
#[derive(Debug, Clone, Copy)]
pub struct Milestone {
    /// Messages of the venue so far: a snapshot's count, then every message replayed or live.
    pub messages: u64,
    /// Reports published: the last `report_id` given.
    pub reports: u64,
    /// engine-sw's state digest (SHA-256) at that point; `None` for a backend that has none.
    pub digest: Option<[u8; 32]>,
    /// At start: the snapshot the replay began from (0 for none), the journal messages
    /// replayed after it, and how long that took.
    pub snapshot_in_seq: u64,
    /// Journal messages replayed at start, after the snapshot.
    pub replayed: u64,
    /// How long the replay took, in nanoseconds.
    pub replay_nanos: u64,
}

/// What a publisher is built from.
pub struct PublisherSetup {
    /// The journal directory; the session logs live in it.
    pub journal: PathBuf,
    /// The sessions of `sessions.toml` (or the local ones).
    pub sessions: Arc<Sessions>,
    /// Per account id, the indexes of the sessions that receive its reports ([`Sessions::routes`]).
    pub routes: Vec<Vec<u32>>,
    /// Bytes a connection may leave unread before it is a slow consumer (`serve --client-buffer`).
    pub max_client_bytes: usize,
    /// The publisher's state from a snapshot, when the start uses one.
    pub restored: Option<PublisherState>,
    /// The venue and sessions digests snapshots are written with; `None` takes none.
    pub snapshot_ids: Option<([u8; 32], [u8; 32])>,
    /// The margin engine to run beside the publisher (`serve --margin`).
    pub margin: Option<gatebook_margin::MarginLoop>,
}

struct LiveOrder {
    instrument: u16,
    origin: u32,
    cancel_sent: bool,
    /// The `in_seq` that acknowledged it: cancel-on-disconnect goes oldest first.
    accepted: u64,
}

struct Connection {
    id: u64,
    outbox: Outbox,
    /// The next session sequence number to send.
    cursor: u64,
    frames: Vec<u8>,
    /// A logout waits for the connection to catch up: then `LOGOUT_ACCEPTED` and close.
    logout_requested: bool,
}

struct SessionState {
    /// Reports in the session's log so far (its last sequence number).
    seq: u64,
    /// Opened at the first report to write, closed again when too many are open.
    log: Option<BufWriter<File>>,
    log_path: PathBuf,
    dirty: bool,
    connection: Option<Connection>,
    reader: Option<File>,
}

/// The publisher thread's state: numbers, logs and delivers every report (see the module docs).
pub struct Publisher {
    /// Outputs of the matching thread: messages, reports, refusals, logouts.
    pub input: rtrb::Consumer<Output>,
    /// Rung when `input` or the command queue has something.
    pub bell: Arc<Doorbell>,
    commands: std::sync::mpsc::Receiver<Command>,
    commands_waiting: Arc<AtomicBool>,
    /// Messages the publisher originates (cancel-on-disconnect, the margin engine's), to be sequenced.
    pub to_sequencer: mpsc::Sender<Inbound>,
    sessions: Arc<Sessions>,
    routes: Vec<Vec<u32>>,
    /// Session index by origin tag.
    session_of_origin: std::collections::HashMap<u32, usize>,
    states: Vec<SessionState>,
    live: BTreeMap<(u32, u64), LiveOrder>,
    /// Messages whose reports may still come: `(in_seq, origin)`.
    pending: VecDeque<(u64, u32)>,
    /// Orders acknowledged for a session that has gone, with the `in_seq` of the message
    /// that acknowledged them: cancelled once that message has all its reports.
    cancel_after_message: Vec<(u64, (u32, u64))>,
    /// Messages the venue sends itself (cancel-on-disconnect, the margin engine's), waiting
    /// for room in the sequencer's queue.
    venue_messages: VecDeque<Inbound>,
    report_id: u64,
    messages: u64,
    live_mode: bool,
    max_client_bytes: usize,
    touched: Vec<u32>,
    milestones: mpsc::UnboundedSender<Milestone>,
    by_event: [u64; 8],
    by_reason: [u64; 32],
    journal: PathBuf,
    /// Sessions whose logs have reports not yet written out.
    written: Vec<u32>,
    open_logs: usize,
    snapshot_ids: Option<([u8; 32], [u8; 32])>,
    /// The margin engine in the loop, when the venue runs one.
    margin: Option<MarginInTheLoop>,
    /// A snapshot waiting for the writer to finish the one before.
    pending_snapshot: Option<SnapshotBody>,
    /// The thread writing snapshots, fed one at a time.
    snapshot_writer: Option<(
        std::sync::mpsc::SyncSender<SnapshotBody>,
        std::thread::JoinHandle<()>,
    )>,
}

/// Where a session's outbound log lives under the journal directory.
pub fn session_log_path(journal: &Path, origin: u32) -> PathBuf {
    journal.join("sessions").join(format!("{origin:08x}.out"))
}

impl Publisher {
    /// A publisher whose session logs are cut to what `restored` counts (a snapshot's
    /// state), or start empty: the journal replay rebuilds the rest.
    pub fn new(
        setup: PublisherSetup,
        input: rtrb::Consumer<Output>,
        bell: Arc<Doorbell>,
        to_sequencer: mpsc::Sender<Inbound>,
        milestones: mpsc::UnboundedSender<Milestone>,
    ) -> std::io::Result<(Publisher, CommandSender)> {
        let PublisherSetup {
            journal,
            sessions,
            routes,
            max_client_bytes,
            restored,
            snapshot_ids,
            margin,
        } = setup;
        std::fs::create_dir_all(journal.join("sessions"))?;
        let restored = restored.unwrap_or_default();
        let counts: std::collections::HashMap<u32, u64> =
            restored.session_reports.iter().copied().collect();
        let mut states = Vec::with_capacity(sessions.sessions.len());
        for session in &sessions.sessions {
            let log_path = session_log_path(&journal, session.origin);
            let seq = counts.get(&session.origin).copied().unwrap_or(0);
            // Cut each log to what the start keeps; the replay writes the rest again.
            match std::fs::OpenOptions::new().write(true).open(&log_path) {
                Ok(file) => file.set_len(seq * LOG_ENTRY_BYTES as u64)?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
            states.push(SessionState {
                seq,
                log: None,
                log_path,
                dirty: false,
                connection: None,
                reader: None,
            });
        }
        // A cancel sent before the snapshot but not journaled was lost with the process:
        // cancel-on-disconnect after the restart sends it again.
        let live = restored
            .live
            .iter()
            .map(|o| {
                (
                    (o.account, o.cl_ord_id),
                    LiveOrder {
                        instrument: o.instrument,
                        origin: o.origin,
                        cancel_sent: false,
                        accepted: o.accepted,
                    },
                )
            })
            .collect();
        let (sender, commands) = std::sync::mpsc::channel();
        let waiting = Arc::new(AtomicBool::new(false));
        let command_sender = CommandSender {
            sender,
            waiting: waiting.clone(),
            bell: bell.clone(),
        };
        Ok((
            Publisher {
                input,
                bell,
                commands,
                commands_waiting: waiting,
                to_sequencer,
                session_of_origin: sessions
                    .sessions
                    .iter()
                    .enumerate()
                    .map(|(i, s)| (s.origin, i))
                    .collect(),
                sessions,
                routes,
                states,
                live,
                pending: VecDeque::new(),
                cancel_after_message: Vec::new(),
                venue_messages: VecDeque::new(),
                report_id: restored.report_id,
                messages: restored.messages,
                live_mode: false,
                max_client_bytes,
                touched: Vec::new(),
                milestones,
                by_event: [0; 8],
                by_reason: [0; 32],
                journal,
                written: Vec::new(),
                open_logs: 0,
                snapshot_ids,
                margin: margin.map(MarginInTheLoop::new),
                pending_snapshot: None,
                snapshot_writer: None,
            },
            command_sender,
        ))
    }

    /// Runs until the matching thread stops.
    pub fn run(mut self) -> std::io::Result<()> {
        self.bell.bind_current_thread();
        let mut idle = 0u32;
        let mut last_metrics = std::time::Instant::now();
        loop {
            if self.commands_waiting.swap(false, Ordering::SeqCst) {
                while let Ok(command) = self.commands.try_recv() {
                    self.command(command)?;
                }
            }
            self.send_venue_messages();
            let mut taken = 0;
            while taken < MAX_BATCH {
                let Ok(item) = self.input.pop() else { break };
                taken += 1;
                if let Some(stop) = self.item(item)? {
                    self.end_batch()?;
                    self.stop(stop)?;
                    return Ok(());
                }
            }
            let caught_up = self.end_batch()?;
            if taken == 0 && caught_up && self.venue_messages.is_empty() {
                let input = &self.input;
                let waiting = &self.commands_waiting;
                self.bell.wait(&mut idle, || {
                    !input.is_empty() || waiting.load(Ordering::SeqCst)
                });
            } else {
                idle = 0;
            }
            if last_metrics.elapsed() >= std::time::Duration::from_millis(100) {
                self.publish_metrics();
                last_metrics = std::time::Instant::now();
            }
        }
    }

    fn item(&mut self, item: Output) -> std::io::Result<Option<Option<[u8; 32]>>> {
        match item {
            Output::Message { origin, record } => {
                self.messages += 1;
                self.pending.push_back((record.in_seq.get(), origin));
                if let Some(margin) = self.margin.as_mut() {
                    let messages = margin.message(origin, &record);
                    self.margin_outputs(messages);
                }
            }
            Output::Report(report) => {
                self.report(&report)?;
                if let Some(margin) = self.margin.as_mut() {
                    margin.reports.push(report);
                }
            }
            Output::Drained => {
                self.message_boundary(u64::MAX);
                if let Some(margin) = self.margin.as_mut() {
                    let messages = margin.message_done();
                    self.margin_outputs(messages);
                }
            }
            Output::Mark(mark) => {
                if let Some(margin) = self.margin.as_mut() {
                    let messages = margin.mark(&mark);
                    self.margin_outputs(messages);
                }
            }
            Output::Refused {
                to,
                reason,
                record,
                original_in_seq,
            } => {
                if let Some(connection) = self.connection(to) {
                    ServerFrame::Refused {
                        reason,
                        frame_type: gatebook_protocol::frame_type::ORDER,
                        msg_type: record.msg_type,
                        account: record.account.get(),
                        cl_ord_id: record.cl_ord_id.get(),
                        original_in_seq,
                    }
                    .encode(&mut connection.frames);
                    self.touched.push(to.session);
                }
            }
            Output::Logout(to) => {
                self.message_boundary(u64::MAX);
                // Answered once the connection has every report logged so far.
                if let Some(connection) = self.connection(to) {
                    connection.logout_requested = true;
                    self.touched.push(to.session);
                }
            }
            Output::Recovered {
                messages,
                snapshot_in_seq,
                nanos,
                digest,
            } => {
                self.message_boundary(u64::MAX);
                self.live_mode = true;
                if let Some(margin) = self.margin.as_mut() {
                    // What the margin engine decided and the journal does not hold was lost
                    // with the last process: it goes out now.
                    let lost = margin.recovered();
                    self.margin_outputs(lost);
                }
                let _ = self.milestones.send(Milestone {
                    messages: self.messages,
                    reports: self.report_id,
                    digest,
                    snapshot_in_seq,
                    replayed: messages,
                    replay_nanos: nanos,
                });
                // Nobody is connected after a start: cancel-on-disconnect applies to all.
                for session in 0..self.states.len() {
                    self.cancel_orders_of(session as u32);
                }
            }
            Output::Snapshot { in_seq, engine } => self.snapshot(in_seq, *engine)?,
            Output::Shutdown { digest } => return Ok(Some(digest)),
        }
        Ok(None)
    }

    fn report(&mut self, report: &ReportRecord) -> std::io::Result<()> {
        let in_seq = report.in_seq.get();
        self.message_boundary(in_seq);
        let origin = match self.pending.front() {
            Some(&(seq, origin)) if seq == in_seq => origin,
            _ => 0,
        };
        self.report_id += 1;
        self.track(report, origin);
        let account = report.account.get() as usize;
        let report_id = self.report_id;
        // A report of an account no session trades (an admin's order for an account the
        // venue does not configure, say) goes to the session that sent the message.
        let origin_only;
        let routes = match self.routes.get(account).filter(|r| !r.is_empty()) {
            Some(routes) => routes,
            None => match self.session_of_origin.get(&origin) {
                Some(&session) => {
                    origin_only = [session as u32];
                    &origin_only[..]
                }
                None => return Ok(()),
            },
        };
        for &session in routes {
            let state = &mut self.states[session as usize];
            state.seq += 1;
            let log = match state.log.as_mut() {
                Some(log) => log,
                None => {
                    let file = std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(&state.log_path)?;
                    self.open_logs += 1;
                    state
                        .log
                        .insert(BufWriter::with_capacity(LOG_BUFFER_BYTES, file))
                }
            };
            log.write_all(&report_id.to_le_bytes())?;
            log.write_all(&report.to_bytes())?;
            if !state.dirty {
                state.dirty = true;
                self.written.push(session);
            }
            if let Some(connection) = state.connection.as_mut() {
                if connection.cursor == state.seq {
                    ServerFrame::Report {
                        session_seq: state.seq,
                        report_id,
                        record: *report,
                    }
                    .encode(&mut connection.frames);
                    connection.cursor += 1;
                }
                self.touched.push(session);
            }
        }
        Ok(())
    }

    /// Follows which orders rest, and from which session they came.
    fn track(&mut self, report: &ReportRecord, origin: u32) {
        let key = (report.account.get(), report.cl_ord_id.get());
        let event = Event::from_code(report.event);
        if let Some(event) = event {
            self.by_event[usize::from(event.code()) % self.by_event.len()] += 1;
        }
        match event {
            Some(Event::Ack) => {
                self.live.insert(
                    key,
                    LiveOrder {
                        instrument: report.instrument.get(),
                        origin,
                        cancel_sent: false,
                        accepted: report.in_seq.get(),
                    },
                );
                if self.live_mode && self.origin_is_gone(origin) {
                    self.cancel_after_message.push((report.in_seq.get(), key));
                }
            }
            Some(Event::Fill) if report.leaves.get() == 0 => {
                self.live.remove(&key);
            }
            Some(Event::Canceled | Event::Expired) => {
                self.live.remove(&key);
            }
            Some(Event::Reject) => {
                if let Some(reason) = Reason::from_code(report.reason) {
                    self.by_reason[usize::from(reason.code()) % self.by_reason.len()] += 1;
                }
            }
            _ => {}
        }
    }

    /// True when `origin` is a session with cancel-on-disconnect and no connection.
    fn origin_is_gone(&self, origin: u32) -> bool {
        self.session_of_origin.get(&origin).is_some_and(|&i| {
            self.sessions.sessions[i].cancel_on_disconnect && self.states[i].connection.is_none()
        })
    }

    /// Every message before `in_seq` has all its reports: act on what they left resting.
    fn message_boundary(&mut self, in_seq: u64) {
        while self.pending.front().is_some_and(|&(seq, _)| seq < in_seq) {
            self.pending.pop_front();
        }
        if self
            .cancel_after_message
            .first()
            .is_some_and(|&(seq, _)| seq < in_seq)
        {
            let (done, waiting): (Vec<_>, Vec<_>) = std::mem::take(&mut self.cancel_after_message)
                .into_iter()
                .partition(|&(seq, _)| seq < in_seq);
            self.cancel_after_message = waiting;
            for (_, key) in done {
                self.cancel_order(key);
            }
        }
    }

    fn cancel_order(&mut self, key: (u32, u64)) {
        if let Some(order) = self.live.get_mut(&key).filter(|o| !o.cancel_sent) {
            order.cancel_sent = true;
            metrics::counter!("gatebook_cancel_on_disconnect_total").increment(1);
            let record = Message::Cancel {
                account: key.0,
                instrument: order.instrument,
                cl_ord_id: key.1,
            }
            .encode(0);
            self.venue_messages.push_back(Inbound::Message {
                origin: 0,
                from: None,
                record,
            });
        }
    }

    /// Cancel-on-disconnect: every live order the session entered, oldest first.
    fn cancel_orders_of(&mut self, session: u32) {
        let config = &self.sessions.sessions[session as usize];
        if !config.cancel_on_disconnect {
            return;
        }
        let origin = config.origin;
        tracing::debug!(session = config.name, "cancel on disconnect");
        let mut orders: Vec<(u64, (u32, u64))> = self
            .live
            .iter()
            .filter(|(_, o)| o.origin == origin && !o.cancel_sent)
            .map(|(k, o)| (o.accepted, *k))
            .collect();
        orders.sort_unstable();
        for (_, key) in orders {
            self.cancel_order(key);
        }
    }

    /// The margin engine's messages go to the sequencer (origin [`MARGIN_ORIGIN`]).
    fn margin_outputs(&mut self, messages: Vec<Message>) {
        for message in messages {
            metrics::counter!("gatebook_margin_messages_total").increment(1);
            self.venue_messages.push_back(Inbound::Message {
                origin: MARGIN_ORIGIN,
                from: None,
                record: message.encode(0),
            });
        }
    }

    /// Hands the venue's own messages to the sequencer without ever blocking on it.
    fn send_venue_messages(&mut self) {
        while let Some(item) = self.venue_messages.pop_front() {
            match self.to_sequencer.try_send(item) {
                Ok(()) => {}
                Err(mpsc::error::TrySendError::Full(item)) => {
                    self.venue_messages.push_front(item);
                    return;
                }
                Err(mpsc::error::TrySendError::Closed(_)) => {
                    self.venue_messages.clear();
                    return;
                }
            }
        }
    }

    fn connection(&mut self, to: ConnectionId) -> Option<&mut Connection> {
        self.states
            .get_mut(to.session as usize)?
            .connection
            .as_mut()
            .filter(|c| c.id == to.connection)
    }

    fn command(&mut self, command: Command) -> std::io::Result<()> {
        match command {
            Command::Attach {
                connection,
                next_seq,
                heartbeat_ms,
                outbox,
                reply,
            } => {
                let config = &self.sessions.sessions[connection.session as usize];
                let state = &mut self.states[connection.session as usize];
                let current = state.seq + 1;
                let answer = if !self.live_mode {
                    Err(LoginRejectReason::VenueClosing)
                } else if state.connection.is_some() {
                    Err(LoginRejectReason::AlreadyLoggedIn)
                } else if next_seq > current {
                    Err(LoginRejectReason::SequenceAhead)
                } else {
                    let mut frames = Vec::with_capacity(64);
                    ServerFrame::LoginAccepted {
                        next_seq: current,
                        throttle_messages: config.throttle_messages,
                        throttle_window_ms: config.throttle_window_ms,
                        heartbeat_ms,
                    }
                    .encode(&mut frames);
                    outbox.send(frames);
                    state.connection = Some(Connection {
                        id: connection.connection,
                        outbox,
                        cursor: if next_seq == 0 { current } else { next_seq },
                        frames: Vec::new(),
                        logout_requested: false,
                    });
                    state.reader = None;
                    self.touched.push(connection.session);
                    Ok(())
                };
                let _ = reply.send(answer);
            }
            Command::Detach(connection) => {
                tracing::debug!(session = connection.session, "detach");
                let state = &mut self.states[connection.session as usize];
                if state
                    .connection
                    .as_ref()
                    .is_some_and(|c| c.id == connection.connection)
                {
                    state.connection = None;
                    state.reader = None;
                    self.cancel_orders_of(connection.session);
                }
            }
        }
        Ok(())
    }

    /// Writes the logs, sends what each connection has, and catches up connections that
    /// are behind by one chunk. Returns true when every connection is caught up.
    fn end_batch(&mut self) -> std::io::Result<bool> {
        self.flush_logs()?;
        if let (Some(body), Some((sender, _))) =
            (self.pending_snapshot.take(), self.snapshot_writer.as_ref())
        {
            if let Err(std::sync::mpsc::TrySendError::Full(body)) = sender.try_send(body) {
                self.pending_snapshot = Some(body);
            }
        }
        let mut caught_up = true;
        let mut touched = std::mem::take(&mut self.touched);
        touched.sort_unstable();
        touched.dedup();
        for session in 0..self.states.len() as u32 {
            let behind = self.states[session as usize]
                .connection
                .as_ref()
                .is_some_and(|c| c.cursor <= self.states[session as usize].seq);
            if behind {
                caught_up &= self.catch_up(session, CATCH_UP_CHUNK)?;
                touched.push(session);
            }
        }
        for session in touched {
            self.deliver(session);
        }
        Ok(caught_up)
    }

    /// Writes every session log that has new reports, and closes the logs nobody wrote in
    /// this batch when more than [`MAX_OPEN_LOGS`] are open.
    fn flush_logs(&mut self) -> std::io::Result<()> {
        for &session in &self.written {
            let state = &mut self.states[session as usize];
            if let Some(log) = state.log.as_mut() {
                log.flush()?;
            }
            state.dirty = false;
        }
        if self.open_logs > MAX_OPEN_LOGS {
            let mut keep = vec![false; self.states.len()];
            for &session in &self.written {
                keep[session as usize] = true;
            }
            for (state, keep) in self.states.iter_mut().zip(keep) {
                if !keep && state.log.take().is_some() {
                    self.open_logs -= 1;
                }
            }
        }
        self.written.clear();
        Ok(())
    }

    /// Sends up to `limit` reports a connection has not had yet from the session's log.
    /// Returns true when the connection is caught up.
    fn catch_up(&mut self, session: u32, limit: u64) -> std::io::Result<bool> {
        let max_bytes = self.max_client_bytes;
        let state = &mut self.states[session as usize];
        let Some(connection) = state.connection.as_mut() else {
            return Ok(true);
        };
        if connection.cursor > state.seq {
            return Ok(true);
        }
        if connection.outbox.pending.load(Ordering::Relaxed) > max_bytes / 2 {
            return Ok(false);
        }
        // A chunk never takes more than half the client's allowance, so a client that
        // reads at full speed is never taken for a slow one.
        let limit = limit.min((max_bytes / 2 / REPORT_FRAME_BYTES).max(1) as u64);
        let reader = match state.reader.as_mut() {
            Some(reader) => reader,
            None => state.reader.insert(File::open(&state.log_path)?),
        };
        let last = state.seq.min(connection.cursor.saturating_add(limit - 1));
        reader.seek(SeekFrom::Start(
            (connection.cursor - 1) * LOG_ENTRY_BYTES as u64,
        ))?;
        let mut entry = [0u8; LOG_ENTRY_BYTES];
        while connection.cursor <= last {
            reader.read_exact(&mut entry)?;
            let report_id = u64::from_le_bytes(entry[..8].try_into().expect("8 bytes"));
            let record = ReportRecord::from_wire(entry[8..].try_into().expect("64 bytes"));
            ServerFrame::Report {
                session_seq: connection.cursor,
                report_id,
                record,
            }
            .encode(&mut connection.frames);
            connection.cursor += 1;
        }
        Ok(connection.cursor > state.seq)
    }

    /// Sends a connection's frames, or closes it when its client has stopped reading.
    fn deliver(&mut self, session: u32) {
        let max_bytes = self.max_client_bytes;
        let state = &mut self.states[session as usize];
        let Some(connection) = state.connection.as_mut() else {
            return;
        };
        let logging_out = connection.logout_requested && connection.cursor > state.seq;
        if logging_out {
            ServerFrame::LogoutAccepted {
                next_seq: state.seq + 1,
            }
            .encode(&mut connection.frames);
        }
        if connection.frames.is_empty() {
            return;
        }
        if connection.outbox.pending.load(Ordering::Relaxed) + connection.frames.len() > max_bytes {
            tracing::debug!(session, "slow consumer");
            connection.outbox.close(Some(GoodbyeReason::SlowConsumer));
            metrics::counter!("gatebook_slow_consumer_disconnects_total").increment(1);
            state.connection = None;
            state.reader = None;
            self.cancel_orders_of(session);
            return;
        }
        let frames = std::mem::replace(&mut connection.frames, Vec::with_capacity(4096));
        connection.outbox.send(frames);
        if logging_out {
            connection.outbox.close(None);
            state.connection = None;
            state.reader = None;
            self.cancel_orders_of(session);
        }
    }

    fn stop(&mut self, digest: Option<[u8; 32]>) -> std::io::Result<()> {
        self.flush_logs()?;
        for state in &mut self.states {
            if let Some(connection) = state.connection.take() {
                if !connection.frames.is_empty() {
                    connection.outbox.send(connection.frames);
                }
                connection.outbox.close(Some(GoodbyeReason::VenueClosing));
            }
        }
        self.publish_metrics();
        // The last snapshot is on disk before the venue says it has stopped.
        if let Some((sender, writer)) = self.snapshot_writer.take() {
            if let Some(body) = self.pending_snapshot.take() {
                let _ = sender.send(body);
            }
            drop(sender);
            let _ = writer.join();
        }
        let _ = self.milestones.send(Milestone {
            messages: self.messages,
            reports: self.report_id,
            digest,
            snapshot_in_seq: 0,
            replayed: 0,
            replay_nanos: 0,
        });
        Ok(())
    }

    /// Hands engine-sw's state after `in_seq`, with the publisher's, to the snapshot
    /// writer. Every report of every message up to `in_seq` has been logged by now. When the
    /// writer is still busy with the last one, this one is skipped: snapshots never hold the
    /// venue up.
    fn snapshot(&mut self, in_seq: u64, engine: engine_sw::Engine) -> std::io::Result<()> {
        let Some((venue_digest, sessions_digest)) = self.snapshot_ids else {
            return Ok(());
        };
        self.message_boundary(u64::MAX);
        self.flush_logs()?;
        let publisher = PublisherState {
            report_id: self.report_id,
            messages: self.messages,
            session_reports: self
                .sessions
                .sessions
                .iter()
                .zip(&self.states)
                .map(|(config, state)| (config.origin, state.seq))
                .collect(),
            live: self
                .live
                .iter()
                .map(|(&(account, cl_ord_id), o)| LiveOrderState {
                    account,
                    cl_ord_id,
                    instrument: o.instrument,
                    origin: o.origin,
                    accepted: o.accepted,
                })
                .collect(),
        };
        let body = SnapshotBody {
            in_seq,
            venue_digest,
            sessions_digest,
            engine,
            publisher,
        };
        let (sender, _) = match &self.snapshot_writer {
            Some(writer) => writer,
            None => {
                let (sender, receiver) = std::sync::mpsc::sync_channel::<SnapshotBody>(1);
                let journal = self.journal.clone();
                let writer =
                    std::thread::Builder::new()
                        .name("snapshots".into())
                        .spawn(move || {
                            for body in receiver {
                                let started = std::time::Instant::now();
                                match crate::snapshot::write(&journal, &body) {
                                    Ok(path) => {
                                        metrics::histogram!("gatebook_snapshot_write_seconds")
                                            .record(started.elapsed().as_secs_f64());
                                        tracing::info!(
                                            in_seq = body.in_seq,
                                            "snapshot {}",
                                            path.display()
                                        );
                                    }
                                    Err(e) => tracing::warn!("snapshot not written: {e}"),
                                }
                            }
                        })?;
                self.snapshot_writer.insert((sender, writer))
            }
        };
        // While the writer is busy with the last one, the newest waits its turn (an older
        // one still waiting is dropped: the newer covers it).
        if let Err(std::sync::mpsc::TrySendError::Full(body)) = sender.try_send(body) {
            self.pending_snapshot = Some(body);
        }
        Ok(())
    }

    fn publish_metrics(&self) {
        metrics::counter!("gatebook_reports_total").absolute(self.report_id);
        for event in Event::ALL {
            let count = self.by_event[usize::from(event.code()) % self.by_event.len()];
            metrics::counter!("gatebook_reports_by_event_total", "event" => event.as_str())
                .absolute(count);
        }
        for reason in Reason::ALL {
            let count = self.by_reason[usize::from(reason.code()) % self.by_reason.len()];
            if count > 0 {
                metrics::counter!("gatebook_rejects_total", "reason" => reason.as_str())
                    .absolute(count);
            }
        }
        metrics::gauge!("gatebook_publisher_queue_depth").set(self.input.slots() as f64);
        metrics::gauge!("gatebook_resting_orders_tracked").set(self.live.len() as f64);
    }
}

/// The margin engine beside the publisher: it sees every message before its reports, the
/// reports, and the marks, in journal order, exactly as `replay --margin` feeds it. Its
/// messages are journaled like any other, so while the journal is replayed at start they are
/// already there: the engine's decisions are then checked against the journal, and the ones
/// the journal lacks (decided just before a crash) are sent once the replay is over.
struct MarginInTheLoop {
    engine: gatebook_margin::MarginLoop,
    /// The message whose reports are being collected, and whether the engine sent it.
    current: Option<(Message, bool)>,
    reports: Vec<ReportRecord>,
    /// While the journal is replayed: the engine's messages the journal should hold next.
    expected: Option<VecDeque<Message>>,
}

impl MarginInTheLoop {
    fn new(mut engine: gatebook_margin::MarginLoop) -> MarginInTheLoop {
        let first = engine.start();
        let mut margin = MarginInTheLoop {
            engine,
            current: None,
            reports: Vec::new(),
            expected: Some(VecDeque::new()),
        };
        let _ = margin.decided(first);
        margin
    }

    /// A message enters the backend: the previous one is complete.
    fn message(&mut self, origin: u32, record: &gatebook_wire::OrderRecord) -> Vec<Message> {
        let out = self.message_done();
        let Ok(message) = Message::decode(record) else {
            return out;
        };
        let from_engine = origin == MARGIN_ORIGIN;
        if from_engine {
            if let Some(expected) = self.expected.as_mut() {
                if expected.front() == Some(&message) {
                    expected.pop_front();
                } else {
                    tracing::warn!(
                        in_seq = record.in_seq.get(),
                        "the journal holds a margin message the margin engine did not decide"
                    );
                    expected.clear();
                }
            }
        }
        self.engine.before(&message);
        self.current = Some((message, from_engine));
        self.reports.clear();
        out
    }

    /// Every report of the current message is in: the engine reacts to them.
    fn message_done(&mut self) -> Vec<Message> {
        let Some((message, from_engine)) = self.current.take() else {
            return Vec::new();
        };
        let outputs = self
            .engine
            .after(&message, from_engine, &self.reports)
            .unwrap_or_else(|e| {
                tracing::warn!("margin engine: {e}");
                Vec::new()
            });
        self.reports.clear();
        self.decided(outputs)
    }

    fn mark(&mut self, mark: &gatebook_wire::Mark) -> Vec<Message> {
        let mut out = self.message_done();
        let outputs = self.engine.mark(mark).unwrap_or_else(|e| {
            tracing::warn!("margin engine: mark of instrument {}: {e}", mark.instrument);
            Vec::new()
        });
        out.extend(self.decided(outputs));
        out
    }

    /// The journal is replayed: what the engine decided and the journal does not hold.
    fn recovered(&mut self) -> Vec<Message> {
        let mut out = self.message_done();
        out.extend(self.expected.take().unwrap_or_default());
        out
    }

    /// The messages among the engine's outputs: to send when live, to expect in the journal
    /// while it is replayed. Its other outputs (liquidations, insurance fund) are logged.
    fn decided(&mut self, outputs: Vec<gatebook_margin::Output>) -> Vec<Message> {
        let mut messages = Vec::new();
        for output in &outputs {
            match gatebook_margin::output_message(output) {
                Some(message) => messages.push(message),
                None => tracing::info!(
                    "margin engine: {}",
                    serde_json::to_string(output).unwrap_or_default()
                ),
            }
        }
        match self.expected.as_mut() {
            Some(expected) => {
                expected.extend(messages);
                Vec::new()
            }
            None => messages,
        }
    }
}
