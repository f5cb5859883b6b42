//! Dates and times in the list and the reader follow the computer's time
//! zone, daylight saving included (TZ is set under `crate::env`).

use posta_i18n::Language;
use posta_ui::widget::when;

#[test]
fn times_are_shown_in_the_local_time_zone() {
    let _env = crate::env();
    std::env::set_var("TZ", "Europe/Warsaw");
    // Mon, 23 Nov 2026 23:30 UTC is already Tuesday in Warsaw (UTC+1).
    let late = 1_795_476_600;
    let c = when::local(late);
    assert_eq!((c.month, c.day, c.hour, c.minute), (11, 24, 0, 30));
    assert_eq!(when::long(Some(late), Language::Polish), "24.11.2026 00:30");
    // Summer time: 1 Jul 2026 12:00 UTC is 14:00 in Warsaw (UTC+2).
    assert_eq!(when::local(1_782_907_200).hour, 14);
    // The raw calendar fields stay UTC.
    assert_eq!(when::civil(late).hour, 23);
}
