# Debian packages made by CPack's DEB generator (docs/packaging.md says why CPack and not
# debian/): one component per package, versions from project(VERSION), shared-library
# dependencies found by dpkg-shlibdeps. `scripts/package` runs it.
include(GNUInstallDirs)
set(pkg_dir ${CMAKE_CURRENT_LIST_DIR})
set(FAIRGUARD_DEB_REVISION 1 CACHE STRING "Debian revision of the packages")

# Per package: the copyright file and the compressed changelog lintian asks for.
find_program(GZIP_PROGRAM gzip REQUIRED)
set(changelog_gz ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz)
string(TIMESTAMP changelog_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(${pkg_dir}/changelog.in ${CMAKE_BINARY_DIR}/packaging/changelog.Debian @ONLY)
execute_process(COMMAND ${GZIP_PROGRAM} -9nf ${CMAKE_BINARY_DIR}/packaging/changelog.Debian)
function(fairguard_package_docs component package)
  install(FILES ${pkg_dir}/copyright ${changelog_gz}
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
endfunction()

if(FAIRGUARD_BUILD_SERVER)
  install(TARGETS fairguard-relay RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT relay)
  install(FILES ${PROJECT_SOURCE_DIR}/scripts/fairguard-relay.service
          DESTINATION lib/systemd/system COMPONENT relay)
  install(FILES ${pkg_dir}/relay.conf DESTINATION /etc/fairguard COMPONENT relay)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/relay-admin.md ${PROJECT_SOURCE_DIR}/docs/guides/admin.en.md
                ${PROJECT_SOURCE_DIR}/docs/guides/admin.zh_CN.md
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/fairguard-relay COMPONENT relay)
  fairguard_package_docs(relay fairguard-relay)

  install(TARGETS fairguard-verify RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT verify)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/verify-by-hand.md ${PROJECT_SOURCE_DIR}/docs/event-format.md
                ${PROJECT_SOURCE_DIR}/docs/guides/bundle-checker.en.md
                ${PROJECT_SOURCE_DIR}/docs/guides/bundle-checker.zh_CN.md
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/fairguard-verify COMPONENT verify)
  fairguard_package_docs(verify fairguard-verify)

  install(TARGETS fairguard-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tools)
  # The witness (docs/witness.md): for whoever vouches for a bureau's log, not the bureau.
  install(TARGETS fairguard-witness RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tools)
  install(FILES ${PROJECT_SOURCE_DIR}/scripts/fairguard-witness.service
          DESTINATION lib/systemd/system COMPONENT tools)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/witness.md
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/fairguard-tools COMPONENT tools)
  set(tools_components tools)
endif()
if(FAIRGUARD_BUILD_APP)
  install(TARGETS fairguard-station RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT station)
  install(FILES ${pkg_dir}/org.fairguard.Station.desktop
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT station)
  set(VERSION ${PROJECT_VERSION})
  configure_file(${pkg_dir}/org.fairguard.Station.metainfo.xml
                 ${CMAKE_BINARY_DIR}/packaging/org.fairguard.Station.metainfo.xml @ONLY)
  install(FILES ${CMAKE_BINARY_DIR}/packaging/org.fairguard.Station.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT station)
  install(FILES ${pkg_dir}/fairguard-station.svg
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps COMPONENT station)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/station.md ${PROJECT_SOURCE_DIR}/docs/guides/officer.en.md
                ${PROJECT_SOURCE_DIR}/docs/guides/officer.zh_CN.md
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/fairguard-station COMPONENT station)
  # The officer's guide shows the station's pages (relative links to images/).
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/guides/images
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/fairguard-station COMPONENT station)
  fairguard_package_docs(station fairguard-station)

  install(TARGETS fairguard-scan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tools)
endif()
if(FAIRGUARD_BUILD_SERVER OR FAIRGUARD_BUILD_APP)
  fairguard_package_docs(tools fairguard-tools)
endif()

# A manual page per program, made from its --help by help2man (Debian's way for programs
# whose --help is their whole manual), installed with the program's component.
find_program(HELP2MAN_PROGRAM help2man)
function(fairguard_man_page target component summary)
  if(NOT HELP2MAN_PROGRAM OR NOT TARGET ${target})
    return()
  endif()
  set(page ${CMAKE_BINARY_DIR}/packaging/man/${target}.1)
  add_custom_command(OUTPUT ${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging/man
    # offscreen: the station's --help must not need a display.
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${HELP2MAN_PROGRAM} --no-info
            --version-string=${PROJECT_VERSION} --name=${summary} --output=${page} $<TARGET_FILE:${target}>
    COMMAND ${GZIP_PROGRAM} -9nf ${page}
    DEPENDS ${target} VERBATIM)
  add_custom_target(${target}-man ALL DEPENDS ${page}.gz)
  install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endfunction()
fairguard_man_page(fairguard-relay relay "the FairGuard bureau relay and its administration")
fairguard_man_page(fairguard-verify verify "check a FairGuard evidence bundle offline")
fairguard_man_page(fairguard-sim tools "simulate FairGuard complaint stations against a relay")
fairguard_man_page(fairguard-witness tools "cosign a FairGuard log's tree heads while its history holds")
fairguard_man_page(fairguard-scan tools "read booth and product codes from image files")
fairguard_man_page(fairguard-station station "the FairGuard trade-fair complaint station")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fairguard)
set(CPACK_PACKAGE_VENDOR "FairGuard")
set(CPACK_PACKAGE_CONTACT "FairGuard maintainers <maintainers@fairguard.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${FAIRGUARD_DEB_REVISION})
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://fairguard.invalid/")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_RELAY_PACKAGE_NAME fairguard-relay)
set(CPACK_DEBIAN_RELAY_PACKAGE_SECTION net)
set(CPACK_DEBIAN_RELAY_PACKAGE_DEPENDS "adduser")
set(CPACK_DEBIAN_RELAY_PACKAGE_CONTROL_EXTRA
    ${pkg_dir}/relay/postinst ${pkg_dir}/relay/prerm ${pkg_dir}/relay/postrm ${pkg_dir}/relay/conffiles)
set(CPACK_DEBIAN_RELAY_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)
set(CPACK_COMPONENT_RELAY_DESCRIPTION
    "FairGuard relay: the IP bureau's sync server for trade-fair complaint stations\nStations sync their signed complaint records to the relay over pinned TLS.\nThe relay verifies and stores them, shares cases between the stations of a\nfair, returns transparency-log receipts and writes exports and the\npost-fair report.")

set(CPACK_DEBIAN_STATION_PACKAGE_NAME fairguard-station)
# QML modules are loaded at run time, so dpkg-shlibdeps cannot see them: named here.
set(CPACK_DEBIAN_STATION_PACKAGE_DEPENDS
    "qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtqml-workerscript, qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-window, qml6-module-qtquick-dialogs, qml6-module-qtmultimedia, qml6-module-qt-labs-folderlistmodel, fonts-noto-cjk")
# The papers print through CUPS's lp; a station without a printer works without it.
set(CPACK_DEBIAN_STATION_PACKAGE_RECOMMENDS "cups-client")
set(CPACK_COMPONENT_STATION_DESCRIPTION
    "FairGuard station: the complaint station app for trade-fair IP officers\nTakes patent and trademark complaints at a fair, scans booth stickers\nand product codes, seals evidence and signs every action, offline;\nsyncs to the bureau's relay.")

set(CPACK_DEBIAN_VERIFY_PACKAGE_NAME fairguard-verify)
set(CPACK_COMPONENT_VERIFY_DESCRIPTION
    "FairGuard bundle verifier: checks an exported evidence bundle offline\nChecks every signature, hash chain, photo hash and transparency-log proof\nof a FairGuard case bundle with only the bureau's public keys.")

set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME fairguard-tools)
set(CPACK_COMPONENT_TOOLS_DESCRIPTION
    "FairGuard tools: fair simulator, witness and barcode scanner command line\nfairguard-sim plays complaint stations against a relay (demo, load\ntests); fairguard-witness cosigns a bureau log's tree heads for an\noutside party; fairguard-scan reads booth and product codes from image files.")

include(CPack)
