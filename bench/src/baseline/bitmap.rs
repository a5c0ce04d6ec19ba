//! Occupancy bitmap of a book side's price levels, in two tiers.
//!
//! One bit per tick of the window, and one summary bit per 64-bit word, as the card keeps
//! them: finding the next non-empty level after the best one empties takes at most a few
//! word scans even in a 65,536-tick window (1,024 words, 16 summary words).

#[derive(Clone)]
pub(crate) struct LevelBitmap {
    words: Vec<u64>,
    summary: Vec<u64>,
    bits: u32,
}

impl LevelBitmap {
    pub(crate) fn new(bits: u32) -> Self {
        let word_count = (bits as usize).div_ceil(64);
        LevelBitmap {
            words: vec![0; word_count],
            summary: vec![0; word_count.div_ceil(64)],
            bits,
        }
    }

    #[inline]
    pub(crate) fn set(&mut self, index: u32) {
        let word = (index >> 6) as usize;
        self.words[word] |= 1 << (index & 63);
        self.summary[word >> 6] |= 1 << (word & 63);
    }

    #[inline]
    pub(crate) fn clear(&mut self, index: u32) {
        let word = (index >> 6) as usize;
        self.words[word] &= !(1 << (index & 63));
        if self.words[word] == 0 {
            self.summary[word >> 6] &= !(1 << (word & 63));
        }
    }

    #[inline]
    fn highest_in_word(&self, word: usize) -> u32 {
        (word as u32) * 64 + 63 - self.words[word].leading_zeros()
    }

    #[inline]
    fn lowest_in_word(&self, word: usize) -> u32 {
        (word as u32) * 64 + self.words[word].trailing_zeros()
    }

    /// The highest set index `<= index`.
    pub(crate) fn highest_at_or_below(&self, index: u32) -> Option<u32> {
        let index = index.min(self.bits.checked_sub(1)?);
        let word = (index >> 6) as usize;
        let bit = index & 63;
        let below = if bit == 63 {
            !0
        } else {
            (1u64 << (bit + 1)) - 1
        };
        let masked = self.words[word] & below;
        if masked != 0 {
            return Some((word as u32) * 64 + 63 - masked.leading_zeros());
        }
        let summary_word = word >> 6;
        let lower_words = self.summary[summary_word] & ((1u64 << (word & 63)) - 1);
        if lower_words != 0 {
            let w = summary_word * 64 + 63 - lower_words.leading_zeros() as usize;
            return Some(self.highest_in_word(w));
        }
        (0..summary_word).rev().find_map(|s| {
            let bits = self.summary[s];
            (bits != 0).then(|| self.highest_in_word(s * 64 + 63 - bits.leading_zeros() as usize))
        })
    }

    /// The lowest set index `>= index`.
    pub(crate) fn lowest_at_or_above(&self, index: u32) -> Option<u32> {
        if index >= self.bits {
            return None;
        }
        let word = (index >> 6) as usize;
        let masked = self.words[word] & (!0u64 << (index & 63));
        if masked != 0 {
            return Some((word as u32) * 64 + masked.trailing_zeros());
        }
        let summary_word = word >> 6;
        let in_word = word & 63;
        let upper_words = if in_word == 63 {
            0
        } else {
            self.summary[summary_word] & (!0u64 << (in_word + 1))
        };
        if upper_words != 0 {
            let w = summary_word * 64 + upper_words.trailing_zeros() as usize;
            return Some(self.lowest_in_word(w));
        }
        (summary_word + 1..self.summary.len()).find_map(|s| {
            let bits = self.summary[s];
            (bits != 0).then(|| self.lowest_in_word(s * 64 + bits.trailing_zeros() as usize))
        })
    }
}
