# gatebook on the AMD Alveo U50: from the repository's generated Verilog to a bitstream and a
# flash image, in batch. Creates a Vivado project (kept, to open in the GUI), the PCIe IP, the
# sources and constraints; synthesizes, places and routes; writes the reports, checks timing,
# then writes the bitstream and the configuration flash image.
#
#   vivado -mode batch -source bitstreams/boards/au50/create_project.tcl \
#          [-tclargs name=value ...]
#
# Options (name=value after -tclargs):
#   core_clk_divide=12       core_clk period in ns: the MMCM's 1000 MHz VCO divided by it. A
#                            multiple of 4 from 8 to 64 (12: 83.33 MHz; 8: 125 MHz).
#   out=<directory>          where everything goes (default out/au50 in the repository). The
#                            project in it is recreated.
#   jobs=<n>                 parallel runs and threads (default 4).
#   build=0                  only create the project and the IP, build nothing.
#   allow_timing_failure=1   write the bitstream even when timing is not met.
#
# Writes to <out>:
#   project/gatebook_au50.xpr   the project (its IP under project/gatebook_au50.srcs)
#   reports/                    timing summary, utilization, clocks, CDC, methodology, DRC
#   gatebook_au50.bit           the bitstream (JTAG)
#   gatebook_au50.mcs, .prm     the flash image, at the U50's user image address 0x01002000
#   build.txt                   what was built: part, clocks, build id, timing

set part xcu50-fsvh2104-2-e
set ip_name pcie4c_uscale_plus_0

set board_dir [file dirname [file normalize [info script]]]
set repo_dir [file normalize [file join $board_dir .. .. ..]]

# ---------------------------------------------------------------------------------------------
# Options
array set opt [list core_clk_divide 12 out [file join $repo_dir out au50] jobs 4 build 1 \
    allow_timing_failure 0]
foreach arg $argv {
    if {![regexp {^([a-z_]+)=(.*)$} $arg -> name value] || ![info exists opt($name)]} {
        error "unknown argument '$arg' (expected one of: [join [lsort [array names opt]] {, }], as name=value)"
    }
    set opt($name) $value
}
set divide $opt(core_clk_divide)
if {![string is integer -strict $divide] || $divide % 4 != 0 || $divide < 8 || $divide > 64} {
    error "core_clk_divide=$divide: a multiple of 4 from 8 to 64, so that core_clk's edges fall on user_clk's (au50.xdc says why)"
}
set out [file normalize $opt(out)]
set jobs $opt(jobs)
set core_mhz [format %.2f [expr {1000.0 / $divide}]]

if {[llength [get_parts -quiet $part]] == 0} {
    error "this Vivado does not know the part $part: install UltraScale+ (Alveo) device support"
}

# ---------------------------------------------------------------------------------------------
# The sources, and the build id the host checks: BUILD_ID is the FNV-1a (32 bits) of
# gatebook_top.v, and bitstreams/manifests/gatebook_card.toml records it. The bitstream's
# USR_ACCESS word carries it too, readable over JTAG.
set sources [list \
    [file join $repo_dir hdl generated gatebook_top.v] \
    [file join $repo_dir hdl generated gatebook_pcie.v] \
    [file join $board_dir au50_top.v]]
foreach f $sources {
    if {![file exists $f]} { error "missing source $f" }
}

proc fnv1a32 {path} {
    set f [open $path rb]
    set data [read $f]
    close $f
    binary scan $data cu* bytes
    set h 0x811c9dc5
    foreach b $bytes {
        set h [expr {(($h ^ $b) * 0x01000193) & 0xffffffff}]
    }
    return [format 0x%08x $h]
}

set manifest [file join $repo_dir bitstreams manifests gatebook_card.toml]
set f [open $manifest r]
set manifest_text [read $f]
close $f
if {![regexp -line {^build_id\s*=\s*"(0x[0-9a-fA-F]{8})"} $manifest_text -> build_id]} {
    error "no build_id in $manifest"
}
set source_id [fnv1a32 [lindex $sources 0]]
if {[string tolower $source_id] ne [string tolower $build_id]} {
    error "hdl/generated/gatebook_top.v hashes to $source_id, the manifest says $build_id: run 'make verilog'"
}
puts "gatebook: build id $build_id, core_clk $core_mhz MHz, output in $out"

# ---------------------------------------------------------------------------------------------
# The project
file mkdir $out
create_project gatebook_au50 [file join $out project] -part $part -force
set_property target_language Verilog [current_project]
set_param general.maxThreads [expr {min($jobs, 8)}]

add_files -norecurse -fileset sources_1 $sources
set_property top au50_top [get_filesets sources_1]
set_property generic "CORE_CLK_DIVIDE=$divide" [get_filesets sources_1]

# Constraints: au50.xdc for implementation (its clock names and pins need the whole design,
# the IP's netlist included); during synthesis, where the IP is a black box, a clock on the
# IP's user_clk pin so that synthesis is timing-driven (the MMCM's clock follows from it).
set impl_xdc [file join $board_dir au50.xdc]
add_files -norecurse -fileset constrs_1 $impl_xdc
set_property used_in_synthesis false [get_files $impl_xdc]
set synth_xdc [file join $out au50_synth.xdc]
set f [open $synth_xdc w]
puts $f "# Written by create_project.tcl: for synthesis only (the PCIe IP is a black box there)."
puts $f "create_clock -name user_clk -period 4.000 \[get_pins pcie/user_clk\]"
close $f
add_files -norecurse -fileset constrs_1 $synth_xdc
set_property used_in_implementation false [get_files $synth_xdc]
set_property target_constrs_file [get_files $impl_xdc] [get_filesets constrs_1]

# ---------------------------------------------------------------------------------------------
# The PCIe IP: the UltraScale+ integrated block for PCI Express with CCIX ports (PCIE4C, the
# U50's), configured as docs/pcie.md's table says.
create_ip -name pcie4c_uscale_plus -vendor xilinx.com -library ip -module_name $ip_name
set ip [get_ips $ip_name]

# First the mode and the link, which the other settings depend on.
set ip_link {
    mode_selection                  Advanced
    PL_LINK_CAP_MAX_LINK_SPEED      8.0_GT/s
    PL_LINK_CAP_MAX_LINK_WIDTH      X16
    axisten_if_width                512_bit
    axisten_freq                    250
}
#   mode_selection: Advanced shows the alignment and straddle settings below.
#   PL_LINK_CAP_MAX_LINK_SPEED, _WIDTH: Gen3 x16 (8 GT/s); with the 512-bit interface the
#     user clock is 250 MHz (axisten_if_width, axisten_freq).
set ip_settings {
    AXISTEN_IF_CQ_ALIGNMENT_MODE        DWORD_Aligned
    AXISTEN_IF_RQ_ALIGNMENT_MODE        DWORD_Aligned
    AXISTEN_IF_EXT_512_CQ_STRADDLE      false
    AXISTEN_IF_EXT_512_CC_STRADDLE      false
    AXISTEN_IF_EXT_512_RQ_STRADDLE      false
    AXISTEN_IF_EXT_512_RC_4TLP_STRADDLE false
    axisten_if_enable_client_tag        true
    extended_tag_field                  false
    tl_pf_enable_reg                    1
    vendor_id                           10EE
    PF0_DEVICE_ID                       903F
    pf0_bar0_enabled                    true
    pf0_bar0_type                       Memory
    pf0_bar0_64bit                      false
    pf0_bar0_prefetchable               false
    pf0_bar0_scale                      Kilobytes
    pf0_bar0_size                       8
    pf0_bar1_enabled                    false
    pf0_bar2_enabled                    false
    pf0_bar3_enabled                    false
    pf0_bar4_enabled                    false
    pf0_bar5_enabled                    false
    pf0_msi_enabled                     true
    pf0_msix_enabled                    false
    MSI_X_OPTIONS                       None
}
#   AXISTEN_IF_CQ_ALIGNMENT_MODE, _RQ_: DWORD-aligned payloads on CQ/CC and RQ/RC, the layout
#     the front end unpacks.
#   AXISTEN_IF_EXT_512_*_STRADDLE: no straddling on any of the four interfaces (one TLP per
#     beat start; the front end reads tlast). RC's 2-TLP straddle is checked in the generated
#     sources below.
#   axisten_if_enable_client_tag: the card picks the tags of its reads (they index its reorder
#     buffer); extended_tag_field off: 32 tags, the card uses 8.
#   tl_pf_enable_reg: one physical function, PF0.
#   vendor_id, PF0_DEVICE_ID: 10ee:903f, what docs/deploy.md binds to vfio-pci.
#   pf0_bar0_*: BAR0, 8 KiB, 32-bit, non-prefetchable memory (wire::regmap::BAR0_BYTES);
#     no other BAR.
#   pf0_msi_enabled, pf0_msix_enabled, MSI_X_OPTIONS: MSI-X off. The host polls and never
#     enables an interrupt; the default MSI capability stays, its inputs tied low in
#     au50_top.v (the IP's MSI ports are the ones the wrapper ties off).
proc config_dict {settings} {
    set d {}
    foreach {k v} $settings { lappend d CONFIG.$k $v }
    return $d
}
set_property -dict [config_dict $ip_link] $ip
set_property -dict [config_dict $ip_settings] $ip

# Every setting must have stuck: a name this version of the IP does not know, or a value it
# overrode, stops the build here.
set mismatches {}
foreach {k v} [concat $ip_link $ip_settings] {
    set got [get_property CONFIG.$k $ip]
    if {![string equal -nocase $got $v]} {
        lappend mismatches "CONFIG.$k is '$got', wanted '$v'"
    }
}
if {[llength $mismatches]} {
    error "the PCIe IP did not take its configuration:\n  [join $mismatches "\n  "]"
}

generate_target all $ip
set ip_dir [file dirname [get_property IP_FILE $ip]]

proc files_under {dir patterns} {
    set found {}
    foreach p $patterns {
        lappend found {*}[glob -nocomplain -type f -directory $dir $p]
    }
    foreach sub [glob -nocomplain -type d -directory $dir *] {
        lappend found {*}[files_under $sub $patterns]
    }
    return $found
}

# The wrapper must drive every input the generated IP has: compare the instantiation
# template's inputs with the connections in au50_top.v.
set veo [lindex [files_under $ip_dir {*.veo}] 0]
if {$veo eq ""} { error "no instantiation template (.veo) under $ip_dir" }
set f [open $veo r]
set template [read $f]
close $f
set f [open [file join $board_dir au50_top.v] r]
set wrapper [read $f]
close $f
set open_inputs {}
foreach line [split $template "\n"] {
    if {[regexp {^\s*\.(\w+)\s*\(.*//\s*input} $line -> port]} {
        if {![regexp "\\.${port}\\s*\\(" $wrapper]} { lappend open_inputs $port }
    }
}
if {[llength $open_inputs]} {
    error "au50_top.v leaves inputs of $ip_name open: [join $open_inputs {, }] (tie them off)"
}

# The generated core's own parameters: the interface layout the front end depends on.
set expected {
    AXISTEN_IF_EXT_512_CQ_STRADDLE      FALSE
    AXISTEN_IF_EXT_512_CC_STRADDLE      FALSE
    AXISTEN_IF_EXT_512_RQ_STRADDLE      FALSE
    AXISTEN_IF_EXT_512_RC_STRADDLE      FALSE
    AXISTEN_IF_EXT_512_RC_4TLP_STRADDLE FALSE
    AXISTEN_IF_CQ_ALIGNMENT_MODE        0
    AXISTEN_IF_CC_ALIGNMENT_MODE        0
    AXISTEN_IF_RQ_ALIGNMENT_MODE        0
    AXISTEN_IF_RC_ALIGNMENT_MODE        0
    AXISTEN_IF_ENABLE_CLIENT_TAG        TRUE
}
set generated_text ""
foreach g [files_under $ip_dir {*.v *.sv}] {
    set f [open $g r]
    append generated_text [read $f] "\n"
    close $f
}
proc literal_value {text} {
    set text [string trim $text]
    if {[regexp {^"(.*)"$} $text -> s]} { return [string toupper $s] }
    if {[regexp {^[0-9]*'[sS]?([bBoOdDhH])([0-9a-fA-F_xXzZ]+)$} $text -> base digits]} {
        set digits [string map {_ ""} $digits]
        switch -- [string tolower $base] {
            b { set radix 2 } o { set radix 8 } d { set radix 10 } h { set radix 16 }
        }
        if {[regexp {[xXzZ]} $digits]} { return "" }
        set n 0
        foreach c [split [string tolower $digits] ""] {
            set n [expr {$n * $radix + [string first $c 0123456789abcdef]}]
        }
        return $n
    }
    if {[string is integer -strict $text]} { return [expr {$text}] }
    return ""
}
set layout_problems {}
foreach {param want} $expected {
    set seen 0
    foreach {all value} [regexp -all -inline "\\.${param}\\s*\\(\\s*(\[^)\]*?)\\s*\\)" $generated_text] {
        set v [literal_value $value]
        if {$v eq ""} { continue }
        incr seen
        if {![string equal -nocase $v $want]} {
            lappend layout_problems "$param = $value in the generated sources, wanted $want"
        }
    }
    if {$seen == 0} {
        puts "WARNING: gatebook: $param not found as a literal in the generated IP sources; check it in the IP's configuration report"
    }
}
if {[llength $layout_problems]} {
    error "the generated PCIe IP does not have the interface layout gatebook_pcie needs:\n  [join $layout_problems "\n  "]"
}

create_ip_run $ip

if {!$opt(build)} {
    puts "gatebook: project created in [file join $out project] (build=0: nothing built)"
    return
}

# ---------------------------------------------------------------------------------------------
# Synthesis, place and route
set_property STEPS.PHYS_OPT_DESIGN.IS_ENABLED true [get_runs impl_1]
set_property STEPS.POST_ROUTE_PHYS_OPT_DESIGN.IS_ENABLED true [get_runs impl_1]

proc run_and_check {run jobs} {
    launch_runs $run -jobs $jobs
    wait_on_run $run
    set progress [get_property PROGRESS [get_runs $run]]
    set status [get_property STATUS [get_runs $run]]
    if {$progress ne "100%" || [string match -nocase "*error*" $status] ||
        [string match -nocase "*failed*" $status]} {
        error "run $run: $status ($progress); see its log under [get_property DIRECTORY [get_runs $run]]"
    }
}
run_and_check [get_runs ${ip_name}_synth_1] $jobs
run_and_check synth_1 $jobs
run_and_check impl_1 $jobs

# ---------------------------------------------------------------------------------------------
# Reports and the timing check, on the routed design
open_run impl_1
set reports [file join $out reports]
file mkdir $reports

# The constraints file must have been applied: a clock it renames and a pin it places.
if {[llength [get_clocks -quiet core_clk]] == 0 ||
    [get_property PACKAGE_PIN [get_ports pcie_refclk_p]] ne "AF9"} {
    error "au50.xdc was not applied to the routed design"
}

report_timing_summary -delay_type min_max -max_paths 20 -report_unconstrained \
    -warn_on_violation -file [file join $reports timing_summary.rpt]
report_timing -from [get_clocks core_clk] -to [get_clocks core_clk] -max_paths 20 \
    -file [file join $reports timing_core_clk.rpt]
report_utilization -file [file join $reports utilization.rpt]
report_utilization -hierarchical -hierarchical_depth 3 -file [file join $reports utilization_hierarchy.rpt]
report_clocks -file [file join $reports clocks.rpt]
report_clock_interaction -delay_type min_max -file [file join $reports clock_interaction.rpt]
report_clock_utilization -file [file join $reports clock_utilization.rpt]
report_cdc -details -file [file join $reports cdc.rpt]
report_methodology -file [file join $reports methodology.rpt]
report_drc -file [file join $reports drc.rpt]
report_power -file [file join $reports power.rpt]

set worst_setup [get_timing_paths -delay_type max -max_paths 1 -nworst 1]
set worst_hold [get_timing_paths -delay_type min -max_paths 1 -nworst 1]
set wns [get_property SLACK $worst_setup]
set whs [get_property SLACK $worst_hold]
set timing "WNS $wns ns (to [get_property ENDPOINT_PIN $worst_setup], clock [get_property ENDPOINT_CLOCK $worst_setup]), WHS $whs ns"
puts "gatebook: $timing"

set summary [file join $out build.txt]
set f [open $summary w]
puts $f "part            $part (Alveo U50)"
puts $f "build id        $build_id (USR_ACCESS)"
puts $f "user_clk        250 MHz (PCIe Gen3 x16, 512-bit)"
puts $f "core_clk        $core_mhz MHz (core_clk_divide=$divide)"
puts $f "timing          $timing"
puts $f "reports         $reports"
close $f

if {$wns eq "" || $whs eq "" || $wns < 0 || $whs < 0} {
    if {!$opt(allow_timing_failure)} {
        error "timing not met: $timing. Reports in $reports; the routed design is the impl_1 run of [file join $out project]. (allow_timing_failure=1 writes the bitstream anyway.)"
    }
    puts "WARNING: gatebook: timing not met, writing the bitstream anyway (allow_timing_failure=1)"
}

# ---------------------------------------------------------------------------------------------
# Bitstream and flash image
set_property BITSTREAM.CONFIG.USR_ACCESS $build_id [current_design]
set bit [file join $out gatebook_au50.bit]
write_bitstream -force $bit
# The U50's flash (MT25QU01G, 128 MiB) keeps its golden image at the bottom; the user image
# goes at 0x01002000, where the golden image hands over.
write_cfgmem -force -format mcs -size 128 -interface SPIx4 \
    -loadbit "up 0x01002000 $bit" -checksum -file [file join $out gatebook_au50.mcs]

set f [open $summary a]
puts $f "bitstream       $bit"
puts $f "flash image     [file join $out gatebook_au50.mcs] (with .prm), at 0x01002000"
close $f
puts "gatebook: wrote $bit and [file join $out gatebook_au50.mcs]"
