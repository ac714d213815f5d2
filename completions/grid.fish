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

complete -c grid -n "__fish_grid_needs_command" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_needs_command" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_needs_command" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_needs_command" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_needs_command" -s V -l version -d 'Print version'
complete -c grid -n "__fish_grid_needs_command" -f -a "check" -d 'Validate the repository: every file, field and reference (检查数据)'
complete -c grid -n "__fish_grid_needs_command" -f -a "duties" -d 'The duty calendar: what is due, done, late or missed per day and grid (履职日历)'
complete -c grid -n "__fish_grid_needs_command" -f -a "case" -d 'Move a case file along, show it, list cases (案件办理)'
complete -c grid -n "__fish_grid_needs_command" -f -a "findings" -d 'Rewards, accountability and fault tolerance found in the cases (首报激励、问责、容错)'
complete -c grid -n "__fish_grid_needs_command" -f -a "decide" -d 'Record the supervision office\'s decision on a finding (督考决定)'
complete -c grid -n "__fish_grid_needs_command" -f -a "score" -d 'The assessment: scores and ranking of villages, work areas and centres (督考评分)'
complete -c grid -n "__fish_grid_needs_command" -f -a "import" -d 'Import what villages send: xlsx, xls, ods, CSV (导入)'
complete -c grid -n "__fish_grid_needs_command" -f -a "template" -d 'Write the workbook a village fills in, with drop-down lists (填报模板)'
complete -c grid -n "__fish_grid_needs_command" -f -a "report" -d 'Excel reports for the supervision office (报表)'
complete -c grid -n "__fish_grid_needs_command" -f -a "board" -d 'The daily board: one HTML page for the command centre\'s screen or the WeChat group (看板)'
complete -c grid -n "__fish_grid_needs_command" -f -a "log" -d 'Every commit that touched a case, person, grid or record (变更记录)'
complete -c grid -n "__fish_grid_needs_command" -f -a "audit" -d 'Check the git history: signed rows edited, backfills, deletions, authors (审计)'
complete -c grid -n "__fish_grid_needs_command" -f -a "init" -d 'Create a town repository (git, files with their schemas, the pre-commit hook)'
complete -c grid -n "__fish_grid_needs_command" -f -a "hook" -d 'Git hooks'
complete -c grid -n "__fish_grid_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c grid -n "__fish_grid_needs_command" -f -a "doctor" -d 'Check this machine and the repository for what commonly goes wrong, and say how to fix it (体检)'
complete -c grid -n "__fish_grid_needs_command" -f -a "county" -d 'The county: every town\'s standing, the county departments\' inbox, fetching the towns\' repositories (县级汇总)'
complete -c grid -n "__fish_grid_needs_command" -f -a "export" -d 'Write every record and computed fact for data engines: Parquet for DuckDB, Spark, Trino (数据导出)'
complete -c grid -n "__fish_grid_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand check" -l as-of -d 'The moment to check as of: a day (as of its close) or `YYYY-MM-DD HH:MM` (default: now in China Standard Time)' -r
complete -c grid -n "__fish_grid_using_subcommand check" -l since -d 'List overdue items from this day on (default: the first day of the previous month)' -r
complete -c grid -n "__fish_grid_using_subcommand check" -l deny -d 'Turn warnings into failures' -r -f -a "warnings\t'Warnings fail the check too (exit 1)'"
complete -c grid -n "__fish_grid_using_subcommand check" -l format -d 'Output format: the morning view (table), JSON Lines, or CSV of the items for Excel' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand check" -l grid -d 'Only this grid and everything under it (a work area with its villages and enterprises; the town: everything)' -r
complete -c grid -n "__fish_grid_using_subcommand check" -l duty -d 'Only this duty kind (repeatable): patrol_missing, case_accept_late … or the Chinese name' -r
complete -c grid -n "__fish_grid_using_subcommand check" -l status -d 'Only items that are new, open, late (done late) or due-soon (repeatable)' -r -f -a "new\t'Became overdue since the previous working day\'s close'
open\t'Not done and overdue (new ones included)'
late\t'Done after its deadline'
due-soon\t'Not done, most of its time used'"
complete -c grid -n "__fish_grid_using_subcommand check" -l person -d 'Only the items this person must act on' -r
complete -c grid -n "__fish_grid_using_subcommand check" -l by -d 'One row per grid with its counts and most serious item, instead of the list' -r -f -a "grid\t'One row per grid'"
complete -c grid -n "__fish_grid_using_subcommand check" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand check" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand check" -l strict -d 'Overdue items fail the check too (exit 1)'
complete -c grid -n "__fish_grid_using_subcommand check" -l staged -d 'Check what is staged for the next commit instead of the work tree (validation only, no duties; the pre-commit hook runs this)'
complete -c grid -n "__fish_grid_using_subcommand check" -l all -d 'Every item in one table with every column, instead of the morning view'
complete -c grid -n "__fish_grid_using_subcommand check" -l late -d 'List each item done late, not only their counts per duty'
complete -c grid -n "__fish_grid_using_subcommand check" -l record -d 'Record this check (its moment and counts) in .grid/checks.csv, for --since-check'
complete -c grid -n "__fish_grid_using_subcommand check" -l since-check -d 'New means new since the last recorded check (default: since the previous working day\'s close)'
complete -c grid -n "__fish_grid_using_subcommand check" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand check" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand duties" -l month -d 'A month' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l quarter -d 'A quarter' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l from -d 'The first day' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l to -d 'The last day' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l grid -d 'Only this grid and everything under it (a work area with its villages and enterprises; the town: everything)' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l duty -d 'Only this duty kind (repeatable): patrol_missing, case_accept_late … or the Chinese name' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l status -d 'Only items that are new, open, late (done late) or due-soon (repeatable)' -r -f -a "new\t'Became overdue since the previous working day\'s close'
open\t'Not done and overdue (new ones included)'
late\t'Done after its deadline'
due-soon\t'Not done, most of its time used'"
complete -c grid -n "__fish_grid_using_subcommand duties" -l person -d 'Only the items this person must act on' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l as-of -d 'The moment to judge as of (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand duties" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand duties" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand duties" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand duties" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand duties" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand duties" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "new" -d 'Open a case file with the first report of an incident (首次上报)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "report" -d 'Record another report of the same incident'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "accept" -d 'Accept the case (立案)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "reject" -d 'Do not accept it (不予受理)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "duplicate" -d 'Merge it into the case that reported the incident first (重复)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "assign" -d 'Dispatch it to a village, work group, unit or department (派遣)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "escalate" -d 'Raise it to the town (村呼镇应) or the county (镇呼县应)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "consult" -d 'Record its discussion at the town consultation (会商)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "decide" -d 'Record the joint-office decision (联席办公会决定)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "suspend" -d 'Pause its clock with approval (挂起)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "resume" -d 'Restart its clock'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "whistle" -d 'Whistle a county department in (吹哨)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "respond" -d 'Record the department\'s response (`--by` defaults to the department whistled)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "remedy" -d 'Record the village\'s own remedy (整改)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "urge" -d 'Urge it with a card (督办)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "note" -d 'Add a note'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "resolve" -d 'Report the handling done (处置完毕)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "check" -d 'Record the check and the call-back to the reporter (核查、回访)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "reopen" -d 'Send it back: the check failed (返工)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "close" -d 'Close it (结案)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "disclose" -d 'Record its public disclosure (公示归档)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "withdraw-disclosure" -d 'Take its public disclosure down (撤下公示)'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "show" -d 'Show a case as a timeline with its deadlines'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "list" -d 'List cases'
complete -c grid -n "__fish_grid_using_subcommand case; and not __fish_seen_subcommand_from new report accept reject duplicate assign escalate consult decide suspend resume whistle respond remedy urge note resolve check reopen close disclose withdraw-disclosure show list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l item -d 'The catalog item, e.g. WJ01' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l grid -d 'Where it happened (none for a town-level matter)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l title -d 'A short title' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l location -d 'Where exactly' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l discovered -d 'When it was discovered (default: the time of the report)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l reporter -d 'Who reported: a person id, or for outside channels anyone (`12345`, 群众 …)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l channel -d 'How the report came in' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l reported -d 'When it reached the town (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l ref -d 'A reference such as the 12345 work-order number' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l approval -d 'The approval this case follows up (审批后监管)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l reporter -d 'Who reported: a person id, or for outside channels anyone (`12345`, 群众 …)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l channel -d 'How the report came in' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l reported -d 'When it reached the town (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l ref -d 'A reference such as the 12345 work-order number' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l reason -d 'Why' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l of -d 'The lead case' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from duplicate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l to -d 'To whom: a grid, work group, member unit or county department id' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l to -d 'To the town or the county' -r -f -a "town\t'The town (村呼镇应)'
county\t'The county (镇呼县应)'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from escalate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l meeting -d 'The day of the consultation' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l result -d 'What it concluded' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from consult" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l meeting -d 'The day of the joint-office meeting' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l measures -d 'The measures decided' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l decision-no -d 'The decision number' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l party -d 'The party (masked when disclosed)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from decide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l approved-by -d 'Who approved the suspension' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l reason -d 'Why' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from suspend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l to -d 'To whom: a grid, work group, member unit or county department id' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from whistle" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from respond" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from remedy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l card -d 'yellow, red or black' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from urge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -l at -d 'When (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -l by -d 'Who (default: the clerk of your git email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l no-callback -d 'The reporter could not be called back'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l reason -d 'Why' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l outcome -d 'fixed, not_responsible or unable' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l impact -d 'What is left: none, ongoing or eliminated (default: eliminated when fixed)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from disclose" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -l at -d 'When it happened (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -l by -d 'Who (a person id; default: the clerk whose email is your git user.email)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -l note -d 'A note kept with the event' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from withdraw-disclosure" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from show" -l as-of -d 'The case as it stood at this moment, its deadlines judged then (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from show" -l format -d 'Output format: the timeline as tables, or one JSON object' -r -f -a "table\t'Tables'
json\t'One JSON object'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from show" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from show" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from show" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l state -d 'Only cases in this state (reported, accepted, assigned, escalated, consulted, decided, suspended, resolved, checked, reopened, closed, archived, rejected, duplicate, or open)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l grid -d 'Only cases of this grid (a village, or a work area for all its villages)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l item -d 'Only cases of this catalog item' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l channel -d 'Only cases first reported through this channel' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l since -d 'Only cases discovered on or after this day' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l as-of -d 'Judge deadlines as of this moment (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'
open311\t'A JSON array of Open311 GeoReport v2 service requests'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l overdue -d 'Only cases with an overdue deadline'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "new" -d 'Open a case file with the first report of an incident (首次上报)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "report" -d 'Record another report of the same incident'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept the case (立案)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "reject" -d 'Do not accept it (不予受理)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "duplicate" -d 'Merge it into the case that reported the incident first (重复)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Dispatch it to a village, work group, unit or department (派遣)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "escalate" -d 'Raise it to the town (村呼镇应) or the county (镇呼县应)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "consult" -d 'Record its discussion at the town consultation (会商)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "decide" -d 'Record the joint-office decision (联席办公会决定)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "suspend" -d 'Pause its clock with approval (挂起)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Restart its clock'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "whistle" -d 'Whistle a county department in (吹哨)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "respond" -d 'Record the department\'s response (`--by` defaults to the department whistled)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "remedy" -d 'Record the village\'s own remedy (整改)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "urge" -d 'Urge it with a card (督办)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "note" -d 'Add a note'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Report the handling done (处置完毕)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "check" -d 'Record the check and the call-back to the reporter (核查、回访)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Send it back: the check failed (返工)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close it (结案)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "disclose" -d 'Record its public disclosure (公示归档)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "withdraw-disclosure" -d 'Take its public disclosure down (撤下公示)'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a case as a timeline with its deadlines'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "list" -d 'List cases'
complete -c grid -n "__fish_grid_using_subcommand case; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand findings" -l month -d 'A month' -r
complete -c grid -n "__fish_grid_using_subcommand findings" -l quarter -d 'A quarter' -r
complete -c grid -n "__fish_grid_using_subcommand findings" -l from -d 'The first day' -r
complete -c grid -n "__fish_grid_using_subcommand findings" -l to -d 'The last day' -r
complete -c grid -n "__fish_grid_using_subcommand findings" -l as-of -d 'The moment to judge as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now); only what was recorded by then counts' -r
complete -c grid -n "__fish_grid_using_subcommand findings" -l grid -d 'Only the findings of this grid and the grids under it' -r
complete -c grid -n "__fish_grid_using_subcommand findings" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand findings" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand findings" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand findings" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand findings" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand findings" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand decide" -l note -d 'Why (required: the decision is on the record)' -r
complete -c grid -n "__fish_grid_using_subcommand decide" -l by -d 'Who decided (default: the clerk of your git email)' -r
complete -c grid -n "__fish_grid_using_subcommand decide" -l at -d 'When (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand decide" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand decide" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand decide" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand decide" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand decide" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand decide" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand decide" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand score" -l month -d 'A month' -r
complete -c grid -n "__fish_grid_using_subcommand score" -l quarter -d 'A quarter' -r
complete -c grid -n "__fish_grid_using_subcommand score" -l from -d 'The first day' -r
complete -c grid -n "__fish_grid_using_subcommand score" -l to -d 'The last day' -r
complete -c grid -n "__fish_grid_using_subcommand score" -l as-of -d 'Judge duties as of this moment (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand score" -l grid -d 'Only this grid and the grids under it (a work area: its villages and itself)' -r
complete -c grid -n "__fish_grid_using_subcommand score" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand score" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand score" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand score" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand score" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand score" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand import" -l kind -d 'The kind of records (default: decided from the headings)' -r -f -a "patrol\t'Daily patrols'
sweep\t'1st/15th sweeps'
meeting\t'Meetings'
inspection\t'Quarterly joint inspections'
roster\t'Roster rows'
approval\t'Approvals'
work-order\t'12345 work orders (new cases, or new reports on the case of an earlier work order)'"
complete -c grid -n "__fish_grid_using_subcommand import" -l sheet -d 'Only this sheet' -r
complete -c grid -n "__fish_grid_using_subcommand import" -l grid -d 'The grid of rows that name none' -r
complete -c grid -n "__fish_grid_using_subcommand import" -l year -d 'The year of dates written without one (`11月24日`; default: the year a title row or the file name states, else this year)' -r
complete -c grid -n "__fish_grid_using_subcommand import" -l chat -d 'Chat material: a WeChat group (reports are `wechat_group`) or a one-to-one chat (`wechat_direct`); default: a group when more than two people speak' -r -f -a "group\t'A WeChat group (`wechat_group`)'
direct\t'A one-to-one chat (`wechat_direct`)'"
complete -c grid -n "__fish_grid_using_subcommand import" -l review -d 'Write the free messages that may report an incident to this review workbook (采纳 / 不采纳), to import back once decided' -r -F
complete -c grid -n "__fish_grid_using_subcommand import" -l format -d 'Output: the summary as text, or JSON Lines with every refused cell\'s code' -r -f -a "table\t'Human-readable text and tables'
json\t'JSON Lines, one object per line, each with a "type"'"
complete -c grid -n "__fish_grid_using_subcommand import" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand import" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand import" -l dry-run -d 'Show what would be added, write nothing'
complete -c grid -n "__fish_grid_using_subcommand import" -l skip-bad -d 'Import the good rows; write the bad ones to FILE.rejected.csv beside the source'
complete -c grid -n "__fish_grid_using_subcommand import" -l force -d 'Import a file again although the manifest lists it'
complete -c grid -n "__fish_grid_using_subcommand import" -l explain -d 'Show how each column of each sheet was mapped, write nothing'
complete -c grid -n "__fish_grid_using_subcommand import" -l commit -d 'Commit what was written, with a structured message'
complete -c grid -n "__fish_grid_using_subcommand import" -l allow-dirty -d 'Write even over uncommitted changes in the files touched'
complete -c grid -n "__fish_grid_using_subcommand import" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand import" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand template" -l grid -d 'The village: its people in the drop-downs, and for patrols one line per member per day' -r
complete -c grid -n "__fish_grid_using_subcommand template" -l month -d 'The month of the lines (default: this month)' -r
complete -c grid -n "__fish_grid_using_subcommand template" -s o -l output -d 'The workbook to write (default: 模板/<grid>-<kind>-<month>.xlsx in the repository; `wechat` prints its text unless given a file)' -r -F
complete -c grid -n "__fish_grid_using_subcommand template" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand template" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand template" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand template" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand template" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -f -a "monthly" -d 'The half-month report of the 1st and the 15th (月报)'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -f -a "weekly" -d 'The weekly consultation agenda (周会商议程)'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -f -a "quarterly" -d 'Quarterly joint-inspection coverage and totals (季度联查)'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -f -a "assessment" -d 'The assessment: scores and rankings (督考评分)'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -f -a "disclosure" -d 'Public disclosure of enforcement decisions and supervision results, masked (公示)'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -f -a "rollout" -d 'Village centres by batch and completeness (阵地建设)'
complete -c grid -n "__fish_grid_using_subcommand report; and not __fish_seen_subcommand_from monthly weekly quarterly assessment disclosure rollout help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -l month -d 'The month (default: that of the last finished half month)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -l half -d 'The half: 1 (1st–15th) or 2 (16th–end); without it, the whole month, or the last finished half month when no month is given either' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -s o -l output -d 'The workbook to write (default: 报表/<name>.xlsx in the repository)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -l format -d 'What to print: the summary table, the whole report as JSON, or one sheet as CSV' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -l sheet -d 'The sheet to print with `--format csv` (default: the first)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -l as-of -d 'The moment to report as of (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from monthly" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -l week -d 'The ISO week (default: the week of the as-of day)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -s o -l output -d 'The workbook to write (default: 报表/<name>.xlsx in the repository)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -l format -d 'What to print: the summary table, the whole report as JSON, or one sheet as CSV' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -l sheet -d 'The sheet to print with `--format csv` (default: the first)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -l as-of -d 'The moment to report as of (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from weekly" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -l quarter -d 'The quarter (default: that of the as-of day)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -s o -l output -d 'The workbook to write (default: 报表/<name>.xlsx in the repository)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -l format -d 'What to print: the summary table, the whole report as JSON, or one sheet as CSV' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -l sheet -d 'The sheet to print with `--format csv` (default: the first)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -l as-of -d 'The moment to report as of (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from quarterly" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l month -d 'A month' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l quarter -d 'A quarter' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l from -d 'The first day' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l to -d 'The last day' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -s o -l output -d 'The workbook to write (default: 报表/<name>.xlsx in the repository)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l format -d 'What to print: the summary table, the whole report as JSON, or one sheet as CSV' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l sheet -d 'The sheet to print with `--format csv` (default: the first)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l as-of -d 'The moment to report as of (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from assessment" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l month -d 'A month' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l quarter -d 'A quarter' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l from -d 'The first day' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l to -d 'The last day' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -s o -l output -d 'The workbook to write (default: 报表/<name>.xlsx in the repository)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l format -d 'What to print: the summary table, the whole report as JSON, or one sheet as CSV' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l sheet -d 'The sheet to print with `--format csv` (default: the first)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l as-of -d 'The moment to report as of (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from disclosure" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -s o -l output -d 'The workbook to write (default: 报表/<name>.xlsx in the repository)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -l format -d 'What to print: the summary table, the whole report as JSON, or one sheet as CSV' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -l sheet -d 'The sheet to print with `--format csv` (default: the first)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -l as-of -d 'The moment to report as of (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from rollout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "monthly" -d 'The half-month report of the 1st and the 15th (月报)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "weekly" -d 'The weekly consultation agenda (周会商议程)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "quarterly" -d 'Quarterly joint-inspection coverage and totals (季度联查)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "assessment" -d 'The assessment: scores and rankings (督考评分)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "disclosure" -d 'Public disclosure of enforcement decisions and supervision results, masked (公示)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "rollout" -d 'Village centres by batch and completeness (阵地建设)'
complete -c grid -n "__fish_grid_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand board" -s o -l output -d 'The page to write (default: 报表/<day>-看板.html in the repository)' -r -F
complete -c grid -n "__fish_grid_using_subcommand board" -l as-of -d 'The moment the board is as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand board" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand board" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand board" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand board" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand board" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand log" -l since -d 'Only commits from this day on' -r
complete -c grid -n "__fish_grid_using_subcommand log" -l as-of -d 'Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`; the id is looked up in the town as known then' -r
complete -c grid -n "__fish_grid_using_subcommand log" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand log" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand log" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand log" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand log" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand audit" -l since -d 'Only commits from this day on (the whole history is still read)' -r
complete -c grid -n "__fish_grid_using_subcommand audit" -l as-of -d 'Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`' -r
complete -c grid -n "__fish_grid_using_subcommand audit" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand audit" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand audit" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand audit" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand audit" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand init" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand init" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand init" -l example -d 'Write the example town 青山镇 instead of an empty one'
complete -c grid -n "__fish_grid_using_subcommand init" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand init" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand hook; and not __fish_seen_subcommand_from install help" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand hook; and not __fish_seen_subcommand_from install help" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand hook; and not __fish_seen_subcommand_from install help" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand hook; and not __fish_seen_subcommand_from install help" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand hook; and not __fish_seen_subcommand_from install help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand hook; and not __fish_seen_subcommand_from install help" -f -a "install" -d 'Install the pre-commit hook that refuses commits whose data has errors'
complete -c grid -n "__fish_grid_using_subcommand hook; and not __fish_seen_subcommand_from install help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand hook; and __fish_seen_subcommand_from install" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand hook; and __fish_seen_subcommand_from install" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand hook; and __fish_seen_subcommand_from install" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand hook; and __fish_seen_subcommand_from install" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand hook; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand hook; and __fish_seen_subcommand_from help" -f -a "install" -d 'Install the pre-commit hook that refuses commits whose data has errors'
complete -c grid -n "__fish_grid_using_subcommand hook; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand completions" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand completions" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand completions" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand completions" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand doctor" -l format -d 'How to print the findings' -r -f -a "table\t'Human-readable text and tables'
json\t'JSON Lines, one object per line, each with a "type"'"
complete -c grid -n "__fish_grid_using_subcommand doctor" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand doctor" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand doctor" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand doctor" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -f -a "fetch" -d 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -f -a "check" -d 'Every town\'s standing: data errors, overdue, patrols, cases, findings (各镇汇总)'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -f -a "inbox" -d 'Every case escalated to the county and every whistle, with deadline and status (县级待办)'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -f -a "export" -d 'Every town\'s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -f -a "report" -d 'The county workbook: towns, ranking, inbox, departments (县级报表)'
complete -c grid -n "__fish_grid_using_subcommand county; and not __fish_seen_subcommand_from fetch check inbox export report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from fetch" -l county -d 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from fetch" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from fetch" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from fetch" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from fetch" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from fetch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l county -d 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l month -d 'A month' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l quarter -d 'A quarter' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l from -d 'The first day' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l to -d 'The last day' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l as-of -d 'Judge every town as of this moment (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -l county -d 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -l department -d 'Only this department\'s items (its id in county.yaml)' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -l as-of -d 'Judge every item as of this moment (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -l format -d 'Output format' -r -f -a "table\t'A table'
json\t'JSON Lines'
csv\t'CSV'"
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from inbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from export" -l county -d 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from export" -s o -l output -d 'The folder to write into (the town\'s earlier export there is replaced)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from export" -l as-of -d 'The town as known at this moment, its facts judged then (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from export" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from export" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from export" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l county -d 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l month -d 'A month' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l quarter -d 'A quarter' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l from -d 'The first day' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l to -d 'The last day' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l as-of -d 'Judge every town as of this moment (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -s o -l output -d 'The workbook to write (default: 报表/<period>-<kind>.xlsx in the county repository)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from help" -f -a "fetch" -d 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from help" -f -a "check" -d 'Every town\'s standing: data errors, overdue, patrols, cases, findings (各镇汇总)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from help" -f -a "inbox" -d 'Every case escalated to the county and every whistle, with deadline and status (县级待办)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from help" -f -a "export" -d 'Every town\'s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from help" -f -a "report" -d 'The county workbook: towns, ranking, inbox, departments (县级报表)'
complete -c grid -n "__fish_grid_using_subcommand county; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand export" -s o -l output -d 'The folder to write into (the town\'s earlier export there is replaced)' -r -F
complete -c grid -n "__fish_grid_using_subcommand export" -l as-of -d 'The town as known at this moment, its facts judged then (default: now)' -r
complete -c grid -n "__fish_grid_using_subcommand export" -l repo -d 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)' -r -F
complete -c grid -n "__fish_grid_using_subcommand export" -l lang -d 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)' -r -f -a "zh\t'Chinese (the default)'
en\t'English'"
complete -c grid -n "__fish_grid_using_subcommand export" -s q -l quiet -d 'Print only what is wrong, no summary'
complete -c grid -n "__fish_grid_using_subcommand export" -l no-color -d 'No colours (also when NO_COLOR is set or output is not a terminal)'
complete -c grid -n "__fish_grid_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "check" -d 'Validate the repository: every file, field and reference (检查数据)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "duties" -d 'The duty calendar: what is due, done, late or missed per day and grid (履职日历)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "case" -d 'Move a case file along, show it, list cases (案件办理)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "findings" -d 'Rewards, accountability and fault tolerance found in the cases (首报激励、问责、容错)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "decide" -d 'Record the supervision office\'s decision on a finding (督考决定)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "score" -d 'The assessment: scores and ranking of villages, work areas and centres (督考评分)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "import" -d 'Import what villages send: xlsx, xls, ods, CSV (导入)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "template" -d 'Write the workbook a village fills in, with drop-down lists (填报模板)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "report" -d 'Excel reports for the supervision office (报表)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "board" -d 'The daily board: one HTML page for the command centre\'s screen or the WeChat group (看板)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "log" -d 'Every commit that touched a case, person, grid or record (变更记录)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "audit" -d 'Check the git history: signed rows edited, backfills, deletions, authors (审计)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "init" -d 'Create a town repository (git, files with their schemas, the pre-commit hook)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "hook" -d 'Git hooks'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "completions" -d 'Print a shell completion script'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "doctor" -d 'Check this machine and the repository for what commonly goes wrong, and say how to fix it (体检)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "county" -d 'The county: every town\'s standing, the county departments\' inbox, fetching the towns\' repositories (县级汇总)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "export" -d 'Write every record and computed fact for data engines: Parquet for DuckDB, Spark, Trino (数据导出)'
complete -c grid -n "__fish_grid_using_subcommand help; and not __fish_seen_subcommand_from check duties case findings decide score import template report board log audit init hook completions doctor county export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "new" -d 'Open a case file with the first report of an incident (首次上报)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "report" -d 'Record another report of the same incident'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "accept" -d 'Accept the case (立案)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "reject" -d 'Do not accept it (不予受理)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "duplicate" -d 'Merge it into the case that reported the incident first (重复)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "assign" -d 'Dispatch it to a village, work group, unit or department (派遣)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "escalate" -d 'Raise it to the town (村呼镇应) or the county (镇呼县应)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "consult" -d 'Record its discussion at the town consultation (会商)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "decide" -d 'Record the joint-office decision (联席办公会决定)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "suspend" -d 'Pause its clock with approval (挂起)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "resume" -d 'Restart its clock'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "whistle" -d 'Whistle a county department in (吹哨)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "respond" -d 'Record the department\'s response (`--by` defaults to the department whistled)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "remedy" -d 'Record the village\'s own remedy (整改)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "urge" -d 'Urge it with a card (督办)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "note" -d 'Add a note'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "resolve" -d 'Report the handling done (处置完毕)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "check" -d 'Record the check and the call-back to the reporter (核查、回访)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "reopen" -d 'Send it back: the check failed (返工)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "close" -d 'Close it (结案)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "disclose" -d 'Record its public disclosure (公示归档)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "withdraw-disclosure" -d 'Take its public disclosure down (撤下公示)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "show" -d 'Show a case as a timeline with its deadlines'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from case" -f -a "list" -d 'List cases'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "monthly" -d 'The half-month report of the 1st and the 15th (月报)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "weekly" -d 'The weekly consultation agenda (周会商议程)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "quarterly" -d 'Quarterly joint-inspection coverage and totals (季度联查)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "assessment" -d 'The assessment: scores and rankings (督考评分)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "disclosure" -d 'Public disclosure of enforcement decisions and supervision results, masked (公示)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "rollout" -d 'Village centres by batch and completeness (阵地建设)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from hook" -f -a "install" -d 'Install the pre-commit hook that refuses commits whose data has errors'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from county" -f -a "fetch" -d 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from county" -f -a "check" -d 'Every town\'s standing: data errors, overdue, patrols, cases, findings (各镇汇总)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from county" -f -a "inbox" -d 'Every case escalated to the county and every whistle, with deadline and status (县级待办)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from county" -f -a "export" -d 'Every town\'s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)'
complete -c grid -n "__fish_grid_using_subcommand help; and __fish_seen_subcommand_from county" -f -a "report" -d 'The county workbook: towns, ranking, inbox, departments (县级报表)'
complete -c grid -l lang -x -a "zh\t'Chinese (the default)' en\t'English'"
