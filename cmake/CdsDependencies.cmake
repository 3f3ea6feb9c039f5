# Finds every third-party dependency once, so that targets only name imported targets.
# Official (CUDA) libtorch: configure with -DCMAKE_PREFIX_PATH=/path/to/libtorch.

# A user who passes only Torch_DIR would otherwise get Debian's Caffe2 config mixed in
# (TorchConfig searches the system prefix before its own folder).
if(Torch_DIR AND NOT Caffe2_DIR AND EXISTS "${Torch_DIR}/../Caffe2/Caffe2Config.cmake")
  set(Caffe2_DIR "${Torch_DIR}/../Caffe2" CACHE PATH "Caffe2 config next to Torch_DIR")
endif()
find_package(Torch REQUIRED)
message(STATUS "libtorch ${Torch_VERSION}")

find_package(nlohmann_json 3 REQUIRED)

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

# utf8proc: Unicode categories and normalisation for the CLIP tokenizer.
find_path(CDS_UTF8PROC_INCLUDE_DIR utf8proc.h REQUIRED)
find_library(CDS_UTF8PROC_LIB utf8proc REQUIRED)
add_library(cds_utf8proc INTERFACE)
target_include_directories(cds_utf8proc SYSTEM INTERFACE ${CDS_UTF8PROC_INCLUDE_DIR})
target_link_libraries(cds_utf8proc INTERFACE ${CDS_UTF8PROC_LIB})

# Qt Core and Network always: core_net (regularization images, Hub downloads) uses them; qt6-base-dev
# holds both, so a headless GPU box needs no GUI libraries.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Network)

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
