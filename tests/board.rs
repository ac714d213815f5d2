//! `grid board`: a self-contained page whose numbers are `grid check`'s, rendered in a real
//! browser (headless Chromium) when one is installed.

mod util;

use std::path::{Path, PathBuf};
use std::process::Command;

use util::{Town, grid_in};

fn board(town: &Town, name: &str) -> PathBuf {
    let run = grid_in(
        town.path(),
        &["board", "--as-of", "2026-11-24", "-o", name, "--lang", "zh"],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    town.path().join(name)
}

/// The browser, when there is one; otherwise says plainly that the test is skipped.
fn chromium(test: &str) -> Option<&'static str> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        });
    if found.is_none() {
        eprintln!("SKIPPED {test}: no headless Chromium (.ci/run installs the chromium package)");
    }
    found
}

fn headless(browser: &str, args: &[&str], page: &Path) -> String {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_board_has_no_reference_outside_itself() {
    let town = Town::copy();
    let html = std::fs::read_to_string(board(&town, "看板.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for outside in [
        "http:", "https:", "src=", "href=", "@import", "url(", "<script", "<link",
    ] {
        let found = html
            .match_indices(outside)
            .filter(|(at, _)| !html[..*at].ends_with("xmlns=\""))
            .count();
        assert_eq!(found, 0, "the board refers outside itself: {outside}");
    }
    let default = grid_in(town.path(), &["board", "--as-of", "2026-11-24"]);
    assert_eq!(default.code, 0, "{}", default.stderr);
    assert!(
        town.path().join("报表/2026-11-24-看板.html").is_file(),
        "{}",
        default.stdout
    );
}

#[test]
fn the_board_in_a_browser_shows_the_checks_numbers() {
    let Some(browser) = chromium("the_board_in_a_browser_shows_the_checks_numbers") else {
        return;
    };
    let town = Town::copy();
    let page = board(&town, "看板.html");
    let items: Vec<serde_json::Value> = grid_in(
        town.path(),
        &["check", "--as-of", "2026-11-24", "--format", "json"],
    )
    .json()
    .into_iter()
    .filter(|v| v["type"] == "overdue")
    .collect();
    let count = |p: &dyn Fn(&serde_json::Value) -> bool| items.iter().filter(|v| p(v)).count();
    let expected = [
        ("errors", 0),
        ("open", count(&|v| v["open"] == true)),
        ("new", count(&|v| v["new"] == true)),
        ("due-soon", count(&|v| v["status"] == "due_soon")),
        (
            "done-late",
            count(&|v| v["open"] == false && !v["done_at"].is_null()),
        ),
    ];
    let dom = headless(browser, &["--dump-dom"], &page);
    assert!(
        dom.contains("青山镇"),
        "the browser did not render the page: {dom}"
    );
    for (id, n) in expected {
        let needle = format!("id=\"{id}\" data-count=\"{n}\"");
        assert!(dom.contains(&needle), "{needle} not in the rendered page");
    }
    let villages = dom.matches("class=\"tile ").count();
    assert_eq!(villages, 20, "a tile per village");
    let shot = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/board.png");
    let _ = std::fs::remove_file(&shot);
    let arg = format!("--screenshot={}", shot.display());
    headless(browser, &[&arg, "--window-size=1280,2200"], &page);
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 10_000,
        "no screenshot at {} ({size} bytes)",
        shot.display()
    );
}
