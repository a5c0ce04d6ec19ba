# Constraints of gatebook on the AMD Alveo U50 (xcu50-fsvh2104-2-e), top au50_top.
# create_project.tcl adds it for implementation only (its clock names and pins need the whole
# design, the PCIe IP's netlist included).
# Pin locations are those of the U50's PCIe edge connector, reference clock, PERST# and
# HBM_CATTRIP (the same as in public U50 designs, e.g. Corundum's AU50 constraints).

# ---------------------------------------------------------------------------------------
# Configuration: 1.8 V bank 0, quad SPI flash (Micron MT25QU01G, 1 Gbit: 32-bit addresses),
# compressed bitstream loaded at 85 MHz from the internal oscillator, falling back to the
# card's golden image if the image in flash is bad.
set_property CFGBVS GND [current_design]
set_property CONFIG_VOLTAGE 1.8 [current_design]
set_property CONFIG_MODE SPIx4 [current_design]
set_property BITSTREAM.CONFIG.SPI_BUSWIDTH 4 [current_design]
set_property BITSTREAM.CONFIG.SPI_32BIT_ADDR YES [current_design]
set_property BITSTREAM.CONFIG.SPI_FALL_EDGE YES [current_design]
set_property BITSTREAM.CONFIG.EXTMASTERCCLK_EN DISABLE [current_design]
set_property BITSTREAM.CONFIG.CONFIGRATE 85.0 [current_design]
set_property BITSTREAM.CONFIG.CONFIGFALLBACK ENABLE [current_design]
set_property BITSTREAM.GENERAL.COMPRESS TRUE [current_design]
set_property BITSTREAM.CONFIG.UNUSEDPIN PULLUP [current_design]

# ---------------------------------------------------------------------------------------
# PCIe: 16 lanes on GTY quads 224-227 (lane 0 on MGTY 227 channel 3, GTYE4_CHANNEL_X1Y15,
# lane 15 on MGTY 224 channel 0, X1Y0), where the IP places them for this part; the N sides
# follow their P sides. A LOC here that disagrees with the IP's GT placement stops
# placement, which is the point of listing them.
set_property PACKAGE_PIN AL2 [get_ports {pcie_rx_p[0]}]
set_property PACKAGE_PIN AM4 [get_ports {pcie_rx_p[1]}]
set_property PACKAGE_PIN AK4 [get_ports {pcie_rx_p[2]}]
set_property PACKAGE_PIN AN2 [get_ports {pcie_rx_p[3]}]
set_property PACKAGE_PIN AP4 [get_ports {pcie_rx_p[4]}]
set_property PACKAGE_PIN AR2 [get_ports {pcie_rx_p[5]}]
set_property PACKAGE_PIN AT4 [get_ports {pcie_rx_p[6]}]
set_property PACKAGE_PIN AU2 [get_ports {pcie_rx_p[7]}]
set_property PACKAGE_PIN AV4 [get_ports {pcie_rx_p[8]}]
set_property PACKAGE_PIN AW2 [get_ports {pcie_rx_p[9]}]
set_property PACKAGE_PIN BA2 [get_ports {pcie_rx_p[10]}]
set_property PACKAGE_PIN BC2 [get_ports {pcie_rx_p[11]}]
set_property PACKAGE_PIN AY4 [get_ports {pcie_rx_p[12]}]
set_property PACKAGE_PIN BB4 [get_ports {pcie_rx_p[13]}]
set_property PACKAGE_PIN BD4 [get_ports {pcie_rx_p[14]}]
set_property PACKAGE_PIN BE6 [get_ports {pcie_rx_p[15]}]
set_property PACKAGE_PIN Y5  [get_ports {pcie_tx_p[0]}]
set_property PACKAGE_PIN AA7 [get_ports {pcie_tx_p[1]}]
set_property PACKAGE_PIN AB5 [get_ports {pcie_tx_p[2]}]
set_property PACKAGE_PIN AC7 [get_ports {pcie_tx_p[3]}]
set_property PACKAGE_PIN AD5 [get_ports {pcie_tx_p[4]}]
set_property PACKAGE_PIN AF5 [get_ports {pcie_tx_p[5]}]
set_property PACKAGE_PIN AE7 [get_ports {pcie_tx_p[6]}]
set_property PACKAGE_PIN AH5 [get_ports {pcie_tx_p[7]}]
set_property PACKAGE_PIN AG7 [get_ports {pcie_tx_p[8]}]
set_property PACKAGE_PIN AJ7 [get_ports {pcie_tx_p[9]}]
set_property PACKAGE_PIN AL7 [get_ports {pcie_tx_p[10]}]
set_property PACKAGE_PIN AM9 [get_ports {pcie_tx_p[11]}]
set_property PACKAGE_PIN AN7 [get_ports {pcie_tx_p[12]}]
set_property PACKAGE_PIN AP9 [get_ports {pcie_tx_p[13]}]
set_property PACKAGE_PIN AR7 [get_ports {pcie_tx_p[14]}]
set_property PACKAGE_PIN AT9 [get_ports {pcie_tx_p[15]}]

# The 100 MHz reference clock from the edge connector for an x16 link: MGTREFCLK0 of quad
# 225 (pins AF9/AF8), the quad in the middle of the four.
set_property PACKAGE_PIN AF9 [get_ports pcie_refclk_p]
create_clock -name pcie_refclk -period 10.000 [get_ports pcie_refclk_p]

# PERST#: 1.8 V, pulled up so a floating pin does not hold the block in reset. Asynchronous:
# the IP synchronizes it.
set_property PACKAGE_PIN AW27 [get_ports pcie_perst_n]
set_property IOSTANDARD LVCMOS18 [get_ports pcie_perst_n]
set_property PULLUP true [get_ports pcie_perst_n]
set_false_path -from [get_ports pcie_perst_n]

# HBM_CATTRIP to the card's satellite controller, which powers the card down when it goes
# high: the design drives it low.
set_property PACKAGE_PIN J18 [get_ports hbm_cattrip]
set_property IOSTANDARD LVCMOS18 [get_ports hbm_cattrip]

# ---------------------------------------------------------------------------------------
# Clocks. user_clk (250 MHz) is derived by Vivado from pcie_refclk through the GTs and the
# IP's clock buffers. core_clk is the MMCM's CLKOUT0, derived from user_clk: the name below
# only renames the clock Vivado derives there.
create_generated_clock -name core_clk [get_pins core_mmcm/CLKOUT0]

# user_clk leaves the IP on a BUFG_GT in the GT column's clock region; the MMCM sits in a
# clock management tile of another region. Let the placer pick any CMT while keeping the net
# on global clock routing.
set_property CLOCK_DEDICATED_ROUTE ANY_CMT_COLUMN [get_nets -of_objects [get_pins core_mmcm/CLKIN1]]

# Crossings between user_clk and core_clk: none is cut, on purpose. gatebook_pcie carries
# register accesses, their values, read requests, lines read and line writes across in five
# RustHDL AsynchronousFIFOs (reg_requests, reg_responses, read_requests, read_lines,
# line_writes), each a dual-clock LUT RAM whose read and write pointers cross in
# VectorSynchronizer handshakes (write_to_read, read_to_write: sender/hold -> recv/hold, the
# flag into recv/sync/dff0, the acknowledge into sender/sync/dff0), and the card's reset
# enters core_clk through a two-flop BitSynchronizer (core_reset/dff0, dff1).
#
# The VectorSynchronizer is not safe between unrelated clocks when the receiving clock is
# slower than about half the sending one: its sender changes the held pointer two to three of
# its own cycles after the receiver's acknowledge falls, and the receiver loads the pointer
# one of its own cycles after that acknowledge. With user_clk (4 ns) sending to a core_clk of
# 8 ns or more the two meet, and a multi-bit pointer can be loaded while it changes
# (bitstreams/boards/vector_sync_tb.v measures it; `make board-check` runs it). So core_clk
# comes from an MMCM on user_clk, with a period that is a whole multiple of user_clk's
# (create_project.tcl checks), and Vivado times every path between the two domains as a
# synchronous path: the pointer buses, the flags, the LUT RAM reads (written on one clock,
# read into a register of the other) and the reset synchronizer's first flop each get one
# user_clk period (4 ns) for setup, and hold is checked on the shared edges. No false path,
# max delay or ASYNC_REG is needed for them, and none may be added: it would hide the race.
#
# Should core_clk ever come from a clock of its own (another oscillator), these paths must be
# cut instead, and only once the synchronizer holds its pointer until the receiver has it
# (or core_clk runs faster than about 150 MHz); the constraints would then be:
#   set_max_delay -datapath_only 4.0 -from [get_clocks -of_objects [get_pins pcie/user_clk]] -to [get_clocks core_clk]
#   set_max_delay -datapath_only 4.0 -from [get_clocks core_clk] -to [get_clocks -of_objects [get_pins pcie/user_clk]]
#   set_bus_skew -from [get_cells -hier -filter {NAME =~ card/*/sender/hold/q_reg*}] -to [get_cells -hier -filter {NAME =~ card/*/recv/hold/q_reg*}] 4.0
#   set_property ASYNC_REG TRUE [get_cells -hier -filter {NAME =~ card/*/sync/dff*/q_reg*}]
#   set_property ASYNC_REG TRUE [get_cells -hier -filter {NAME =~ card/core_reset/dff*/q_reg*}]

# The one asynchronous crossing: the MMCM's LOCKED into user_clk, through two flops.
set_false_path -to [get_cells {locked_sync_reg[0]}]

# ---------------------------------------------------------------------------------------
# Placement: the xcu50 has two SLRs; the PCIe block and its GT quads 224-227 sit at the
# bottom of the device, in SLR0. Keep the card there, so no path crosses an SLR.
create_pblock card_slr0
add_cells_to_pblock [get_pblocks card_slr0] [get_cells card]
resize_pblock [get_pblocks card_slr0] -add {SLR0}
