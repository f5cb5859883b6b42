//! One message as a line of TAB-separated fields, as `posta messages`,
//! `posta search` and the conversations view print it.

use std::collections::HashMap;

use super::context::{one_line, store_failed};
use posta_core::message::Flag;
use posta_core::store::{MessageRow, Store};
use posta_i18n::t;
use posta_i18n::{current_language, format_date};

/// Tag keyword → the name the user gave it, for one account.
pub fn tag_names(store: &Store, account: i64) -> Result<HashMap<String, String>, i32> {
    Ok(store
        .tags(account)
        .map_err(store_failed)?
        .into_iter()
        .map(|tag| (tag.keyword, tag.name))
        .collect())
}

/// One message as a tab-separated line: date, sender, subject, flags (IMAP
/// names, `-` for none), tags (their names, `-` for none).
pub fn message_line(row: &MessageRow, tags: &HashMap<String, String>) -> String {
    let date = row.date.map_or_else(
        || "-".to_owned(),
        |seconds| {
            let (year, month, day) = civil_date(seconds);
            format_date(year, month, day, current_language())
        },
    );
    let from = if row.from.trim().is_empty() {
        t!("cli-no-sender")
    } else {
        one_line(&row.from)
    };
    let subject = if row.subject.trim().is_empty() {
        t!("cli-no-subject")
    } else {
        one_line(&row.subject)
    };
    let flags: Vec<&str> = row
        .flags
        .iter()
        .filter(|f| !matches!(f, Flag::Keyword(_)))
        .map(Flag::to_imap)
        .collect();
    let labels: Vec<String> = row
        .flags
        .iter()
        .filter_map(|f| match f {
            Flag::Keyword(keyword) => Some(one_line(tags.get(keyword).unwrap_or(keyword))),
            _ => None,
        })
        .collect();
    let or_dash = |text: String| if text.is_empty() { "-".into() } else { text };
    format!(
        "{date}\t{from}\t{subject}\t{}\t{}",
        or_dash(flags.join(" ")),
        or_dash(labels.join(", "))
    )
}

/// The UTC calendar date of a Unix time (days-from-civil inverted, after
/// Howard Hinnant's algorithm; exact for every `i64` day count we can meet).
pub fn civil_date(seconds: i64) -> (i32, u32, u32) {
    let days = seconds.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year as i32, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_times_become_calendar_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(1_795_424_400), (2026, 11, 23));
        assert_eq!(civil_date(951_782_400), (2000, 2, 29));
        assert_eq!(civil_date(-1), (1969, 12, 31));
        assert_eq!(civil_date(4_102_444_800), (2100, 1, 1));
    }

    #[test]
    fn a_line_has_five_tab_separated_fields() {
        let row = MessageRow {
            id: 1,
            folder_id: 1,
            uid: Some(7),
            uidl: None,
            flags: vec![
                Flag::Seen,
                Flag::Keyword("$label1".into()),
                Flag::Keyword("vlastný".into()),
            ],
            size: 10,
            date: Some(1_795_424_400),
            subject: "Tab\there\nand a line".into(),
            from: "Zofia Żółw <zofia@example.pl>".into(),
            to: String::new(),
            message_id: None,
            has_body: false,
            has_attachments: false,
        };
        let tags = HashMap::from([("$label1".to_owned(), "Important".to_owned())]);
        let line = message_line(&row, &tags);
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "{line:?}");
        assert_eq!(fields[1], "Zofia Żółw <zofia@example.pl>");
        assert_eq!(fields[2], "Tab here and a line");
        assert_eq!(fields[3], "\\Seen");
        assert_eq!(fields[4], "Important, vlastný");
    }
}
