// au50_top: gatebook on the AMD Alveo U50 (xcu50-fsvh2104-2-e).
//
// The PCIe hard block (PCIE4C, Gen3 x16, 512-bit AXI-Stream at 250 MHz; the IP
// `pcie4c_uscale_plus_0` that create_project.tcl generates) feeds `gatebook_pcie`
// (hdl/generated/gatebook_pcie.v), which holds the PCIe front end on the hard block's user
// clock and the card (shell and pipeline, `gatebook_top`) on core_clk.
//
// Clocks:
// - pcie_refclk (100 MHz, edge connector) -> IBUFDS_GTE4 -> the IP's sys_clk_gt and sys_clk.
// - user_clk (250 MHz, the IP's) -> the front end, and the MMCM's input.
// - core_clk = user_clk * 4 / CORE_CLK_DIVIDE from an MMCM on user_clk (83.33 MHz by
//   default): derived from user_clk, so the two clocks are related and every crossing
//   between them is timed as a synchronous path (bitstreams/boards/au50/au50.xdc says why).
//
// Resets:
// - PERST# (pcie_perst_n) -> IBUF -> the IP's sys_reset.
// - The MMCM is held in reset while the IP's PHY is not ready (its user_clk not running).
// - gatebook_pcie's user_reset is the IP's user_reset, or the MMCM not locked, stretched to
//   RESET_HOLD user_clk cycles after both are clear, so the card's reset synchronizer sees it
//   for several core_clk cycles once core_clk runs.
`default_nettype none

module au50_top #(
    // core_clk divider of the MMCM's 1000 MHz VCO (250 MHz x 4): the core_clk period in ns.
    // Keep it a multiple of 4 (8, 12, 16, ...): core_clk edges then fall on user_clk edges
    // and every crossing gets a full user_clk period (4 ns). 12: 83.33 MHz.
    parameter integer CORE_CLK_DIVIDE = 12
) (
    input  wire [15:0] pcie_rx_p,
    input  wire [15:0] pcie_rx_n,
    output wire [15:0] pcie_tx_p,
    output wire [15:0] pcie_tx_n,
    input  wire        pcie_refclk_p,
    input  wire        pcie_refclk_n,
    input  wire        pcie_perst_n,
    // HBM over-temperature signal to the card's controller: driven low (the HBM is unused).
    output wire        hbm_cattrip
);

    assign hbm_cattrip = 1'b0;

    // PCIe reference clock: O to the GTs, ODIV2 (undivided: REFCLK_HROW_CK_SEL 00) to the
    // IP's sys_clk.
    wire sys_clk_gt;
    wire sys_clk;
    IBUFDS_GTE4 #(
        .REFCLK_EN_TX_PATH(1'b0),
        .REFCLK_HROW_CK_SEL(2'b00),
        .REFCLK_ICNTL_RX(2'b00)
    ) refclk_buf (
        .I(pcie_refclk_p),
        .IB(pcie_refclk_n),
        .CEB(1'b0),
        .O(sys_clk_gt),
        .ODIV2(sys_clk)
    );

    // PERST#, active low, asynchronous.
    wire perst_n;
    IBUF perst_buf (
        .I(pcie_perst_n),
        .O(perst_n)
    );

    // The hard block's user side.
    wire         user_clk;
    wire         user_reset;
    wire         phy_ready;
    wire [511:0] cq_tdata;
    wire [15:0]  cq_tkeep;
    wire         cq_tlast;
    wire [182:0] cq_tuser;
    wire         cq_tvalid;
    wire         cq_tready;
    wire [511:0] cc_tdata;
    wire [15:0]  cc_tkeep;
    wire         cc_tlast;
    wire [80:0]  cc_tuser;
    wire         cc_tvalid;
    wire [3:0]   cc_tready;
    wire [511:0] rq_tdata;
    wire [15:0]  rq_tkeep;
    wire         rq_tlast;
    wire [136:0] rq_tuser;
    wire         rq_tvalid;
    wire [3:0]   rq_tready;
    wire [511:0] rc_tdata;
    wire [15:0]  rc_tkeep;
    wire         rc_tlast;
    wire [160:0] rc_tuser;
    wire         rc_tvalid;
    wire         rc_tready;
    wire [1:0]   cq_np_req;
    wire [2:0]   max_read_req;

    // Outputs of the IP not listed here are left open: link status, flow control, error and
    // power-management reports, the configuration management read port, MSI status.
    pcie4c_uscale_plus_0 pcie (
        .pci_exp_txn(pcie_tx_n),
        .pci_exp_txp(pcie_tx_p),
        .pci_exp_rxn(pcie_rx_n),
        .pci_exp_rxp(pcie_rx_p),
        .sys_clk(sys_clk),
        .sys_clk_gt(sys_clk_gt),
        .sys_reset(perst_n),
        .phy_rdy_out(phy_ready),
        .user_clk(user_clk),
        .user_reset(user_reset),

        .m_axis_cq_tdata(cq_tdata),
        .m_axis_cq_tkeep(cq_tkeep),
        .m_axis_cq_tlast(cq_tlast),
        .m_axis_cq_tuser(cq_tuser),
        .m_axis_cq_tvalid(cq_tvalid),
        .m_axis_cq_tready(cq_tready),
        .s_axis_cc_tdata(cc_tdata),
        .s_axis_cc_tkeep(cc_tkeep),
        .s_axis_cc_tlast(cc_tlast),
        .s_axis_cc_tuser(cc_tuser),
        .s_axis_cc_tvalid(cc_tvalid),
        .s_axis_cc_tready(cc_tready),
        .s_axis_rq_tdata(rq_tdata),
        .s_axis_rq_tkeep(rq_tkeep),
        .s_axis_rq_tlast(rq_tlast),
        .s_axis_rq_tuser(rq_tuser),
        .s_axis_rq_tvalid(rq_tvalid),
        .s_axis_rq_tready(rq_tready),
        .m_axis_rc_tdata(rc_tdata),
        .m_axis_rc_tkeep(rc_tkeep),
        .m_axis_rc_tlast(rc_tlast),
        .m_axis_rc_tuser(rc_tuser),
        .m_axis_rc_tvalid(rc_tvalid),
        .m_axis_rc_tready(rc_tready),
        .pcie_cq_np_req(cq_np_req),
        .cfg_max_read_req(max_read_req),

        // Tie-offs. The link trains, configuration requests are answered and power-state
        // changes are acknowledged at once; nothing else is driven.
        .cfg_link_training_enable(1'b1),
        .cfg_config_space_enable(1'b1),
        .cfg_power_state_change_ack(1'b1),
        .cfg_req_pm_transition_l23_ready(1'b0),
        .cfg_pm_aspm_l1_entry_reject(1'b0),
        .cfg_pm_aspm_tx_l0s_entry_disable(1'b0),
        .cfg_hot_reset_in(1'b0),
        .cfg_dsn(64'd0),
        .cfg_ds_port_number(8'd0),
        .cfg_ds_bus_number(8'd0),
        .cfg_ds_device_number(5'd0),
        .cfg_err_cor_in(1'b0),
        .cfg_err_uncor_in(1'b0),
        .cfg_flr_done(4'd0),
        .cfg_vf_flr_func_num(8'd0),
        .cfg_vf_flr_done(1'b0),
        .cfg_fc_sel(3'd0),
        .cfg_msg_transmit(1'b0),
        .cfg_msg_transmit_type(3'd0),
        .cfg_msg_transmit_data(32'd0),
        .cfg_mgmt_addr(10'd0),
        .cfg_mgmt_function_number(8'd0),
        .cfg_mgmt_write(1'b0),
        .cfg_mgmt_write_data(32'd0),
        .cfg_mgmt_byte_enable(4'd0),
        .cfg_mgmt_read(1'b0),
        .cfg_mgmt_debug_access(1'b0),
        // No interrupts: the host polls. Legacy INTx and the MSI request inputs stay low
        // (the IP keeps its default MSI capability; MSI-X is off).
        .cfg_interrupt_int(4'd0),
        .cfg_interrupt_pending(4'd0),
        .cfg_interrupt_msi_int(32'd0),
        .cfg_interrupt_msi_select(2'd0),
        .cfg_interrupt_msi_pending_status(32'd0),
        .cfg_interrupt_msi_pending_status_data_enable(1'b0),
        .cfg_interrupt_msi_pending_status_function_num(2'd0),
        .cfg_interrupt_msi_attr(3'd0),
        .cfg_interrupt_msi_tph_present(1'b0),
        .cfg_interrupt_msi_tph_type(2'd0),
        .cfg_interrupt_msi_tph_st_tag(8'd0),
        .cfg_interrupt_msi_function_number(8'd0)
    );

    // core_clk: MMCM on user_clk, VCO 250 MHz x 4 = 1000 MHz, feedback through a BUFG so
    // core_clk's edges line up with user_clk's.
    wire mmcm_feedback;
    wire mmcm_feedback_buffered;
    wire mmcm_core_clk;
    wire mmcm_locked;
    wire core_clk;
    MMCME4_BASE #(
        .BANDWIDTH("OPTIMIZED"),
        .CLKIN1_PERIOD(4.000),
        .DIVCLK_DIVIDE(1),
        .CLKFBOUT_MULT_F(4.000),
        .CLKOUT0_DIVIDE_F(CORE_CLK_DIVIDE)
    ) core_mmcm (
        .CLKIN1(user_clk),
        .CLKFBIN(mmcm_feedback_buffered),
        .CLKFBOUT(mmcm_feedback),
        .CLKOUT0(mmcm_core_clk),
        .LOCKED(mmcm_locked),
        .RST(!phy_ready),
        .PWRDWN(1'b0)
    );
    BUFG core_mmcm_feedback_buf (
        .I(mmcm_feedback),
        .O(mmcm_feedback_buffered)
    );
    BUFG core_clk_buf (
        .I(mmcm_core_clk),
        .O(core_clk)
    );

    // The card's reset, in user_clk's domain. LOCKED is asynchronous: two flops first.
    // It is held RESET_HOLD user_clk cycles (320 ns: 26 core_clk cycles at 83.33 MHz) after
    // the hard block's reset ends and the MMCM locks.
    localparam [6:0] RESET_HOLD = 7'd80;
    (* ASYNC_REG = "TRUE" *) reg [1:0] locked_sync;
    reg [6:0] reset_count;
    reg card_reset;
    initial begin
        locked_sync = 2'b00;
        reset_count = 7'd0;
        card_reset = 1'b1;
    end
    always @(posedge user_clk) begin
        locked_sync <= {locked_sync[0], mmcm_locked};
        if (user_reset || !locked_sync[1]) begin
            reset_count <= 7'd0;
            card_reset <= 1'b1;
        end else if (reset_count != RESET_HOLD) begin
            reset_count <= reset_count + 1'b1;
            card_reset <= 1'b1;
        end else begin
            card_reset <= 1'b0;
        end
    end

    gatebook_pcie card (
        .user_clk(user_clk),
        .user_reset(card_reset),
        .core_clk(core_clk),
        .m_axis_cq_tdata(cq_tdata),
        .m_axis_cq_tkeep(cq_tkeep),
        .m_axis_cq_tlast(cq_tlast),
        .m_axis_cq_tuser(cq_tuser),
        .m_axis_cq_tvalid(cq_tvalid),
        .m_axis_cq_tready(cq_tready),
        .s_axis_cc_tdata(cc_tdata),
        .s_axis_cc_tkeep(cc_tkeep),
        .s_axis_cc_tlast(cc_tlast),
        .s_axis_cc_tuser(cc_tuser),
        .s_axis_cc_tvalid(cc_tvalid),
        // The hard block drives the four tready bits alike; bit 0 is the one to read.
        .s_axis_cc_tready(cc_tready[0]),
        .s_axis_rq_tdata(rq_tdata),
        .s_axis_rq_tkeep(rq_tkeep),
        .s_axis_rq_tlast(rq_tlast),
        .s_axis_rq_tuser(rq_tuser),
        .s_axis_rq_tvalid(rq_tvalid),
        .s_axis_rq_tready(rq_tready[0]),
        .m_axis_rc_tdata(rc_tdata),
        .m_axis_rc_tkeep(rc_tkeep),
        .m_axis_rc_tlast(rc_tlast),
        .m_axis_rc_tuser(rc_tuser),
        .m_axis_rc_tvalid(rc_tvalid),
        .m_axis_rc_tready(rc_tready),
        .pcie_cq_np_req(cq_np_req),
        .cfg_max_read_req(max_read_req)
    );

    wire unused = &{1'b0, cc_tready[3:1], rq_tready[3:1]};

endmodule

`default_nettype wire
