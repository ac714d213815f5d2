//! The three-level grid: the town, work areas and enterprises, villages.

use crate::diagnostic::{Localized, Span};
use crate::format::CenterEntry;
use crate::model::ids::{IdTable, Ix};

/// The level and type of a grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GridKind {
    /// Level 1, the town (镇级网格).
    Town,
    /// Level 2, a work area (工作区网格).
    WorkArea,
    /// Level 2, an enterprise (企业网格).
    Enterprise,
    /// Level 3, a natural village (村级网格).
    Village,
}

impl GridKind {
    /// The name of the level, for messages.
    pub fn label(self) -> Localized {
        match self {
            GridKind::Town => Localized("镇级网格", "town"),
            GridKind::WorkArea => Localized("工作区网格", "work-area"),
            GridKind::Enterprise => Localized("企业网格", "enterprise"),
            GridKind::Village => Localized("村级网格", "village"),
        }
    }
}

/// A grid of any level.
#[derive(Clone, Debug)]
pub struct Grid {
    /// Display name.
    pub name: String,
    /// Level and type.
    pub kind: GridKind,
    /// The work area of a village or enterprise.
    pub work_area: Option<GridIx>,
    /// The 12-digit statistical code of a village.
    pub code: Option<String>,
    /// The village centre rollout.
    pub center: Option<CenterEntry>,
    /// Where it is defined.
    pub span: Span,
}

/// Index of a grid.
pub type GridIx = Ix<Grid>;

/// Every grid; ids are unique across all levels.
#[derive(Debug, Default)]
pub struct Grids {
    /// The ids.
    pub ids: IdTable<Grid>,
    /// The grids, indexed by [`GridIx`].
    pub list: Vec<Grid>,
}

impl Grids {
    /// The grid behind an index.
    pub fn get(&self, ix: GridIx) -> &Grid {
        &self.list[ix.get()]
    }

    /// The id text of a grid.
    pub fn id(&self, ix: GridIx) -> &str {
        self.ids.name(ix)
    }

    /// All grids of one kind.
    pub fn of_kind(&self, kind: GridKind) -> impl Iterator<Item = GridIx> + '_ {
        self.ids.iter().filter(move |ix| self.get(*ix).kind == kind)
    }

    /// How many grids of one kind there are.
    pub fn count(&self, kind: GridKind) -> usize {
        self.of_kind(kind).count()
    }
}
