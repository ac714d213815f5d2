//! What every report needs: the town, the language, the moment, names for ids, and the duty
//! instances of a period judged once.

use chrono::{NaiveDate, NaiveDateTime};

use crate::cli::AsOf;
use crate::i18n::Lang;
use crate::model::Town;
use crate::model::grid::GridIx;
use crate::model::people::PersonIx;
use crate::report::book::Words;
use crate::rules::duties::{self, Judged, Window};
use crate::source::Sources;

/// The environment of a report.
pub struct Ctx<'t> {
    /// The town.
    pub town: &'t Town,
    /// The files it was read from.
    pub sources: &'t Sources,
    /// The language of headings.
    pub lang: Lang,
    /// The as-of day and moment (`--as-of 2026-11-24` is the day 11-24, judged at its close,
    /// which is the moment 11-25 00:00: take the day from here, never from the moment).
    pub as_of: AsOf,
}

impl<'t> Ctx<'t> {
    /// Chinese or English.
    pub fn t(&self, zh: &'static str, en: &'static str) -> &'static str {
        self.lang.pick(zh, en)
    }

    /// A name, heading or word of the report: Chinese or English, its id from the English.
    pub fn w(&self, zh: &'static str, en: &'static str) -> Words {
        Words::new(self.t(zh, en), en)
    }

    /// Words made in each language by `make` (data and words together): the English whole is
    /// the id.
    pub fn phrase(&self, make: impl Fn(Lang) -> String) -> Words {
        Words::phrase(make(self.lang), make(Lang::En))
    }

    /// `P0042 徐凤英`.
    pub fn person(&self, p: Option<PersonIx>) -> String {
        p.map(|p| {
            format!(
                "{} {}",
                self.town.people.id(p),
                self.town.people.get(p).name
            )
        })
        .unwrap_or_default()
    }

    /// `W1-V01 前店村`.
    pub fn grid(&self, g: GridIx) -> String {
        format!("{} {}", self.town.grids.id(g), self.town.grids.get(g).name)
    }

    /// The duty instances of `[from, to]`, judged as of the report's moment.
    pub fn duties(&self, from: NaiveDate, to: NaiveDate) -> Vec<Judged> {
        let window = Window {
            from,
            to: to.min(self.as_of.date),
            now: self.as_of.now,
        };
        duties::calendar(self.town, &window)
    }

    /// The as-of moment as the report states it: the close of a day reads `2026-11-24 24:00`.
    pub fn moment(&self) -> String {
        self.as_of.words()
    }

    /// The as-of moment.
    pub fn now(&self) -> NaiveDateTime {
        self.as_of.now
    }

    /// The as-of day.
    pub fn today(&self) -> NaiveDate {
        self.as_of.date
    }

    /// A period as words: `2026-11-01 ~ 2026-11-15`; when the town's records begin within or
    /// after it, it says so (`2026-07-01 ~ 2026-09-30（数据自 2026-09-01 起）`): the duties of
    /// the days before are not judged.
    /// Its id is `2026-11-01..2026-11-15`.
    pub fn period(&self, from: NaiveDate, to: NaiveDate) -> Words {
        let mut words = Words::period(from, to);
        if let Some((first, _)) = self.town.data_period().filter(|(first, _)| *first > from) {
            words.text.push_str(&format!(
                "{}{first}{}",
                self.t("（数据自 ", " (records from "),
                self.t(" 起）", ")")
            ));
        }
        words
    }
}
