//! Report data: plain values computed once from the model, which the renderers in
//! [`crate::output`] turn into tables, JSON, CSV or workbooks.

pub mod assessment;
pub mod book;
pub mod common;
pub mod disclosure;
pub mod gatherings;
pub mod headline;
pub mod monthly;
pub mod quarterly;
pub mod rollout;
pub mod summary;
pub mod weekly;
