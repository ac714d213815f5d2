//! Report data: plain values computed once from the model, which the renderers in
//! [`crate::output`] turn into tables, JSON or workbooks.

pub mod summary;
