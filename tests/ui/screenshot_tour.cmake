# gui.screenshot_tour: `cdstudio --screenshot-tour OUT` must exit 0 and leave the five page
# screenshots, each of the window's size and not blank (check_screenshots).
# cmake -DAPP=cdstudio -DCHECK=check_screenshots -DOUT=dir -P screenshot_tour.cmake
foreach(var APP CHECK OUT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "screenshot_tour.cmake needs -D${var}=…")
  endif()
endforeach()

file(REMOVE_RECURSE "${OUT}")
# Fresh settings with one engine thread: on a machine busy with other work, OpenMP's spinning
# threads make the demo many times slower (README, Known limits).
if(DEFINED ENV{XDG_CONFIG_HOME})
  file(WRITE "$ENV{XDG_CONFIG_HOME}/CustomDiffusionStudio/cdstudio.conf" "[engine]\nthreads=1\n")
endif()
execute_process(COMMAND "${APP}" --screenshot-tour "${OUT}" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cdstudio --screenshot-tour failed (${result})")
endif()
execute_process(
  COMMAND "${CHECK}" "${OUT}" 01-model.png 02-concepts.png 03-regularization.png 04-train.png
          05-generate.png
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "the screenshots in ${OUT} are missing or blank")
endif()
