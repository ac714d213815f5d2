# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_grid_global_optspecs
    string join \n repo= lang= q/quiet no-color h/help V/version
end

function __fish_grid_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_grid_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_grid_using_subcommand
    set -l cmd (__fish_grid_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c grid -n "__fish_grid_needs_command" -l repo -d 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)' -r -F
complete -c grid -n "__fish_grid_needs_command" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_needs_command" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_needs_command" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_needs_command" -s V -l version -d 'Print version'
complete -c grid -n "__fish_grid_needs_command" -f -a "check" -d 'Validate the repository: every file, field and reference (检查数据)'
complete -c grid -n "__fish_grid_needs_command" -f -a "duties" -d 'The duty calendar: what is due, done, late or missed per day and grid (履职日历)'
complete -c grid -n "__fish_grid_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c grid -n "__fish_grid_needs_command" -f -a "synth" -d 'Write a deterministic synthetic town (for demos and benchmarks)'
complete -c grid -n "__fish_grid_needs_command" -f -a "generate-files" -d 'Regenerate the committed generated files: schemas/, completions/, the man page'
complete -c grid -n "__fish_grid_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand check" -l as-of -d 'The moment to check as of: a day (as of its close) or `YYYY-MM-DD HH:MM` (default: now in China Standard Time)' -r
complete -c grid -n "__fish_grid_using_subcommand check" -l since -d 'List overdue items from this day on (default: the first day of the previous month)' -r
complete -c grid -n "__fish_grid_using_subcommand check" -l deny -d 'Turn warnings into failures' -r -f -a "warnings\t'Warnings fail the check too (exit 1)'"
complete -c grid -n "__fish_grid_using_subcommand check" -l format -d 'Output format' -r -f -a "table\t'Human-readable text and tables'
json\t'JSON Lines, one object per line, each with a "type"'"
complete -c grid -n "__fish_grid_using_subcommand check" -l repo -d 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand check" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand check" -l strict -d 'Overdue items fail the check too (exit 1)'
complete -c grid -n "__fish_grid_using_subcommand check" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand check" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand duties" -l from -d 'First day (default: the first day of the current half month)' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l to -d 'Last day (default: the as-of day)' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l grid -d 'Only this grid (a village, work area or the town)' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l as-of -d 'The moment to judge as of (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand duties" -l repo -d 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand duties" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand duties" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand duties" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand duties" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand completions" -l repo -d 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand completions" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand completions" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand completions" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand synth" -l villages -d 'Number of villages' -r
complete -c grid -n "__fish_grid_using_subcommand synth" -l days -d 'Number of days of records, ending on --end' -r
complete -c grid -n "__fish_grid_using_subcommand synth" -l end -d 'The last day of records' -r
complete -c grid -n "__fish_grid_using_subcommand synth" -l cases -d 'Number of cases (default: one per village per five days)' -r
complete -c grid -n "__fish_grid_using_subcommand synth" -l seed -d 'Random seed; the same seed writes the same town' -r
complete -c grid -n "__fish_grid_using_subcommand synth" -l out -d 'Folder to write (created; must be empty or absent)' -r -F
complete -c grid -n "__fish_grid_using_subcommand synth" -l repo -d 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand synth" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand synth" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand synth" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand synth" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand generate-files" -l out -d 'The project root to write schemas/, completions/ and docs/grid.1 into' -r -F
complete -c grid -n "__fish_grid_using_subcommand generate-files" -l repo -d 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand generate-files" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand generate-files" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand generate-files" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand generate-files" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties completions synth generate-files help" -f -a "check" -d 'Validate the repository: every file, field and reference (检查数据)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties completions synth generate-files help" -f -a "duties" -d 'The duty calendar: what is due, done, late or missed per day and grid (履职日历)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties completions synth generate-files help" -f -a "completions" -d 'Print a shell completion script'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties completions synth generate-files help" -f -a "synth" -d 'Write a deterministic synthetic town (for demos and benchmarks)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties completions synth generate-files help" -f -a "generate-files" -d 'Regenerate the committed generated files: schemas/, completions/, the man page'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties completions synth generate-files help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
