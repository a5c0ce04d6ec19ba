//! The gateway: one task per connection, at the edge. It frames the byte stream, logs the
//! session in, keeps the heartbeat, applies the session's throttle and permissions, and
//! hands accepted messages to the sequencer. What it refuses never reaches the sequencer.

use crate::pipeline::{ConnectionId, Inbound};
use crate::publisher::{Command, CommandSender, Outbox, Outgoing};
use crate::sessions::{SessionConfig, Sessions};
use gatebook_protocol::{
    decode_frame, ClientFrame, GoodbyeReason, LoginRejectReason, RefuseReason, ServerFrame,
};
use gatebook_wire::{Message, OrderRecord};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, oneshot, Notify};

/// How long a new connection may take to log in.
pub const LOGIN_TIMEOUT: Duration = Duration::from_secs(5);
/// Heartbeat intervals of silence after which a client is disconnected.
pub const MISSED_HEARTBEATS: u32 = 3;
/// The kernel's send buffer per connection: with the client allowance (`--client-buffer`)
/// it bounds the memory a member that stops reading can hold.
const SOCKET_SEND_BUFFER: usize = 256 * 1024;
/// How long a logout may take to deliver the session's last reports.
const LOGOUT_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a closing connection may take to write its goodbye.
const GOODBYE_TIMEOUT: Duration = Duration::from_millis(200);

/// What every connection task shares.
pub struct Gateway {
    pub sessions: Arc<Sessions>,
    pub sequencer: mpsc::Sender<Inbound>,
    pub publisher: CommandSender,
    pub closing: Arc<AtomicBool>,
    pub heartbeat: Duration,
    pub next_connection: AtomicU64,
    /// The venue runs a margin engine: admin sessions may send marks.
    pub margin: bool,
}

/// Fixed-window throttle: at most `limit` messages per `window`.
struct Throttle {
    limit: u32,
    window: Duration,
    started: Instant,
    used: u32,
}

impl Throttle {
    fn new(session: &SessionConfig) -> Throttle {
        Throttle {
            limit: session.throttle_messages,
            window: Duration::from_millis(u64::from(session.throttle_window_ms)),
            started: Instant::now(),
            used: 0,
        }
    }

    fn allow(&mut self) -> bool {
        let now = Instant::now();
        if now.duration_since(self.started) >= self.window {
            self.started = now;
            self.used = 0;
        }
        if self.used >= self.limit {
            return false;
        }
        self.used += 1;
        true
    }
}

/// Bytes read from a socket, framed as they arrive.
struct FrameBuffer {
    bytes: Vec<u8>,
    start: usize,
}

impl FrameBuffer {
    fn new() -> FrameBuffer {
        FrameBuffer {
            bytes: Vec::with_capacity(64 * 1024),
            start: 0,
        }
    }

    async fn fill(&mut self, reader: &mut OwnedReadHalf) -> std::io::Result<usize> {
        if self.start > 0 && self.start == self.bytes.len() {
            self.bytes.clear();
            self.start = 0;
        } else if self.start > 32 * 1024 {
            self.bytes.drain(..self.start);
            self.start = 0;
        }
        reader.read_buf(&mut self.bytes).await
    }
}

impl Gateway {
    /// Serves one connection until it closes.
    pub async fn serve(self: Arc<Self>, stream: TcpStream) {
        let _ = stream.set_nodelay(true);
        let _ = socket2::SockRef::from(&stream).set_send_buffer_size(SOCKET_SEND_BUFFER);
        let (mut reader, writer) = stream.into_split();
        let mut buffer = FrameBuffer::new();
        let (sender, receiver) = mpsc::unbounded_channel();
        let outbox = Outbox {
            sender,
            pending: Arc::new(AtomicUsize::new(0)),
            close: Arc::new(AtomicU8::new(0)),
            wake: Arc::new(Notify::new()),
        };
        let mut writer_task =
            tokio::spawn(write_loop(writer, receiver, outbox.clone(), self.heartbeat));
        // A finished task must not be awaited again.
        let mut writer_done = false;

        let Some((session, connection)) = self.login(&mut reader, &mut buffer, &outbox).await
        else {
            let _ = tokio::time::timeout(GOODBYE_TIMEOUT * 5, &mut writer_task).await;
            return;
        };
        let config = &self.sessions.sessions[session as usize];
        metrics::counter!("gatebook_logins_total", "session" => config.name.clone()).increment(1);
        let messages =
            metrics::counter!("gatebook_session_messages_total", "session" => config.name.clone());
        let mut throttle = Throttle::new(config);
        let silence = self.heartbeat * MISSED_HEARTBEATS;
        let mut replies = Vec::new();
        'session: loop {
            // Frames already buffered first.
            loop {
                match decode_frame(&buffer.bytes[buffer.start..]) {
                    Ok(None) => break,
                    Err(_) => {
                        outbox.close(Some(GoodbyeReason::BadFraming));
                        break 'session;
                    }
                    Ok(Some((frame_type, payload, used))) => {
                        let frame = ClientFrame::parse(frame_type, payload);
                        buffer.start += used;
                        match frame {
                            Err(refusal) => {
                                refuse(&mut replies, refusal.reason(), frame_type, None, 0);
                            }
                            Ok(ClientFrame::Heartbeat) => {}
                            Ok(ClientFrame::Login { .. }) => {
                                refuse(
                                    &mut replies,
                                    RefuseReason::MalformedFrame,
                                    frame_type,
                                    None,
                                    0,
                                );
                            }
                            Ok(ClientFrame::Logout) => {
                                self.flush_refusals(&outbox, &mut replies);
                                let _ = self.sequencer.send(Inbound::Logout(connection)).await;
                                // The answer comes once every earlier report is out; the
                                // writer gives up on a client that stops reading.
                                writer_done =
                                    tokio::time::timeout(LOGOUT_TIMEOUT, &mut writer_task)
                                        .await
                                        .is_ok();
                                break 'session;
                            }
                            Ok(frame @ (ClientFrame::Order(_) | ClientFrame::Mark(_))) => {
                                messages.increment(1);
                                match self.admit(config, connection, &mut throttle, frame) {
                                    Err(reason) => {
                                        let record = match &frame {
                                            ClientFrame::Order(record) => Some(record),
                                            _ => None,
                                        };
                                        refuse(&mut replies, reason, frame_type, record, 0);
                                    }
                                    Ok(item) => {
                                        self.flush_refusals(&outbox, &mut replies);
                                        if self.sequencer.send(item).await.is_err() {
                                            break 'session;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            self.flush_refusals(&outbox, &mut replies);
            tokio::select! {
                read = tokio::time::timeout(silence, buffer.fill(&mut reader)) => match read {
                    Err(_) => {
                        outbox.close(Some(GoodbyeReason::HeartbeatTimeout));
                        break;
                    }
                    Ok(Ok(0)) | Ok(Err(_)) => break,
                    Ok(Ok(_)) => {}
                },
                _ = &mut writer_task => {
                    writer_done = true;
                    break;
                }
            }
        }
        self.publisher.send(Command::Detach(connection));
        if !writer_done {
            let _ = tokio::time::timeout(GOODBYE_TIMEOUT * 5, &mut writer_task).await;
        }
    }

    fn flush_refusals(&self, outbox: &Outbox, replies: &mut Vec<u8>) {
        if !replies.is_empty() {
            outbox.send(std::mem::take(replies));
        }
    }

    /// The login exchange; `None` when the connection ends without a session.
    async fn login(
        &self,
        reader: &mut OwnedReadHalf,
        buffer: &mut FrameBuffer,
        outbox: &Outbox,
    ) -> Option<(u32, ConnectionId)> {
        let deadline = tokio::time::Instant::now() + LOGIN_TIMEOUT;
        let (frame_type, frame) = loop {
            match decode_frame(&buffer.bytes[buffer.start..]) {
                Err(_) => {
                    outbox.close(Some(GoodbyeReason::BadFraming));
                    return None;
                }
                Ok(Some((frame_type, payload, used))) => {
                    let frame = ClientFrame::parse(frame_type, payload);
                    buffer.start += used;
                    break (frame_type, frame);
                }
                Ok(None) => {}
            }
            match tokio::time::timeout_at(deadline, buffer.fill(reader)).await {
                Err(_) => {
                    outbox.close(Some(GoodbyeReason::LoginTimeout));
                    return None;
                }
                Ok(Ok(0)) | Ok(Err(_)) => return None,
                Ok(Ok(_)) => {}
            }
        };
        let reject = |reason: LoginRejectReason| {
            let mut bytes = Vec::new();
            ServerFrame::LoginRejected(reason).encode(&mut bytes);
            outbox.send(bytes);
            outbox.close(None);
            metrics::counter!("gatebook_login_rejects_total", "reason" => reason.as_str())
                .increment(1);
            None
        };
        let Ok(ClientFrame::Login {
            session,
            token,
            next_seq,
        }) = frame
        else {
            let _ = frame_type;
            return reject(LoginRejectReason::LoginRequired);
        };
        if self.closing.load(Ordering::SeqCst) {
            return reject(LoginRejectReason::VenueClosing);
        }
        let name = ClientFrame::session_text(&session);
        let Some(index) = self.sessions.find(&name) else {
            return reject(LoginRejectReason::UnknownSession);
        };
        if ClientFrame::token_text(&token) != self.sessions.sessions[index].token {
            return reject(LoginRejectReason::BadToken);
        }
        let connection = ConnectionId {
            session: index as u32,
            connection: self.next_connection.fetch_add(1, Ordering::Relaxed),
        };
        let (reply, answer) = oneshot::channel();
        self.publisher.send(Command::Attach {
            connection,
            next_seq,
            heartbeat_ms: self.heartbeat.as_millis() as u32,
            outbox: outbox.clone(),
            reply,
        });
        match answer.await {
            Ok(Ok(())) => Some((index as u32, connection)),
            Ok(Err(reason)) => reject(reason),
            Err(_) => reject(LoginRejectReason::VenueClosing),
        }
    }

    /// The gateway's checks of an ORDER or MARK frame, in the order `docs/order-entry.md`
    /// gives; what passes goes to the sequencer as this item. An order's record is re-encoded
    /// from the decoded message, so the journal holds canonical bytes.
    fn admit(
        &self,
        session: &SessionConfig,
        connection: ConnectionId,
        throttle: &mut Throttle,
        frame: ClientFrame,
    ) -> Result<Inbound, RefuseReason> {
        if self.closing.load(Ordering::Relaxed) {
            return Err(RefuseReason::VenueClosing);
        }
        if !throttle.allow() {
            return Err(RefuseReason::Throttled);
        }
        let record = match frame {
            ClientFrame::Mark(mark) => {
                if !session.admin {
                    return Err(RefuseReason::AdminOnly);
                }
                if !self.margin {
                    return Err(RefuseReason::NoMarginEngine);
                }
                return Ok(Inbound::Mark {
                    origin: session.origin,
                    mark,
                });
            }
            ClientFrame::Order(record) => record,
            _ => return Err(RefuseReason::UnknownType),
        };
        let message = Message::decode(&record).map_err(|_| RefuseReason::InvalidRecord)?;
        match message.traded_account() {
            None if !session.admin => return Err(RefuseReason::AdminOnly),
            Some(account) if !session.accounts.contains(account) => {
                return Err(RefuseReason::AccountNotPermitted)
            }
            _ => {}
        }
        Ok(Inbound::Message {
            origin: session.origin,
            from: Some(connection),
            record: message.encode(0),
        })
    }
}

fn refuse(
    out: &mut Vec<u8>,
    reason: RefuseReason,
    frame_type: u8,
    record: Option<&OrderRecord>,
    original_in_seq: u64,
) {
    metrics::counter!("gatebook_refused_total", "reason" => reason.as_str()).increment(1);
    ServerFrame::Refused {
        reason,
        frame_type,
        msg_type: record.map_or(0, |r| r.msg_type),
        account: record.map_or(0, |r| r.account.get()),
        cl_ord_id: record.map_or(0, |r| r.cl_ord_id.get()),
        original_in_seq,
    }
    .encode(out);
}

/// Writes what the publisher and the reader hand over, and a heartbeat when quiet. Ends on
/// a close (writing the goodbye first, if there is one) or when the socket fails.
async fn write_loop(
    mut writer: OwnedWriteHalf,
    mut receiver: mpsc::UnboundedReceiver<Outgoing>,
    outbox: Outbox,
    heartbeat: Duration,
) {
    let mut heartbeat_frame = Vec::new();
    ServerFrame::Heartbeat.encode(&mut heartbeat_frame);
    // Heartbeats start after the login answer, which is always the first frame.
    let mut answered = false;
    // A write cut short leaves half a frame: nothing more may follow it.
    let mut torn = false;
    loop {
        let quiet = if answered {
            heartbeat
        } else {
            LOGIN_TIMEOUT * 2
        };
        let next = tokio::select! {
            biased;
            _ = outbox.wake.notified() => Some(Outgoing::Close),
            next = tokio::time::timeout(quiet, receiver.recv()) => match next {
                Err(_) if answered => Some(Outgoing::Frames(Vec::new())),
                Err(_) => continue,
                Ok(next) => next,
            },
        };
        match next {
            None | Some(Outgoing::Close) => break,
            Some(Outgoing::Frames(frames)) => {
                let bytes = if frames.is_empty() {
                    &heartbeat_frame
                } else {
                    &frames
                };
                // A close interrupts a write only for a client that stopped reading; any
                // other close lets the frame finish, so the stream stays framed.
                let write = writer.write_all(bytes);
                tokio::pin!(write);
                let mut closing = false;
                let written = loop {
                    tokio::select! {
                        biased;
                        _ = outbox.wake.notified() => {
                            if outbox.close.load(Ordering::Relaxed) == GoodbyeReason::SlowConsumer.code() {
                                break None;
                            }
                            closing = true;
                        }
                        written = &mut write => break Some(written),
                    }
                };
                outbox.pending.fetch_sub(frames.len(), Ordering::Relaxed);
                answered = true;
                match written {
                    None => {
                        torn = true;
                        break;
                    }
                    Some(Err(_)) => return,
                    Some(Ok(())) if closing => break,
                    Some(Ok(())) => {}
                }
            }
        }
    }
    // A close: anything still queued before it is written (a logout's last reports and its
    // answer), unless the client is too slow to take it; a client that reads nothing for
    // three heartbeat intervals is given up on.
    let reason = GoodbyeReason::from_code(outbox.close.load(Ordering::Relaxed));
    if reason != Some(GoodbyeReason::SlowConsumer) {
        while let Ok(Outgoing::Frames(frames)) = receiver.try_recv() {
            let written =
                tokio::time::timeout(heartbeat * MISSED_HEARTBEATS, writer.write_all(&frames));
            if !matches!(written.await, Ok(Ok(()))) {
                torn = true;
                break;
            }
        }
    }
    if let (Some(reason), false) = (reason, torn) {
        let mut goodbye = Vec::new();
        ServerFrame::Goodbye(reason).encode(&mut goodbye);
        let _ = tokio::time::timeout(GOODBYE_TIMEOUT, writer.write_all(&goodbye)).await;
    }
    let _ = tokio::time::timeout(GOODBYE_TIMEOUT, writer.shutdown()).await;
}
