# SPDX-License-Identifier: Apache-2.0
#
# CMake helpers of the atomvm-rs Zephyr module: compile Erlang sources and pack them into an
# .avm at configure time (the build reconfigures when a source changes).

set(ATOMVM_ROOT ${CMAKE_CURRENT_LIST_DIR}/.. CACHE INTERNAL "atomvm-rs source tree")

# The `atomvm` host tool (for `atomvm pack`): ATOMVM_TOOL if given, else built with cargo from
# this tree (into CARGO_TARGET_DIR when set).
function(atomvm_host_tool out_var)
  zephyr_get(ATOMVM_TOOL)
  if(ATOMVM_TOOL)
    set(${out_var} ${ATOMVM_TOOL} PARENT_SCOPE)
    return()
  endif()
  if(DEFINED ENV{CARGO_TARGET_DIR})
    set(target_dir $ENV{CARGO_TARGET_DIR})
    if(NOT IS_ABSOLUTE ${target_dir})
      set(target_dir ${ATOMVM_ROOT}/${target_dir})
    endif()
  else()
    set(target_dir ${ATOMVM_ROOT}/target)
  endif()
  message(STATUS "atomvm: building the atomvm host tool (cargo build --release -p atomvm-host)")
  execute_process(
    COMMAND cargo build --release --quiet -p atomvm-host
    WORKING_DIRECTORY ${ATOMVM_ROOT}
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "atomvm: cargo build -p atomvm-host failed (set ATOMVM_TOOL to an atomvm binary)")
  endif()
  set(${out_var} ${target_dir}/release/atomvm PARENT_SCOPE)
endfunction()

# atomvm_pack_erlang(OUTPUT <file.avm> SOURCES <a.erl> [<b.erl> ...])
# Compiles the sources with erlc (ERLC, or erlc on PATH) and packs them; the first source's
# module is the pack's start module.
function(atomvm_pack_erlang)
  cmake_parse_arguments(ARG "" "OUTPUT" "SOURCES" ${ARGN})
  zephyr_get(ERLC)
  if(NOT ERLC)
    find_program(ERLC erlc REQUIRED)
  endif()
  get_filename_component(dir ${ARG_OUTPUT} DIRECTORY)
  get_filename_component(name ${ARG_OUTPUT} NAME_WE)
  set(ebin ${dir}/${name}.ebin)
  file(REMOVE_RECURSE ${ebin})
  file(MAKE_DIRECTORY ${ebin})
  set(beams)
  foreach(src IN LISTS ARG_SOURCES)
    if(NOT IS_ABSOLUTE ${src})
      set(src ${APPLICATION_SOURCE_DIR}/${src})
    endif()
    set_property(DIRECTORY ${APPLICATION_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${src})
    get_filename_component(mod ${src} NAME_WE)
    list(APPEND beams ${ebin}/${mod}.beam)
    execute_process(COMMAND ${ERLC} -o ${ebin} ${src} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "atomvm: erlc failed on ${src}")
    endif()
  endforeach()
  atomvm_host_tool(tool)
  execute_process(COMMAND ${tool} pack -o ${ARG_OUTPUT} ${beams} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "atomvm: atomvm pack failed for ${ARG_OUTPUT}")
  endif()
endfunction()
