//! Calendar dates and ACT/365 year fractions.
//!
//! Dates are kept as a day number (days since 1970-01-01, proleptic Gregorian calendar), so a
//! year fraction is an exact integer count of days divided by 365.

use std::fmt;
use std::str::FromStr;

use crate::error::DateError;

/// Days in the ACT/365 year.
pub const DAYS_PER_YEAR: f64 = 365.0;

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    days: i64,
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(year) => 29,
        _ => 28,
    }
}

/// Day number of a civil date, counting March as the first month of a 400-year era so that
/// the leap day falls at the end of the computed year.
fn day_number(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_day_number(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Date {
    /// The date of a valid year, month (1–12) and day; `None` for an impossible date.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        let (year, month, day) = (i64::from(year), i64::from(month), i64::from(day));
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            days: day_number(year, month, day),
        })
    }

    /// Parses `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let error = || DateError {
            text: text.to_string(),
        };
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(error());
        }
        let digits = |range: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| error())
            } else {
                Err(error())
            }
        };
        let year = digits(0..4)?;
        let month = digits(5..7)?;
        let day = digits(8..10)?;
        let year = i32::try_from(year).map_err(|_| error())?;
        Date::from_ymd(year, month, day).ok_or_else(error)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days - self.days
    }

    /// ACT/365 year fraction from this valuation date to `expiry`, 0 once expiry is reached.
    pub fn years_until(self, expiry: Date) -> f64 {
        self.days_until(expiry).max(0) as f64 / DAYS_PER_YEAR
    }

    /// The date `days` days later.
    pub fn add_days(self, days: i64) -> Date {
        Date {
            days: self.days.saturating_add(days),
        }
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Date, DateError> {
        Date::parse(text)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_day_number(self.days);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_day_counts() {
        let epoch = Date::parse("1970-01-01").unwrap();
        assert_eq!(epoch.days, 0);
        let a = Date::parse("2026-01-01").unwrap();
        let b = Date::parse("2026-12-27").unwrap();
        assert_eq!(a.days_until(b), 360);
        let leap = Date::parse("2024-02-29").unwrap();
        assert_eq!(leap.days_until(Date::parse("2025-03-01").unwrap()), 366);
        assert_eq!(Date::parse("2000-03-01").unwrap().days, 11_017);
        assert!((a.years_until(b) - 360.0 / 365.0).abs() < 1e-15);
        assert_eq!(b.years_until(a), 0.0);
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in [
            "2026-13-01",
            "2026-02-29",
            "2026-04-31",
            "2026-1-01",
            "26-01-01",
            "2026/01/01",
            "2026-01-0x",
            "+026-01-01",
            "",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn display_round_trips() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2026-12-27",
            "1899-03-01",
            "2400-12-31",
        ] {
            assert_eq!(Date::parse(text).unwrap().to_string(), text);
        }
        let start = Date::parse("1999-12-25").unwrap();
        for offset in 0..2000 {
            let d = start.add_days(offset);
            assert_eq!(Date::parse(&d.to_string()).unwrap(), d);
        }
    }
}
