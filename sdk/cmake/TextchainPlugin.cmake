# textchain_add_plugin(<name> SOURCES <src>... [LINK <targets>...] [STATIC_TWIN] [NO_INSTALL]
#                      [OUTPUT_DIRECTORY <dir>])
#
# Builds <name> as a textchain plugin module: a shared library named textchain_<name> with the platform's
# module suffix, hidden visibility (only the entry point is exported), linked against the SDK. With
# STATIC_TWIN it also builds textchain_<name>_static, the same sources as a static library whose entry is
# textchain_plugin_entry_<name> (for tests, benchmarks and single-binary embedders).
# The module is installed into TEXTCHAIN_PLUGIN_INSTALL_DIR (lib/textchain/plugins) unless NO_INSTALL.
#
# With GCC and Clang both variants are compiled with functions aligned to 64 bytes and loops to 32
# (set TEXTCHAIN_PLUGIN_ALIGN_CODE to OFF to leave the compiler's defaults). Why: with the default 16-byte
# alignment the speed of a tight scanning loop depends on where the linker happens to place it, and a
# module and its static twin place it differently. bench/boundary measured the dates module 3-4% slower
# than its twin with default alignment and 0.99x the twin with both aligned, the twin's own speed unchanged.
option(TEXTCHAIN_PLUGIN_ALIGN_CODE "Align plugin functions (64 B) and loops (32 B) for layout-independent speed" ON)

function(_textchain_plugin_code_alignment target)
  if(NOT TEXTCHAIN_PLUGIN_ALIGN_CODE OR NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    return()
  endif()
  include(CheckCXXCompilerFlag)
  check_cxx_compiler_flag("-falign-functions=64 -falign-loops=32" TEXTCHAIN_CXX_HAS_ALIGN_FLAGS)
  if(TEXTCHAIN_CXX_HAS_ALIGN_FLAGS)
    target_compile_options(${target} PRIVATE -falign-functions=64 -falign-loops=32)
  endif()
endfunction()

function(textchain_add_plugin name)
  cmake_parse_arguments(ARG "STATIC_TWIN;NO_INSTALL" "OUTPUT_DIRECTORY" "SOURCES;LINK" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "textchain_add_plugin(${name}): SOURCES is required")
  endif()
  if(NOT TARGET textchain::sdk)
    message(FATAL_ERROR "textchain_add_plugin: textchain::sdk is missing (find_package(textchain) first)")
  endif()
  set(target textchain_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE textchain::sdk ${ARG_LINK})
  target_compile_features(${target} PRIVATE cxx_std_20)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME textchain_${name}
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    POSITION_INDEPENDENT_CODE ON)
  _textchain_plugin_code_alignment(${target})
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  elseif(DEFINED TEXTCHAIN_PLUGIN_OUTPUT_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${TEXTCHAIN_PLUGIN_OUTPUT_DIR})
  endif()
  # Refuse to link a plugin with unresolved symbols: they would only fail at load time. Not under Clang's
  # sanitizers: Clang puts their runtime in the executable only, so a sanitized module's __asan_* and
  # __ubsan_* references are unresolved by design.
  get_directory_property(_tc_dir_link_options LINK_OPTIONS)
  set(_tc_sanitized_with_clang FALSE)
  if(CMAKE_CXX_COMPILER_ID MATCHES "Clang" AND
     "${CMAKE_CXX_FLAGS} ${CMAKE_MODULE_LINKER_FLAGS} ${_tc_dir_link_options}" MATCHES "-fsanitize=")
    set(_tc_sanitized_with_clang TRUE)
  endif()
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT _tc_sanitized_with_clang)
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  endif()
  if(NOT ARG_NO_INSTALL)
    if(NOT TEXTCHAIN_PLUGIN_INSTALL_DIR)
      set(TEXTCHAIN_PLUGIN_INSTALL_DIR lib/textchain/plugins)
    endif()
    install(TARGETS ${target} LIBRARY DESTINATION ${TEXTCHAIN_PLUGIN_INSTALL_DIR})
  endif()
  if(ARG_STATIC_TWIN)
    add_library(${target}_static STATIC ${ARG_SOURCES})
    target_link_libraries(${target}_static PUBLIC textchain::sdk ${ARG_LINK})
    target_compile_definitions(${target}_static PRIVATE TEXTCHAIN_STATIC_PLUGIN_ID=${name})
    target_compile_features(${target}_static PRIVATE cxx_std_20)
    set_target_properties(${target}_static PROPERTIES POSITION_INDEPENDENT_CODE ON)
    _textchain_plugin_code_alignment(${target}_static)
  endif()
endfunction()
