//! Calendar dates as content uses them: `YYYY-MM-DD`, no time zone.

use serde::{Serialize, Serializer};
use std::fmt;

/// A calendar date. Ordered chronologically (field order matters for the derive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Why a date string was rejected; the message is shown to editors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Date {
    /// Builds a date, rejecting days that do not exist (31 April, 29 February 2015, …).
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1..=12).contains(&month) {
            return Err(DateError(format!("month {month} is not between 1 and 12")));
        }
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return Err(DateError(format!(
                "day {day} does not exist in {year}-{month:02} (it has {last} days)"
            )));
        }
        Ok(Date { year, month, day })
    }

    /// Parses the strict `YYYY-MM-DD` form used in content files and the bundle.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bad = || DateError(format!("\"{text}\" is not a date of the form YYYY-MM-DD"));
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(bad());
        }
        let digits = |range: std::ops::Range<usize>| -> Result<u32, DateError> {
            let part = &text[range];
            if part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        Date::new(
            digits(0..4)? as i32,
            digits(5..7)? as u8,
            digits(8..10)? as u8,
        )
    }

    /// Days since 1970-01-01 (negative before); lets callers compare spans of time.
    pub fn days_since_epoch(self) -> i64 {
        // Algorithm from Howard Hinnant's `days_from_civil`.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`); the inverse of
    /// [`Date::days_since_epoch`].
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// For the content files (TOML, `source`) and as the reference the bundle's reader is tested
/// against.
#[cfg(any(test, feature = "source"))]
impl<'de> serde::Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = <String as serde::Deserialize>::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn days_since_epoch_round_trips() {
        for days in (-800_000..800_000)
            .step_by(997)
            .chain([-1, 0, 1, 11_016, 19_723])
        {
            let date = Date::from_days_since_epoch(days);
            assert_eq!(date.days_since_epoch(), days, "{date}");
            assert_eq!(Date::new(date.year, date.month, date.day), Ok(date));
        }
        assert_eq!(Date::from_days_since_epoch(0).to_string(), "1970-01-01");
        assert_eq!(
            Date::from_days_since_epoch(19_723).to_string(),
            "2024-01-01"
        );
    }

    use super::*;

    #[test]
    fn parses_and_prints_round_trip() {
        let date = Date::parse("2016-12-19").unwrap();
        assert_eq!(
            date,
            Date {
                year: 2016,
                month: 12,
                day: 19
            }
        );
        assert_eq!(date.to_string(), "2016-12-19");
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert!(Date::parse("2016-02-29").is_ok());
        assert!(Date::parse("2015-02-29").is_err());
        assert!(Date::parse("2016-04-31").is_err());
        assert!(Date::parse("2016-13-01").is_err());
        assert!(Date::parse("2016-00-10").is_err());
    }

    #[test]
    fn rejects_malformed_text() {
        for text in [
            "",
            "2016-1-01",
            "2016/01/01",
            "19 December 2016",
            "２０１６-01-01",
            "2016-01-0a",
        ] {
            assert!(Date::parse(text).is_err(), "{text} should be rejected");
        }
    }

    #[test]
    fn orders_chronologically_and_counts_days() {
        let a = Date::parse("2014-09-28").unwrap();
        let b = Date::parse("2014-10-04").unwrap();
        assert!(a < b);
        assert_eq!(b.days_since_epoch() - a.days_since_epoch(), 6);
        assert_eq!(Date::parse("1970-01-01").unwrap().days_since_epoch(), 0);
    }
}
