# Install rules and the CMake / pkg-config packages. Included once, at the end of the top-level
# CMakeLists.txt, after every target exists.
#
# Layout (the build tree mirrors it, so the host finds its plugins the same way in both):
#   bin/textchain
#   lib/libtextchain.so*                          the host library
#   include/textchain/{host.hpp,isolated_runner.hpp,abi.h,sdk.hpp,utf8.hpp}
#   lib/textchain/plugins/textchain_*.so          the shipped plugins (installed by textchain_add_plugin)
#   lib/cmake/textchain/                          find_package(textchain CONFIG)
#   lib/pkgconfig/{textchain,textchain-sdk}.pc
#   share/textchain/chains/*.toml                 the example chain configs
include(CMakePackageConfigHelpers)

set(TEXTCHAIN_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/textchain)

# The installed command and library find each other (and hence the plugins) relative to themselves, so
# the whole tree can be moved or unpacked anywhere.
set_target_properties(textchain PROPERTIES INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
# Consumers spell them textchain::core and textchain::sdk, the same as in this build.
set_target_properties(textchain_core PROPERTIES EXPORT_NAME core)
set_target_properties(textchain_sdk PROPERTIES EXPORT_NAME sdk)

install(TARGETS textchain RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
# The include directory is exported by the targets' own INSTALL_INTERFACE. Boost.JSON and toml++ are
# linked privately into the shared library: the export carries no dependency
# on them and the package config needs no find_dependency.
install(TARGETS textchain_core textchain_sdk EXPORT textchainTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT development
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime)
install(FILES
    ${PROJECT_SOURCE_DIR}/core/include/textchain/host.hpp
    ${PROJECT_SOURCE_DIR}/core/include/textchain/isolated_runner.hpp
    ${PROJECT_SOURCE_DIR}/sdk/include/textchain/abi.h
    ${PROJECT_SOURCE_DIR}/sdk/include/textchain/sdk.hpp
    ${PROJECT_SOURCE_DIR}/sdk/include/textchain/utf8.hpp
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/textchain COMPONENT development)

install(EXPORT textchainTargets NAMESPACE textchain:: FILE textchainTargets.cmake
  DESTINATION ${TEXTCHAIN_CMAKE_INSTALL_DIR} COMPONENT development)
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/textchainConfig.cmake.in
  ${PROJECT_BINARY_DIR}/package/textchainConfig.cmake
  INSTALL_DESTINATION ${TEXTCHAIN_CMAKE_INSTALL_DIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR TEXTCHAIN_PLUGIN_SUBDIR)
# 0.x: a minor release may change the host API, so only the same minor version is compatible. (Plugins
# have their own compatibility rule, the ABI version in abi.h.)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/package/textchainConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES
    ${PROJECT_BINARY_DIR}/package/textchainConfig.cmake
    ${PROJECT_BINARY_DIR}/package/textchainConfigVersion.cmake
    ${PROJECT_SOURCE_DIR}/sdk/cmake/TextchainPlugin.cmake
  DESTINATION ${TEXTCHAIN_CMAKE_INSTALL_DIR} COMPONENT development)

# The plugin ABI version, for pkg-config users who check it before building.
file(STRINGS ${PROJECT_SOURCE_DIR}/sdk/include/textchain/abi.h _abi REGEX "^#define TC_ABI_(MAJOR|MINOR) ")
string(REGEX REPLACE ".*TC_ABI_MAJOR ([0-9]+).*" "\\1" _abi_major "${_abi}")
string(REGEX REPLACE ".*TC_ABI_MINOR ([0-9]+).*" "\\1" _abi_minor "${_abi}")
set(TEXTCHAIN_ABI_VERSION ${_abi_major}.${_abi_minor})

# pkg-config: relocatable through ${pcfiledir}, so `cmake --install --prefix` anywhere gives working files.
set(_pc_dir ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
string(REGEX REPLACE "[^/]+" ".." TEXTCHAIN_PC_TO_PREFIX "${_pc_dir}")
foreach(pc textchain textchain-sdk)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/${pc}.pc.in ${PROJECT_BINARY_DIR}/package/${pc}.pc @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/package/${pc}.pc DESTINATION ${_pc_dir} COMPONENT development)
endforeach()

install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/chains/ DESTINATION ${CMAKE_INSTALL_DATADIR}/textchain/chains
  COMPONENT runtime FILES_MATCHING PATTERN "*.toml")
