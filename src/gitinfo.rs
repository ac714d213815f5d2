//! What git knows about the person running `grid`: the author email that identifies a clerk.

use std::path::Path;

/// The `user.email` of the repository's git configuration (falling back to the user's
/// global configuration), if any.
pub fn user_email(root: &Path) -> Option<String> {
    let config = match git2::Repository::discover(root) {
        Ok(repo) => repo.config().ok()?,
        Err(_) => git2::Config::open_default().ok()?,
    };
    config
        .get_string("user.email")
        .ok()
        .filter(|e| !e.is_empty())
}
