//! The one `Timestamp` type: every form Periskope sends, written back as RFC 3339.

use std::borrow::Cow;
use std::fmt;

use arrayvec::ArrayString;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike, Utc};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A point in time as Periskope sends it.
///
/// Accepted forms:
/// - RFC 3339 with 0 to 9 fractional digits and any offset: `2025-01-27T11:07:56+00:00`,
///   `2025-01-20T07:51:48.209+00:00`, `2024-12-15T11:47:26.668505+00:00`,
///   `2025-08-15T00:00:00Z`;
/// - the Postgres text form that several endpoints send: `2024-05-13 11:19:34+00` (a space for
///   `T`; offsets `+00`, `+0000`, `+00:00` and `Z` are all accepted with either separator);
/// - an integer epoch time, as the types declare for some fields: seconds when its magnitude is
///   below 10^11, milliseconds otherwise.
///
/// Text is written back as RFC 3339 with the same fractional digits and the same offset, so a
/// documented RFC 3339 value is written back byte for byte (`Z` is written `+00:00`, as the
/// documented objects do), and `2024-05-13 11:19:34+00` becomes `2024-05-13T11:19:34+00:00`.
/// An integer stays the same integer.
///
/// Equality is structural: two timestamps are equal when they would be written the same way.
/// Compare instants with [`Timestamp::to_utc`].
///
/// ```
/// use periskope_model::Timestamp;
///
/// let t = Timestamp::parse("2024-05-13 11:19:34+00")?;
/// assert_eq!(t.to_string(), "2024-05-13T11:19:34+00:00");
/// assert_eq!(t.to_utc().timestamp(), 1_715_599_174);
/// # Ok::<(), periskope_model::TimestampError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp(Repr);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Repr {
    /// Text, kept in its canonical RFC 3339 form so that writing it is a copy.
    Text(ArrayString<CANONICAL_MAX_LEN>),
    /// An integer epoch time, kept as sent.
    Epoch(i64),
}

/// The longest canonical text: `YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM`.
const CANONICAL_MAX_LEN: usize = 35;

/// The fields of a text timestamp, validated when read: the date exists, the time of day is in
/// range, the offset is below 24 hours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Fields {
    year: u16,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    /// How many fractional digits to write (0 to 9).
    fraction_digits: u8,
    /// Offset east of UTC in minutes.
    offset_minutes: i16,
    nanosecond: u32,
}

impl Fields {
    fn to_datetime(self) -> Option<DateTime<FixedOffset>> {
        let local = NaiveDate::from_ymd_opt(
            i32::from(self.year),
            u32::from(self.month),
            u32::from(self.day),
        )?
        .and_hms_nano_opt(
            u32::from(self.hour),
            u32::from(self.minute),
            u32::from(self.second),
            self.nanosecond,
        )?;
        let offset = FixedOffset::east_opt(i32::from(self.offset_minutes) * 60)?;
        Some(DateTime::from_naive_utc_and_offset(
            local - chrono::TimeDelta::minutes(i64::from(self.offset_minutes)),
            offset,
        ))
    }

    /// The length of the canonical text of these fields.
    fn canonical_len(&self) -> usize {
        let fraction = usize::from(self.fraction_digits);
        19 + if fraction > 0 { 1 + fraction } else { 0 } + 6
    }

    /// The canonical RFC 3339 text: `T`, the fractional digits as read, offset `±HH:MM`.
    fn canonical(&self) -> Option<ArrayString<CANONICAL_MAX_LEN>> {
        let digit = |value: u32| char::from(b'0' + (value % 10) as u8);
        let year = u32::from(self.year);
        let [month, day, hour, minute, second] =
            [self.month, self.day, self.hour, self.minute, self.second].map(u32::from);
        let offset = u32::from(self.offset_minutes.unsigned_abs());
        let mut text = ArrayString::new();
        for c in [
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            '-',
            digit(month / 10),
            digit(month),
            '-',
            digit(day / 10),
            digit(day),
            'T',
            digit(hour / 10),
            digit(hour),
            ':',
            digit(minute / 10),
            digit(minute),
            ':',
            digit(second / 10),
            digit(second),
        ] {
            text.try_push(c).ok()?;
        }
        if self.fraction_digits > 0 {
            text.try_push('.').ok()?;
            let mut divisor = 100_000_000;
            for _ in 0..self.fraction_digits.min(9) {
                text.try_push(digit(self.nanosecond / divisor)).ok()?;
                divisor /= 10;
            }
        }
        for c in [
            if self.offset_minutes < 0 { '-' } else { '+' },
            digit(offset / 600),
            digit(offset / 60),
            ':',
            digit(offset % 60 / 10),
            digit(offset % 60),
        ] {
            text.try_push(c).ok()?;
        }
        Some(text)
    }
}

/// Epoch values with a magnitude below this are seconds; others are milliseconds.
const EPOCH_SECONDS_LIMIT: i64 = 100_000_000_000;
/// The earliest epoch value accepted: 0000-01-01T00:00:00Z in milliseconds.
const EPOCH_MIN: i64 = -62_167_219_200_000;
/// The latest epoch value accepted: 9999-12-31T23:59:59.999Z in milliseconds.
const EPOCH_MAX: i64 = 253_402_300_799_999;

/// The regular expression for the text forms [`Timestamp`] reads (used in the input schema).
pub(crate) const TIMESTAMP_INPUT_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[Tt ]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?([Zz]|[+-]([01][0-9]|2[0-3])(:?[0-5][0-9])?)$";
/// The regular expression for the text form [`Timestamp`] writes (used in the canonical schema).
pub(crate) const TIMESTAMP_OUTPUT_PATTERN: &str = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?[+-]([01][0-9]|2[0-3]):[0-5][0-9]$";

/// Why a value is not a timestamp.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimestampError {
    reason: String,
}

impl TimestampError {
    fn new(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
        }
    }
}

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for TimestampError {}

impl Timestamp {
    /// Reads a timestamp in one of the text forms described on the type.
    pub fn parse(text: &str) -> Result<Self, TimestampError> {
        let fields = parse_text(text.as_bytes()).map_err(|reason| {
            TimestampError::new(format!(
                "expected a timestamp such as \"2025-01-27T11:07:56+00:00\" or \"2024-05-13 11:19:34+00\", found {text:?} ({reason})"
            ))
        })?;
        Self::from_fields(&fields, Some(text))
    }

    /// The timestamp of validated fields; `read` is the text they were read from, kept when it is
    /// already canonical (the usual case, which then costs a copy).
    fn from_fields(fields: &Fields, read: Option<&str>) -> Result<Self, TimestampError> {
        let bytes = read.map(str::as_bytes).unwrap_or_default();
        let is_canonical = bytes.len() == fields.canonical_len()
            && bytes.get(10) == Some(&b'T')
            && bytes.get(bytes.len().saturating_sub(3)) == Some(&b':')
            && !(fields.offset_minutes == 0
                && bytes.get(bytes.len().saturating_sub(6)) == Some(&b'-'));
        let text = match read {
            Some(read) if is_canonical => ArrayString::from(read).ok(),
            _ => fields.canonical(),
        };
        text.map(|text| Self(Repr::Text(text)))
            .ok_or_else(|| TimestampError::new("the timestamp is too long to write"))
    }

    /// An integer epoch time: seconds when `|value| < 10^11`, milliseconds otherwise. Values
    /// outside the years 0000 to 9999 are refused.
    pub fn from_epoch(value: i64) -> Result<Self, TimestampError> {
        if (EPOCH_MIN..=EPOCH_MAX).contains(&value) {
            Ok(Self(Repr::Epoch(value)))
        } else {
            Err(TimestampError::new(format!(
                "expected an epoch time between {EPOCH_MIN} and {EPOCH_MAX} (the years 0000 to 9999), found {value}"
            )))
        }
    }

    /// The instant with the offset it was sent in (UTC for epoch integers).
    pub fn to_datetime(&self) -> DateTime<FixedOffset> {
        match self.0 {
            // The canonical text was validated when the timestamp was made.
            Repr::Text(text) => parse_text(text.as_bytes())
                .ok()
                .and_then(Fields::to_datetime)
                .unwrap_or_else(|| DateTime::<Utc>::default().fixed_offset()),
            Repr::Epoch(value) => epoch_to_utc(value).fixed_offset(),
        }
    }

    /// The instant in UTC.
    pub fn to_utc(&self) -> DateTime<Utc> {
        self.to_datetime().to_utc()
    }

    /// The integer, when the timestamp was sent as an epoch time.
    pub fn epoch(&self) -> Option<i64> {
        match self.0 {
            Repr::Epoch(value) => Some(value),
            Repr::Text(_) => None,
        }
    }

    /// The RFC 3339 text that is written, when the timestamp was sent as text.
    pub fn as_rfc3339(&self) -> Option<&str> {
        match &self.0 {
            Repr::Text(text) => Some(text.as_str()),
            Repr::Epoch(_) => None,
        }
    }

    /// How many fractional-second digits are written (0 for epoch integers).
    pub fn fraction_digits(&self) -> u8 {
        let fraction = self
            .as_rfc3339()
            .and_then(|text| text.split_once('.'))
            .map_or(0, |(_, rest)| {
                rest.bytes().take_while(u8::is_ascii_digit).count()
            });
        fraction as u8
    }
}

fn epoch_to_utc(value: i64) -> DateTime<Utc> {
    let converted = if value.abs() < EPOCH_SECONDS_LIMIT {
        DateTime::from_timestamp(value, 0)
    } else {
        DateTime::from_timestamp_millis(value)
    };
    // `from_epoch` and the reader keep the value within chrono's range.
    converted.unwrap_or_default()
}

/// Reads `count` ASCII digits at `at`.
fn number(bytes: &[u8], at: usize, count: usize) -> Result<u32, &'static str> {
    let digits = bytes.get(at..at + count).ok_or("it ends too soon")?;
    digits.iter().try_fold(0u32, |acc, &b| {
        if b.is_ascii_digit() {
            Ok(acc * 10 + u32::from(b - b'0'))
        } else {
            Err("a digit is expected where there is none")
        }
    })
}

fn expect(bytes: &[u8], at: usize, wanted: &[u8], what: &'static str) -> Result<(), &'static str> {
    match bytes.get(at) {
        Some(b) if wanted.contains(b) => Ok(()),
        _ => Err(what),
    }
}

fn parse_text(bytes: &[u8]) -> Result<Fields, &'static str> {
    let year = number(bytes, 0, 4)?;
    expect(bytes, 4, b"-", "a '-' is expected after the year")?;
    let month = number(bytes, 5, 2)?;
    expect(bytes, 7, b"-", "a '-' is expected after the month")?;
    let day = number(bytes, 8, 2)?;
    expect(
        bytes,
        10,
        b"Tt ",
        "a 'T' or a space is expected after the date",
    )?;
    let hour = number(bytes, 11, 2)?;
    expect(bytes, 13, b":", "a ':' is expected after the hour")?;
    let minute = number(bytes, 14, 2)?;
    expect(bytes, 16, b":", "a ':' is expected after the minutes")?;
    let second = number(bytes, 17, 2)?;
    let mut at = 19;

    let mut nanosecond = 0u32;
    let mut fraction_digits = 0u8;
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        let count = bytes
            .get(at..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        if count == 0 {
            return Err("digits are expected after the '.'");
        }
        if count > 9 {
            return Err("at most 9 fractional digits (nanoseconds) are supported");
        }
        let fraction = number(bytes, at, count)?;
        nanosecond = fraction * 10u32.pow(9 - count as u32);
        fraction_digits = count as u8;
        at += count;
    }

    let offset_minutes = match bytes.get(at) {
        Some(b'Z' | b'z') => {
            at += 1;
            0
        }
        Some(&sign @ (b'+' | b'-')) => {
            let hours = number(bytes, at + 1, 2)?;
            at += 3;
            let minutes = match bytes.get(at) {
                None => 0,
                Some(b':') => {
                    let minutes = number(bytes, at + 1, 2)?;
                    at += 3;
                    minutes
                }
                Some(_) => {
                    let minutes = number(bytes, at, 2)?;
                    at += 2;
                    minutes
                }
            };
            if hours > 23 || minutes > 59 {
                return Err("the offset is out of range");
            }
            let minutes = (hours * 60 + minutes) as i16;
            if sign == b'-' { -minutes } else { minutes }
        }
        _ => return Err("an offset such as '+00:00' or 'Z' is expected after the time"),
    };
    if at != bytes.len() {
        return Err("there is text after the offset");
    }
    NaiveDate::from_ymd_opt(year as i32, month, day).ok_or("the date does not exist")?;
    if hour > 23 || minute > 59 || second > 59 {
        return Err("the time of day is out of range");
    }
    Ok(Fields {
        year: year as u16,
        month: month as u8,
        day: day as u8,
        hour: hour as u8,
        minute: minute as u8,
        second: second as u8,
        fraction_digits,
        offset_minutes,
        nanosecond,
    })
}

impl TryFrom<DateTime<FixedOffset>> for Timestamp {
    type Error = TimestampError;

    /// Keeps the offset; writes as many fractional digits as the value needs (0, 3, 6 or 9).
    fn try_from(value: DateTime<FixedOffset>) -> Result<Self, Self::Error> {
        let local = value.naive_local();
        let offset_seconds = value.offset().local_minus_utc();
        if !(0..=9999).contains(&local.year()) {
            return Err(TimestampError::new(format!(
                "RFC 3339 needs a year from 0000 to 9999, found {}",
                local.year()
            )));
        }
        if offset_seconds % 60 != 0 || offset_seconds.abs() >= 24 * 3600 {
            return Err(TimestampError::new(
                "RFC 3339 needs an offset in whole minutes below 24 hours",
            ));
        }
        let nanosecond = local.nanosecond();
        if nanosecond >= 1_000_000_000 {
            return Err(TimestampError::new("leap seconds cannot be written"));
        }
        let fraction_digits = match nanosecond {
            0 => 0,
            n if n % 1_000_000 == 0 => 3,
            n if n % 1_000 == 0 => 6,
            _ => 9,
        };
        let fields = Fields {
            year: local.year() as u16,
            month: local.month() as u8,
            day: local.day() as u8,
            hour: local.hour() as u8,
            minute: local.minute() as u8,
            second: local.second() as u8,
            fraction_digits,
            offset_minutes: (offset_seconds / 60) as i16,
            nanosecond,
        };
        Self::from_fields(&fields, None)
    }
}

impl TryFrom<DateTime<Utc>> for Timestamp {
    type Error = TimestampError;

    /// Written with the offset `+00:00`.
    fn try_from(value: DateTime<Utc>) -> Result<Self, Self::Error> {
        Self::try_from(value.fixed_offset())
    }
}

impl std::str::FromStr for Timestamp {
    type Err = TimestampError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::parse(text)
    }
}

impl fmt::Display for Timestamp {
    /// The form the timestamp is written in: RFC 3339 text, or the epoch integer.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Text(text) => f.write_str(text),
            Repr::Epoch(value) => write!(f, "{value}"),
        }
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Timestamp({self})")
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.0 {
            Repr::Text(text) => serializer.serialize_str(text),
            Repr::Epoch(value) => serializer.serialize_i64(*value),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TimestampVisitor)
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = Timestamp;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a timestamp string or an integer epoch time")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Timestamp, E> {
        Timestamp::parse(text).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Timestamp, E> {
        Timestamp::from_epoch(value).map_err(E::custom)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Timestamp, E> {
        i64::try_from(value)
            .map_err(|_| E::custom(format!("expected an epoch time, found {value} (too large)")))
            .and_then(|value| self.visit_i64(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Timestamp, E> {
        match crate::lenient::integral(value) {
            Some(value) => self.visit_i64(value),
            None => Err(E::invalid_type(Unexpected::Float(value), &self)),
        }
    }
}

impl JsonSchema for Timestamp {
    fn schema_name() -> Cow<'static, str> {
        "Timestamp".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "periskope_model::Timestamp".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        if generator.contract().is_serialize() {
            json_schema!({
                "description": "A timestamp: RFC 3339 text such as `2025-01-27T11:07:56+00:00`, or an integer epoch time where one was sent (seconds below 10^11, milliseconds otherwise).",
                "anyOf": [
                    { "type": "string", "format": "date-time", "pattern": TIMESTAMP_OUTPUT_PATTERN },
                    { "type": "integer", "minimum": EPOCH_MIN, "maximum": EPOCH_MAX }
                ]
            })
        } else {
            json_schema!({
                "description": "A timestamp: RFC 3339 with 0 to 9 fractional digits and any offset (`2025-01-27T11:07:56+00:00`), the Postgres form `2024-05-13 11:19:34+00`, or an integer epoch time (seconds below 10^11, milliseconds otherwise).",
                "anyOf": [
                    { "type": "string", "pattern": TIMESTAMP_INPUT_PATTERN },
                    { "type": "integer", "minimum": EPOCH_MIN, "maximum": EPOCH_MAX }
                ]
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(text: &str) -> String {
        Timestamp::parse(text).map_or_else(|e| format!("error: {e}"), |t| t.to_string())
    }

    #[test]
    fn rfc3339_is_written_back_byte_for_byte() {
        for text in [
            "2025-01-18T14:51:03+00:00",
            "2025-01-20T07:51:48.209+00:00",
            "2024-12-15T11:47:26.668505+00:00",
            "2025-01-27T11:08:10.690+00:00",
            "2025-01-27T11:08:10.1+05:30",
            "2025-01-27T11:08:10.123456789-03:00",
        ] {
            assert_eq!(round(text), text);
        }
    }

    #[test]
    fn other_forms_are_written_as_rfc3339() {
        assert_eq!(round("2024-05-13 11:19:34+00"), "2024-05-13T11:19:34+00:00");
        assert_eq!(
            round("2024-05-13 11:19:34+0530"),
            "2024-05-13T11:19:34+05:30"
        );
        assert_eq!(round("2025-08-15T00:00:00Z"), "2025-08-15T00:00:00+00:00");
        assert_eq!(
            round("2025-08-15t00:00:00.5z"),
            "2025-08-15T00:00:00.5+00:00"
        );
    }

    #[test]
    fn bad_text_is_refused_with_a_reason() {
        for (text, reason) in [
            ("2025-04-31T00:00:00+00:00", "the date does not exist"),
            ("2025-04-20", "a 'T' or a space is expected after the date"),
            ("2025-04-2", "it ends too soon"),
            ("2025-04-20T10:00:00", "an offset such as"),
            (
                "2025-04-20T10:00:00+00:00 ",
                "there is text after the offset",
            ),
            (
                "2025-04-20T24:00:00+00:00",
                "the time of day is out of range",
            ),
            ("2025-04-20T10:00:00.+00:00", "digits are expected"),
            (
                "2025-04-20T10:00:00.1234567890Z",
                "at most 9 fractional digits",
            ),
            ("2025-04-20T10:00:00+24:00", "the offset is out of range"),
        ] {
            let error = round(text);
            assert!(error.contains(reason), "{text}: {error}");
        }
    }

    #[test]
    fn epoch_integers_stay_integers_and_read_by_magnitude() -> Result<(), TimestampError> {
        let millis = Timestamp::from_epoch(1_737_967_705_196)?;
        assert_eq!(millis.to_string(), "1737967705196");
        assert_eq!(millis.to_utc().timestamp_millis(), 1_737_967_705_196);
        let seconds = Timestamp::from_epoch(1_737_967_705)?;
        assert_eq!(seconds.to_utc().timestamp(), 1_737_967_705);
        assert!(Timestamp::from_epoch(EPOCH_MAX + 1).is_err());
        Ok(())
    }

    #[test]
    fn instants_and_offsets_are_kept() -> Result<(), TimestampError> {
        let t = Timestamp::parse("2025-01-27T11:08:10.5+05:30")?;
        assert_eq!(
            t.to_datetime().offset().local_minus_utc(),
            5 * 3600 + 30 * 60
        );
        assert_eq!(t.to_utc().to_rfc3339(), "2025-01-27T05:38:10.500+00:00");
        let back = Timestamp::try_from(t.to_datetime())?;
        assert_eq!(back.to_string(), "2025-01-27T11:08:10.500+05:30");
        Ok(())
    }
}
