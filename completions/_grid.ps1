
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
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
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
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Move a case file along, show it, list cases (案件办理)')
            [CompletionResult]::new('findings', 'findings', [CompletionResultType]::ParameterValue, 'Rewards, accountability and fault tolerance found in the cases (首报激励、问责、容错)')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record the supervision office''s decision on a finding (督考决定)')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'The assessment: scores and ranking of villages, work areas and centres (督考评分)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import what villages send: xlsx, xls, ods, CSV (导入)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Write the workbook a village fills in, with drop-down lists (填报模板)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Excel reports for the supervision office (报表)')
            [CompletionResult]::new('board', 'board', [CompletionResultType]::ParameterValue, 'The daily board: one HTML page for the command centre''s screen or the WeChat group (看板)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Every commit that touched a case, person, grid or record (变更记录)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check the git history: signed rows edited, backfills, deletions, authors (审计)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a town repository (git, files with their schemas, the pre-commit hook)')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Git hooks')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check this machine and the repository for what commonly goes wrong, and say how to fix it (体检)')
            [CompletionResult]::new('county', 'county', [CompletionResultType]::ParameterValue, 'The county: every town''s standing, the county departments'' inbox, fetching the towns'' repositories (县级汇总)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every record and computed fact for data engines: Parquet for DuckDB, Spark, Trino (数据导出)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;check' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to check as of: a day (as of its close) or `YYYY-MM-DD HH:MM` (default: now in China Standard Time)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'List overdue items from this day on (default: the first day of the previous month)')
            [CompletionResult]::new('--deny', '--deny', [CompletionResultType]::ParameterName, 'Turn warnings into failures')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: the morning view (table), JSON Lines, or CSV of the items for Excel')
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'Only this grid and everything under it (a work area with its villages and enterprises; the town: everything)')
            [CompletionResult]::new('--duty', '--duty', [CompletionResultType]::ParameterName, 'Only this duty kind (repeatable): patrol_missing, case_accept_late … or the Chinese name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only items that are new, open, late (done late) or due-soon (repeatable)')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only the items this person must act on')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per grid with its counts and most serious item, instead of the list')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Overdue items fail the check too (exit 1)')
            [CompletionResult]::new('--staged', '--staged', [CompletionResultType]::ParameterName, 'Check what is staged for the next commit instead of the work tree (validation only, no duties; the pre-commit hook runs this)')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every item in one table with every column, instead of the morning view')
            [CompletionResult]::new('--late', '--late', [CompletionResultType]::ParameterName, 'List each item done late, not only their counts per duty')
            [CompletionResult]::new('--record', '--record', [CompletionResultType]::ParameterName, 'Record this check (its moment and counts) in .grid/checks.csv, for --since-check')
            [CompletionResult]::new('--since-check', '--since-check', [CompletionResultType]::ParameterName, 'New means new since the last recorded check (default: since the previous working day''s close)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;duties' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last day')
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'Only this grid and everything under it (a work area with its villages and enterprises; the town: everything)')
            [CompletionResult]::new('--duty', '--duty', [CompletionResultType]::ParameterName, 'Only this duty kind (repeatable): patrol_missing, case_accept_late … or the Chinese name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only items that are new, open, late (done late) or due-soon (repeatable)')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only the items this person must act on')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to judge as of (default: now)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a case file with the first report of an incident (首次上报)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Record another report of the same incident')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the case (立案)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Do not accept it (不予受理)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Merge it into the case that reported the incident first (重复)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Dispatch it to a village, work group, unit or department (派遣)')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Raise it to the town (村呼镇应) or the county (镇呼县应)')
            [CompletionResult]::new('consult', 'consult', [CompletionResultType]::ParameterValue, 'Record its discussion at the town consultation (会商)')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record the joint-office decision (联席办公会决定)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Pause its clock with approval (挂起)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Restart its clock')
            [CompletionResult]::new('whistle', 'whistle', [CompletionResultType]::ParameterValue, 'Whistle a county department in (吹哨)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record the department''s response (`--by` defaults to the department whistled)')
            [CompletionResult]::new('remedy', 'remedy', [CompletionResultType]::ParameterValue, 'Record the village''s own remedy (整改)')
            [CompletionResult]::new('urge', 'urge', [CompletionResultType]::ParameterValue, 'Urge it with a card (督办)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Report the handling done (处置完毕)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Record the check and the call-back to the reporter (核查、回访)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Send it back: the check failed (返工)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close it (结案)')
            [CompletionResult]::new('disclose', 'disclose', [CompletionResultType]::ParameterValue, 'Record its public disclosure (公示归档)')
            [CompletionResult]::new('withdraw-disclosure', 'withdraw-disclosure', [CompletionResultType]::ParameterValue, 'Take its public disclosure down (撤下公示)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case as a timeline with its deadlines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;case;new' {
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'The catalog item, e.g. WJ01')
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'Where it happened (none for a town-level matter)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'A short title')
            [CompletionResult]::new('--location', '--location', [CompletionResultType]::ParameterName, 'Where exactly')
            [CompletionResult]::new('--discovered', '--discovered', [CompletionResultType]::ParameterName, 'When it was discovered (default: the time of the report)')
            [CompletionResult]::new('--reporter', '--reporter', [CompletionResultType]::ParameterName, 'Who reported: a person id, or for outside channels anyone (`12345`, 群众 …)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the report came in')
            [CompletionResult]::new('--reported', '--reported', [CompletionResultType]::ParameterName, 'When it reached the town (default: now)')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'A reference such as the 12345 work-order number')
            [CompletionResult]::new('--approval', '--approval', [CompletionResultType]::ParameterName, 'The approval this case follows up (审批后监管)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;report' {
            [CompletionResult]::new('--reporter', '--reporter', [CompletionResultType]::ParameterName, 'Who reported: a person id, or for outside channels anyone (`12345`, 群众 …)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'How the report came in')
            [CompletionResult]::new('--reported', '--reported', [CompletionResultType]::ParameterName, 'When it reached the town (default: now)')
            [CompletionResult]::new('--ref', '--ref', [CompletionResultType]::ParameterName, 'A reference such as the 12345 work-order number')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;accept' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;reject' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;duplicate' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--of', '--of', [CompletionResultType]::ParameterName, 'The lead case')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;assign' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To whom: a grid, work group, member unit or county department id')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;escalate' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To the town or the county')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;consult' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'The day of the consultation')
            [CompletionResult]::new('--result', '--result', [CompletionResultType]::ParameterName, 'What it concluded')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;decide' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--meeting', '--meeting', [CompletionResultType]::ParameterName, 'The day of the joint-office meeting')
            [CompletionResult]::new('--measures', '--measures', [CompletionResultType]::ParameterName, 'The measures decided')
            [CompletionResult]::new('--decision-no', '--decision-no', [CompletionResultType]::ParameterName, 'The decision number')
            [CompletionResult]::new('--party', '--party', [CompletionResultType]::ParameterName, 'The party (masked when disclosed)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;suspend' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--approved-by', '--approved-by', [CompletionResultType]::ParameterName, 'Who approved the suspension')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;resume' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;whistle' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'To whom: a grid, work group, member unit or county department id')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;respond' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;remedy' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;urge' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--card', '--card', [CompletionResultType]::ParameterName, 'yellow, red or black')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;note' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (default: the clerk of your git email)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;resolve' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;check' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('--no-callback', '--no-callback', [CompletionResultType]::ParameterName, 'The reporter could not be called back')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;reopen' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;close' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, 'fixed, not_responsible or unable')
            [CompletionResult]::new('--impact', '--impact', [CompletionResultType]::ParameterName, 'What is left: none, ongoing or eliminated (default: eliminated when fixed)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;disclose' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;withdraw-disclosure' {
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened (default: now)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who (a person id; default: the clerk whose email is your git user.email)')
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'A note kept with the event')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;show' {
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The case as it stood at this moment, its deadlines judged then (default: now)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: the timeline as tables, or one JSON object')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'Only cases in this state (reported, accepted, assigned, escalated, consulted, decided, suspended, resolved, checked, reopened, closed, archived, rejected, duplicate, or open)')
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'Only cases of this grid (a village, or a work area for all its villages)')
            [CompletionResult]::new('--item', '--item', [CompletionResultType]::ParameterName, 'Only cases of this catalog item')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'Only cases first reported through this channel')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only cases discovered on or after this day')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Judge deadlines as of this moment (default: now)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only cases with an overdue deadline')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;case;help' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a case file with the first report of an incident (首次上报)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Record another report of the same incident')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the case (立案)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Do not accept it (不予受理)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Merge it into the case that reported the incident first (重复)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Dispatch it to a village, work group, unit or department (派遣)')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Raise it to the town (村呼镇应) or the county (镇呼县应)')
            [CompletionResult]::new('consult', 'consult', [CompletionResultType]::ParameterValue, 'Record its discussion at the town consultation (会商)')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record the joint-office decision (联席办公会决定)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Pause its clock with approval (挂起)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Restart its clock')
            [CompletionResult]::new('whistle', 'whistle', [CompletionResultType]::ParameterValue, 'Whistle a county department in (吹哨)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record the department''s response (`--by` defaults to the department whistled)')
            [CompletionResult]::new('remedy', 'remedy', [CompletionResultType]::ParameterValue, 'Record the village''s own remedy (整改)')
            [CompletionResult]::new('urge', 'urge', [CompletionResultType]::ParameterValue, 'Urge it with a card (督办)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Report the handling done (处置完毕)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Record the check and the call-back to the reporter (核查、回访)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Send it back: the check failed (返工)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close it (结案)')
            [CompletionResult]::new('disclose', 'disclose', [CompletionResultType]::ParameterValue, 'Record its public disclosure (公示归档)')
            [CompletionResult]::new('withdraw-disclosure', 'withdraw-disclosure', [CompletionResultType]::ParameterValue, 'Take its public disclosure down (撤下公示)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case as a timeline with its deadlines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;case;help;new' {
            break
        }
        'grid;case;help;report' {
            break
        }
        'grid;case;help;accept' {
            break
        }
        'grid;case;help;reject' {
            break
        }
        'grid;case;help;duplicate' {
            break
        }
        'grid;case;help;assign' {
            break
        }
        'grid;case;help;escalate' {
            break
        }
        'grid;case;help;consult' {
            break
        }
        'grid;case;help;decide' {
            break
        }
        'grid;case;help;suspend' {
            break
        }
        'grid;case;help;resume' {
            break
        }
        'grid;case;help;whistle' {
            break
        }
        'grid;case;help;respond' {
            break
        }
        'grid;case;help;remedy' {
            break
        }
        'grid;case;help;urge' {
            break
        }
        'grid;case;help;note' {
            break
        }
        'grid;case;help;resolve' {
            break
        }
        'grid;case;help;check' {
            break
        }
        'grid;case;help;reopen' {
            break
        }
        'grid;case;help;close' {
            break
        }
        'grid;case;help;disclose' {
            break
        }
        'grid;case;help;withdraw-disclosure' {
            break
        }
        'grid;case;help;show' {
            break
        }
        'grid;case;help;list' {
            break
        }
        'grid;case;help;help' {
            break
        }
        'grid;findings' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last day')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to judge as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now); only what was recorded by then counts')
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'Only the findings of this grid and the grids under it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;decide' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'Why (required: the decision is on the record)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Who decided (default: the clerk of your git email)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;score' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last day')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Judge duties as of this moment (default: now)')
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'Only this grid and the grids under it (a work area: its villages and itself)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;import' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'The kind of records (default: decided from the headings)')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'Only this sheet')
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'The grid of rows that name none')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'The year of dates written without one (`11月24日`; default: the year a title row or the file name states, else this year)')
            [CompletionResult]::new('--chat', '--chat', [CompletionResultType]::ParameterName, 'Chat material: a WeChat group (reports are `wechat_group`) or a one-to-one chat (`wechat_direct`); default: a group when more than two people speak')
            [CompletionResult]::new('--review', '--review', [CompletionResultType]::ParameterName, 'Write the free messages that may report an incident to this review workbook (采纳 / 不采纳), to import back once decided')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output: the summary as text, or JSON Lines with every refused cell''s code')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be added, write nothing')
            [CompletionResult]::new('--skip-bad', '--skip-bad', [CompletionResultType]::ParameterName, 'Import the good rows; write the bad ones to FILE.rejected.csv beside the source')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Import a file again although the manifest lists it')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show how each column of each sheet was mapped, write nothing')
            [CompletionResult]::new('--commit', '--commit', [CompletionResultType]::ParameterName, 'Commit what was written, with a structured message')
            [CompletionResult]::new('--allow-dirty', '--allow-dirty', [CompletionResultType]::ParameterName, 'Write even over uncommitted changes in the files touched')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;template' {
            [CompletionResult]::new('--grid', '--grid', [CompletionResultType]::ParameterName, 'The village: its people in the drop-downs, and for patrols one line per member per day')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month of the lines (default: this month)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The workbook to write (default: 模板/<grid>-<kind>-<month>.xlsx in the repository; `wechat` prints its text unless given a file)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The workbook to write (default: 模板/<grid>-<kind>-<month>.xlsx in the repository; `wechat` prints its text unless given a file)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;report' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The half-month report of the 1st and the 15th (月报)')
            [CompletionResult]::new('weekly', 'weekly', [CompletionResultType]::ParameterValue, 'The weekly consultation agenda (周会商议程)')
            [CompletionResult]::new('quarterly', 'quarterly', [CompletionResultType]::ParameterValue, 'Quarterly joint-inspection coverage and totals (季度联查)')
            [CompletionResult]::new('assessment', 'assessment', [CompletionResultType]::ParameterValue, 'The assessment: scores and rankings (督考评分)')
            [CompletionResult]::new('disclosure', 'disclosure', [CompletionResultType]::ParameterValue, 'Public disclosure of enforcement decisions and supervision results, masked (公示)')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Village centres by batch and completeness (阵地建设)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;report;monthly' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'The month (default: that of the last finished half month)')
            [CompletionResult]::new('--half', '--half', [CompletionResultType]::ParameterName, 'The half: 1 (1st–15th) or 2 (16th–end); without it, the whole month, or the last finished half month when no month is given either')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: the summary table, the whole report as JSON, or one sheet as CSV')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet to print with `--format csv` (default: the first)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to report as of (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;report;weekly' {
            [CompletionResult]::new('--week', '--week', [CompletionResultType]::ParameterName, 'The ISO week (default: the week of the as-of day)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: the summary table, the whole report as JSON, or one sheet as CSV')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet to print with `--format csv` (default: the first)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to report as of (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;report;quarterly' {
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'The quarter (default: that of the as-of day)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: the summary table, the whole report as JSON, or one sheet as CSV')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet to print with `--format csv` (default: the first)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to report as of (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;report;assessment' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last day')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: the summary table, the whole report as JSON, or one sheet as CSV')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet to print with `--format csv` (default: the first)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to report as of (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;report;disclosure' {
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last day')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: the summary table, the whole report as JSON, or one sheet as CSV')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet to print with `--format csv` (default: the first)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to report as of (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;report;rollout' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<name>.xlsx in the repository)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What to print: the summary table, the whole report as JSON, or one sheet as CSV')
            [CompletionResult]::new('--sheet', '--sheet', [CompletionResultType]::ParameterName, 'The sheet to print with `--format csv` (default: the first)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment to report as of (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;report;help' {
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The half-month report of the 1st and the 15th (月报)')
            [CompletionResult]::new('weekly', 'weekly', [CompletionResultType]::ParameterValue, 'The weekly consultation agenda (周会商议程)')
            [CompletionResult]::new('quarterly', 'quarterly', [CompletionResultType]::ParameterValue, 'Quarterly joint-inspection coverage and totals (季度联查)')
            [CompletionResult]::new('assessment', 'assessment', [CompletionResultType]::ParameterValue, 'The assessment: scores and rankings (督考评分)')
            [CompletionResult]::new('disclosure', 'disclosure', [CompletionResultType]::ParameterValue, 'Public disclosure of enforcement decisions and supervision results, masked (公示)')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Village centres by batch and completeness (阵地建设)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;report;help;monthly' {
            break
        }
        'grid;report;help;weekly' {
            break
        }
        'grid;report;help;quarterly' {
            break
        }
        'grid;report;help;assessment' {
            break
        }
        'grid;report;help;disclosure' {
            break
        }
        'grid;report;help;rollout' {
            break
        }
        'grid;report;help;help' {
            break
        }
        'grid;board' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The page to write (default: 报表/<day>-看板.html in the repository)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The page to write (default: 报表/<day>-看板.html in the repository)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The moment the board is as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;log' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only commits from this day on')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`; the id is looked up in the town as known then')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;audit' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only commits from this day on (the whole history is still read)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;init' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('--example', '--example', [CompletionResultType]::ParameterName, 'Write the example town 青山镇 instead of an empty one')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;hook' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install the pre-commit hook that refuses commits whose data has errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;hook;install' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;hook;help' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install the pre-commit hook that refuses commits whose data has errors')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;hook;help;install' {
            break
        }
        'grid;hook;help;help' {
            break
        }
        'grid;completions' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;doctor' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the findings')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;county' {
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Every town''s standing: data errors, overdue, patrols, cases, findings (各镇汇总)')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'Every case escalated to the county and every whistle, with deadline and status (县级待办)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every town''s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'The county workbook: towns, ranking, inbox, departments (县级报表)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;county;fetch' {
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;county;check' {
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last day')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Judge every town as of this moment (default: now)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;county;inbox' {
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)')
            [CompletionResult]::new('--department', '--department', [CompletionResultType]::ParameterName, 'Only this department''s items (its id in county.yaml)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Judge every item as of this moment (default: now)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;county;export' {
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The folder to write into (the town''s earlier export there is replaced)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The folder to write into (the town''s earlier export there is replaced)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The town as known at this moment, its facts judged then (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;county;report' {
            [CompletionResult]::new('--county', '--county', [CompletionResultType]::ParameterName, 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)')
            [CompletionResult]::new('--month', '--month', [CompletionResultType]::ParameterName, 'A month')
            [CompletionResult]::new('--quarter', '--quarter', [CompletionResultType]::ParameterName, 'A quarter')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last day')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Judge every town as of this moment (default: now)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<period>-<kind>.xlsx in the county repository)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The workbook to write (default: 报表/<period>-<kind>.xlsx in the county repository)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print only what is wrong, no summary')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'No colours (also when NO_COLOR is set or output is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'grid;county;help' {
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Every town''s standing: data errors, overdue, patrols, cases, findings (各镇汇总)')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'Every case escalated to the county and every whistle, with deadline and status (县级待办)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every town''s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'The county workbook: towns, ranking, inbox, departments (县级报表)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;county;help;fetch' {
            break
        }
        'grid;county;help;check' {
            break
        }
        'grid;county;help;inbox' {
            break
        }
        'grid;county;help;export' {
            break
        }
        'grid;county;help;report' {
            break
        }
        'grid;county;help;help' {
            break
        }
        'grid;export' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'The folder to write into (the town''s earlier export there is replaced)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'The folder to write into (the town''s earlier export there is replaced)')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'The town as known at this moment, its facts judged then (default: now)')
            [CompletionResult]::new('--repo', '--repo', [CompletionResultType]::ParameterName, 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)')
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
            [CompletionResult]::new('case', 'case', [CompletionResultType]::ParameterValue, 'Move a case file along, show it, list cases (案件办理)')
            [CompletionResult]::new('findings', 'findings', [CompletionResultType]::ParameterValue, 'Rewards, accountability and fault tolerance found in the cases (首报激励、问责、容错)')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record the supervision office''s decision on a finding (督考决定)')
            [CompletionResult]::new('score', 'score', [CompletionResultType]::ParameterValue, 'The assessment: scores and ranking of villages, work areas and centres (督考评分)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import what villages send: xlsx, xls, ods, CSV (导入)')
            [CompletionResult]::new('template', 'template', [CompletionResultType]::ParameterValue, 'Write the workbook a village fills in, with drop-down lists (填报模板)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Excel reports for the supervision office (报表)')
            [CompletionResult]::new('board', 'board', [CompletionResultType]::ParameterValue, 'The daily board: one HTML page for the command centre''s screen or the WeChat group (看板)')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'Every commit that touched a case, person, grid or record (变更记录)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check the git history: signed rows edited, backfills, deletions, authors (审计)')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a town repository (git, files with their schemas, the pre-commit hook)')
            [CompletionResult]::new('hook', 'hook', [CompletionResultType]::ParameterValue, 'Git hooks')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check this machine and the repository for what commonly goes wrong, and say how to fix it (体检)')
            [CompletionResult]::new('county', 'county', [CompletionResultType]::ParameterValue, 'The county: every town''s standing, the county departments'' inbox, fetching the towns'' repositories (县级汇总)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every record and computed fact for data engines: Parquet for DuckDB, Spark, Trino (数据导出)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'grid;help;check' {
            break
        }
        'grid;help;duties' {
            break
        }
        'grid;help;case' {
            [CompletionResult]::new('new', 'new', [CompletionResultType]::ParameterValue, 'Open a case file with the first report of an incident (首次上报)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Record another report of the same incident')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept the case (立案)')
            [CompletionResult]::new('reject', 'reject', [CompletionResultType]::ParameterValue, 'Do not accept it (不予受理)')
            [CompletionResult]::new('duplicate', 'duplicate', [CompletionResultType]::ParameterValue, 'Merge it into the case that reported the incident first (重复)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Dispatch it to a village, work group, unit or department (派遣)')
            [CompletionResult]::new('escalate', 'escalate', [CompletionResultType]::ParameterValue, 'Raise it to the town (村呼镇应) or the county (镇呼县应)')
            [CompletionResult]::new('consult', 'consult', [CompletionResultType]::ParameterValue, 'Record its discussion at the town consultation (会商)')
            [CompletionResult]::new('decide', 'decide', [CompletionResultType]::ParameterValue, 'Record the joint-office decision (联席办公会决定)')
            [CompletionResult]::new('suspend', 'suspend', [CompletionResultType]::ParameterValue, 'Pause its clock with approval (挂起)')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Restart its clock')
            [CompletionResult]::new('whistle', 'whistle', [CompletionResultType]::ParameterValue, 'Whistle a county department in (吹哨)')
            [CompletionResult]::new('respond', 'respond', [CompletionResultType]::ParameterValue, 'Record the department''s response (`--by` defaults to the department whistled)')
            [CompletionResult]::new('remedy', 'remedy', [CompletionResultType]::ParameterValue, 'Record the village''s own remedy (整改)')
            [CompletionResult]::new('urge', 'urge', [CompletionResultType]::ParameterValue, 'Urge it with a card (督办)')
            [CompletionResult]::new('note', 'note', [CompletionResultType]::ParameterValue, 'Add a note')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Report the handling done (处置完毕)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Record the check and the call-back to the reporter (核查、回访)')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Send it back: the check failed (返工)')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close it (结案)')
            [CompletionResult]::new('disclose', 'disclose', [CompletionResultType]::ParameterValue, 'Record its public disclosure (公示归档)')
            [CompletionResult]::new('withdraw-disclosure', 'withdraw-disclosure', [CompletionResultType]::ParameterValue, 'Take its public disclosure down (撤下公示)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a case as a timeline with its deadlines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List cases')
            break
        }
        'grid;help;case;new' {
            break
        }
        'grid;help;case;report' {
            break
        }
        'grid;help;case;accept' {
            break
        }
        'grid;help;case;reject' {
            break
        }
        'grid;help;case;duplicate' {
            break
        }
        'grid;help;case;assign' {
            break
        }
        'grid;help;case;escalate' {
            break
        }
        'grid;help;case;consult' {
            break
        }
        'grid;help;case;decide' {
            break
        }
        'grid;help;case;suspend' {
            break
        }
        'grid;help;case;resume' {
            break
        }
        'grid;help;case;whistle' {
            break
        }
        'grid;help;case;respond' {
            break
        }
        'grid;help;case;remedy' {
            break
        }
        'grid;help;case;urge' {
            break
        }
        'grid;help;case;note' {
            break
        }
        'grid;help;case;resolve' {
            break
        }
        'grid;help;case;check' {
            break
        }
        'grid;help;case;reopen' {
            break
        }
        'grid;help;case;close' {
            break
        }
        'grid;help;case;disclose' {
            break
        }
        'grid;help;case;withdraw-disclosure' {
            break
        }
        'grid;help;case;show' {
            break
        }
        'grid;help;case;list' {
            break
        }
        'grid;help;findings' {
            break
        }
        'grid;help;decide' {
            break
        }
        'grid;help;score' {
            break
        }
        'grid;help;import' {
            break
        }
        'grid;help;template' {
            break
        }
        'grid;help;report' {
            [CompletionResult]::new('monthly', 'monthly', [CompletionResultType]::ParameterValue, 'The half-month report of the 1st and the 15th (月报)')
            [CompletionResult]::new('weekly', 'weekly', [CompletionResultType]::ParameterValue, 'The weekly consultation agenda (周会商议程)')
            [CompletionResult]::new('quarterly', 'quarterly', [CompletionResultType]::ParameterValue, 'Quarterly joint-inspection coverage and totals (季度联查)')
            [CompletionResult]::new('assessment', 'assessment', [CompletionResultType]::ParameterValue, 'The assessment: scores and rankings (督考评分)')
            [CompletionResult]::new('disclosure', 'disclosure', [CompletionResultType]::ParameterValue, 'Public disclosure of enforcement decisions and supervision results, masked (公示)')
            [CompletionResult]::new('rollout', 'rollout', [CompletionResultType]::ParameterValue, 'Village centres by batch and completeness (阵地建设)')
            break
        }
        'grid;help;report;monthly' {
            break
        }
        'grid;help;report;weekly' {
            break
        }
        'grid;help;report;quarterly' {
            break
        }
        'grid;help;report;assessment' {
            break
        }
        'grid;help;report;disclosure' {
            break
        }
        'grid;help;report;rollout' {
            break
        }
        'grid;help;board' {
            break
        }
        'grid;help;log' {
            break
        }
        'grid;help;audit' {
            break
        }
        'grid;help;init' {
            break
        }
        'grid;help;hook' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install the pre-commit hook that refuses commits whose data has errors')
            break
        }
        'grid;help;hook;install' {
            break
        }
        'grid;help;completions' {
            break
        }
        'grid;help;doctor' {
            break
        }
        'grid;help;county' {
            [CompletionResult]::new('fetch', 'fetch', [CompletionResultType]::ParameterValue, 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Every town''s standing: data errors, overdue, patrols, cases, findings (各镇汇总)')
            [CompletionResult]::new('inbox', 'inbox', [CompletionResultType]::ParameterValue, 'Every case escalated to the county and every whistle, with deadline and status (县级待办)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Every town''s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'The county workbook: towns, ranking, inbox, departments (县级报表)')
            break
        }
        'grid;help;county;fetch' {
            break
        }
        'grid;help;county;check' {
            break
        }
        'grid;help;county;inbox' {
            break
        }
        'grid;help;county;export' {
            break
        }
        'grid;help;county;report' {
            break
        }
        'grid;help;export' {
            break
        }
        'grid;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
