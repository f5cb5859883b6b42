//! A row that shows only what fits whole: the tag pills of a message row.
//! The first child always shows (shortened with "…" by its own text when
//! the room is narrower); each next one only when it fits entirely, so no
//! pill is ever cut at the cell's edge. The reader shows all the tags.

use iced::advanced::layout::{self, Layout};
use iced::advanced::renderer;
use iced::advanced::widget::operation::Operation;
use iced::advanced::widget::tree::{self, Tree};
use iced::advanced::widget::Widget;
use iced::{mouse, Element, Length, Point, Rectangle, Size, Theme};

/// How many children the last layout showed.
#[derive(Debug, Default, Clone, Copy)]
struct State {
    shown: usize,
}

/// A row of children, the ones that do not fit left out; see the module.
pub struct Fitting<'a, Message> {
    children: Vec<Element<'a, Message>>,
    spacing: f32,
}

/// `children` side by side, `spacing` apart, as many as fit whole.
pub fn fitting<'a, Message>(
    children: Vec<Element<'a, Message>>,
    spacing: f32,
) -> Fitting<'a, Message> {
    Fitting { children, spacing }
}

impl<Message> Widget<Message, Theme, iced::Renderer> for Fitting<'_, Message> {
    fn size(&self) -> Size<Length> {
        Size::new(Length::Shrink, Length::Shrink)
    }

    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<State>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(State::default())
    }

    fn children(&self) -> Vec<Tree> {
        self.children.iter().map(Tree::new).collect()
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(&self.children);
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        let max = limits.max();
        let mut x = 0.0_f32;
        let mut height = 0.0_f32;
        let mut shown = 0;
        let mut nodes = Vec::with_capacity(self.children.len());
        for (index, (child, state)) in self
            .children
            .iter_mut()
            .zip(tree.children.iter_mut())
            .enumerate()
        {
            let left = (max.width - x).max(0.0);
            let fits = shown == index && {
                let whole = child.as_widget_mut().layout(
                    state,
                    renderer,
                    &layout::Limits::new(Size::ZERO, Size::new(f32::INFINITY, max.height)),
                );
                index == 0 || whole.size().width <= left
            };
            if !fits {
                nodes.push(layout::Node::new(Size::ZERO));
                continue;
            }
            let node = child.as_widget_mut().layout(
                state,
                renderer,
                &layout::Limits::new(Size::ZERO, Size::new(left, max.height)),
            );
            let size = node.size();
            nodes.push(node.move_to(Point::new(x, 0.0)));
            x += size.width + self.spacing;
            height = height.max(size.height);
            shown += 1;
        }
        tree.state.downcast_mut::<State>().shown = shown;
        let width = (x - self.spacing).max(0.0);
        // Each child centred in the row's height.
        let nodes = nodes
            .into_iter()
            .map(|node| {
                let y = (height - node.size().height) / 2.0;
                let at = node.bounds().position();
                node.move_to(Point::new(at.x, y))
            })
            .collect();
        layout::Node::with_children(Size::new(width, height), nodes)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        let shown = tree.state.downcast_ref::<State>().shown;
        for ((child, state), layout) in self
            .children
            .iter()
            .zip(&tree.children)
            .zip(layout.children())
            .take(shown)
        {
            child
                .as_widget()
                .draw(state, renderer, theme, style, layout, cursor, viewport);
        }
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        let shown = tree.state.downcast_ref::<State>().shown;
        for ((child, state), layout) in self
            .children
            .iter_mut()
            .zip(&mut tree.children)
            .zip(layout.children())
            .take(shown)
        {
            child
                .as_widget_mut()
                .operate(state, layout, renderer, operation);
        }
    }
}

impl<'a, Message: 'a> From<Fitting<'a, Message>> for Element<'a, Message> {
    fn from(row: Fitting<'a, Message>) -> Self {
        Element::new(row)
    }
}
