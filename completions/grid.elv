
use builtin;
use str;

set edit:completion:arg-completer[grid] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'grid'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'grid'= {
            cand --repo 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Validate the repository: every file, field and reference (检查数据)'
            cand duties 'The duty calendar: what is due, done, late or missed per day and grid (履职日历)'
            cand completions 'Print a shell completion script'
            cand synth 'Write a deterministic synthetic town (for demos and benchmarks)'
            cand generate-files 'Regenerate the committed generated files: schemas/, completions/, the man page'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;check'= {
            cand --as-of 'The moment to check as of: a day (as of its close) or `YYYY-MM-DD HH:MM` (default: now in China Standard Time)'
            cand --since 'List overdue items from this day on (default: the first day of the previous month)'
            cand --deny 'Turn warnings into failures'
            cand --format 'Output format'
            cand --repo 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --strict 'Overdue items fail the check too (exit 1)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;duties'= {
            cand --from 'First day (default: the first day of the current half month)'
            cand --to 'Last day (default: the as-of day)'
            cand --grid 'Only this grid (a village, work area or the town)'
            cand --as-of 'The moment to judge as of (default: now)'
            cand --format 'Output format'
            cand --repo 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;completions'= {
            cand --repo 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;synth'= {
            cand --villages 'Number of villages'
            cand --days 'Number of days of records, ending on --end'
            cand --end 'The last day of records'
            cand --cases 'Number of cases (default: one per village per five days)'
            cand --seed 'Random seed; the same seed writes the same town'
            cand --out 'Folder to write (created; must be empty or absent)'
            cand --repo 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;generate-files'= {
            cand --out 'The project root to write schemas/, completions/ and docs/grid.1 into'
            cand --repo 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;help'= {
            cand check 'Validate the repository: every file, field and reference (检查数据)'
            cand duties 'The duty calendar: what is due, done, late or missed per day and grid (履职日历)'
            cand completions 'Print a shell completion script'
            cand synth 'Write a deterministic synthetic town (for demos and benchmarks)'
            cand generate-files 'Regenerate the committed generated files: schemas/, completions/, the man page'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;help;check'= {
        }
        &'grid;help;duties'= {
        }
        &'grid;help;completions'= {
        }
        &'grid;help;synth'= {
        }
        &'grid;help;generate-files'= {
        }
        &'grid;help;help'= {
        }
    ]
    $completions[$command]
}
