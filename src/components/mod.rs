//! The page as Leptos components, one file per part. [`App`] reads the view state from the URL
//! and provides it ([`page::Page`]) with the values derived from it; each component reads only
//! what it shows.

mod app;
mod card;
mod card_list;
mod credits;
mod detail;
mod disagreements;
mod downloads;
mod evidence;
mod facets;
pub mod fatal;
mod focus;
mod header;
mod highlight;
mod infobox;
mod later;
mod link;
pub mod page;
pub mod paging;
mod reader;
mod theme;
mod timeline;

pub use app::App;
