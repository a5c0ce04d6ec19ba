//! Each importer reads a long stream made on the fly (tens of MB of adds each followed by its
//! delete, so the book stays small) and holds far less than the stream at any time: memory
//! follows the book and the venue, not the input's length.

mod common;

use memprobe::{peak_of, CountingAllocator};
use std::convert::Infallible;
use std::io::{self, Read, Seek, SeekFrom};

use gatebook_import::itch::{self, ItchOptions};
use gatebook_import::lobster::{self, LobsterOptions};
use gatebook_import::mbo::{self, DbnOptions};
use gatebook_import::{ExpectedBook, ExpectedFill, FlowSink, SymbolSelection};
use gatebook_wire::Message;

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

// ---------------------------------------------------------------------------------------
// Streams made on the fly

/// Bytes each stream carries (before compression): far more than the importer may hold.
const STREAM_BYTES: u64 = 24 << 20;

/// `head`, then pieces `0..pieces` each written by `piece`, produced as they are read. It
/// can be read again from its start (the importers read their input more than once).
struct Synthetic<F> {
    head: Vec<u8>,
    pieces: u64,
    piece: F,
    next: u64,
    buffer: Vec<u8>,
    at: usize,
    /// Bytes produced by the first reading, for the report.
    produced: u64,
    rewound: bool,
}

impl<F: FnMut(u64, &mut Vec<u8>)> Synthetic<F> {
    fn new(head: Vec<u8>, pieces: u64, piece: F) -> Self {
        Synthetic {
            buffer: head.clone(),
            head,
            pieces,
            piece,
            next: 0,
            at: 0,
            produced: 0,
            rewound: false,
        }
    }
}

impl<F: FnMut(u64, &mut Vec<u8>)> Read for Synthetic<F> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.at == self.buffer.len() {
            if self.next == self.pieces {
                return Ok(0);
            }
            self.buffer.clear();
            self.at = 0;
            while self.buffer.len() < 4096 && self.next < self.pieces {
                (self.piece)(self.next, &mut self.buffer);
                self.next += 1;
            }
        }
        let n = out.len().min(self.buffer.len() - self.at);
        out[..n].copy_from_slice(&self.buffer[self.at..self.at + n]);
        self.at += n;
        if !self.rewound {
            self.produced += n as u64;
        }
        Ok(n)
    }
}

impl<F> Seek for Synthetic<F> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        if to != SeekFrom::Start(0) {
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "a made stream only goes back to its start",
            ));
        }
        self.rewound |= self.next > 0;
        self.next = 0;
        self.buffer.clear();
        self.buffer.extend_from_slice(&self.head);
        self.at = 0;
        Ok(0)
    }
}

/// A compressed view of a stream, compressed again from the start when rewound.
struct Reopen<F, R> {
    open: F,
    reader: R,
}

impl<F: FnMut() -> R, R: Read> Reopen<F, R> {
    fn new(mut open: F) -> Self {
        let reader = open();
        Reopen { open, reader }
    }
}

impl<F: FnMut() -> R, R: Read> Read for Reopen<F, R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        self.reader.read(out)
    }
}

impl<F: FnMut() -> R, R: Read> Seek for Reopen<F, R> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        if to != SeekFrom::Start(0) {
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "a compressed stream only goes back to its start",
            ));
        }
        self.reader = (self.open)();
        Ok(0)
    }
}

/// Counts what it is handed and keeps none of it.
#[derive(Debug, Default)]
struct Counts {
    messages: u64,
    fills: u64,
    books: u64,
    last_in_seq_in_books: u64,
}

impl FlowSink for Counts {
    type Error = Infallible;

    fn message(&mut self, _: &Message) -> Result<(), Infallible> {
        self.messages += 1;
        Ok(())
    }

    fn expected_fill(&mut self, _: &ExpectedFill) -> Result<(), Infallible> {
        self.fills += 1;
        Ok(())
    }

    fn expected_book(&mut self, book: &ExpectedBook) -> Result<(), Infallible> {
        self.books += 1;
        self.last_in_seq_in_books = book.after_in_seq;
        Ok(())
    }
}

/// The most an import of one of these streams may hold: the book (one order), the venue,
/// the buffers between the stream and the parser, a decompressor's window and, for the
/// compressed streams, the compressor feeding the test.
const SMALL: usize = 2 << 20;

fn check_small(format: &str, peak: usize, stream_bytes: u64) {
    eprintln!("{format}: peak {peak} bytes for a stream of {stream_bytes} bytes");
    assert!(
        stream_bytes >= STREAM_BYTES,
        "{format}: {stream_bytes} bytes"
    );
    assert!(
        peak < SMALL,
        "{format}: held {peak} bytes at once for a stream of {stream_bytes} bytes"
    );
}

// ---------------------------------------------------------------------------------------
// The importers

#[test]
fn lobster_holds_the_book_not_the_files() {
    // Row 2k adds order k+1 (a bid of 100 at one of 50 prices), row 2k+1 deletes it; the
    // orderbook shows the one bid, then nothing.
    let row = |i: u64| {
        let id = i / 2 + 1;
        let price = 1_000_000 + (id % 50) * 100;
        (i.is_multiple_of(2), id, price)
    };
    let rows = STREAM_BYTES / 30;
    let messages = Synthetic::new(Vec::new(), rows, move |i, out: &mut Vec<u8>| {
        let (add, id, price) = row(i);
        let kind = if add { 1 } else { 3 };
        out.extend_from_slice(format!("34200.{i:09},{kind},{id},100,{price},1\n").as_bytes());
    });
    let book = Synthetic::new(Vec::new(), rows, move |i, out: &mut Vec<u8>| {
        let (add, _, price) = row(i);
        let text = if add {
            format!("9999999999,0,{price},100\n")
        } else {
            "9999999999,0,-9999999999,0\n".to_string()
        };
        out.extend_from_slice(text.as_bytes());
    });
    let options = LobsterOptions {
        symbol: "SYNTH".into(),
        messages_name: "messages.csv".into(),
        orderbook_name: "orderbook.csv".into(),
        sync_to_orderbook: true,
    };
    let mut sink = Counts::default();
    let mut messages = messages;
    let mut book = book;
    let (summary, peak) =
        peak_of(|| lobster::import_from(&mut messages, Some(&mut book), &options, &mut sink));
    let summary = summary.map_err(|e| e.into_input()).unwrap();
    assert_eq!(summary.flow.stats.messages_read, rows);
    assert_eq!(sink.messages, rows, "every add and delete is replayed");
    assert_eq!(sink.books, rows);
    assert_eq!(sink.last_in_seq_in_books, rows);
    assert_eq!(summary.model_mismatches, 0);
    assert_eq!(summary.flow.stats.max_resting_orders, 1);
    check_small("LOBSTER", peak, messages.produced + book.produced);
}

/// One ITCH message: length, type, stock locate 1, tracking 0, timestamp 0, body.
fn itch_message(out: &mut Vec<u8>, kind: u8, body: &[u8]) {
    out.extend_from_slice(&(11 + body.len() as u16).to_be_bytes());
    out.push(kind);
    out.extend_from_slice(&1u16.to_be_bytes());
    out.extend_from_slice(&[0; 8]);
    out.extend_from_slice(body);
}

#[test]
fn itch_holds_the_book_not_the_stream() {
    // A stock directory, then adds (36 bytes) each followed by its delete (19 bytes), in gzip.
    let mut head = Vec::new();
    let mut directory = vec![0u8; 28];
    directory[..8].copy_from_slice(b"SYNTH   ");
    itch_message(&mut head, b'R', &directory);
    let pairs = STREAM_BYTES / (38 + 21);
    let stream = move || {
        Synthetic::new(head.clone(), pairs * 2, |i, out: &mut Vec<u8>| {
            let order_ref = i / 2 + 1;
            if i.is_multiple_of(2) {
                let mut body = order_ref.to_be_bytes().to_vec();
                body.push(b'B');
                body.extend_from_slice(&100u32.to_be_bytes());
                body.extend_from_slice(b"SYNTH   ");
                let price = 100_000 + (order_ref % 50) as u32 * 100;
                body.extend_from_slice(&price.to_be_bytes());
                itch_message(out, b'A', &body);
            } else {
                itch_message(out, b'D', &order_ref.to_be_bytes());
            }
        })
    };
    let raw_bytes = {
        let mut raw = stream();
        io::copy(&mut raw, &mut io::sink()).unwrap()
    };
    let mut input =
        Reopen::new(move || flate2::read::GzEncoder::new(stream(), flate2::Compression::fast()));
    let options = ItchOptions {
        name: "synthetic.itch.gz".into(),
        symbols: SymbolSelection::MostActive(8),
    };
    let mut sink = Counts::default();
    let (summary, peak) = peak_of(|| itch::import_from(&mut input, &options, &mut sink));
    let summary = summary.map_err(|e| e.into_input()).unwrap();
    assert_eq!(summary.flow.stats.messages_read, 1 + pairs * 2);
    assert_eq!(sink.messages, pairs * 2);
    assert_eq!(summary.flow.instruments[0].symbol, "SYNTH");
    assert_eq!(summary.flow.stats.max_resting_orders, 1);
    check_small("ITCH (gzip)", peak, raw_bytes);
}

#[test]
fn dbn_holds_the_book_not_the_stream() {
    // Metadata, then MBO adds each followed by its cancel (56 bytes a record), in zstd.
    let metadata = common::mbo_metadata();
    let mut head = Vec::new();
    dbn::encode::DbnEncoder::new(&mut head, &metadata).unwrap();
    let record_bytes = std::mem::size_of::<dbn::MboMsg>() as u64;
    let records = STREAM_BYTES / record_bytes;
    let stream = move || {
        let mut encoded = Vec::new();
        Synthetic::new(head.clone(), records, move |i, out: &mut Vec<u8>| {
            let order_id = i / 2 + 1;
            let record = dbn::MboMsg {
                hd: dbn::RecordHeader::new::<dbn::MboMsg>(dbn::rtype::MBO, 1, 7, 0),
                order_id,
                price: (19_200 + (order_id % 50) as i64) * 250_000_000,
                size: 1,
                action: if i.is_multiple_of(2) { b'A' } else { b'C' } as std::ffi::c_char,
                side: b'B' as std::ffi::c_char,
                ..Default::default()
            };
            encoded.clear();
            let mut encoder = dbn::encode::DbnRecordEncoder::new(&mut encoded);
            dbn::encode::EncodeRecord::encode_record(&mut encoder, &record).unwrap();
            out.extend_from_slice(&encoded);
        })
    };
    let raw_bytes = {
        let mut raw = stream();
        io::copy(&mut raw, &mut io::sink()).unwrap()
    };
    let mut input = Reopen::new(move || zstd::stream::read::Encoder::new(stream(), 1).unwrap());
    let options = DbnOptions {
        name: "synthetic.dbn.zst".into(),
        symbols: SymbolSelection::MostActive(8),
    };
    let mut sink = Counts::default();
    let (summary, peak) = peak_of(|| mbo::import_from(&mut input, &options, &mut sink));
    let summary = summary.map_err(|e| e.into_input()).unwrap();
    assert_eq!(summary.flow.stats.messages_read, records);
    assert_eq!(sink.messages, records);
    assert_eq!(summary.flow.instruments[0].tick_size, 250_000_000);
    assert_eq!(summary.flow.stats.max_resting_orders, 1);
    check_small("DBN (zstd)", peak, raw_bytes);
}
