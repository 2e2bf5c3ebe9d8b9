//! Bakes a [`KnowledgeBase`] into Rust source for the app.
