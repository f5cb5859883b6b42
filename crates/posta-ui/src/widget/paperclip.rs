//! The paperclip of a message with attachments. The bundled DejaVu fonts
//! have no 📎, so it is drawn here once: a stroked clip, anti-aliased, at
//! twice its size on screen so it stays sharp on scaled displays.

use std::sync::LazyLock;

use iced::widget::image::{Handle, Image};
use iced::Element;

/// Its size on screen, in logical pixels.
pub const WIDTH: f32 = 10.0;
/// Its height on screen.
pub const HEIGHT: f32 = 16.0;
/// Pixels drawn per logical pixel.
const SCALE: f32 = 2.0;
/// Half the stroke's width, in logical pixels.
const HALF_STROKE: f32 = 0.6;

/// The picture, drawn on first use.
static CLIP: LazyLock<Handle> = LazyLock::new(draw);

/// The paperclip as a widget.
pub fn icon<'a, M: 'a>() -> Element<'a, M> {
    Image::new(CLIP.clone()).width(WIDTH).height(HEIGHT).into()
}

/// The clip's wire as points along it: three straight runs joined by
/// half circles, from the inner end to the outer one.
fn wire() -> Vec<(f32, f32)> {
    let mut points = Vec::new();
    let line = |points: &mut Vec<(f32, f32)>, from: (f32, f32), to: (f32, f32)| {
        for step in 0..=16 {
            let t = step as f32 / 16.0;
            points.push((from.0 + (to.0 - from.0) * t, from.1 + (to.1 - from.1) * t));
        }
    };
    // A half circle around `center` from the left to the right end, below
    // (`down`) or above.
    let arc = |points: &mut Vec<(f32, f32)>,
               center: (f32, f32),
               radius: f32,
               down: bool,
               left_first: bool| {
        for step in 0..=24 {
            let t = step as f32 / 24.0;
            let angle = std::f32::consts::PI * if left_first { 1.0 - t } else { t };
            let y = radius * angle.sin();
            points.push((
                center.0 + radius * angle.cos(),
                if down { center.1 + y } else { center.1 - y },
            ));
        }
    };
    line(&mut points, (6.3, 5.0), (6.3, 12.0));
    arc(&mut points, (5.0, 12.0), 1.3, true, false);
    line(&mut points, (3.7, 12.0), (3.7, 3.4));
    arc(&mut points, (5.75, 3.4), 2.05, false, true);
    line(&mut points, (7.8, 3.4), (7.8, 12.5));
    arc(&mut points, (5.0, 12.5), 2.8, true, false);
    line(&mut points, (2.2, 12.5), (2.2, 5.5));
    points
}

/// Distance from `p` to the segment `a`–`b`.
fn distance(p: (f32, f32), a: (f32, f32), b: (f32, f32)) -> f32 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length = dx * dx + dy * dy;
    let t = if length == 0.0 {
        0.0
    } else {
        (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length).clamp(0.0, 1.0)
    };
    let (x, y) = (a.0 + dx * t - p.0, a.1 + dy * t - p.1);
    (x * x + y * y).sqrt()
}

fn draw() -> Handle {
    let wire = wire();
    let (width, height) = ((WIDTH * SCALE) as u32, (HEIGHT * SCALE) as u32);
    let mut pixels = Vec::with_capacity((width * height * 4) as usize);
    for row in 0..height {
        for column in 0..width {
            let p = ((column as f32 + 0.5) / SCALE, (row as f32 + 0.5) / SCALE);
            let nearest = wire
                .windows(2)
                .map(|pair| distance(p, pair[0], pair[1]))
                .fold(f32::MAX, f32::min);
            // One drawn pixel of soft edge.
            let coverage = ((HALF_STROKE - nearest) * SCALE + 0.5).clamp(0.0, 1.0);
            pixels.extend([0x6a, 0x6a, 0x6a, (coverage * 255.0).round() as u8]);
        }
    }
    Handle::from_rgba(width, height, pixels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wire_stays_inside_the_picture() {
        for (x, y) in wire() {
            assert!(x - HALF_STROKE >= 0.0 && x + HALF_STROKE <= WIDTH, "{x}");
            assert!(y - HALF_STROKE >= 0.0 && y + HALF_STROKE <= HEIGHT, "{y}");
        }
    }
}
