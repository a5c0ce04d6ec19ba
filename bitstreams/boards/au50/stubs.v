// Black boxes for linting au50_top.v without Vivado: the PCIe IP as create_project.tcl
// configures it, and the UltraScale+ primitives the top uses. Each declares the ports the top
// connects, named and sized as the IP's generated wrapper and the unisim library name them;
// outputs are tied to constants. Not for synthesis or simulation: Vivado uses the IP and
// its own library.
`default_nettype none

// pcie4c_uscale_plus, 512-bit AXI-Stream, Gen3 x16, MSI capability on, MSI-X off.
module pcie4c_uscale_plus_0 (
    output wire [15:0]  pci_exp_txn,
    output wire [15:0]  pci_exp_txp,
    input  wire [15:0]  pci_exp_rxn,
    input  wire [15:0]  pci_exp_rxp,
    input  wire         sys_clk,
    input  wire         sys_clk_gt,
    input  wire         sys_reset,
    output wire         phy_rdy_out,
    output wire         user_clk,
    output wire         user_reset,

    output wire [511:0] m_axis_cq_tdata,
    output wire [15:0]  m_axis_cq_tkeep,
    output wire         m_axis_cq_tlast,
    output wire [182:0] m_axis_cq_tuser,
    output wire         m_axis_cq_tvalid,
    input  wire         m_axis_cq_tready,
    input  wire [511:0] s_axis_cc_tdata,
    input  wire [15:0]  s_axis_cc_tkeep,
    input  wire         s_axis_cc_tlast,
    input  wire [80:0]  s_axis_cc_tuser,
    input  wire         s_axis_cc_tvalid,
    output wire [3:0]   s_axis_cc_tready,
    input  wire [511:0] s_axis_rq_tdata,
    input  wire [15:0]  s_axis_rq_tkeep,
    input  wire         s_axis_rq_tlast,
    input  wire [136:0] s_axis_rq_tuser,
    input  wire         s_axis_rq_tvalid,
    output wire [3:0]   s_axis_rq_tready,
    output wire [511:0] m_axis_rc_tdata,
    output wire [15:0]  m_axis_rc_tkeep,
    output wire         m_axis_rc_tlast,
    output wire [160:0] m_axis_rc_tuser,
    output wire         m_axis_rc_tvalid,
    input  wire         m_axis_rc_tready,
    input  wire [1:0]   pcie_cq_np_req,
    output wire [2:0]   cfg_max_read_req,

    input  wire         cfg_link_training_enable,
    input  wire         cfg_config_space_enable,
    input  wire         cfg_power_state_change_ack,
    input  wire         cfg_req_pm_transition_l23_ready,
    input  wire         cfg_pm_aspm_l1_entry_reject,
    input  wire         cfg_pm_aspm_tx_l0s_entry_disable,
    input  wire         cfg_hot_reset_in,
    input  wire [63:0]  cfg_dsn,
    input  wire [7:0]   cfg_ds_port_number,
    input  wire [7:0]   cfg_ds_bus_number,
    input  wire [4:0]   cfg_ds_device_number,
    input  wire         cfg_err_cor_in,
    input  wire         cfg_err_uncor_in,
    input  wire [3:0]   cfg_flr_done,
    input  wire [7:0]   cfg_vf_flr_func_num,
    input  wire [0:0]   cfg_vf_flr_done,
    input  wire [2:0]   cfg_fc_sel,
    input  wire         cfg_msg_transmit,
    input  wire [2:0]   cfg_msg_transmit_type,
    input  wire [31:0]  cfg_msg_transmit_data,
    input  wire [9:0]   cfg_mgmt_addr,
    input  wire [7:0]   cfg_mgmt_function_number,
    input  wire         cfg_mgmt_write,
    input  wire [31:0]  cfg_mgmt_write_data,
    input  wire [3:0]   cfg_mgmt_byte_enable,
    input  wire         cfg_mgmt_read,
    input  wire         cfg_mgmt_debug_access,
    input  wire [3:0]   cfg_interrupt_int,
    input  wire [3:0]   cfg_interrupt_pending,
    input  wire [31:0]  cfg_interrupt_msi_int,
    input  wire [1:0]   cfg_interrupt_msi_select,
    input  wire [31:0]  cfg_interrupt_msi_pending_status,
    input  wire         cfg_interrupt_msi_pending_status_data_enable,
    input  wire [1:0]   cfg_interrupt_msi_pending_status_function_num,
    input  wire [2:0]   cfg_interrupt_msi_attr,
    input  wire         cfg_interrupt_msi_tph_present,
    input  wire [1:0]   cfg_interrupt_msi_tph_type,
    input  wire [7:0]   cfg_interrupt_msi_tph_st_tag,
    input  wire [7:0]   cfg_interrupt_msi_function_number
);
    assign pci_exp_txn = 16'd0;
    assign pci_exp_txp = 16'd0;
    assign phy_rdy_out = 1'b0;
    assign user_clk = 1'b0;
    assign user_reset = 1'b1;
    assign m_axis_cq_tdata = 512'd0;
    assign m_axis_cq_tkeep = 16'd0;
    assign m_axis_cq_tlast = 1'b0;
    assign m_axis_cq_tuser = 183'd0;
    assign m_axis_cq_tvalid = 1'b0;
    assign s_axis_cc_tready = 4'd0;
    assign s_axis_rq_tready = 4'd0;
    assign m_axis_rc_tdata = 512'd0;
    assign m_axis_rc_tkeep = 16'd0;
    assign m_axis_rc_tlast = 1'b0;
    assign m_axis_rc_tuser = 161'd0;
    assign m_axis_rc_tvalid = 1'b0;
    assign cfg_max_read_req = 3'd0;
    wire unused = &{1'b0, pci_exp_rxn, pci_exp_rxp, sys_clk, sys_clk_gt, sys_reset,
        m_axis_cq_tready, s_axis_cc_tdata, s_axis_cc_tkeep, s_axis_cc_tlast, s_axis_cc_tuser,
        s_axis_cc_tvalid, s_axis_rq_tdata, s_axis_rq_tkeep, s_axis_rq_tlast, s_axis_rq_tuser,
        s_axis_rq_tvalid, m_axis_rc_tready, pcie_cq_np_req, cfg_link_training_enable,
        cfg_config_space_enable, cfg_power_state_change_ack, cfg_req_pm_transition_l23_ready,
        cfg_pm_aspm_l1_entry_reject, cfg_pm_aspm_tx_l0s_entry_disable, cfg_hot_reset_in,
        cfg_dsn, cfg_ds_port_number, cfg_ds_bus_number, cfg_ds_device_number, cfg_err_cor_in,
        cfg_err_uncor_in, cfg_flr_done, cfg_vf_flr_func_num, cfg_vf_flr_done, cfg_fc_sel,
        cfg_msg_transmit, cfg_msg_transmit_type, cfg_msg_transmit_data, cfg_mgmt_addr,
        cfg_mgmt_function_number, cfg_mgmt_write, cfg_mgmt_write_data, cfg_mgmt_byte_enable,
        cfg_mgmt_read, cfg_mgmt_debug_access, cfg_interrupt_int, cfg_interrupt_pending,
        cfg_interrupt_msi_int, cfg_interrupt_msi_select, cfg_interrupt_msi_pending_status,
        cfg_interrupt_msi_pending_status_data_enable,
        cfg_interrupt_msi_pending_status_function_num, cfg_interrupt_msi_attr,
        cfg_interrupt_msi_tph_present, cfg_interrupt_msi_tph_type, cfg_interrupt_msi_tph_st_tag,
        cfg_interrupt_msi_function_number};
endmodule

// GTY reference clock input buffer.
module IBUFDS_GTE4 #(
    parameter [0:0] REFCLK_EN_TX_PATH = 1'b0,
    parameter [1:0] REFCLK_HROW_CK_SEL = 2'b00,
    parameter [1:0] REFCLK_ICNTL_RX = 2'b00
) (
    input  wire I,
    input  wire IB,
    input  wire CEB,
    output wire O,
    output wire ODIV2
);
    assign O = 1'b0;
    assign ODIV2 = 1'b0;
    wire unused = &{1'b0, I, IB, CEB};
endmodule

// Input buffer.
module IBUF (
    input  wire I,
    output wire O
);
    assign O = I;
endmodule

// Global clock buffer.
module BUFG (
    input  wire I,
    output wire O
);
    assign O = I;
endmodule

// UltraScale+ MMCM, the ports au50_top connects.
module MMCME4_BASE #(
    parameter BANDWIDTH = "OPTIMIZED",
    parameter real CLKIN1_PERIOD = 0.0,
    parameter integer DIVCLK_DIVIDE = 1,
    parameter real CLKFBOUT_MULT_F = 5.0,
    parameter real CLKOUT0_DIVIDE_F = 1.0
) (
    input  wire CLKIN1,
    input  wire CLKFBIN,
    output wire CLKFBOUT,
    output wire CLKOUT0,
    output wire LOCKED,
    input  wire RST,
    input  wire PWRDWN
);
    assign CLKFBOUT = CLKIN1;
    assign CLKOUT0 = CLKIN1;
    assign LOCKED = !RST && !PWRDWN;
    wire unused = &{1'b0, CLKFBIN};
endmodule

`default_nettype wire
