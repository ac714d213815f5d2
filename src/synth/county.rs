//! `grid synth --county N`: a synthetic county of N towns, each a git repository under
//! `towns/<id>/`, and its `county.yaml` — for the tests, the demo and the benchmark.

use std::path::Path;

use crate::error::Error;
use crate::format::{CountyFile, CountyTownEntry, CountyWeights};
use crate::synth::{Identity, Params};

/// Town names and ids of the synthetic county, in order; beyond them, numbered towns.
const TOWNS: &[(&str, &str)] = &[
    ("QS", "青山镇"),
    ("HD", "河东镇"),
    ("SM", "石门乡"),
    ("BL", "北岭镇"),
    ("NH", "南湖镇"),
    ("XP", "西坡乡"),
    ("LQ", "龙泉镇"),
    ("FH", "凤凰镇"),
    ("TS", "桃山镇"),
    ("DW", "大王庄镇"),
];

/// The identity of the county's `n`th town (from 0).
pub fn identity(n: usize) -> Identity {
    let (id, name) = match TOWNS.get(n) {
        Some((id, name)) => ((*id).to_string(), (*name).to_string()),
        None => (format!("T{:02}", n + 1), format!("第{}镇", n + 1)),
    };
    Identity {
        id,
        name,
        code: format!("370211{:03}", 101 + n),
        county: "示例县".to_string(),
    }
}

/// Writes a county of `towns` towns into `out` (empty or absent): each town is `params` with
/// its own identity and seed, committed into its own git repository.
pub fn write(params: &Params, towns: usize, out: &Path) -> Result<(), Error> {
    let mut entries = Vec::new();
    for n in 0..towns {
        let identity = identity(n);
        let folder = format!("towns/{}", identity.id);
        let dir = out.join(&folder);
        let town = Params {
            seed: params.seed + n as u64,
            identity: identity.clone(),
            schemas_inside: true,
            chat: None,
            county_escalations: true,
            ..params.clone()
        };
        crate::synth::write(&town, &dir)?;
        crate::schema::write_into(&dir)?;
        commit_all(&dir, params.end)?;
        entries.push(CountyTownEntry {
            id: identity.id,
            name: identity.name,
            repo: folder,
        });
    }
    let county = CountyFile {
        code: "370211".to_string(),
        name: "示例县".to_string(),
        towns: entries,
        departments: crate::synth::departments(),
        weights: CountyWeights::default(),
    };
    let body = crate::yamlout::to_string(&county).map_err(|e| Error::Usage(e.to_string()))?;
    let path = out.join(crate::county::COUNTY);
    std::fs::write(&path, body).map_err(|e| Error::io(&path, e))
}

/// A git repository at `dir` holding everything in it as one commit, dated the records' last
/// day (the same arguments give the same commit).
fn commit_all(dir: &Path, day: chrono::NaiveDate) -> Result<(), Error> {
    let fail = |e: git2::Error| Error::Usage(format!("{}: {}", dir.display(), e.message()));
    let repo = git2::Repository::init(dir).map_err(fail)?;
    let mut index = repo.index().map_err(fail)?;
    index
        .add_all(["*"], git2::IndexAddOption::DEFAULT, None)
        .map_err(fail)?;
    index.write().map_err(fail)?;
    let tree = repo
        .find_tree(index.write_tree().map_err(fail)?)
        .map_err(fail)?;
    let seconds = day
        .and_hms_opt(18, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp() - 8 * 3600);
    let when = git2::Time::new(seconds, 8 * 60);
    let who = git2::Signature::new("grid synth", "synth@example.invalid", &when).map_err(fail)?;
    repo.commit(Some("HEAD"), &who, &who, "数据：合成的镇仓库", &tree, &[])
        .map_err(fail)?;
    Ok(())
}
