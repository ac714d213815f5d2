
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
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
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
            cand case 'Move a case file along, show it, list cases (案件办理)'
            cand findings 'Rewards, accountability and fault tolerance found in the cases (首报激励、问责、容错)'
            cand decide 'Record the supervision office''s decision on a finding (督考决定)'
            cand score 'The assessment: scores and ranking of villages, work areas and centres (督考评分)'
            cand import 'Import what villages send: xlsx, xls, ods, CSV (导入)'
            cand template 'Write the workbook a village fills in, with drop-down lists (填报模板)'
            cand report 'Excel reports for the supervision office (报表)'
            cand board 'The daily board: one HTML page for the command centre''s screen or the WeChat group (看板)'
            cand log 'Every commit that touched a case, person, grid or record (变更记录)'
            cand audit 'Check the git history: signed rows edited, backfills, deletions, authors (审计)'
            cand init 'Create a town repository (git, files with their schemas, the pre-commit hook)'
            cand hook 'Git hooks'
            cand completions 'Print a shell completion script'
            cand doctor 'Check this machine and the repository for what commonly goes wrong, and say how to fix it (体检)'
            cand county 'The county: every town''s standing, the county departments'' inbox, fetching the towns'' repositories (县级汇总)'
            cand export 'Write every record and computed fact for data engines: Parquet for DuckDB, Spark, Trino (数据导出)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;check'= {
            cand --as-of 'The moment to check as of: a day (as of its close) or `YYYY-MM-DD HH:MM` (default: now in China Standard Time)'
            cand --since 'List overdue items from this day on (default: the first day of the previous month)'
            cand --deny 'Turn warnings into failures'
            cand --format 'Output format: the morning view (table), JSON Lines, or CSV of the items for Excel'
            cand --grid 'Only this grid and everything under it (a work area with its villages and enterprises; the town: everything)'
            cand --duty 'Only this duty kind (repeatable): patrol_missing, case_accept_late … or the Chinese name'
            cand --status 'Only items that are new, open, late (done late) or due-soon (repeatable)'
            cand --person 'Only the items this person must act on'
            cand --by 'One row per grid with its counts and most serious item, instead of the list'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --strict 'Overdue items fail the check too (exit 1)'
            cand --staged 'Check what is staged for the next commit instead of the work tree (validation only, no duties; the pre-commit hook runs this)'
            cand --all 'Every item in one table with every column, instead of the morning view'
            cand --late 'List each item done late, not only their counts per duty'
            cand --record 'Record this check (its moment and counts) in .grid/checks.csv, for --since-check'
            cand --since-check 'New means new since the last recorded check (default: since the previous working day''s close)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;duties'= {
            cand --month 'A month'
            cand --quarter 'A quarter'
            cand --from 'The first day'
            cand --to 'The last day'
            cand --grid 'Only this grid and everything under it (a work area with its villages and enterprises; the town: everything)'
            cand --duty 'Only this duty kind (repeatable): patrol_missing, case_accept_late … or the Chinese name'
            cand --status 'Only items that are new, open, late (done late) or due-soon (repeatable)'
            cand --person 'Only the items this person must act on'
            cand --as-of 'The moment to judge as of (default: now)'
            cand --format 'Output format'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case'= {
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand new 'Open a case file with the first report of an incident (首次上报)'
            cand report 'Record another report of the same incident'
            cand accept 'Accept the case (立案)'
            cand reject 'Do not accept it (不予受理)'
            cand duplicate 'Merge it into the case that reported the incident first (重复)'
            cand assign 'Dispatch it to a village, work group, unit or department (派遣)'
            cand escalate 'Raise it to the town (村呼镇应) or the county (镇呼县应)'
            cand consult 'Record its discussion at the town consultation (会商)'
            cand decide 'Record the joint-office decision (联席办公会决定)'
            cand suspend 'Pause its clock with approval (挂起)'
            cand resume 'Restart its clock'
            cand whistle 'Whistle a county department in (吹哨)'
            cand respond 'Record the department''s response (`--by` defaults to the department whistled)'
            cand remedy 'Record the village''s own remedy (整改)'
            cand urge 'Urge it with a card (督办)'
            cand note 'Add a note'
            cand resolve 'Report the handling done (处置完毕)'
            cand check 'Record the check and the call-back to the reporter (核查、回访)'
            cand reopen 'Send it back: the check failed (返工)'
            cand close 'Close it (结案)'
            cand disclose 'Record its public disclosure (公示归档)'
            cand withdraw-disclosure 'Take its public disclosure down (撤下公示)'
            cand show 'Show a case as a timeline with its deadlines'
            cand list 'List cases'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;case;new'= {
            cand --item 'The catalog item, e.g. WJ01'
            cand --grid 'Where it happened (none for a town-level matter)'
            cand --title 'A short title'
            cand --location 'Where exactly'
            cand --discovered 'When it was discovered (default: the time of the report)'
            cand --reporter 'Who reported: a person id, or for outside channels anyone (`12345`, 群众 …)'
            cand --channel 'How the report came in'
            cand --reported 'When it reached the town (default: now)'
            cand --ref 'A reference such as the 12345 work-order number'
            cand --approval 'The approval this case follows up (审批后监管)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;report'= {
            cand --reporter 'Who reported: a person id, or for outside channels anyone (`12345`, 群众 …)'
            cand --channel 'How the report came in'
            cand --reported 'When it reached the town (default: now)'
            cand --ref 'A reference such as the 12345 work-order number'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;accept'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;reject'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --reason 'Why'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;duplicate'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --of 'The lead case'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;assign'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --to 'To whom: a grid, work group, member unit or county department id'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;escalate'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --to 'To the town or the county'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;consult'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --meeting 'The day of the consultation'
            cand --result 'What it concluded'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;decide'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --meeting 'The day of the joint-office meeting'
            cand --measures 'The measures decided'
            cand --decision-no 'The decision number'
            cand --party 'The party (masked when disclosed)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;suspend'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --approved-by 'Who approved the suspension'
            cand --reason 'Why'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;resume'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;whistle'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --to 'To whom: a grid, work group, member unit or county department id'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;respond'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;remedy'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;urge'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --card 'yellow, red or black'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;note'= {
            cand --at 'When (default: now)'
            cand --by 'Who (default: the clerk of your git email)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;resolve'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;check'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand --no-callback 'The reporter could not be called back'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;reopen'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --reason 'Why'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;close'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --outcome 'fixed, not_responsible or unable'
            cand --impact 'What is left: none, ongoing or eliminated (default: eliminated when fixed)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;disclose'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;withdraw-disclosure'= {
            cand --at 'When it happened (default: now)'
            cand --by 'Who (a person id; default: the clerk whose email is your git user.email)'
            cand --note 'A note kept with the event'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;show'= {
            cand --as-of 'The case as it stood at this moment, its deadlines judged then (default: now)'
            cand --format 'Output format: the timeline as tables, or one JSON object'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;list'= {
            cand --state 'Only cases in this state (reported, accepted, assigned, escalated, consulted, decided, suspended, resolved, checked, reopened, closed, archived, rejected, duplicate, or open)'
            cand --grid 'Only cases of this grid (a village, or a work area for all its villages)'
            cand --item 'Only cases of this catalog item'
            cand --channel 'Only cases first reported through this channel'
            cand --since 'Only cases discovered on or after this day'
            cand --as-of 'Judge deadlines as of this moment (default: now)'
            cand --format 'Output format'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --overdue 'Only cases with an overdue deadline'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;case;help'= {
            cand new 'Open a case file with the first report of an incident (首次上报)'
            cand report 'Record another report of the same incident'
            cand accept 'Accept the case (立案)'
            cand reject 'Do not accept it (不予受理)'
            cand duplicate 'Merge it into the case that reported the incident first (重复)'
            cand assign 'Dispatch it to a village, work group, unit or department (派遣)'
            cand escalate 'Raise it to the town (村呼镇应) or the county (镇呼县应)'
            cand consult 'Record its discussion at the town consultation (会商)'
            cand decide 'Record the joint-office decision (联席办公会决定)'
            cand suspend 'Pause its clock with approval (挂起)'
            cand resume 'Restart its clock'
            cand whistle 'Whistle a county department in (吹哨)'
            cand respond 'Record the department''s response (`--by` defaults to the department whistled)'
            cand remedy 'Record the village''s own remedy (整改)'
            cand urge 'Urge it with a card (督办)'
            cand note 'Add a note'
            cand resolve 'Report the handling done (处置完毕)'
            cand check 'Record the check and the call-back to the reporter (核查、回访)'
            cand reopen 'Send it back: the check failed (返工)'
            cand close 'Close it (结案)'
            cand disclose 'Record its public disclosure (公示归档)'
            cand withdraw-disclosure 'Take its public disclosure down (撤下公示)'
            cand show 'Show a case as a timeline with its deadlines'
            cand list 'List cases'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;case;help;new'= {
        }
        &'grid;case;help;report'= {
        }
        &'grid;case;help;accept'= {
        }
        &'grid;case;help;reject'= {
        }
        &'grid;case;help;duplicate'= {
        }
        &'grid;case;help;assign'= {
        }
        &'grid;case;help;escalate'= {
        }
        &'grid;case;help;consult'= {
        }
        &'grid;case;help;decide'= {
        }
        &'grid;case;help;suspend'= {
        }
        &'grid;case;help;resume'= {
        }
        &'grid;case;help;whistle'= {
        }
        &'grid;case;help;respond'= {
        }
        &'grid;case;help;remedy'= {
        }
        &'grid;case;help;urge'= {
        }
        &'grid;case;help;note'= {
        }
        &'grid;case;help;resolve'= {
        }
        &'grid;case;help;check'= {
        }
        &'grid;case;help;reopen'= {
        }
        &'grid;case;help;close'= {
        }
        &'grid;case;help;disclose'= {
        }
        &'grid;case;help;withdraw-disclosure'= {
        }
        &'grid;case;help;show'= {
        }
        &'grid;case;help;list'= {
        }
        &'grid;case;help;help'= {
        }
        &'grid;findings'= {
            cand --month 'A month'
            cand --quarter 'A quarter'
            cand --from 'The first day'
            cand --to 'The last day'
            cand --as-of 'The moment to judge as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now); only what was recorded by then counts'
            cand --grid 'Only the findings of this grid and the grids under it'
            cand --format 'Output format'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;decide'= {
            cand --note 'Why (required: the decision is on the record)'
            cand --by 'Who decided (default: the clerk of your git email)'
            cand --at 'When (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;score'= {
            cand --month 'A month'
            cand --quarter 'A quarter'
            cand --from 'The first day'
            cand --to 'The last day'
            cand --as-of 'Judge duties as of this moment (default: now)'
            cand --grid 'Only this grid and the grids under it (a work area: its villages and itself)'
            cand --format 'Output format'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;import'= {
            cand --kind 'The kind of records (default: decided from the headings)'
            cand --sheet 'Only this sheet'
            cand --grid 'The grid of rows that name none'
            cand --year 'The year of dates written without one (`11月24日`; default: the year a title row or the file name states, else this year)'
            cand --chat 'Chat material: a WeChat group (reports are `wechat_group`) or a one-to-one chat (`wechat_direct`); default: a group when more than two people speak'
            cand --review 'Write the free messages that may report an incident to this review workbook (采纳 / 不采纳), to import back once decided'
            cand --format 'Output: the summary as text, or JSON Lines with every refused cell''s code'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --dry-run 'Show what would be added, write nothing'
            cand --skip-bad 'Import the good rows; write the bad ones to FILE.rejected.csv beside the source'
            cand --force 'Import a file again although the manifest lists it'
            cand --explain 'Show how each column of each sheet was mapped, write nothing'
            cand --commit 'Commit what was written, with a structured message'
            cand --allow-dirty 'Write even over uncommitted changes in the files touched'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;template'= {
            cand --grid 'The village: its people in the drop-downs, and for patrols one line per member per day'
            cand --month 'The month of the lines (default: this month)'
            cand -o 'The workbook to write (default: 模板/<grid>-<kind>-<month>.xlsx in the repository; `wechat` prints its text unless given a file)'
            cand --output 'The workbook to write (default: 模板/<grid>-<kind>-<month>.xlsx in the repository; `wechat` prints its text unless given a file)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;report'= {
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand monthly 'The half-month report of the 1st and the 15th (月报)'
            cand weekly 'The weekly consultation agenda (周会商议程)'
            cand quarterly 'Quarterly joint-inspection coverage and totals (季度联查)'
            cand assessment 'The assessment: scores and rankings (督考评分)'
            cand disclosure 'Public disclosure of enforcement decisions and supervision results, masked (公示)'
            cand rollout 'Village centres by batch and completeness (阵地建设)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;report;monthly'= {
            cand --month 'The month (default: that of the last finished half month)'
            cand --half 'The half: 1 (1st–15th) or 2 (16th–end); without it, the whole month, or the last finished half month when no month is given either'
            cand -o 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --output 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --format 'What to print: the summary table, the whole report as JSON, or one sheet as CSV'
            cand --sheet 'The sheet to print with `--format csv` (default: the first)'
            cand --as-of 'The moment to report as of (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;report;weekly'= {
            cand --week 'The ISO week (default: the week of the as-of day)'
            cand -o 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --output 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --format 'What to print: the summary table, the whole report as JSON, or one sheet as CSV'
            cand --sheet 'The sheet to print with `--format csv` (default: the first)'
            cand --as-of 'The moment to report as of (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;report;quarterly'= {
            cand --quarter 'The quarter (default: that of the as-of day)'
            cand -o 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --output 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --format 'What to print: the summary table, the whole report as JSON, or one sheet as CSV'
            cand --sheet 'The sheet to print with `--format csv` (default: the first)'
            cand --as-of 'The moment to report as of (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;report;assessment'= {
            cand --month 'A month'
            cand --quarter 'A quarter'
            cand --from 'The first day'
            cand --to 'The last day'
            cand -o 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --output 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --format 'What to print: the summary table, the whole report as JSON, or one sheet as CSV'
            cand --sheet 'The sheet to print with `--format csv` (default: the first)'
            cand --as-of 'The moment to report as of (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;report;disclosure'= {
            cand --month 'A month'
            cand --quarter 'A quarter'
            cand --from 'The first day'
            cand --to 'The last day'
            cand -o 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --output 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --format 'What to print: the summary table, the whole report as JSON, or one sheet as CSV'
            cand --sheet 'The sheet to print with `--format csv` (default: the first)'
            cand --as-of 'The moment to report as of (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;report;rollout'= {
            cand -o 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --output 'The workbook to write (default: 报表/<name>.xlsx in the repository)'
            cand --format 'What to print: the summary table, the whole report as JSON, or one sheet as CSV'
            cand --sheet 'The sheet to print with `--format csv` (default: the first)'
            cand --as-of 'The moment to report as of (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;report;help'= {
            cand monthly 'The half-month report of the 1st and the 15th (月报)'
            cand weekly 'The weekly consultation agenda (周会商议程)'
            cand quarterly 'Quarterly joint-inspection coverage and totals (季度联查)'
            cand assessment 'The assessment: scores and rankings (督考评分)'
            cand disclosure 'Public disclosure of enforcement decisions and supervision results, masked (公示)'
            cand rollout 'Village centres by batch and completeness (阵地建设)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;report;help;monthly'= {
        }
        &'grid;report;help;weekly'= {
        }
        &'grid;report;help;quarterly'= {
        }
        &'grid;report;help;assessment'= {
        }
        &'grid;report;help;disclosure'= {
        }
        &'grid;report;help;rollout'= {
        }
        &'grid;report;help;help'= {
        }
        &'grid;board'= {
            cand -o 'The page to write (default: 报表/<day>-看板.html in the repository)'
            cand --output 'The page to write (default: 报表/<day>-看板.html in the repository)'
            cand --as-of 'The moment the board is as of: a day (its close) or `YYYY-MM-DD HH:MM` (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;log'= {
            cand --since 'Only commits from this day on'
            cand --as-of 'Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`; the id is looked up in the town as known then'
            cand --format 'Output format'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;audit'= {
            cand --since 'Only commits from this day on (the whole history is still read)'
            cand --as-of 'Only commits made by this moment: a day (its close) or `YYYY-MM-DD HH:MM`'
            cand --format 'Output format'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;init'= {
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand --example 'Write the example town 青山镇 instead of an empty one'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;hook'= {
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand install 'Install the pre-commit hook that refuses commits whose data has errors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;hook;install'= {
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;hook;help'= {
            cand install 'Install the pre-commit hook that refuses commits whose data has errors'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;hook;help;install'= {
        }
        &'grid;hook;help;help'= {
        }
        &'grid;completions'= {
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;doctor'= {
            cand --format 'How to print the findings'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;county'= {
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand fetch 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)'
            cand check 'Every town''s standing: data errors, overdue, patrols, cases, findings (各镇汇总)'
            cand inbox 'Every case escalated to the county and every whistle, with deadline and status (县级待办)'
            cand export 'Every town''s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)'
            cand report 'The county workbook: towns, ranking, inbox, departments (县级报表)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;county;fetch'= {
            cand --county 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;county;check'= {
            cand --county 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)'
            cand --month 'A month'
            cand --quarter 'A quarter'
            cand --from 'The first day'
            cand --to 'The last day'
            cand --as-of 'Judge every town as of this moment (default: now)'
            cand --format 'Output format'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;county;inbox'= {
            cand --county 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)'
            cand --department 'Only this department''s items (its id in county.yaml)'
            cand --as-of 'Judge every item as of this moment (default: now)'
            cand --format 'Output format'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;county;export'= {
            cand --county 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)'
            cand -o 'The folder to write into (the town''s earlier export there is replaced)'
            cand --output 'The folder to write into (the town''s earlier export there is replaced)'
            cand --as-of 'The town as known at this moment, its facts judged then (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;county;report'= {
            cand --county 'The county repository, or any folder inside it (default: the current folder; the county is the first folder holding county.yaml from there upwards)'
            cand --month 'A month'
            cand --quarter 'A quarter'
            cand --from 'The first day'
            cand --to 'The last day'
            cand --as-of 'Judge every town as of this moment (default: now)'
            cand -o 'The workbook to write (default: 报表/<period>-<kind>.xlsx in the county repository)'
            cand --output 'The workbook to write (default: 报表/<period>-<kind>.xlsx in the county repository)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
            cand --lang 'Language of messages and headings (default: from GRID_LANG or LANG; Chinese unless set to something else)'
            cand -q 'Print only what is wrong, no summary'
            cand --quiet 'Print only what is wrong, no summary'
            cand --no-color 'No colours (also when NO_COLOR is set or output is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'grid;county;help'= {
            cand fetch 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)'
            cand check 'Every town''s standing: data errors, overdue, patrols, cases, findings (各镇汇总)'
            cand inbox 'Every case escalated to the county and every whistle, with deadline and status (县级待办)'
            cand export 'Every town''s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)'
            cand report 'The county workbook: towns, ranking, inbox, departments (县级报表)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;county;help;fetch'= {
        }
        &'grid;county;help;check'= {
        }
        &'grid;county;help;inbox'= {
        }
        &'grid;county;help;export'= {
        }
        &'grid;county;help;report'= {
        }
        &'grid;county;help;help'= {
        }
        &'grid;export'= {
            cand -o 'The folder to write into (the town''s earlier export there is replaced)'
            cand --output 'The folder to write into (the town''s earlier export there is replaced)'
            cand --as-of 'The town as known at this moment, its facts judged then (default: now)'
            cand --repo 'The town repository, or any folder inside it (default: the current folder; the town is the first folder holding town.yaml from there upwards)'
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
            cand case 'Move a case file along, show it, list cases (案件办理)'
            cand findings 'Rewards, accountability and fault tolerance found in the cases (首报激励、问责、容错)'
            cand decide 'Record the supervision office''s decision on a finding (督考决定)'
            cand score 'The assessment: scores and ranking of villages, work areas and centres (督考评分)'
            cand import 'Import what villages send: xlsx, xls, ods, CSV (导入)'
            cand template 'Write the workbook a village fills in, with drop-down lists (填报模板)'
            cand report 'Excel reports for the supervision office (报表)'
            cand board 'The daily board: one HTML page for the command centre''s screen or the WeChat group (看板)'
            cand log 'Every commit that touched a case, person, grid or record (变更记录)'
            cand audit 'Check the git history: signed rows edited, backfills, deletions, authors (审计)'
            cand init 'Create a town repository (git, files with their schemas, the pre-commit hook)'
            cand hook 'Git hooks'
            cand completions 'Print a shell completion script'
            cand doctor 'Check this machine and the repository for what commonly goes wrong, and say how to fix it (体检)'
            cand county 'The county: every town''s standing, the county departments'' inbox, fetching the towns'' repositories (县级汇总)'
            cand export 'Write every record and computed fact for data engines: Parquet for DuckDB, Spark, Trino (数据导出)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'grid;help;check'= {
        }
        &'grid;help;duties'= {
        }
        &'grid;help;case'= {
            cand new 'Open a case file with the first report of an incident (首次上报)'
            cand report 'Record another report of the same incident'
            cand accept 'Accept the case (立案)'
            cand reject 'Do not accept it (不予受理)'
            cand duplicate 'Merge it into the case that reported the incident first (重复)'
            cand assign 'Dispatch it to a village, work group, unit or department (派遣)'
            cand escalate 'Raise it to the town (村呼镇应) or the county (镇呼县应)'
            cand consult 'Record its discussion at the town consultation (会商)'
            cand decide 'Record the joint-office decision (联席办公会决定)'
            cand suspend 'Pause its clock with approval (挂起)'
            cand resume 'Restart its clock'
            cand whistle 'Whistle a county department in (吹哨)'
            cand respond 'Record the department''s response (`--by` defaults to the department whistled)'
            cand remedy 'Record the village''s own remedy (整改)'
            cand urge 'Urge it with a card (督办)'
            cand note 'Add a note'
            cand resolve 'Report the handling done (处置完毕)'
            cand check 'Record the check and the call-back to the reporter (核查、回访)'
            cand reopen 'Send it back: the check failed (返工)'
            cand close 'Close it (结案)'
            cand disclose 'Record its public disclosure (公示归档)'
            cand withdraw-disclosure 'Take its public disclosure down (撤下公示)'
            cand show 'Show a case as a timeline with its deadlines'
            cand list 'List cases'
        }
        &'grid;help;case;new'= {
        }
        &'grid;help;case;report'= {
        }
        &'grid;help;case;accept'= {
        }
        &'grid;help;case;reject'= {
        }
        &'grid;help;case;duplicate'= {
        }
        &'grid;help;case;assign'= {
        }
        &'grid;help;case;escalate'= {
        }
        &'grid;help;case;consult'= {
        }
        &'grid;help;case;decide'= {
        }
        &'grid;help;case;suspend'= {
        }
        &'grid;help;case;resume'= {
        }
        &'grid;help;case;whistle'= {
        }
        &'grid;help;case;respond'= {
        }
        &'grid;help;case;remedy'= {
        }
        &'grid;help;case;urge'= {
        }
        &'grid;help;case;note'= {
        }
        &'grid;help;case;resolve'= {
        }
        &'grid;help;case;check'= {
        }
        &'grid;help;case;reopen'= {
        }
        &'grid;help;case;close'= {
        }
        &'grid;help;case;disclose'= {
        }
        &'grid;help;case;withdraw-disclosure'= {
        }
        &'grid;help;case;show'= {
        }
        &'grid;help;case;list'= {
        }
        &'grid;help;findings'= {
        }
        &'grid;help;decide'= {
        }
        &'grid;help;score'= {
        }
        &'grid;help;import'= {
        }
        &'grid;help;template'= {
        }
        &'grid;help;report'= {
            cand monthly 'The half-month report of the 1st and the 15th (月报)'
            cand weekly 'The weekly consultation agenda (周会商议程)'
            cand quarterly 'Quarterly joint-inspection coverage and totals (季度联查)'
            cand assessment 'The assessment: scores and rankings (督考评分)'
            cand disclosure 'Public disclosure of enforcement decisions and supervision results, masked (公示)'
            cand rollout 'Village centres by batch and completeness (阵地建设)'
        }
        &'grid;help;report;monthly'= {
        }
        &'grid;help;report;weekly'= {
        }
        &'grid;help;report;quarterly'= {
        }
        &'grid;help;report;assessment'= {
        }
        &'grid;help;report;disclosure'= {
        }
        &'grid;help;report;rollout'= {
        }
        &'grid;help;board'= {
        }
        &'grid;help;log'= {
        }
        &'grid;help;audit'= {
        }
        &'grid;help;init'= {
        }
        &'grid;help;hook'= {
            cand install 'Install the pre-commit hook that refuses commits whose data has errors'
        }
        &'grid;help;hook;install'= {
        }
        &'grid;help;completions'= {
        }
        &'grid;help;doctor'= {
        }
        &'grid;help;county'= {
            cand fetch 'Clone or bring up to date every town kept at a git remote (under towns/) (同步各镇)'
            cand check 'Every town''s standing: data errors, overdue, patrols, cases, findings (各镇汇总)'
            cand inbox 'Every case escalated to the county and every whistle, with deadline and status (县级待办)'
            cand export 'Every town''s records and computed facts as Parquet, partitioned by kind, town, year and month (数据导出)'
            cand report 'The county workbook: towns, ranking, inbox, departments (县级报表)'
        }
        &'grid;help;county;fetch'= {
        }
        &'grid;help;county;check'= {
        }
        &'grid;help;county;inbox'= {
        }
        &'grid;help;county;export'= {
        }
        &'grid;help;county;report'= {
        }
        &'grid;help;export'= {
        }
        &'grid;help;help'= {
        }
    ]
    $completions[$command]
}
