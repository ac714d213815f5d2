
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'grid' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'grid'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'grid' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the repository: every file, field and reference (检查数据)')
            [CompletionResult]::new('duties', 'duties', [CompletionResultType]::ParameterValue, 'The duty calendar: what is due, done, late or missed per day and grid (履职日历)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('synth', 'synth', [CompletionResultType]::ParameterValue, 'Write a deterministic synthetic town (for demos and benchmarks)')
            [CompletionResult]::new('generate-files', 'generate-files', [CompletionResultType]::ParameterValue, 'Regenerate the committed generated files: schemas/, completions/, the man page')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;check' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to check as of: a day (as of its close) or `YYYY-MM-DD HH:MM` (default: now in China Standard Time)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'List overdue items from this day on (default: the first day of the previous month)')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Turn warnings into failures')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Overdue items fail the check too (exit 1)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;duties' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day (default: the first day of the current half month)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day (default: the as-of day)')
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'Only this grid (a village, work area or the town)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to judge as of (default: now)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;completions' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;synth' {
            [CompletionResult]::new('--villages', '--villages', [CompletionResultType]::ParameterName, 'Number of villages')
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'Number of days of records, ending on --end')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'The last day of records')
            [CompletionResult]::new('--cases', '--cases', [CompletionResultType]::ParameterName, 'Number of cases (default: one per village per five days)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Random seed; the same seed writes the same town')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Folder to write (created; must be empty or absent)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;generate-files' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The project root to write schemas/, completions/ and docs/grid.1 into')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository (default: the folder holding town.yaml, found from the current folder upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate the repository: every file, field and reference (检查数据)')
            [CompletionResult]::new('duties', 'duties', [CompletionResultType]::ParameterValue, 'The duty calendar: what is due, done, late or missed per day and grid (履职日历)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('synth', 'synth', [CompletionResultType]::ParameterValue, 'Write a deterministic synthetic town (for demos and benchmarks)')
            [CompletionResult]::new('generate-files', 'generate-files', [CompletionResultType]::ParameterValue, 'Regenerate the committed generated files: schemas/, completions/, the man page')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;help;check' {
            break
        }
        'grid;help;duties' {
            break
        }
        'grid;help;completions' {
            break
        }
        'grid;help;synth' {
            break
        }
        'grid;help;generate-files' {
            break
        }
        'grid;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
