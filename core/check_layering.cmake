cmake_policy(SET CMP0057 NEW)
# The house's rules, checked at every build: run as cmake -DSOURCE=<repository> -P check_layering.cmake
#  - core/ includes no Widgets, Charts or Gui header (quorum-cli runs a whole evaluation without one);
#  - each core folder includes only the folders below it (arrows run one way, no circles);
#  - no SQL outside core/storage: the engine, the analytics, ui/ and app/ see rows, not queries.
set(allowed_domain "")
set(allowed_wire "domain")
set(allowed_keychain "domain")
set(allowed_providers "domain;wire")
set(allowed_simulator "domain;wire")
set(allowed_storage "domain")
set(allowed_jury "domain;wire;providers")
set(allowed_config "domain;jury")
set(allowed_catalog "domain;config;wire;providers")
set(allowed_analytics "domain;config;catalog;jury;storage")
set(allowed_engine "domain;wire;keychain;providers;simulator;storage;jury;config;catalog;analytics")

set(problems "")
file(GLOB folders LIST_DIRECTORIES true "${SOURCE}/core/*")
foreach(folder IN LISTS folders)
    if(NOT IS_DIRECTORY "${folder}")
        continue()
    endif()
    get_filename_component(name "${folder}" NAME)
    if(NOT DEFINED allowed_${name})
        list(APPEND problems "core/${name}/ is not in check_layering.cmake: say which folders it may include")
        continue()
    endif()
    file(GLOB_RECURSE sources "${folder}/*.h" "${folder}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" ui REGEX "#[ \t]*include[ \t]*[<\"](QtWidgets|QtCharts|QtGui/|QWidget|QChart|QMainWindow|QDialog|QApplication|QPainter)")
        if(ui)
            list(APPEND problems "${source}: core must not include UI headers: ${ui}")
        endif()
        # "../x/" from a folder of core, "../../x/" from a folder inside one (core/storage/sqlite).
        file(STRINGS "${source}" includes REGEX "#[ \t]*include[ \t]*\"(\\.\\./)+[a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE ".*\"(\\.\\./)+([a-z]+)/.*" "\\2" target "${line}")
            if(NOT target IN_LIST allowed_${name})
                list(APPEND problems "${source}: core/${name} must not include core/${target} (it may include: ${allowed_${name}})")
            endif()
        endforeach()
    endforeach()
endforeach()

file(GLOB_RECURSE front "${SOURCE}/ui/*.h" "${SOURCE}/ui/*.cpp" "${SOURCE}/app/*.h" "${SOURCE}/app/*.cpp")
foreach(folder IN ITEMS domain wire keychain providers simulator jury config catalog analytics engine)
    file(GLOB_RECURSE inside "${SOURCE}/core/${folder}/*.h" "${SOURCE}/core/${folder}/*.cpp")
    list(APPEND front ${inside})
endforeach()
foreach(source IN LISTS front)
    file(STRINGS "${source}" sql REGEX "#[ \t]*include[ \t]*[<\"](QSql|QtSql|sqlite3)")
    if(sql)
        list(APPEND problems "${source}: no SQL here, only in core/storage: ${sql}")
    endif()
    # Nor SQL text: a query written here would go through some reader's back door. The simulator
    # answers text-to-SQL prompts with SQL it makes up: that is a model's answer, not a query.
    if(NOT source MATCHES "/core/simulator/")
        file(STRINGS "${source}" sql REGEX "(SELECT [a-z*(]|INSERT INTO [a-z_]|UPDATE [a-z_]+ SET |DELETE FROM [a-z_]|CREATE (TABLE|INDEX|VIRTUAL)|DROP (TABLE|INDEX|TRIGGER))")
        if(sql)
            list(APPEND problems "${source}: no SQL text here, only in core/storage: ${sql}")
        endif()
    endif()
endforeach()

# The backends stay in their folders: the rest of storage (the Store, the writer's queue and
# batches, the rollup arithmetic, the readers) knows no sqlite3_* and no libpq call, and neither
# backend knows the other.
file(GLOB neutral "${SOURCE}/core/storage/*.h" "${SOURCE}/core/storage/*.cpp")
file(GLOB sqlite_backend "${SOURCE}/core/storage/sqlite/*")
file(GLOB postgres_backend "${SOURCE}/core/storage/postgres/*")
# forbid(REGEX WHY SOURCES...): every line of SOURCES matching REGEX is a problem, said with WHY.
function(forbid regex why)
    foreach(source IN LISTS ARGN)
        file(STRINGS "${source}" found REGEX "${regex}")
        if(found)
            set(problems ${problems} "${source}: ${why}: ${found}" PARENT_SCOPE)
        endif()
    endforeach()
endfunction()
forbid("(#[ \t]*include[ \t]*[<\"]sqlite3\\.h|sqlite3_[a-z]|#[ \t]*include[ \t]*\"\\.\\./sqlite/)"
       "SQLite's own API only in core/storage/sqlite/" ${neutral} ${postgres_backend})
forbid("(#[ \t]*include[ \t]*[<\"]libpq-fe\\.h|[^a-zA-Z_]PQ[a-z]+\\(|#[ \t]*include[ \t]*\"\\.\\./postgres/)"
       "libpq only in core/storage/postgres/" ${neutral} ${sqlite_backend})

# A reader's raw SQL is core/storage's own.
file(GLOB_RECURSE outside_storage "${SOURCE}/ui/*.h" "${SOURCE}/ui/*.cpp" "${SOURCE}/app/*.h" "${SOURCE}/app/*.cpp"
     "${SOURCE}/bench/*.h" "${SOURCE}/bench/*.cpp" "${SOURCE}/tests/*.h" "${SOURCE}/tests/*.cpp")
foreach(folder IN ITEMS domain wire keychain providers simulator jury config catalog analytics engine)
    file(GLOB_RECURSE inside "${SOURCE}/core/${folder}/*.h" "${SOURCE}/core/${folder}/*.cpp")
    list(APPEND outside_storage ${inside})
endforeach()
forbid("#[ \t]*include[ \t]*\"(storage/|\\.\\./storage/)?rawread\\.h\"" "a reader's raw SQL is core/storage's own" ${outside_storage})

# The analytics of a run's figures are pure functions of its readout: of core/storage they see
# only runreadout.h (no reader, no connection).
foreach(unit IN ITEMS leaderboard breakdowns histograms regional statistics)
    file(GLOB files "${SOURCE}/core/analytics/${unit}.*")
    foreach(source IN LISTS files)
        file(STRINGS "${source}" found REGEX "#[ \t]*include[ \t]*\"\\.\\./storage/")
        list(FILTER found EXCLUDE REGEX "storage/runreadout\\.h\"")
        if(found)
            list(APPEND problems "${source}: a run's figures are computed from its RunReadout alone (storage/runreadout.h): ${found}")
        endif()
    endforeach()
endforeach()

# The screens and widgets: every folder of ui/ but the three libraries the screens, the CLI and the
# reports share (present, charts, report), which include none of them. A folder named as one of
# core/ (catalog) is left out: "catalog/…" names core's.
file(GLOB ui_folders LIST_DIRECTORIES true "${SOURCE}/ui/*")
set(shared_ui "present;charts;report")
set(screens "")
foreach(folder IN LISTS ui_folders)
    get_filename_component(name "${folder}" NAME)
    if(IS_DIRECTORY "${folder}" AND NOT name IN_LIST shared_ui AND NOT IS_DIRECTORY "${SOURCE}/core/${name}")
        list(APPEND screens "${name}")
    endif()
endforeach()
list(JOIN screens "|" screens)

# ui/present is Qt Core only: quorum-cli links it.
file(GLOB_RECURSE present "${SOURCE}/ui/present/*.h" "${SOURCE}/ui/present/*.cpp")
foreach(source IN LISTS present)
    file(STRINGS "${source}" ui REGEX "#[ \t]*include[ \t]*[<\"](QtWidgets|QtCharts|QtGui/|QWidget|QChart|QApplication|QPainter|QColor|QFont)")
    file(STRINGS "${source}" outside REGEX "#[ \t]*include[ \t]*\"(${screens})/")
    if(ui OR outside)
        list(APPEND problems "${source}: ui/present has no widget and uses no screen: ${ui}${outside}")
    endif()
endforeach()

# ui/charts paints with Qt Gui only (the reports draw its charts without a window) and knows no screen;
# ui/present, below it, knows no chart.
file(GLOB_RECURSE charts "${SOURCE}/ui/charts/*.h" "${SOURCE}/ui/charts/*.cpp")
forbid("#[ \t]*include[ \t]*([<\"](QtWidgets|QWidget|QApplication|QtCharts|QChart)|\"(${screens})/)"
       "ui/charts paints without widgets and knows no screen" ${charts})
forbid("#[ \t]*include[ \t]*\"charts/" "ui/present is below ui/charts" ${present})
# ui/report writes files from the store with ui/charts and ui/present: no widget, no screen.
file(GLOB_RECURSE report "${SOURCE}/ui/report/*.h" "${SOURCE}/ui/report/*.cpp")
forbid("#[ \t]*include[ \t]*([<\"](QtWidgets|QWidget|QApplication|QtCharts|QChart)|\"(${screens})/)"
       "ui/report draws without widgets and knows no screen" ${report})

if(problems)
    list(JOIN problems "\n" text)
    message(FATAL_ERROR "${text}")
endif()
