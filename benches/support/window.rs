//! A window for benchmarks that keeps what the application keeps between
//! frames: the widget tree's cache (scroll positions, shaped text), one
//! tiny-skia renderer with its glyph and text caches, and one pixel buffer,
//! drawn at scale 1 or 2. iced_test's `Simulator` builds all of these anew
//! for every frame, which measures a cold start rather than a frame.
//!
//! An input is what iced's own loop does with it: the view is built from
//! the cache, the events go through it, the messages it produced go to the
//! screen's `update`, and the next frame is the view built again, laid out
//! and drawn in full (no damage tracking: an upper bound).

// Each bench that includes this uses part of it.
#![allow(dead_code)]

use iced::mouse;
use iced::{Color, Element, Event, Point, Settings, Size, Theme};
use iced_test::core::renderer::Style;
use iced_test::core::{clipboard, window};
use iced_test::renderer::graphics::Viewport;
use iced_test::runtime::user_interface::{Cache, UserInterface};

type Renderer = iced::Renderer;

pub struct Window {
    renderer: Renderer,
    cache: Option<Cache>,
    size: Size,
    scale: f32,
    cursor: mouse::Cursor,
    pixels: Vec<u32>,
    mask: tiny_skia::Mask,
}

impl Window {
    /// A window of `size` logical pixels drawn at `scale`, with the
    /// application's fonts loaded.
    pub fn new(settings: &Settings, size: Size, scale: f32) -> Self {
        {
            let mut fonts = iced_test::renderer::graphics::text::font_system()
                .write()
                .expect("font system");
            for font in &settings.fonts {
                fonts.load_font(font.clone());
            }
        }
        let renderer = iced::futures::executor::block_on(
            <Renderer as iced_test::core::renderer::Headless>::new(
                settings.default_font,
                settings.default_text_size,
                Some("tiny-skia"),
            ),
        )
        .expect("a tiny-skia renderer");
        let physical = physical(size, scale);
        Window {
            renderer,
            cache: Some(Cache::default()),
            size,
            scale,
            cursor: mouse::Cursor::Unavailable,
            pixels: vec![0; physical.width as usize * physical.height as usize],
            mask: tiny_skia::Mask::new(physical.width, physical.height).expect("clip mask"),
        }
    }

    pub fn point_at(&mut self, point: Point) {
        self.cursor = mouse::Cursor::Available(point);
    }

    /// Sends `events` through `view` and returns the messages its widgets
    /// produced (for the screen's `update`).
    pub fn input<'a, M>(
        &mut self,
        view: Element<'a, M, Theme, Renderer>,
        events: &[Event],
    ) -> Vec<M> {
        let mut ui = self.build(view);
        let messages = self.events(&mut ui, events);
        self.keep(ui);
        messages
    }

    /// Lays out `view` and draws every pixel of the window.
    pub fn draw<'a, M>(&mut self, view: Element<'a, M, Theme, Renderer>) {
        let mut ui = self.build(view);
        self.redraw(&mut ui);
        self.keep(ui);
    }

    /// The interface of `view`, laid out, from the window's cache. As in
    /// iced's loop, it stays on screen until the next `update`: it is
    /// drawn ([`Window::redraw`]), the next events go through it
    /// ([`Window::events`]), and it gives its cache back
    /// ([`Window::keep`]) before the screen's `update` and the next build.
    pub fn build<'a, M>(
        &mut self,
        view: Element<'a, M, Theme, Renderer>,
    ) -> UserInterface<'a, M, Theme, Renderer> {
        let cache = self.cache.take().unwrap_or_default();
        UserInterface::build(view, self.size, cache, &mut self.renderer)
    }

    /// Sends `events` through the interface on screen and returns the
    /// messages its widgets produced.
    pub fn events<M>(
        &mut self,
        ui: &mut UserInterface<'_, M, Theme, Renderer>,
        events: &[Event],
    ) -> Vec<M> {
        let mut messages = Vec::new();
        let _ = ui.update(
            events,
            self.cursor,
            &mut self.renderer,
            &mut clipboard::Null,
            &mut messages,
        );
        messages
    }

    /// Draws every pixel of the interface, after the redraw event iced
    /// sends it first.
    pub fn redraw<M>(&mut self, ui: &mut UserInterface<'_, M, Theme, Renderer>) {
        let mut ignored = Vec::new();
        let _ = ui.update(
            &[Event::Window(window::Event::RedrawRequested(
                iced_test::core::time::Instant::now(),
            ))],
            self.cursor,
            &mut self.renderer,
            &mut clipboard::Null,
            &mut ignored,
        );
        let theme = Theme::Light;
        let base = iced_test::core::theme::Base::base(&theme);
        ui.draw(
            &mut self.renderer,
            &theme,
            &Style {
                text_color: base.text_color,
            },
            self.cursor,
        );
        let physical = physical(self.size, self.scale);
        let viewport = Viewport::with_physical_size(physical, self.scale);
        let mut pixmap = tiny_skia::PixmapMut::from_bytes(
            bytemuck::cast_slice_mut(&mut self.pixels),
            physical.width,
            physical.height,
        )
        .expect("pixel map");
        self.renderer.draw(
            &mut pixmap,
            &mut self.mask,
            &viewport,
            &[iced::Rectangle::with_size(Size::new(
                physical.width as f32,
                physical.height as f32,
            ))],
            Color::WHITE,
        );
    }

    /// Takes the interface's cache back, for the next build.
    pub fn keep<M>(&mut self, ui: UserInterface<'_, M, Theme, Renderer>) {
        self.cache = Some(ui.into_cache());
    }
}

fn physical(size: Size, scale: f32) -> Size<u32> {
    Size::new(
        (size.width * scale).round() as u32,
        (size.height * scale).round() as u32,
    )
}
