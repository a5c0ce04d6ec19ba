//! Reading an input in chunks: rewinding it for another pass, its first bytes for a format's
//! magic number, exact reads that say how much was there, and text one line at a time.

use std::io::{self, BufRead, Read, Seek};

use crate::error::{ImportError, Location};

/// Size of the buffer between an input and its parser.
pub(crate) const CHUNK_BYTES: usize = 1 << 16;

/// The longest text line read: past it a line is refused instead of held in memory.
pub(crate) const MAX_LINE_BYTES: usize = 16 << 20;

/// An input that could not be read (not one that was read and found malformed).
pub(crate) fn unreadable(name: &str, location: Location, error: &io::Error) -> ImportError {
    ImportError::new(name, location, "input", format!("cannot read: {error}"))
}

/// Puts `input` back to its start for another pass.
pub(crate) fn rewind<R: Seek>(input: &mut R, name: &str) -> Result<(), ImportError> {
    input
        .rewind()
        .map_err(|e| unreadable(name, Location::Whole, &e))
}

/// Reads until `buffer` is full or the input ends; the number of bytes read.
pub(crate) fn read_full<R: Read + ?Sized>(input: &mut R, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match input.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// An input whose first bytes were read to tell its format, still yielding them.
pub(crate) type Peeked<R> = io::Chain<io::Cursor<Vec<u8>>, R>;

/// The first `N` bytes of `input` (fewer when it is shorter) and a reader that still yields
/// them, so a format can be told by its magic number without a seek.
pub(crate) fn peek<const N: usize, R: Read>(
    mut input: R,
    name: &str,
) -> Result<(Vec<u8>, Peeked<R>), ImportError> {
    let mut head = [0u8; N];
    let n = read_full(&mut input, &mut head).map_err(|e| unreadable(name, Location::Whole, &e))?;
    let head = head[..n].to_vec();
    Ok((head.clone(), io::Cursor::new(head).chain(input)))
}

/// The lines of a text input, read one at a time.
pub(crate) struct TextLines<'a, R> {
    reader: R,
    name: &'a str,
    buffer: Vec<u8>,
    /// Number of the line last read.
    line: u64,
    /// Byte offset of the next line.
    offset: u64,
}

impl<'a, R: BufRead> TextLines<'a, R> {
    pub fn new(reader: R, name: &'a str) -> Self {
        TextLines {
            reader,
            name,
            buffer: Vec::new(),
            line: 0,
            offset: 0,
        }
    }

    /// The next line that is not blank, with its 1-based number, without its line end
    /// (`\n`, and any `\r` before it); None at the end of the input.
    pub fn next_line(&mut self) -> Result<Option<(u64, &str)>, ImportError> {
        let (start, length) = loop {
            self.buffer.clear();
            let start = self.offset;
            let read = (&mut self.reader)
                .take(MAX_LINE_BYTES as u64 + 1)
                .read_until(b'\n', &mut self.buffer)
                .map_err(|e| unreadable(self.name, Location::Line(self.line + 1), &e))?;
            if read == 0 {
                return Ok(None);
            }
            self.line += 1;
            self.offset += read as u64;
            let mut content = self.buffer.as_slice();
            if let Some(without) = content.strip_suffix(b"\n") {
                content = without;
            } else if content.len() > MAX_LINE_BYTES {
                return Err(ImportError::new(
                    self.name,
                    Location::Line(self.line),
                    "line",
                    format!("longer than {} MiB", MAX_LINE_BYTES >> 20),
                ));
            }
            while let Some(without) = content.strip_suffix(b"\r") {
                content = without;
            }
            let text = std::str::from_utf8(content).map_err(|e| self.not_utf8(start, &e))?;
            if !text.trim().is_empty() {
                break (start, text.len());
            }
        };
        // The line is a prefix of the buffer, checked above.
        let text =
            std::str::from_utf8(&self.buffer[..length]).map_err(|e| self.not_utf8(start, &e))?;
        Ok(Some((self.line, text)))
    }

    fn not_utf8(&self, line_start: u64, error: &std::str::Utf8Error) -> ImportError {
        ImportError::new(
            self.name,
            Location::ByteOffset(line_start + error.valid_up_to() as u64),
            "text",
            "not UTF-8",
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_lines(text: &[u8]) -> Result<Vec<(u64, String)>, ImportError> {
        let mut lines = TextLines::new(text, "t.csv");
        let mut out = Vec::new();
        while let Some((n, line)) = lines.next_line()? {
            out.push((n, line.to_string()));
        }
        Ok(out)
    }

    #[test]
    fn lines_are_numbered_and_blank_ones_skipped() {
        let lines = all_lines(b"a,b\r\n\n  \r\nc\r\r\nd").unwrap();
        assert_eq!(
            lines,
            vec![(1, "a,b".into()), (4, "c".into()), (5, "d".into())]
        );
    }

    #[test]
    fn a_byte_that_is_not_utf8_is_named_by_its_offset() {
        let err = all_lines(b"ok\nbad \xff here\n").unwrap_err();
        assert_eq!(err.location, Location::ByteOffset(7));
        assert_eq!(err.field, "text");
    }

    #[test]
    fn peek_keeps_the_bytes_it_looked_at() {
        let (head, mut rest) = peek::<4, _>(&b"abcdef"[..], "t").unwrap();
        assert_eq!(head, b"abcd");
        let mut all = Vec::new();
        rest.read_to_end(&mut all).unwrap();
        assert_eq!(all, b"abcdef");
        let (head, _) = peek::<4, _>(&b"ab"[..], "t").unwrap();
        assert_eq!(head, b"ab");
    }
}
