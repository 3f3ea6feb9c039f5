# Use ccache when it is installed. The precompiled torch header needs ccache's pch sloppiness
# settings, passed through the environment so that no user configuration is required; the base
# folder makes clean clones elsewhere (as CI makes them) hit the same cache entries.
find_program(CDS_CCACHE ccache)
if(CDS_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      ${CMAKE_COMMAND} -E env "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
      "CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}"
      ${CDS_CCACHE})
  message(STATUS "Compiler cache: ${CDS_CCACHE}")
endif()
