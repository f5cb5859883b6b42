//! Widgets the screens are built from: the folder tree, the virtualised
//! message list, coloured tag chips and the colour grid tags and accounts
//! are coloured from. Each takes plain data (store rows) and returns an
//! `Element` of its own small event type, which the screen maps into its
//! `Message`.

pub mod behind;
pub mod color_grid;
pub mod ellipsis;
pub mod fitting;
pub mod focus;
pub mod folder_tree;
pub mod message_list;
pub mod paperclip;
pub mod quota;
pub mod tags;
pub mod when;
