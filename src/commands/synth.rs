//! `grid synth`: writes a deterministic synthetic town (hidden; for the example town and the
//! benchmarks).

use crate::cli::SynthArgs;
use crate::commands::Outcome;
use crate::context::Context;
use crate::error::Error;
use crate::synth::{self, Params};

/// Runs `grid synth`.
pub fn run(ctx: &Context, args: &SynthArgs) -> Result<Outcome, Error> {
    let params = Params {
        villages: args.villages,
        days: args.days,
        end: args.end,
        cases: args
            .cases
            .unwrap_or_else(|| (args.villages * args.days / 5).max(1)),
        seed: args.seed,
        schemas_inside: false,
        chat: args.chat.as_ref().map(|d| ctx.path(d)),
        identity: synth::Identity::example(),
        county_escalations: false,
    };
    match args.county {
        Some(towns) => synth::county::write(&params, towns, &ctx.path(&args.out))?,
        None => synth::write(&params, &ctx.path(&args.out))?,
    }
    Ok(Outcome::Clean)
}
