# Run as: cmake -DROOT=<core dir> -P check_layering.cmake
file(GLOB_RECURSE sources "${ROOT}/*.h" "${ROOT}/*.cpp")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" hits REGEX "#[ \t]*include[ \t]*[<\"](QtWidgets|QtCharts|QtGui/|QWidget|QChart|QMainWindow|QDialog|QApplication|QPainter)")
    if(hits)
        message(FATAL_ERROR "${source}: core must not include UI headers: ${hits}")
    endif()
endforeach()
