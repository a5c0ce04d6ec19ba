# Load gatebook onto an Alveo U50 through JTAG, with Vivado's hardware manager (Vivado Lab
# Edition will do). The U50 has no USB port: the JTAG cable goes on its maintenance connector.
#
#   vivado -mode batch -source bitstreams/boards/au50/program.tcl -tclargs jtag  [out=<dir>]
#   vivado -mode batch -source bitstreams/boards/au50/program.tcl -tclargs flash [out=<dir>]
#   (add url=<host>:3121 for a hardware server on another machine)
#
# jtag:  configures the FPGA with gatebook_au50.bit now; lost at the next power cycle.
# flash: writes gatebook_au50.mcs to the configuration flash (MT25QU01G) at 0x01002000, the
#        user image's address, leaving the golden image below it alone; the card loads it at
#        the next power-up (a cold boot of the server).
# <dir> is create_project.tcl's output directory (default out/au50).

set board_dir [file dirname [file normalize [info script]]]
set repo_dir [file normalize [file join $board_dir .. .. ..]]
set mode [lindex $argv 0]
set out [file join $repo_dir out au50]
set url localhost:3121
foreach arg [lrange $argv 1 end] {
    if {[regexp {^out=(.*)$} $arg -> value]} {
        set out [file normalize $value]
    } elseif {[regexp {^url=(.*)$} $arg -> value]} {
        set url $value
    } else {
        error "unknown argument '$arg' (out=<dir>, url=<host:port>)"
    }
}
if {$mode ni {jtag flash}} {
    error "first argument: jtag or flash"
}
set bit [file join $out gatebook_au50.bit]
set mcs [file join $out gatebook_au50.mcs]
foreach f [expr {$mode eq "jtag" ? [list $bit] : [list $mcs]}] {
    if {![file exists $f]} { error "$f not found: run create_project.tcl first" }
}

open_hw_manager
connect_hw_server -url $url
open_hw_target
set devices [get_hw_devices -quiet xcu50*]
if {[llength $devices] != 1} {
    error "expected one xcu50 on the JTAG chain, found: [get_hw_devices]"
}
set device [lindex $devices 0]
current_hw_device $device
refresh_hw_device -update_hw_probes false $device

if {$mode eq "jtag"} {
    set_property PROGRAM.FILE $bit $device
    program_hw_devices $device
    puts "gatebook: configured $device with $bit; now rescan the PCI bus on the host"
} else {
    create_hw_cfgmem -hw_device $device [lindex [get_cfgmem_parts {mt25qu01g-spi-x1_x2_x4}] 0]
    set memory [get_property PROGRAM.HW_CFGMEM $device]
    set_property PROGRAM.FILES [list $mcs] $memory
    set_property PROGRAM.ADDRESS_RANGE {use_file} $memory
    set_property PROGRAM.BLANK_CHECK 0 $memory
    set_property PROGRAM.ERASE 1 $memory
    set_property PROGRAM.CFG_PROGRAM 1 $memory
    set_property PROGRAM.VERIFY 1 $memory
    # The FPGA reaches the flash through a small bitstream of Vivado's, loaded first.
    create_hw_bitstream -hw_device $device [get_property PROGRAM.HW_CFGMEM_BITFILE $device]
    program_hw_devices $device
    refresh_hw_device $device
    program_hw_cfgmem -hw_cfgmem $memory
    puts "gatebook: wrote $mcs to the flash of $device; power-cycle the server to load it"
}
close_hw_target
disconnect_hw_server
