# Finds libtorch 2.x and defines the imported target cds_torch.
#
# CDS_LIBTORCH (cache variable, or the environment variable of the same name) names a libtorch
# folder: the `torch` package folder of a PyPI wheel (what scripts/quickstart.sh installs) or an
# unpacked archive from pytorch.org. Both hold lib/libtorch.so and include/. Without it, the
# folders of CMAKE_PREFIX_PATH are searched.
#
# Why not TorchConfig.cmake: a CUDA build of libtorch makes its config look for the CUDA toolkit
# (nvcc, cudart headers), which an artist's machine does not have. We compile no CUDA code: the
# CUDA kernels live in libtorch_cuda.so and its own RPATH finds the NVIDIA libraries of the wheel,
# so linking the shared libraries is all it takes, with or without a toolkit.

set(CDS_LIBTORCH "$ENV{CDS_LIBTORCH}" CACHE PATH
    "libtorch folder (a PyPI wheel's torch/ or pytorch.org's libtorch/), holding lib/libtorch.so")

if(CDS_LIBTORCH)
  set(_cds_torch_hints "${CDS_LIBTORCH}")
else()
  set(_cds_torch_hints ${CMAKE_PREFIX_PATH})
endif()
find_path(CDS_LIBTORCH_ROOT NAMES lib/libtorch.so HINTS ${_cds_torch_hints} NO_DEFAULT_PATH)
if(NOT CDS_LIBTORCH_ROOT OR NOT EXISTS "${CDS_LIBTORCH_ROOT}/include/torch/csrc/api/include/torch/torch.h")
  message(FATAL_ERROR
    "libtorch not found (looked in: ${_cds_torch_hints}). scripts/quickstart.sh installs the pinned "
    "version from PyPI; or pass -DCDS_LIBTORCH=/path/to/libtorch (a folder with lib/libtorch.so "
    "and include/).")
endif()

# The version, from the header every libtorch 2.x ships.
set(_cds_version_header "${CDS_LIBTORCH_ROOT}/include/torch/headeronly/version.h")
if(NOT EXISTS "${_cds_version_header}")
  set(_cds_version_header "${CDS_LIBTORCH_ROOT}/include/torch/csrc/api/include/torch/version.h")
endif()
file(STRINGS "${_cds_version_header}" _cds_version_lines REGEX "#define TORCH_VERSION_(MAJOR|MINOR|PATCH) ")
foreach(_part MAJOR MINOR PATCH)
  string(REGEX MATCH "TORCH_VERSION_${_part} ([0-9]+)" _m "${_cds_version_lines}")
  set(_cds_torch_${_part} "${CMAKE_MATCH_1}")
endforeach()
set(CDS_TORCH_VERSION "${_cds_torch_MAJOR}.${_cds_torch_MINOR}.${_cds_torch_PATCH}")
if(_cds_torch_MAJOR LESS 2)
  message(FATAL_ERROR "${CDS_LIBTORCH_ROOT} holds libtorch ${CDS_TORCH_VERSION}; 2.0 or newer is needed.")
endif()

set(_lib "${CDS_LIBTORCH_ROOT}/lib")
add_library(cds_torch INTERFACE)
target_include_directories(cds_torch SYSTEM INTERFACE
  "${CDS_LIBTORCH_ROOT}/include" "${CDS_LIBTORCH_ROOT}/include/torch/csrc/api/include")
# libtorch_cpu (and libtorch_cuda) register their operators from static initialisers and no symbol
# of theirs is referenced directly: they must be linked even where the linker drops unused libraries.
set(_cds_torch_backends "${_lib}/libtorch_cpu.so")
if(EXISTS "${_lib}/libtorch_cuda.so")
  set(CDS_TORCH_CUDA ON)
  list(APPEND _cds_torch_backends "${_lib}/libtorch_cuda.so" "${_lib}/libc10_cuda.so")
  set(_cds_torch_kind "with CUDA")
else()
  set(CDS_TORCH_CUDA OFF)
  set(_cds_torch_kind "CPU only: this build cannot use a GPU")
endif()
list(JOIN _cds_torch_backends "," _cds_torch_backend_list)
# libstdc++ first: the wheel's libtorch.so and libtorch_cpu.so export copies of some libstdc++
# functions (std::filesystem::remove_all, std::chrono's time zones, ...), and whichever library
# comes first in the program's list of needed libraries supplies them. libtorch's copy of
# std::filesystem::remove_all crashes when called from our code, so the system's must win.
target_link_libraries(cds_torch INTERFACE
  "-Wl,--push-state,--no-as-needed" stdc++ "-Wl,--pop-state"
  "${_lib}/libtorch.so" "${_lib}/libc10.so"
  "-Wl,--no-as-needed,${_cds_torch_backend_list},--as-needed")
# Installed and build-tree binaries find libtorch where it is (the link line above names files,
# which CMake adds to the build RPATH only for the first two).
set(CMAKE_BUILD_RPATH "${_lib}" ${CMAKE_BUILD_RPATH})
set(CMAKE_INSTALL_RPATH "${_lib}" ${CMAKE_INSTALL_RPATH})
message(STATUS "libtorch ${CDS_TORCH_VERSION} (${_cds_torch_kind}) in ${CDS_LIBTORCH_ROOT}")
