//! Message dates as the list and the reader write them: the time for
//! today's mail, the date (in the language's own format) for older mail.
//!
//! Times are shown in the computer's time zone (chrono reads it from the
//! system, daylight saving included).

use posta_i18n::{format_date, Language};

/// A moment broken into calendar fields (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Civil {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// Hour, 0–23.
    pub hour: u32,
    /// Minute, 0–59.
    pub minute: u32,
}

/// Unix seconds to calendar fields (Howard Hinnant's `civil_from_days`).
pub fn civil(seconds: i64) -> Civil {
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    Civil {
        year,
        month,
        day,
        hour: (of_day / 3600) as u32,
        minute: (of_day % 3600 / 60) as u32,
    }
}

/// Unix seconds to calendar fields in the local time zone.
pub fn local(seconds: i64) -> Civil {
    use chrono::{Offset, TimeZone};
    let offset = chrono::Local
        .timestamp_opt(seconds, 0)
        .single()
        .map_or(0, |moment| {
            i64::from(moment.offset().fix().local_minus_utc())
        });
    civil(seconds + offset)
}

/// `HH:MM`, as all four languages write a 24-hour time.
fn time(civil: Civil) -> String {
    format!("{:02}:{:02}", civil.hour, civil.minute)
}

/// The list's date column: the time for mail from the same day as `now`,
/// else the date. Empty when the message has no date.
pub fn short(seconds: Option<i64>, now: i64, language: Language) -> String {
    let Some(seconds) = seconds else {
        return String::new();
    };
    let then = local(seconds);
    let today = local(now);
    if (then.year, then.month, then.day) == (today.year, today.month, today.day) {
        time(then)
    } else {
        format_date(then.year, then.month, then.day, language)
    }
}

/// The reader's date line: date and time.
pub fn long(seconds: Option<i64>, language: Language) -> String {
    let Some(seconds) = seconds else {
        return String::new();
    };
    let then = local(seconds);
    format!(
        "{} {}",
        format_date(then.year, then.month, then.day, language),
        time(then)
    )
}

/// Seconds since the Unix epoch, now.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_are_right_around_leap_years_and_the_epoch() {
        let c = civil(1_795_424_400); // Mon, 23 Nov 2026 09:00:00 UTC
        assert_eq!(
            (c.year, c.month, c.day, c.hour, c.minute),
            (2026, 11, 23, 9, 0)
        );
        let c = civil(951_782_400); // 29 Feb 2000
        assert_eq!((c.year, c.month, c.day), (2000, 2, 29));
        let c = civil(-1); // 31 Dec 1969 23:59:59
        assert_eq!(
            (c.year, c.month, c.day, c.hour, c.minute),
            (1969, 12, 31, 23, 59)
        );
        let c = civil(0);
        assert_eq!((c.year, c.month, c.day), (1970, 1, 1));
    }

    #[test]
    fn today_shows_the_time_and_other_days_the_date() {
        let now = 1_795_424_400;
        assert_eq!(short(Some(now - 3600), now, Language::English), "08:00");
        assert_eq!(
            short(Some(now - 86_400), now, Language::Polish),
            "22.11.2026"
        );
        assert_eq!(short(None, now, Language::English), "");
        assert_eq!(long(Some(now), Language::English), "2026-11-23 09:00");
    }
}
