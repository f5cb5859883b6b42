//! A quota as a small meter: a bar coloured by how full it is (80 %
//! warns, 95 % is urgent) over "3.1 GB of 5 GB".

use iced::widget::{column, progress_bar, text};
use iced::Element;

use posta_core::imap::QuotaUsage;
use posta_core::sync::quota::QuotaLevel;
use posta_i18n::quota_amount;

/// A small meter: the bar and "3.1 GB of 5 GB".
pub fn meter<'a, M: 'a>(usage: &QuotaUsage) -> Element<'a, M> {
    let fraction = if usage.limit == 0 {
        1.0
    } else {
        (usage.used as f64 / usage.limit as f64).min(1.0) as f32
    };
    let level = QuotaLevel::of(usage.percent());
    column![
        progress_bar(0.0..=1.0, fraction)
            .girth(5)
            .style(move |theme: &iced::Theme| {
                let palette = theme.extended_palette();
                progress_bar::Style {
                    background: palette.background.strong.color.into(),
                    bar: match level {
                        QuotaLevel::Fine => palette.primary.base.color,
                        QuotaLevel::Warning => palette.warning.base.color,
                        QuotaLevel::Critical => palette.danger.base.color,
                    }
                    .into(),
                    border: iced::Border::default().rounded(2),
                }
            }),
        text(quota_amount(usage)).size(11).style(text::secondary),
    ]
    .spacing(2)
    .into()
}
