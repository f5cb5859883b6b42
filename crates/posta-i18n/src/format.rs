//! Numbers, sizes and dates written the way each language writes them.
//!
//! The rules follow CLDR: English groups digits with "," from four digits on
//! and uses "." for decimals; Polish, Slovak and Bulgarian use "," for
//! decimals and a no-break space (U+00A0) between digit groups, Polish and
//! Bulgarian only from five digits on (CLDR `minimumGroupingDigits` = 2), so
//! "1234" stays whole there while Slovak writes "1 234".

use super::Language;

/// U+00A0, used inside numbers and dates so a line never breaks in them.
const NBSP: char = '\u{a0}';

/// How one language writes the parts of a number.
struct NumberSymbols {
    decimal: char,
    group: char,
    /// The fewest integer digits at which grouping starts, minus three.
    minimum_grouping_digits: usize,
}

fn symbols(language: Language) -> NumberSymbols {
    match language {
        Language::English => NumberSymbols {
            decimal: '.',
            group: ',',
            minimum_grouping_digits: 1,
        },
        Language::Polish | Language::Bulgarian => NumberSymbols {
            decimal: ',',
            group: NBSP,
            minimum_grouping_digits: 2,
        },
        Language::Slovak => NumberSymbols {
            decimal: ',',
            group: NBSP,
            minimum_grouping_digits: 1,
        },
    }
}

/// Writes `value` with the language's decimal separator and digit grouping,
/// with as many fraction digits as it needs ("1.5", "1,5", "12 345").
pub fn format_number(value: f64, language: Language) -> String {
    localize_digits(&value.to_string(), language, true)
}

/// Rewrites a number written as ASCII digits with an optional "-" and "."
/// (as Rust and Fluent print them) in the language's own symbols.
///
/// Anything else, such as "NaN" or an exponent, is returned unchanged.
pub(crate) fn localize_digits(plain: &str, language: Language, grouping: bool) -> String {
    let (sign, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", plain),
    };
    let (integer, fraction) = match unsigned.split_once('.') {
        Some((integer, fraction)) => (integer, Some(fraction)),
        None => (unsigned, None),
    };
    let is_plain = !integer.is_empty()
        && integer.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| f.bytes().all(|b| b.is_ascii_digit()));
    if !is_plain {
        return plain.to_string();
    }

    let symbols = symbols(language);
    let mut out = String::with_capacity(plain.len() + 4);
    out.push_str(sign);

    let digits = integer.len();
    let group = grouping && digits >= 3 + symbols.minimum_grouping_digits;
    for (index, digit) in integer.chars().enumerate() {
        if group && index > 0 && (digits - index) % 3 == 0 {
            out.push(symbols.group);
        }
        out.push(digit);
    }
    if let Some(fraction) = fraction {
        out.push(symbols.decimal);
        out.push_str(fraction);
    }
    out
}

/// A byte count for people: "512 B", "1.5 MB" / "1,5 MB", "23 kB", "4.0 GB".
///
/// Decimal units (1 kB = 1000 B) as GNOME and macOS show them; one decimal
/// below ten, whole numbers from ten on; GB is the largest unit.
pub fn format_size(bytes: u64, language: Language) -> String {
    const UNITS: [&str; 4] = ["B", "kB", "MB", "GB"];

    if bytes < 1000 {
        return format!("{bytes} {}", UNITS[0]);
    }

    let mut unit = 1;
    loop {
        let scaled = bytes as f64 / 1000f64.powi(unit as i32);
        let last = unit == UNITS.len() - 1;
        // Decide on the rounded value, so 9.96 kB is "10 kB", not "10.0 kB",
        // and 999.6 kB moves up to "1.0 MB" instead of showing "1000 kB".
        let number = if (scaled * 10.0).round() < 100.0 {
            localize_digits(&format!("{scaled:.1}"), language, false)
        } else if scaled.round() < 1000.0 || last {
            localize_digits(&format!("{scaled:.0}"), language, true)
        } else {
            unit += 1;
            continue;
        };
        return format!("{number} {}", UNITS[unit]);
    }
}

/// A calendar date: "2026-11-23" (English: ISO 8601, which no English
/// reader misreads), "23.11.2026" (Polish), "23. 11. 2026" (Slovak,
/// as CLDR and the Slovak standard STN 01 6910 write it) and
/// "23.11.2026 г." (Bulgarian).
///
/// The spaces inside Slovak and Bulgarian dates are no-break spaces.
pub fn format_date(year: i32, month: u32, day: u32, language: Language) -> String {
    match language {
        Language::English => format!("{year:04}-{month:02}-{day:02}"),
        Language::Polish => format!("{day:02}.{month:02}.{year}"),
        Language::Slovak => format!("{day}.{NBSP}{month}.{NBSP}{year}"),
        Language::Bulgarian => format!("{day}.{month:02}.{year}{NBSP}г."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use Language::{Bulgarian, English, Polish, Slovak};

    #[test]
    fn numbers_use_local_separators() {
        assert_eq!(format_number(1.5, English), "1.5");
        assert_eq!(format_number(1.5, Polish), "1,5");
        assert_eq!(format_number(1.5, Slovak), "1,5");
        assert_eq!(format_number(1.5, Bulgarian), "1,5");
        assert_eq!(format_number(-0.25, Polish), "-0,25");
        assert_eq!(format_number(42.0, Slovak), "42");
    }

    #[test]
    fn grouping_follows_minimum_grouping_digits() {
        assert_eq!(format_number(1234.0, English), "1,234");
        assert_eq!(format_number(1234.0, Slovak), "1\u{a0}234");
        assert_eq!(format_number(1234.0, Polish), "1234");
        assert_eq!(format_number(1234.0, Bulgarian), "1234");
        assert_eq!(format_number(12345.0, Polish), "12\u{a0}345");
        assert_eq!(format_number(12345.0, Bulgarian), "12\u{a0}345");
        assert_eq!(format_number(1234567.5, English), "1,234,567.5");
        assert_eq!(format_number(123.0, English), "123");
    }

    #[test]
    fn odd_values_pass_through() {
        assert_eq!(format_number(f64::NAN, Polish), "NaN");
        assert_eq!(format_number(f64::INFINITY, English), "inf");
    }

    #[test]
    fn sizes_pick_a_unit_and_precision() {
        assert_eq!(format_size(0, English), "0 B");
        assert_eq!(format_size(999, Polish), "999 B");
        assert_eq!(format_size(1000, English), "1.0 kB");
        assert_eq!(format_size(1_500_000, English), "1.5 MB");
        assert_eq!(format_size(1_500_000, Polish), "1,5 MB");
        assert_eq!(format_size(1_500_000, Slovak), "1,5 MB");
        assert_eq!(format_size(1_500_000, Bulgarian), "1,5 MB");
        assert_eq!(format_size(9_960, English), "10 kB");
        assert_eq!(format_size(23_400, Slovak), "23 kB");
        assert_eq!(format_size(512_000, Polish), "512 kB");
        assert_eq!(format_size(999_600, English), "1.0 MB");
        assert_eq!(format_size(4_000_000_000, Bulgarian), "4,0 GB");
        assert_eq!(format_size(1_500_000_000_000, English), "1,500 GB");
        assert_eq!(format_size(1_500_000_000_000, Slovak), "1\u{a0}500 GB");
    }

    #[test]
    fn dates_follow_each_language() {
        assert_eq!(format_date(2026, 11, 23, English), "2026-11-23");
        assert_eq!(format_date(2026, 11, 23, Polish), "23.11.2026");
        assert_eq!(format_date(2026, 11, 23, Slovak), "23.\u{a0}11.\u{a0}2026");
        assert_eq!(format_date(2026, 11, 23, Bulgarian), "23.11.2026\u{a0}г.");
        assert_eq!(format_date(2026, 3, 5, English), "2026-03-05");
        assert_eq!(format_date(2026, 3, 5, Polish), "05.03.2026");
        assert_eq!(format_date(2026, 3, 5, Slovak), "5.\u{a0}3.\u{a0}2026");
        assert_eq!(format_date(2026, 3, 5, Bulgarian), "5.03.2026\u{a0}г.");
    }
}
