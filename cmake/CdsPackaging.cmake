# Desktop integration files and the Debian package (cpack -G DEB).
set(CDS_APP_ID "io.github.cdstudio.CustomDiffusionStudio")

if(CDS_BUILD_GUI)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${CDS_APP_ID}.desktop DESTINATION share/applications)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${CDS_APP_ID}.metainfo.xml DESTINATION share/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/cdstudio.svg
          DESTINATION share/icons/hicolor/scalable/apps RENAME ${CDS_APP_ID}.svg)
endif()

set(CPACK_PACKAGE_NAME "cdstudio")
set(CPACK_PACKAGE_VENDOR "Custom Diffusion Studio developers")
set(CPACK_PACKAGE_CONTACT "Custom Diffusion Studio developers <cdstudio@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Train and use Custom Diffusion concepts for Stable Diffusion")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "cdstudio")
set(CPACK_GENERATOR DEB)
include(CPack)
