//! One-byte reason codes of the session layer. Zero is never a valid code.

gatebook_wire::byte_code! {
    /// Why a login was refused; the venue closes the connection after saying so.
    pub enum LoginRejectReason {
        /// No session of that name exists.
        UnknownSession = 1 => "UNKNOWN_SESSION",
        /// The token does not match the session's.
        BadToken = 2 => "BAD_TOKEN",
        /// The session is already logged in on another connection.
        AlreadyLoggedIn = 3 => "ALREADY_LOGGED_IN",
        /// The client asked for reports from a sequence number the session has not reached.
        SequenceAhead = 4 => "SEQUENCE_AHEAD",
        /// The first frame of a connection was not a login.
        LoginRequired = 5 => "LOGIN_REQUIRED",
        /// The venue is shutting down.
        VenueClosing = 6 => "VENUE_CLOSING",
    }
}

gatebook_wire::byte_code! {
    /// Why one inbound frame was refused at the gateway. A refused message never reaches the
    /// sequencer, is not journaled and carries no sequence number; the session goes on.
    pub enum RefuseReason {
        /// A known frame type with the wrong length.
        MalformedFrame = 1 => "MALFORMED_FRAME",
        /// A frame type the venue does not know.
        UnknownType = 2 => "UNKNOWN_TYPE",
        /// More messages than the session's throttle allows in its window.
        Throttled = 3 => "THROTTLED",
        /// An order for an account the session may not trade.
        AccountNotPermitted = 4 => "ACCOUNT_NOT_PERMITTED",
        /// `REF`, `KILL`, `ENABLE`, `HEADROOM`, `RATES` and `MARK` need an admin session.
        AdminOnly = 5 => "ADMIN_ONLY",
        /// A `NEW` whose `cl_ord_id` the account has already used: it was executed once and
        /// is not executed again (`original_in_seq` says where).
        DuplicateClOrdId = 6 => "DUPLICATE_CL_ORD_ID",
        /// The 64-byte record does not decode (version, type, side, ... as `docs/wire.md`).
        InvalidRecord = 7 => "INVALID_RECORD",
        /// The venue is shutting down and takes no more messages.
        VenueClosing = 8 => "VENUE_CLOSING",
        /// A MARK to a venue that runs no margin engine (`serve` without `--margin`).
        NoMarginEngine = 9 => "NO_MARGIN_ENGINE",
    }
}

gatebook_wire::byte_code! {
    /// Why the venue is closing a connection; the `GOODBYE` frame is the last it sends.
    pub enum GoodbyeReason {
        /// Nothing arrived from the client for three heartbeat intervals.
        HeartbeatTimeout = 1 => "HEARTBEAT_TIMEOUT",
        /// The client did not read its reports and its buffer filled.
        SlowConsumer = 2 => "SLOW_CONSUMER",
        /// A frame length of 0 or above the maximum: the stream cannot be framed any more.
        BadFraming = 3 => "BAD_FRAMING",
        /// The venue is shutting down.
        VenueClosing = 4 => "VENUE_CLOSING",
        /// No login arrived in time after the connection opened.
        LoginTimeout = 5 => "LOGIN_TIMEOUT",
    }
}
