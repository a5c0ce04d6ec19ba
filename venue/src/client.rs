//! A member's side of the protocol over TCP, for `gatebook load` and the tests: log in, send
//! frames, read frames. The halves can be used from two tasks at once (open-loop sending).

use gatebook_protocol::{decode_frame, ClientFrame, ServerFrame};
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::TcpStream;

/// What went wrong on a client connection.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    /// A socket operation failed; the text names which (`read`, `write`, `connect ADDR`).
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
    /// A frame from the venue that does not decode; the text says why.
    #[error("the venue sent a frame that cannot be read: {0}")]
    Protocol(String),
    /// The venue answered the login with `LOGIN_REJECTED` and this reason.
    #[error("login refused: {0}")]
    LoginRejected(gatebook_protocol::LoginRejectReason),
    /// The venue closed the connection where a frame was expected.
    #[error("the venue closed the connection")]
    Closed,
    /// The session name (16 bytes at most) or the token (32 at most) does not fit its field.
    #[error("session name or token too long")]
    BadName,
}

/// The reading half: frames from the venue.
pub struct FrameReader {
    reader: OwnedReadHalf,
    bytes: Vec<u8>,
    start: usize,
}

impl FrameReader {
    /// The next frame, or `None` when the venue closed the connection.
    pub async fn next(&mut self) -> Result<Option<ServerFrame>, ClientError> {
        loop {
            match decode_frame(&self.bytes[self.start..]) {
                Err(e) => return Err(ClientError::Protocol(e.to_string())),
                Ok(Some((frame_type, payload, used))) => {
                    let frame = ServerFrame::parse(frame_type, payload)
                        .map_err(|e| ClientError::Protocol(e.to_string()))?;
                    self.start += used;
                    return Ok(Some(frame));
                }
                Ok(None) => {}
            }
            if self.start == self.bytes.len() {
                self.bytes.clear();
                self.start = 0;
            } else if self.start > 64 * 1024 {
                self.bytes.drain(..self.start);
                self.start = 0;
            }
            let read = self
                .reader
                .read_buf(&mut self.bytes)
                .await
                .map_err(|e| ClientError::Io("read".into(), e))?;
            if read == 0 {
                return Ok(None);
            }
        }
    }
}

/// The writing half: frames to the venue, buffered until [`FrameWriter::flush`].
pub struct FrameWriter {
    writer: OwnedWriteHalf,
    buffer: Vec<u8>,
}

impl FrameWriter {
    /// Queues one frame.
    pub fn push(&mut self, frame: &ClientFrame) {
        frame.encode(&mut self.buffer);
    }

    /// Queues raw bytes (for tests of what the venue does with malformed input).
    pub fn push_raw(&mut self, bytes: &[u8]) {
        self.buffer.extend_from_slice(bytes);
    }

    /// Bytes queued and not yet written.
    pub fn buffered(&self) -> usize {
        self.buffer.len()
    }

    /// Writes everything queued.
    pub async fn flush(&mut self) -> Result<(), ClientError> {
        self.writer
            .write_all(&self.buffer)
            .await
            .map_err(|e| ClientError::Io("write".into(), e))?;
        self.buffer.clear();
        Ok(())
    }

    /// Queues and writes one frame.
    pub async fn send(&mut self, frame: &ClientFrame) -> Result<(), ClientError> {
        self.push(frame);
        self.flush().await
    }
}

/// What the venue said to a login.
#[derive(Debug, Clone, Copy)]
pub struct Session {
    /// `session_seq` of the session's next new report; lower ones asked for are the catch-up.
    pub next_seq: u64,
    /// `ORDER` frames the session may send per throttle window.
    pub throttle_messages: u32,
    /// The throttle window in milliseconds.
    pub throttle_window_ms: u32,
    /// The venue's heartbeat interval in milliseconds; silence for three of them ends the session.
    pub heartbeat_ms: u32,
}

/// Connects without logging in.
pub async fn connect(addr: SocketAddr) -> Result<(FrameReader, FrameWriter), ClientError> {
    let stream = TcpStream::connect(addr)
        .await
        .map_err(|e| ClientError::Io(format!("connect {addr}"), e))?;
    Ok(split(stream))
}

/// The frame halves of a connected stream.
pub fn split(stream: TcpStream) -> (FrameReader, FrameWriter) {
    let _ = stream.set_nodelay(true);
    let (reader, writer) = stream.into_split();
    (
        FrameReader {
            reader,
            bytes: Vec::with_capacity(64 * 1024),
            start: 0,
        },
        FrameWriter {
            writer,
            buffer: Vec::with_capacity(64 * 1024),
        },
    )
}

/// Connects and logs in, asking for reports from `next_seq` (0 = only new ones).
pub async fn login(
    addr: SocketAddr,
    session: &str,
    token: &str,
    next_seq: u64,
) -> Result<(FrameReader, FrameWriter, Session), ClientError> {
    let (mut reader, mut writer) = connect(addr).await?;
    let login = ClientFrame::login(session, token, next_seq).ok_or(ClientError::BadName)?;
    writer.send(&login).await?;
    match reader.next().await? {
        Some(ServerFrame::LoginAccepted {
            next_seq,
            throttle_messages,
            throttle_window_ms,
            heartbeat_ms,
        }) => Ok((
            reader,
            writer,
            Session {
                next_seq,
                throttle_messages,
                throttle_window_ms,
                heartbeat_ms,
            },
        )),
        Some(ServerFrame::LoginRejected(reason)) => Err(ClientError::LoginRejected(reason)),
        Some(other) => Err(ClientError::Protocol(format!(
            "expected a login answer, got {other:?}"
        ))),
        None => Err(ClientError::Closed),
    }
}
