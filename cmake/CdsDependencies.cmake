# Finds every third-party dependency once, so that targets only name imported targets.
# libtorch: cmake/CdsTorch.cmake (CDS_LIBTORCH names the folder; quickstart.sh sets it).
if(NOT CDS_TORCH_FREE)
  include(CdsTorch)
endif()

find_package(nlohmann_json 3 REQUIRED)

# utf8proc: Unicode categories and normalisation for the CLIP tokenizer.
find_path(CDS_UTF8PROC_INCLUDE_DIR utf8proc.h REQUIRED)
# The engine-only build links it statically: the GPU server it is made for may not have it.
if(CDS_ENGINE_ONLY)
  find_library(CDS_UTF8PROC_LIB NAMES libutf8proc.a utf8proc REQUIRED)
else()
  find_library(CDS_UTF8PROC_LIB utf8proc REQUIRED)
endif()
add_library(cds_utf8proc INTERFACE)
target_include_directories(cds_utf8proc SYSTEM INTERFACE ${CDS_UTF8PROC_INCLUDE_DIR})
target_link_libraries(cds_utf8proc INTERFACE ${CDS_UTF8PROC_LIB})

if(NOT CDS_ENGINE_ONLY)
  # OpenCV: the full config ships only with libopencv-dev, which drags in VTK, GDAL and Qt 5.
  # The slim Debian packages (core, imgproc, imgcodecs) have no config, so find them by hand.
  find_package(OpenCV 4 QUIET COMPONENTS core imgproc imgcodecs)
  add_library(cds_opencv INTERFACE)
  if(OpenCV_FOUND)
    target_link_libraries(cds_opencv INTERFACE ${OpenCV_LIBS})
    target_include_directories(cds_opencv SYSTEM INTERFACE ${OpenCV_INCLUDE_DIRS})
  else()
    find_path(CDS_OPENCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4 REQUIRED)
    target_include_directories(cds_opencv SYSTEM INTERFACE ${CDS_OPENCV_INCLUDE_DIR})
    foreach(m core imgproc imgcodecs)
      find_library(CDS_OPENCV_${m}_LIB opencv_${m} REQUIRED)
      target_link_libraries(cds_opencv INTERFACE ${CDS_OPENCV_${m}_LIB})
    endforeach()
  endif()
endif()

# Qt Core and Network for core_net (regularization images, Hub downloads), also without the GUI:
# qt6-base-dev holds both, so a headless GPU box needs no GUI libraries.
if(NOT CDS_ENGINE_ONLY)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network)
endif()

# Qt Widgets and the rest only for the GUI.
# PrintSupport must be found before QCustomPlotQt6, whose config does not find it itself.
if(CDS_BUILD_GUI)
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Concurrent PrintSupport Svg LinguistTools)
  if(CDS_BUILD_TESTS)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Test)
  endif()
  find_package(QCustomPlotQt6 REQUIRED)
endif()

if(CDS_BUILD_TESTS)
  find_package(GTest REQUIRED)
  include(GoogleTest)
endif()
