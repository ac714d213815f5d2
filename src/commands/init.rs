//! `grid init [DIR] [--example]`: a new town repository — git, the files with their schema
//! lines, the schemas themselves, `.gitignore` and `.gitattributes`, the pre-commit hook.

use std::path::Path;

use crate::cli::InitArgs;
use crate::commands::Outcome;
use crate::commands::check::write_stdout;
use crate::commands::hook;
use crate::context::Context;
use crate::error::Error;
use crate::{schema, starter, synth};

fn write(path: &Path, text: &str) -> Result<(), Error> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    std::fs::write(path, text).map_err(|e| Error::io(path, e))
}

/// Runs `grid init`.
pub fn run(ctx: &Context, args: &InitArgs) -> Result<Outcome, Error> {
    let dir = ctx.path(args.dir.as_deref().unwrap_or(Path::new(".")));
    let lang = ctx.lang;
    if dir.join("town.yaml").exists() {
        return Err(Error::Usage(format!(
            "{}: {}",
            lang.pick(
                "这里已经有镇网格仓库",
                "there is a town repository here already"
            ),
            dir.display()
        )));
    }
    if args.example {
        let mut params = synth::example();
        params.schemas_inside = true;
        synth::write(&params, &dir)?;
    } else {
        for (name, text) in starter::files().map_err(|e| Error::Usage(e.to_string()))? {
            write(&dir.join(name), &text)?;
        }
    }
    schema::write_into(&dir)?;
    if git2::Repository::discover(&dir).is_err() {
        git2::Repository::init(&dir).map_err(|e| Error::Usage(e.message().to_string()))?;
    }
    hook::install(&dir, lang)?;
    let next = match lang {
        crate::i18n::Lang::Zh => {
            "下一步：编辑 town.yaml 与 roster.csv，运行 grid check，然后 git add . && git commit"
        }
        crate::i18n::Lang::En => {
            "next: edit town.yaml and roster.csv, run grid check, then git add . && git commit"
        }
    };
    write_stdout(&format!(
        "{} {}\n{next}\n",
        lang.pick("已创建镇网格仓库", "created a town repository in"),
        dir.display()
    ))?;
    Ok(Outcome::Clean)
}
