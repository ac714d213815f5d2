//! Build script: stamps `grid --version` with the commit and its date when built from a git
//! checkout (`grid 0.1.0 (9238c98a1 2026-11-30)`), and with nothing more otherwise.

use std::path::Path;
use std::process::Command;

fn git(args: &[&str]) -> Option<String> {
    let output = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    (output.status.success() && !text.trim().is_empty()).then(|| text.trim().to_string())
}

fn main() {
    let stamp = git(&["log", "-1", "--format=%h %cs", "--abbrev=9"])
        .map(|info| format!(" ({info})"))
        .unwrap_or_default();
    println!("cargo:rustc-env=GRID_BUILD_STAMP={stamp}");
    println!("cargo:rerun-if-changed=build.rs");
    if let Some(git_dir) = git(&["rev-parse", "--git-dir"]) {
        let git_dir = Path::new(&git_dir);
        println!("cargo:rerun-if-changed={}", git_dir.join("HEAD").display());
        println!(
            "cargo:rerun-if-changed={}",
            git_dir.join("packed-refs").display()
        );
        if let Some(head) = git(&["symbolic-ref", "-q", "HEAD"]) {
            println!("cargo:rerun-if-changed={}", git_dir.join(head).display());
        }
    }
}
