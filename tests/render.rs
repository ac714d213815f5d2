//! Every workbook as the office prints it: converted to PDF by LibreOffice headless (when
//! `soffice` and `pdftotext` are present; `.ci/run` installs them), each page carrying the
//! page footer and the town, page 1 the title, the period and, on internal reports, the
//! signature block. The PDFs are kept under `target/report-pdf/` for a person to look at.

mod util;

use std::path::{Path, PathBuf};
use std::process::Command;

use util::Town;

fn present(program: &str) -> bool {
    Command::new(program).arg("--version").output().is_ok()
}

/// Whether LibreOffice and pdftotext are here; says plainly that the test is skipped if not.
fn tools_present() -> bool {
    let here = present("soffice") && present("pdftotext");
    if !here {
        println!(
            "SKIPPED: LibreOffice (soffice) or pdftotext (poppler-utils) is not installed; .ci/run installs them"
        );
    }
    here
}

/// The PDF of `xlsx`, written into `out`.
fn to_pdf(xlsx: &Path, out: &Path, profile: &Path) -> PathBuf {
    let converted = Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(out)
        .arg(xlsx)
        .output()
        .unwrap();
    let pdf = out.join(xlsx.with_extension("pdf").file_name().unwrap());
    assert!(pdf.is_file(), "{converted:?}");
    pdf
}

/// The text of each page.
fn pages(pdf: &Path) -> Vec<String> {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

#[test]
fn every_printed_page_says_what_it_is_and_where_it_stands() {
    if !tools_present() {
        return;
    }
    let town = Town::copy();
    let keep = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-pdf");
    std::fs::create_dir_all(&keep).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let reports: &[(&[&str], &str, &str, usize)] = &[
        (
            &["monthly", "2026-11"],
            "青山镇网格化监管月报",
            "2026-11-01",
            40,
        ),
        (&["weekly"], "周会商议程", "2026-11-", 10),
        (&["quarterly", "2026-Q4"], "季度联查", "2026-10-01", 10),
        (&["assessment", "2026-11"], "督考评分", "2026-11-01", 15),
        (&["disclosure", "2026-11"], "公示", "2026-11-01", 10),
        (&["rollout"], "阵地建设", "", 10),
    ];
    for (args, title, period, most_pages) in reports {
        let xlsx = keep.join(format!("{}.xlsx", args[0]));
        let mut all = vec!["report"];
        all.extend_from_slice(args);
        let repo = town.path().to_str().unwrap();
        all.extend_from_slice(&[
            "--as-of",
            "2026-11-24",
            "--lang",
            "zh",
            "-q",
            "--repo",
            repo,
            "-o",
            xlsx.to_str().unwrap(),
        ]);
        let run = util::grid(&all);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        let pdf = to_pdf(&xlsx, &keep, profile.path());
        let pages = pages(&pdf);
        let n = pages.len();
        assert!((1..=*most_pages).contains(&n), "{args:?}: {n} pages");
        for (i, page) in pages.iter().enumerate() {
            // pdftotext spaces the footer its own way: compared without spaces.
            let squeezed: String = page.chars().filter(|c| !c.is_whitespace()).collect();
            let footer = format!("第{}页共{n}页", i + 1);
            assert!(
                squeezed.contains(&footer),
                "{args:?} page {}: no “{footer}”\n{page}",
                i + 1
            );
            assert!(page.contains("青山镇"), "{args:?} page {}: no town", i + 1);
        }
        let first = &pages[0];
        assert!(first.contains(title), "{args:?}: no title {title}\n{first}");
        assert!(
            first.contains(period),
            "{args:?}: no period {period}\n{first}"
        );
        let public = args[0] == "disclosure";
        for label in ["制表人", "审核人", "签发人", "数据来源"] {
            assert_eq!(first.contains(label), !public, "{args:?}: {label}\n{first}");
        }
    }
}

/// The patrol matrix (31 day columns) prints two pages wide at no less than 7 pt: on every
/// page that carries the day headings, the heading 村级网格 (four ideographs, each one em wide)
/// is at least 28 pt wide.
#[test]
fn the_patrol_matrix_prints_at_a_readable_size() {
    if !tools_present() {
        return;
    }
    let town = Town::copy();
    let out = tempfile::tempdir().unwrap();
    let profile = tempfile::tempdir().unwrap();
    let xlsx = out.path().join("matrix.xlsx");
    let run = util::grid(&[
        "report",
        "monthly",
        "2026-10",
        "--as-of",
        "2026-11-24",
        "--lang",
        "zh",
        "--repo",
        town.path().to_str().unwrap(),
        "-o",
        xlsx.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let pdf = to_pdf(&xlsx, out.path(), profile.path());
    let boxes = Command::new("pdftotext")
        .arg("-bbox")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&boxes.stdout).into_owned();
    let mut measured = 0;
    for page in html.split("<page ").skip(1) {
        let words: Vec<(f64, &str)> = page
            .split("<word ")
            .skip(1)
            .filter_map(|w| {
                let number = |key: &str| -> Option<f64> {
                    w.split(key).nth(1)?.split('"').next()?.parse().ok()
                };
                let text = w.split('>').nth(1)?.split('<').next()?;
                Some((number("xMax=\"")? - number("xMin=\"")?, text))
            })
            .collect();
        let days = words
            .iter()
            .filter(|(_, t)| t.len() == 5 && t.starts_with("10-"))
            .count();
        if days < 10 {
            continue;
        }
        let heading = words
            .iter()
            .find(|(_, t)| *t == "村级网格")
            .expect("the name columns repeat on every page of the matrix");
        let points = heading.0 / 4.0;
        assert!(points >= 7.0, "the matrix prints at {points:.1} pt");
        measured += 1;
    }
    assert!(
        measured >= 2,
        "the matrix spans two pages wide: {measured} measured"
    );
}
