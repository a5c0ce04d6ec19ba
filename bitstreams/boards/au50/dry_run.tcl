# A dry run of create_project.tcl under a plain tclsh, without Vivado: every Vivado command
# the script calls is replaced by one that prints it (and answers get_property from what was
# set, or with a passing value). The PCIe IP's generated files are faked: an instantiation
# template whose inputs are those of the IP in stubs.v, and a core wrapper with the interface
# parameters create_project.tcl expects. What it checks: the script's Tcl, its option
# handling, the build id against bitstreams/manifests/gatebook_card.toml, and that its own
# checks pass on an IP configured as intended. What it cannot: anything Vivado decides.
#
#   tclsh bitstreams/boards/au50/dry_run.tcl <scratch directory> [name=value ...]
# (`make board-check` runs it.)

set board_dir [file dirname [file normalize [info script]]]
set scratch [file normalize [lindex $argv 0]]
set passthrough [lrange $argv 1 end]
file delete -force $scratch
set ip_dir [file join $scratch ip]
file mkdir [file join $ip_dir synth]

# The template: one line per port of the IP stub, as Vivado writes them.
set f [open [file join $board_dir stubs.v] r]
set stubs [read $f]
close $f
regexp {module pcie4c_uscale_plus_0 \((.*?)\);} $stubs -> port_list
set f [open [file join $ip_dir pcie4c_uscale_plus_0.veo] w]
puts $f "pcie4c_uscale_plus_0 your_instance_name ("
foreach {all dir name} [regexp -all -inline {(input|output)\s+wire\s+(?:\[[^\]]*\]\s*)?(\w+)} $port_list] {
    puts $f "  .$name\($name\),  // $dir wire $name"
}
puts $f ");"
close $f

# The core wrapper's interface parameters, as an IP configured as intended has them.
set f [open [file join $ip_dir synth pcie4c_uscale_plus_0.v] w]
puts $f "pcie4c_uscale_plus_0_core_top #("
foreach p {CQ CC RQ RC} {
    puts $f "  .AXISTEN_IF_${p}_ALIGNMENT_MODE(2'H0),"
    puts $f "  .AXISTEN_IF_EXT_512_${p}_STRADDLE(\"FALSE\"),"
}
puts $f "  .AXISTEN_IF_EXT_512_RC_4TLP_STRADDLE(\"FALSE\"),"
puts $f "  .AXISTEN_IF_ENABLE_CLIENT_TAG(\"TRUE\")"
puts $f ") core ();"
close $f

array set ip_config {}
proc vivado {args} { puts "  vivado: $args" }
proc get_parts {args} { return xcu50-fsvh2104-2-e }
proc current_project {} { return project }
proc current_design {} { return design }
foreach cmd {get_filesets get_files get_ips get_runs get_ports} {
    proc $cmd {name} { return $name }
}
proc get_clocks {args} { return core_clk }
proc get_timing_paths {args} { return path }
proc set_property {args} {
    global ip_config
    if {[lindex $args 0] eq "-dict"} {
        foreach {k v} [lindex $args 1] { set ip_config($k) $v }
    }
    vivado set_property {*}$args
}
proc get_property {name object} {
    global ip_config ip_dir
    if {[info exists ip_config($name)]} { return $ip_config($name) }
    switch -- $name {
        IP_FILE { return [file join $ip_dir pcie4c_uscale_plus_0.xci] }
        PROGRESS { return 100% }
        STATUS { return "route_design Complete!" }
        PACKAGE_PIN { return AF9 }
        SLACK { return 0.001 }
        ENDPOINT_PIN { return endpoint }
        ENDPOINT_CLOCK { return core_clk }
        DIRECTORY { return runs }
    }
    return ""
}
foreach cmd {create_project set_param add_files create_ip generate_target create_ip_run
             launch_runs wait_on_run open_run report_timing_summary report_timing
             report_utilization report_clocks report_clock_interaction
             report_clock_utilization report_cdc report_methodology report_drc report_power
             write_bitstream write_cfgmem} {
    proc $cmd {args} "vivado $cmd {*}\$args"
}

set argv [concat [list out=[file join $scratch out]] $passthrough]
source [file join $board_dir create_project.tcl]
puts "dry run of create_project.tcl: complete"
