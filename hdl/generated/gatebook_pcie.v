

module gatebook_pcie(user_clk,user_reset,core_clk,m_axis_cq_tdata,m_axis_cq_tkeep,m_axis_cq_tlast,m_axis_cq_tuser,m_axis_cq_tvalid,m_axis_cq_tready,s_axis_cc_tdata,s_axis_cc_tkeep,s_axis_cc_tlast,s_axis_cc_tuser,s_axis_cc_tvalid,s_axis_cc_tready,s_axis_rq_tdata,s_axis_rq_tkeep,s_axis_rq_tlast,s_axis_rq_tuser,s_axis_rq_tvalid,s_axis_rq_tready,m_axis_rc_tdata,m_axis_rc_tkeep,m_axis_rc_tlast,m_axis_rc_tuser,m_axis_rc_tvalid,m_axis_rc_tready,pcie_cq_np_req,cfg_max_read_req);
    
    // Module arguments
    input wire  user_clk;
    input wire  user_reset;
    input wire  core_clk;
    input wire  [511:0] m_axis_cq_tdata;
    input wire  [15:0] m_axis_cq_tkeep;
    input wire  m_axis_cq_tlast;
    input wire  [182:0] m_axis_cq_tuser;
    input wire  m_axis_cq_tvalid;
    output reg  m_axis_cq_tready;
    output reg  [511:0] s_axis_cc_tdata;
    output reg  [15:0] s_axis_cc_tkeep;
    output reg  s_axis_cc_tlast;
    output reg  [80:0] s_axis_cc_tuser;
    output reg  s_axis_cc_tvalid;
    input wire  s_axis_cc_tready;
    output reg  [511:0] s_axis_rq_tdata;
    output reg  [15:0] s_axis_rq_tkeep;
    output reg  s_axis_rq_tlast;
    output reg  [136:0] s_axis_rq_tuser;
    output reg  s_axis_rq_tvalid;
    input wire  s_axis_rq_tready;
    input wire  [511:0] m_axis_rc_tdata;
    input wire  [15:0] m_axis_rc_tkeep;
    input wire  m_axis_rc_tlast;
    input wire  [160:0] m_axis_rc_tuser;
    input wire  m_axis_rc_tvalid;
    output reg  m_axis_rc_tready;
    output reg  [1:0] pcie_cq_np_req;
    input wire  [2:0] cfg_max_read_req;
    
    // Constant declarations
    localparam  write_flag = 65'h10000000000000000;
    localparam  np_credit = 2'b1;
    localparam  line_room = 5'b1110;
    
    // Stub signals
    reg  completer$clock;
    reg  completer$reset;
    reg  [511:0] completer$cq_tdata;
    reg  completer$cq_tlast;
    reg  [182:0] completer$cq_tuser;
    reg  completer$cq_tvalid;
    wire  completer$cq_tready;
    wire  [511:0] completer$cc_tdata;
    wire  [15:0] completer$cc_tkeep;
    wire  completer$cc_tlast;
    wire  [80:0] completer$cc_tuser;
    wire  completer$cc_tvalid;
    reg  completer$cc_tready;
    wire  completer$reg_req_valid;
    reg  completer$reg_req_ready;
    wire  completer$reg_req_write;
    wire  [31:0] completer$reg_req_addr;
    wire  [31:0] completer$reg_req_wdata;
    reg  completer$reg_resp_valid;
    reg  [31:0] completer$reg_resp_data;
    wire  completer$reg_resp_take;
    reg  reads$clock;
    reg  reads$reset;
    reg  reads$req_valid;
    reg  [63:0] reads$req_addr;
    reg  [7:0] reads$req_lines;
    wire  reads$req_take;
    reg  [2:0] reads$max_read_request;
    wire  reads$rq_valid;
    reg  reads$rq_ready;
    wire  [511:0] reads$rq_data;
    wire  [15:0] reads$rq_keep;
    wire  [136:0] reads$rq_user;
    reg  [511:0] reads$rc_tdata;
    reg  reads$rc_tlast;
    reg  reads$rc_tvalid;
    wire  reads$rc_tready;
    wire  reads$line_valid;
    wire  [511:0] reads$line_data;
    wire  [3:0] reads$line_status;
    reg  reads$line_room;
    reg  writes$clock;
    reg  writes$reset;
    reg  writes$wr_valid;
    reg  [63:0] writes$wr_addr;
    reg  [511:0] writes$wr_data;
    wire  writes$wr_take;
    wire  writes$rq_valid;
    reg  writes$rq_ready;
    wire  [511:0] writes$rq_data;
    wire  [15:0] writes$rq_keep;
    wire  writes$rq_last;
    wire  [136:0] writes$rq_user;
    reg  rq$clock;
    reg  rq$reset;
    reg  rq$read_valid;
    wire  rq$read_ready;
    reg  [511:0] rq$read_data;
    reg  [15:0] rq$read_keep;
    reg  [136:0] rq$read_user;
    reg  rq$write_valid;
    wire  rq$write_ready;
    reg  [511:0] rq$write_data;
    reg  [15:0] rq$write_keep;
    reg  rq$write_last;
    reg  [136:0] rq$write_user;
    wire  [511:0] rq$rq_tdata;
    wire  [15:0] rq$rq_tkeep;
    wire  rq$rq_tlast;
    wire  [136:0] rq$rq_tuser;
    wire  rq$rq_tvalid;
    reg  rq$rq_tready;
    reg  reg_requests$read;
    wire  [64:0] reg_requests$data_out;
    wire  reg_requests$empty;
    wire  reg_requests$almost_empty;
    wire  reg_requests$underflow;
    reg  reg_requests$read_clock;
    wire  [4:0] reg_requests$read_fill;
    reg  reg_requests$write;
    reg  [64:0] reg_requests$data_in;
    wire  reg_requests$full;
    wire  reg_requests$almost_full;
    wire  reg_requests$overflow;
    reg  reg_requests$write_clock;
    wire  [4:0] reg_requests$write_fill;
    reg  reg_responses$read;
    wire  [31:0] reg_responses$data_out;
    wire  reg_responses$empty;
    wire  reg_responses$almost_empty;
    wire  reg_responses$underflow;
    reg  reg_responses$read_clock;
    wire  [3:0] reg_responses$read_fill;
    reg  reg_responses$write;
    reg  [31:0] reg_responses$data_in;
    wire  reg_responses$full;
    wire  reg_responses$almost_full;
    wire  reg_responses$overflow;
    reg  reg_responses$write_clock;
    wire  [3:0] reg_responses$write_fill;
    reg  read_requests$read;
    wire  [71:0] read_requests$data_out;
    wire  read_requests$empty;
    wire  read_requests$almost_empty;
    wire  read_requests$underflow;
    reg  read_requests$read_clock;
    wire  [3:0] read_requests$read_fill;
    reg  read_requests$write;
    reg  [71:0] read_requests$data_in;
    wire  read_requests$full;
    wire  read_requests$almost_full;
    wire  read_requests$overflow;
    reg  read_requests$write_clock;
    wire  [3:0] read_requests$write_fill;
    reg  read_lines$read;
    wire  [515:0] read_lines$data_out;
    wire  read_lines$empty;
    wire  read_lines$almost_empty;
    wire  read_lines$underflow;
    reg  read_lines$read_clock;
    wire  [4:0] read_lines$read_fill;
    reg  read_lines$write;
    reg  [515:0] read_lines$data_in;
    wire  read_lines$full;
    wire  read_lines$almost_full;
    wire  read_lines$overflow;
    reg  read_lines$write_clock;
    wire  [4:0] read_lines$write_fill;
    reg  line_writes$read;
    wire  [575:0] line_writes$data_out;
    wire  line_writes$empty;
    wire  line_writes$almost_empty;
    wire  line_writes$underflow;
    reg  line_writes$read_clock;
    wire  [4:0] line_writes$read_fill;
    reg  line_writes$write;
    reg  [575:0] line_writes$data_in;
    wire  line_writes$full;
    wire  line_writes$almost_full;
    wire  line_writes$overflow;
    reg  line_writes$write_clock;
    wire  [4:0] line_writes$write_fill;
    reg  core_reset$sig_in;
    wire  core_reset$sig_out;
    reg  core_reset$clock;
    reg  card$clock;
    reg  card$reset;
    reg  [31:0] card$mmio_addr;
    reg  [31:0] card$mmio_wdata;
    reg  card$mmio_write;
    reg  card$mmio_read;
    wire  [31:0] card$mmio_rdata;
    wire  card$mmio_rvalid;
    wire  card$rd_req_valid;
    reg  card$rd_req_ready;
    wire  [63:0] card$rd_req_addr;
    wire  [7:0] card$rd_req_lines;
    reg  card$rd_resp_valid;
    reg  [511:0] card$rd_resp_data;
    reg  [3:0] card$rd_resp_status;
    wire  card$wr_valid;
    reg  card$wr_ready;
    wire  [63:0] card$wr_addr;
    wire  [511:0] card$wr_data;
    
    // Local signals
    reg  [64:0] reg_request;
    
    // Sub module instances
    gatebook_pcie$completer completer(
        .clock(completer$clock),
        .reset(completer$reset),
        .cq_tdata(completer$cq_tdata),
        .cq_tlast(completer$cq_tlast),
        .cq_tuser(completer$cq_tuser),
        .cq_tvalid(completer$cq_tvalid),
        .cq_tready(completer$cq_tready),
        .cc_tdata(completer$cc_tdata),
        .cc_tkeep(completer$cc_tkeep),
        .cc_tlast(completer$cc_tlast),
        .cc_tuser(completer$cc_tuser),
        .cc_tvalid(completer$cc_tvalid),
        .cc_tready(completer$cc_tready),
        .reg_req_valid(completer$reg_req_valid),
        .reg_req_ready(completer$reg_req_ready),
        .reg_req_write(completer$reg_req_write),
        .reg_req_addr(completer$reg_req_addr),
        .reg_req_wdata(completer$reg_req_wdata),
        .reg_resp_valid(completer$reg_resp_valid),
        .reg_resp_data(completer$reg_resp_data),
        .reg_resp_take(completer$reg_resp_take)
    );
    gatebook_pcie$reads reads(
        .clock(reads$clock),
        .reset(reads$reset),
        .req_valid(reads$req_valid),
        .req_addr(reads$req_addr),
        .req_lines(reads$req_lines),
        .req_take(reads$req_take),
        .max_read_request(reads$max_read_request),
        .rq_valid(reads$rq_valid),
        .rq_ready(reads$rq_ready),
        .rq_data(reads$rq_data),
        .rq_keep(reads$rq_keep),
        .rq_user(reads$rq_user),
        .rc_tdata(reads$rc_tdata),
        .rc_tlast(reads$rc_tlast),
        .rc_tvalid(reads$rc_tvalid),
        .rc_tready(reads$rc_tready),
        .line_valid(reads$line_valid),
        .line_data(reads$line_data),
        .line_status(reads$line_status),
        .line_room(reads$line_room)
    );
    gatebook_pcie$writes writes(
        .clock(writes$clock),
        .reset(writes$reset),
        .wr_valid(writes$wr_valid),
        .wr_addr(writes$wr_addr),
        .wr_data(writes$wr_data),
        .wr_take(writes$wr_take),
        .rq_valid(writes$rq_valid),
        .rq_ready(writes$rq_ready),
        .rq_data(writes$rq_data),
        .rq_keep(writes$rq_keep),
        .rq_last(writes$rq_last),
        .rq_user(writes$rq_user)
    );
    gatebook_pcie$rq rq(
        .clock(rq$clock),
        .reset(rq$reset),
        .read_valid(rq$read_valid),
        .read_ready(rq$read_ready),
        .read_data(rq$read_data),
        .read_keep(rq$read_keep),
        .read_user(rq$read_user),
        .write_valid(rq$write_valid),
        .write_ready(rq$write_ready),
        .write_data(rq$write_data),
        .write_keep(rq$write_keep),
        .write_last(rq$write_last),
        .write_user(rq$write_user),
        .rq_tdata(rq$rq_tdata),
        .rq_tkeep(rq$rq_tkeep),
        .rq_tlast(rq$rq_tlast),
        .rq_tuser(rq$rq_tuser),
        .rq_tvalid(rq$rq_tvalid),
        .rq_tready(rq$rq_tready)
    );
    gatebook_pcie$reg_requests reg_requests(
        .read(reg_requests$read),
        .data_out(reg_requests$data_out),
        .empty(reg_requests$empty),
        .almost_empty(reg_requests$almost_empty),
        .underflow(reg_requests$underflow),
        .read_clock(reg_requests$read_clock),
        .read_fill(reg_requests$read_fill),
        .write(reg_requests$write),
        .data_in(reg_requests$data_in),
        .full(reg_requests$full),
        .almost_full(reg_requests$almost_full),
        .overflow(reg_requests$overflow),
        .write_clock(reg_requests$write_clock),
        .write_fill(reg_requests$write_fill)
    );
    gatebook_pcie$reg_responses reg_responses(
        .read(reg_responses$read),
        .data_out(reg_responses$data_out),
        .empty(reg_responses$empty),
        .almost_empty(reg_responses$almost_empty),
        .underflow(reg_responses$underflow),
        .read_clock(reg_responses$read_clock),
        .read_fill(reg_responses$read_fill),
        .write(reg_responses$write),
        .data_in(reg_responses$data_in),
        .full(reg_responses$full),
        .almost_full(reg_responses$almost_full),
        .overflow(reg_responses$overflow),
        .write_clock(reg_responses$write_clock),
        .write_fill(reg_responses$write_fill)
    );
    gatebook_pcie$read_requests read_requests(
        .read(read_requests$read),
        .data_out(read_requests$data_out),
        .empty(read_requests$empty),
        .almost_empty(read_requests$almost_empty),
        .underflow(read_requests$underflow),
        .read_clock(read_requests$read_clock),
        .read_fill(read_requests$read_fill),
        .write(read_requests$write),
        .data_in(read_requests$data_in),
        .full(read_requests$full),
        .almost_full(read_requests$almost_full),
        .overflow(read_requests$overflow),
        .write_clock(read_requests$write_clock),
        .write_fill(read_requests$write_fill)
    );
    gatebook_pcie$read_lines read_lines(
        .read(read_lines$read),
        .data_out(read_lines$data_out),
        .empty(read_lines$empty),
        .almost_empty(read_lines$almost_empty),
        .underflow(read_lines$underflow),
        .read_clock(read_lines$read_clock),
        .read_fill(read_lines$read_fill),
        .write(read_lines$write),
        .data_in(read_lines$data_in),
        .full(read_lines$full),
        .almost_full(read_lines$almost_full),
        .overflow(read_lines$overflow),
        .write_clock(read_lines$write_clock),
        .write_fill(read_lines$write_fill)
    );
    gatebook_pcie$line_writes line_writes(
        .read(line_writes$read),
        .data_out(line_writes$data_out),
        .empty(line_writes$empty),
        .almost_empty(line_writes$almost_empty),
        .underflow(line_writes$underflow),
        .read_clock(line_writes$read_clock),
        .read_fill(line_writes$read_fill),
        .write(line_writes$write),
        .data_in(line_writes$data_in),
        .full(line_writes$full),
        .almost_full(line_writes$almost_full),
        .overflow(line_writes$overflow),
        .write_clock(line_writes$write_clock),
        .write_fill(line_writes$write_fill)
    );
    gatebook_pcie$core_reset core_reset(
        .sig_in(core_reset$sig_in),
        .sig_out(core_reset$sig_out),
        .clock(core_reset$clock)
    );
    gatebook_pcie$card card(
        .clock(card$clock),
        .reset(card$reset),
        .mmio_addr(card$mmio_addr),
        .mmio_wdata(card$mmio_wdata),
        .mmio_write(card$mmio_write),
        .mmio_read(card$mmio_read),
        .mmio_rdata(card$mmio_rdata),
        .mmio_rvalid(card$mmio_rvalid),
        .rd_req_valid(card$rd_req_valid),
        .rd_req_ready(card$rd_req_ready),
        .rd_req_addr(card$rd_req_addr),
        .rd_req_lines(card$rd_req_lines),
        .rd_resp_valid(card$rd_resp_valid),
        .rd_resp_data(card$rd_resp_data),
        .rd_resp_status(card$rd_resp_status),
        .wr_valid(card$wr_valid),
        .wr_ready(card$wr_ready),
        .wr_addr(card$wr_addr),
        .wr_data(card$wr_data)
    );
    
    // Update code
    always @(*) begin
        completer$clock = user_clk;
        reads$clock = user_clk;
        writes$clock = user_clk;
        rq$clock = user_clk;
        completer$reset = user_reset;
        reads$reset = user_reset;
        writes$reset = user_reset;
        rq$reset = user_reset;
        core_reset$clock = core_clk;
        core_reset$sig_in = user_reset;
        card$clock = core_clk;
        card$reset = core_reset$sig_out;
        reg_requests$write_clock = user_clk;
        reg_requests$read_clock = core_clk;
        reg_responses$write_clock = core_clk;
        reg_responses$read_clock = user_clk;
        read_requests$write_clock = core_clk;
        read_requests$read_clock = user_clk;
        read_lines$write_clock = user_clk;
        read_lines$read_clock = core_clk;
        line_writes$write_clock = core_clk;
        line_writes$read_clock = user_clk;
        completer$cq_tdata = m_axis_cq_tdata;
        completer$cq_tlast = m_axis_cq_tlast;
        completer$cq_tuser = m_axis_cq_tuser;
        completer$cq_tvalid = m_axis_cq_tvalid;
        m_axis_cq_tready = completer$cq_tready;
        pcie_cq_np_req = np_credit;
        s_axis_cc_tdata = completer$cc_tdata;
        s_axis_cc_tkeep = completer$cc_tkeep;
        s_axis_cc_tlast = completer$cc_tlast;
        s_axis_cc_tuser = completer$cc_tuser;
        s_axis_cc_tvalid = completer$cc_tvalid;
        completer$cc_tready = s_axis_cc_tready;
        reg_requests$write = completer$reg_req_valid;
        reg_request = ((completer$reg_req_wdata) & 65'h1ffffffffffffffff) | (((completer$reg_req_addr) & 65'h1ffffffffffffffff) << 32'h20);
        if (completer$reg_req_write) begin
            reg_request = reg_request | write_flag;
        end
        reg_requests$data_in = reg_request;
        completer$reg_req_ready = ~reg_requests$full;
        reg_requests$read = ~reg_requests$empty;
        card$mmio_wdata = reg_requests$data_out[(32'h0)+:(32)];
        card$mmio_addr = reg_requests$data_out[(32'h20)+:(32)];
        card$mmio_write = ~reg_requests$empty && reg_requests$data_out[32'h40] && ~core_reset$sig_out;
        card$mmio_read = ~reg_requests$empty && ~reg_requests$data_out[32'h40] && ~core_reset$sig_out;
        reg_responses$write = card$mmio_rvalid;
        reg_responses$data_in = card$mmio_rdata;
        completer$reg_resp_valid = ~reg_responses$empty;
        completer$reg_resp_data = reg_responses$data_out;
        reg_responses$read = completer$reg_resp_take;
        read_requests$write = card$rd_req_valid && ~read_requests$full;
        read_requests$data_in = ((card$rd_req_addr) & 72'hffffffffffffffffff) | (((card$rd_req_lines) & 72'hffffffffffffffffff) << 32'h40);
        card$rd_req_ready = ~read_requests$full;
        reads$req_valid = ~read_requests$empty;
        reads$req_addr = read_requests$data_out[(32'h0)+:(64)];
        reads$req_lines = read_requests$data_out[(32'h40)+:(8)];
        read_requests$read = reads$req_take;
        reads$max_read_request = cfg_max_read_req;
        reads$rc_tdata = m_axis_rc_tdata;
        reads$rc_tlast = m_axis_rc_tlast;
        reads$rc_tvalid = m_axis_rc_tvalid;
        m_axis_rc_tready = reads$rc_tready;
        read_lines$write = reads$line_valid;
        read_lines$data_in = ((reads$line_data) & 516'hfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((reads$line_status) & 516'hfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h200);
        reads$line_room = read_lines$write_fill < line_room;
        read_lines$read = ~read_lines$empty;
        card$rd_resp_valid = ~read_lines$empty && ~core_reset$sig_out;
        card$rd_resp_data = read_lines$data_out[(32'h0)+:(512)];
        card$rd_resp_status = read_lines$data_out[(32'h200)+:(4)];
        line_writes$write = card$wr_valid && ~line_writes$full;
        line_writes$data_in = ((card$wr_addr) & 576'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((card$wr_data) & 576'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40);
        card$wr_ready = ~line_writes$full;
        writes$wr_valid = ~line_writes$empty;
        writes$wr_addr = line_writes$data_out[(32'h0)+:(64)];
        writes$wr_data = line_writes$data_out[(32'h40)+:(512)];
        line_writes$read = writes$wr_take;
        rq$read_valid = reads$rq_valid;
        reads$rq_ready = rq$read_ready;
        rq$read_data = reads$rq_data;
        rq$read_keep = reads$rq_keep;
        rq$read_user = reads$rq_user;
        rq$write_valid = writes$rq_valid;
        writes$rq_ready = rq$write_ready;
        rq$write_data = writes$rq_data;
        rq$write_keep = writes$rq_keep;
        rq$write_last = writes$rq_last;
        rq$write_user = writes$rq_user;
        s_axis_rq_tdata = rq$rq_tdata;
        s_axis_rq_tkeep = rq$rq_tkeep;
        s_axis_rq_tlast = rq$rq_tlast;
        s_axis_rq_tuser = rq$rq_tuser;
        s_axis_rq_tvalid = rq$rq_tvalid;
        rq$rq_tready = s_axis_rq_tready;
    end
    
endmodule // gatebook_pcie


module gatebook_pcie$card(clock,reset,mmio_addr,mmio_wdata,mmio_write,mmio_read,mmio_rdata,mmio_rvalid,rd_req_valid,rd_req_ready,rd_req_addr,rd_req_lines,rd_resp_valid,rd_resp_data,rd_resp_status,wr_valid,wr_ready,wr_addr,wr_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] mmio_addr;
    input wire  [31:0] mmio_wdata;
    input wire  mmio_write;
    input wire  mmio_read;
    output reg  [31:0] mmio_rdata;
    output reg  mmio_rvalid;
    output reg  rd_req_valid;
    input wire  rd_req_ready;
    output reg  [63:0] rd_req_addr;
    output reg  [7:0] rd_req_lines;
    input wire  rd_resp_valid;
    input wire  [511:0] rd_resp_data;
    input wire  [3:0] rd_resp_status;
    output reg  wr_valid;
    input wire  wr_ready;
    output reg  [63:0] wr_addr;
    output reg  [511:0] wr_data;
    
    // Stub signals
    reg  regs$clock;
    reg  regs$reset;
    reg  [31:0] regs$mmio_addr;
    reg  [31:0] regs$mmio_wdata;
    reg  regs$mmio_write;
    reg  regs$mmio_read;
    wire  [31:0] regs$mmio_rdata;
    wire  regs$mmio_rvalid;
    reg  [31:0] regs$sq_head;
    reg  [31:0] regs$cq_tail;
    reg  regs$cq_full;
    reg  regs$read_fault;
    reg  [3:0] regs$read_status;
    reg  regs$message_in;
    reg  regs$report_out;
    reg  regs$reject_out;
    reg  regs$cq_stall;
    wire  regs$card_reset;
    wire  regs$enabled;
    wire  regs$halted;
    wire  [31:0] regs$errors;
    wire  regs$error_raised;
    wire  [63:0] regs$sq_base;
    wire  [31:0] regs$sq_size;
    wire  [63:0] regs$cq_base;
    wire  [31:0] regs$cq_size;
    wire  [63:0] regs$status_addr;
    wire  [31:0] regs$sq_tail;
    wire  [31:0] regs$cq_head;
    reg  fetch$clock;
    reg  fetch$reset;
    reg  fetch$power_on;
    reg  fetch$enabled;
    reg  fetch$halted;
    reg  [63:0] fetch$sq_base;
    reg  [31:0] fetch$sq_size;
    reg  [31:0] fetch$sq_tail;
    wire  fetch$rd_req_valid;
    reg  fetch$rd_req_ready;
    wire  [63:0] fetch$rd_req_addr;
    wire  [7:0] fetch$rd_req_lines;
    reg  fetch$rd_resp_valid;
    reg  [511:0] fetch$rd_resp_data;
    reg  fetch$rd_resp_error;
    wire  [511:0] fetch$out_data;
    wire  fetch$out_valid;
    reg  fetch$out_ready;
    wire  [31:0] fetch$sq_head;
    wire  fetch$read_fault;
    wire  fetch$status_req;
    reg  writer$clock;
    reg  writer$reset;
    reg  writer$enabled;
    reg  writer$halted;
    reg  [63:0] writer$cq_base;
    reg  [31:0] writer$cq_size;
    reg  [31:0] writer$cq_head;
    reg  [63:0] writer$status_addr;
    reg  writer$status_req;
    reg  [31:0] writer$sq_head;
    reg  [31:0] writer$errors;
    reg  [511:0] writer$in_data;
    reg  writer$in_valid;
    wire  writer$in_ready;
    wire  writer$wr_valid;
    reg  writer$wr_ready;
    wire  [63:0] writer$wr_addr;
    wire  [511:0] writer$wr_data;
    wire  [31:0] writer$cq_tail;
    wire  writer$cq_full;
    wire  writer$report_out;
    wire  writer$reject_out;
    reg  pipeline$clock;
    reg  pipeline$reset;
    reg  [511:0] pipeline$in_data;
    reg  pipeline$in_valid;
    wire  pipeline$in_ready;
    wire  [511:0] pipeline$out_data;
    wire  pipeline$out_valid;
    reg  pipeline$out_ready;
    
    // Sub module instances
    gatebook_pcie$card$regs regs(
        .clock(regs$clock),
        .reset(regs$reset),
        .mmio_addr(regs$mmio_addr),
        .mmio_wdata(regs$mmio_wdata),
        .mmio_write(regs$mmio_write),
        .mmio_read(regs$mmio_read),
        .mmio_rdata(regs$mmio_rdata),
        .mmio_rvalid(regs$mmio_rvalid),
        .sq_head(regs$sq_head),
        .cq_tail(regs$cq_tail),
        .cq_full(regs$cq_full),
        .read_fault(regs$read_fault),
        .read_status(regs$read_status),
        .message_in(regs$message_in),
        .report_out(regs$report_out),
        .reject_out(regs$reject_out),
        .cq_stall(regs$cq_stall),
        .card_reset(regs$card_reset),
        .enabled(regs$enabled),
        .halted(regs$halted),
        .errors(regs$errors),
        .error_raised(regs$error_raised),
        .sq_base(regs$sq_base),
        .sq_size(regs$sq_size),
        .cq_base(regs$cq_base),
        .cq_size(regs$cq_size),
        .status_addr(regs$status_addr),
        .sq_tail(regs$sq_tail),
        .cq_head(regs$cq_head)
    );
    gatebook_pcie$card$fetch fetch(
        .clock(fetch$clock),
        .reset(fetch$reset),
        .power_on(fetch$power_on),
        .enabled(fetch$enabled),
        .halted(fetch$halted),
        .sq_base(fetch$sq_base),
        .sq_size(fetch$sq_size),
        .sq_tail(fetch$sq_tail),
        .rd_req_valid(fetch$rd_req_valid),
        .rd_req_ready(fetch$rd_req_ready),
        .rd_req_addr(fetch$rd_req_addr),
        .rd_req_lines(fetch$rd_req_lines),
        .rd_resp_valid(fetch$rd_resp_valid),
        .rd_resp_data(fetch$rd_resp_data),
        .rd_resp_error(fetch$rd_resp_error),
        .out_data(fetch$out_data),
        .out_valid(fetch$out_valid),
        .out_ready(fetch$out_ready),
        .sq_head(fetch$sq_head),
        .read_fault(fetch$read_fault),
        .status_req(fetch$status_req)
    );
    gatebook_pcie$card$writer writer(
        .clock(writer$clock),
        .reset(writer$reset),
        .enabled(writer$enabled),
        .halted(writer$halted),
        .cq_base(writer$cq_base),
        .cq_size(writer$cq_size),
        .cq_head(writer$cq_head),
        .status_addr(writer$status_addr),
        .status_req(writer$status_req),
        .sq_head(writer$sq_head),
        .errors(writer$errors),
        .in_data(writer$in_data),
        .in_valid(writer$in_valid),
        .in_ready(writer$in_ready),
        .wr_valid(writer$wr_valid),
        .wr_ready(writer$wr_ready),
        .wr_addr(writer$wr_addr),
        .wr_data(writer$wr_data),
        .cq_tail(writer$cq_tail),
        .cq_full(writer$cq_full),
        .report_out(writer$report_out),
        .reject_out(writer$reject_out)
    );
    gatebook_pcie$card$pipeline pipeline(
        .clock(pipeline$clock),
        .reset(pipeline$reset),
        .in_data(pipeline$in_data),
        .in_valid(pipeline$in_valid),
        .in_ready(pipeline$in_ready),
        .out_data(pipeline$out_data),
        .out_valid(pipeline$out_valid),
        .out_ready(pipeline$out_ready)
    );
    
    // Update code
    always @(*) begin
        regs$clock = clock;
        fetch$clock = clock;
        writer$clock = clock;
        pipeline$clock = clock;
        regs$reset = reset;
        fetch$reset = regs$card_reset;
        writer$reset = regs$card_reset;
        pipeline$reset = regs$card_reset;
        regs$mmio_addr = mmio_addr;
        regs$mmio_wdata = mmio_wdata;
        regs$mmio_write = mmio_write;
        regs$mmio_read = mmio_read;
        mmio_rdata = regs$mmio_rdata;
        mmio_rvalid = regs$mmio_rvalid;
        regs$sq_head = fetch$sq_head;
        regs$cq_tail = writer$cq_tail;
        regs$cq_full = writer$cq_full;
        regs$read_fault = fetch$read_fault;
        regs$read_status = rd_resp_status;
        regs$message_in = fetch$out_valid && pipeline$in_ready;
        regs$report_out = writer$report_out;
        regs$reject_out = writer$reject_out;
        regs$cq_stall = writer$cq_full;
        fetch$enabled = regs$enabled;
        fetch$halted = regs$halted;
        fetch$sq_base = regs$sq_base;
        fetch$sq_size = regs$sq_size;
        fetch$sq_tail = regs$sq_tail;
        rd_req_valid = fetch$rd_req_valid;
        fetch$rd_req_ready = rd_req_ready;
        rd_req_addr = fetch$rd_req_addr;
        rd_req_lines = fetch$rd_req_lines;
        fetch$rd_resp_valid = rd_resp_valid;
        fetch$rd_resp_data = rd_resp_data;
        fetch$rd_resp_error = |rd_resp_status;
        fetch$power_on = reset;
        pipeline$in_data = fetch$out_data;
        pipeline$in_valid = fetch$out_valid;
        fetch$out_ready = pipeline$in_ready;
        writer$in_data = pipeline$out_data;
        writer$in_valid = pipeline$out_valid;
        pipeline$out_ready = writer$in_ready;
        writer$enabled = regs$enabled;
        writer$halted = regs$halted;
        writer$cq_base = regs$cq_base;
        writer$cq_size = regs$cq_size;
        writer$cq_head = regs$cq_head;
        writer$status_addr = regs$status_addr;
        writer$status_req = fetch$status_req || regs$error_raised;
        writer$sq_head = fetch$sq_head;
        writer$errors = regs$errors;
        wr_valid = writer$wr_valid;
        writer$wr_ready = wr_ready;
        wr_addr = writer$wr_addr;
        wr_data = writer$wr_data;
    end
    
endmodule // gatebook_pcie$card


module gatebook_pcie$card$fetch(clock,reset,power_on,enabled,halted,sq_base,sq_size,sq_tail,rd_req_valid,rd_req_ready,rd_req_addr,rd_req_lines,rd_resp_valid,rd_resp_data,rd_resp_error,out_data,out_valid,out_ready,sq_head,read_fault,status_req);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  power_on;
    input wire  enabled;
    input wire  halted;
    input wire  [63:0] sq_base;
    input wire  [31:0] sq_size;
    input wire  [31:0] sq_tail;
    output reg  rd_req_valid;
    input wire  rd_req_ready;
    output reg  [63:0] rd_req_addr;
    output reg  [7:0] rd_req_lines;
    input wire  rd_resp_valid;
    input wire  [511:0] rd_resp_data;
    input wire  rd_resp_error;
    output reg  [511:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [31:0] sq_head;
    output reg  read_fault;
    output reg  status_req;
    
    // Constant declarations
    localparam  max_burst = 32'h8;
    localparam  fifo_depth = 32'h20;
    localparam  max_requests = 3'b100;
    
    // Stub signals
    reg  fifo$clock;
    reg  fifo$read;
    wire  [511:0] fifo$data_out;
    wire  fifo$empty;
    wire  fifo$almost_empty;
    wire  fifo$underflow;
    reg  fifo$write;
    reg  [511:0] fifo$data_in;
    wire  fifo$full;
    wire  fifo$almost_full;
    wire  fifo$overflow;
    reg  [31:0] fetched$d;
    wire  [31:0] fetched$q;
    reg  fetched$clock;
    reg  [31:0] head$d;
    wire  [31:0] head$q;
    reg  head$clock;
    reg  [7:0] reserved$d;
    wire  [7:0] reserved$q;
    reg  reserved$clock;
    reg  [7:0] inflight$d;
    wire  [7:0] inflight$q;
    reg  inflight$clock;
    reg  [7:0] discard$d;
    wire  [7:0] discard$q;
    reg  discard$clock;
    reg  req_valid$d;
    wire  req_valid$q;
    reg  req_valid$clock;
    reg  [63:0] req_addr$d;
    wire  [63:0] req_addr$q;
    reg  req_addr$clock;
    reg  [7:0] req_lines$d;
    wire  [7:0] req_lines$q;
    reg  req_lines$clock;
    reg  [31:0] end0$d;
    wire  [31:0] end0$q;
    reg  end0$clock;
    reg  [31:0] end1$d;
    wire  [31:0] end1$q;
    reg  end1$clock;
    reg  [31:0] end2$d;
    wire  [31:0] end2$q;
    reg  end2$clock;
    reg  [31:0] end3$d;
    wire  [31:0] end3$q;
    reg  end3$clock;
    reg  [2:0] ends$d;
    wire  [2:0] ends$q;
    reg  ends$clock;
    reg  dead$d;
    wire  dead$q;
    reg  dead$clock;
    reg  flushing$d;
    wire  flushing$q;
    reg  flushing$clock;
    reg  [2:0] flush_left$d;
    wire  [2:0] flush_left$q;
    reg  flush_left$clock;
    
    // Local signals
    reg  [31:0] pending;
    reg  [31:0] to_end;
    reg  [31:0] room;
    reg  [31:0] burst;
    reg  [31:0] entry;
    reg  issue;
    reg  taken;
    reg  push;
    reg  pop;
    reg  done_one;
    reg  [31:0] pushed_end;
    reg  [2:0] ends_after_pop;
    reg  [7:0] inflight_next;
    reg  [7:0] reserved_next;
    
    // Sub module instances
    gatebook_pcie$card$fetch$fifo fifo(
        .clock(fifo$clock),
        .read(fifo$read),
        .data_out(fifo$data_out),
        .empty(fifo$empty),
        .almost_empty(fifo$almost_empty),
        .underflow(fifo$underflow),
        .write(fifo$write),
        .data_in(fifo$data_in),
        .full(fifo$full),
        .almost_full(fifo$almost_full),
        .overflow(fifo$overflow)
    );
    gatebook_pcie$card$fetch$fetched fetched(
        .d(fetched$d),
        .q(fetched$q),
        .clock(fetched$clock)
    );
    gatebook_pcie$card$fetch$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    gatebook_pcie$card$fetch$reserved reserved(
        .d(reserved$d),
        .q(reserved$q),
        .clock(reserved$clock)
    );
    gatebook_pcie$card$fetch$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    gatebook_pcie$card$fetch$discard discard(
        .d(discard$d),
        .q(discard$q),
        .clock(discard$clock)
    );
    gatebook_pcie$card$fetch$req_valid req_valid(
        .d(req_valid$d),
        .q(req_valid$q),
        .clock(req_valid$clock)
    );
    gatebook_pcie$card$fetch$req_addr req_addr(
        .d(req_addr$d),
        .q(req_addr$q),
        .clock(req_addr$clock)
    );
    gatebook_pcie$card$fetch$req_lines req_lines(
        .d(req_lines$d),
        .q(req_lines$q),
        .clock(req_lines$clock)
    );
    gatebook_pcie$card$fetch$end0 end0(
        .d(end0$d),
        .q(end0$q),
        .clock(end0$clock)
    );
    gatebook_pcie$card$fetch$end1 end1(
        .d(end1$d),
        .q(end1$q),
        .clock(end1$clock)
    );
    gatebook_pcie$card$fetch$end2 end2(
        .d(end2$d),
        .q(end2$q),
        .clock(end2$clock)
    );
    gatebook_pcie$card$fetch$end3 end3(
        .d(end3$d),
        .q(end3$q),
        .clock(end3$clock)
    );
    gatebook_pcie$card$fetch$ends ends(
        .d(ends$d),
        .q(ends$q),
        .clock(ends$clock)
    );
    gatebook_pcie$card$fetch$dead dead(
        .d(dead$d),
        .q(dead$q),
        .clock(dead$clock)
    );
    gatebook_pcie$card$fetch$flushing flushing(
        .d(flushing$d),
        .q(flushing$q),
        .clock(flushing$clock)
    );
    gatebook_pcie$card$fetch$flush_left flush_left(
        .d(flush_left$d),
        .q(flush_left$q),
        .clock(flush_left$clock)
    );
    
    // Update code
    always @(*) begin
        fetched$clock = clock;
        head$clock = clock;
        reserved$clock = clock;
        inflight$clock = clock;
        discard$clock = clock;
        req_valid$clock = clock;
        req_addr$clock = clock;
        req_lines$clock = clock;
        end0$clock = clock;
        end1$clock = clock;
        end2$clock = clock;
        end3$clock = clock;
        ends$clock = clock;
        dead$clock = clock;
        flushing$clock = clock;
        flush_left$clock = clock;
        fetched$d = fetched$q;
        head$d = head$q;
        reserved$d = reserved$q;
        inflight$d = inflight$q;
        discard$d = discard$q;
        req_valid$d = req_valid$q;
        req_addr$d = req_addr$q;
        req_lines$d = req_lines$q;
        end0$d = end0$q;
        end1$d = end1$q;
        end2$d = end2$q;
        end3$d = end3$q;
        ends$d = ends$q;
        dead$d = dead$q;
        flushing$d = flushing$q;
        flush_left$d = flush_left$q;
        fifo$clock = clock;
        rd_req_valid = req_valid$q && ~reset;
        rd_req_addr = req_addr$q;
        rd_req_lines = req_lines$q;
        taken = req_valid$q && rd_req_ready && ~reset;
        if (taken) begin
            req_valid$d = 1'b0;
        end
        pending = sq_tail - fetched$q;
        entry = fetched$q & (sq_size - 32'h1);
        to_end = sq_size - entry;
        room = fifo_depth - ((reserved$q) & 32'hffffffff);
        burst = pending;
        if (to_end < burst) begin
            burst = to_end;
        end
        if (room < burst) begin
            burst = room;
        end
        if (max_burst < burst) begin
            burst = max_burst;
        end
        issue = enabled && ~halted && ~dead$q && ~flushing$q && ~req_valid$q && (ends$q < max_requests) && |burst;
        pushed_end = fetched$q + burst;
        if (issue) begin
            req_valid$d = 1'b1;
            req_addr$d = sq_base + (((entry) & 64'hffffffffffffffff) << 32'h6);
            req_lines$d = burst[(32'h0)+:(8)];
            fetched$d = pushed_end;
        end
        inflight_next = inflight$q;
        if (taken) begin
            inflight_next = inflight$q + req_lines$q;
        end
        push = 1'b0;
        read_fault = 1'b0;
        done_one = 1'b0;
        if (rd_resp_valid) begin
            inflight_next = inflight_next - 32'h1;
            if (|discard$q) begin
                discard$d = discard$q - 32'h1;
            end
            else if (~reset && ~dead$q && ~halted) begin
                if (rd_resp_error) begin
                    read_fault = 1'b1;
                    dead$d = 1'b1;
                end
                else begin
                    push = 1'b1;
                    head$d = head$q + 32'h1;
                    done_one = (head$q + 32'h1) == end0$q;
                end
            end
        end
        inflight$d = inflight_next;
        status_req = done_one;
        sq_head = head$q;
        ends_after_pop = ends$q;
        if (done_one) begin
            ends_after_pop = ends$q - 32'h1;
            end0$d = end1$q;
            end1$d = end2$q;
            end2$d = end3$q;
        end
        if (issue) begin
            if (ends_after_pop == 32'h0) begin
                end0$d = pushed_end;
            end
            else if (ends_after_pop == 32'h1) begin
                end1$d = pushed_end;
            end
            else if (ends_after_pop == 32'h2) begin
                end2$d = pushed_end;
            end
            else begin
                end3$d = pushed_end;
            end
            ends$d = ends_after_pop + 32'h1;
        end
        else begin
            ends$d = ends_after_pop;
        end
        fifo$write = push;
        fifo$data_in = rd_resp_data;
        out_data = fifo$data_out;
        out_valid = ~fifo$empty && ~flushing$q;
        pop = ~fifo$empty && (flushing$q || out_ready);
        fifo$read = pop;
        reserved_next = reserved$q;
        if (issue) begin
            reserved_next = reserved$q + burst[(32'h0)+:(8)];
        end
        if (pop && ~flushing$q) begin
            reserved_next = reserved_next - 32'h1;
        end
        reserved$d = reserved_next;
        if (flushing$q) begin
            if (|flush_left$q) begin
                flush_left$d = flush_left$q - 32'h1;
            end
            else if (fifo$empty) begin
                flushing$d = 1'b0;
            end
        end
        if (reset) begin
            fetched$d = 32'h0;
            head$d = 32'h0;
            reserved$d = 32'h0;
            discard$d = inflight_next;
            req_valid$d = 1'b0;
            ends$d = 32'h0;
            dead$d = 1'b0;
            flushing$d = 1'b1;
            flush_left$d = 32'h4;
        end
        if (power_on) begin
            inflight$d = 32'h0;
            discard$d = 32'h0;
        end
    end
    
endmodule // gatebook_pcie$card$fetch


module gatebook_pcie$card$fetch$dead(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$dead


module gatebook_pcie$card$fetch$discard(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$discard


module gatebook_pcie$card$fetch$end0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$end0


module gatebook_pcie$card$fetch$end1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$end1


module gatebook_pcie$card$fetch$end2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$end2


module gatebook_pcie$card$fetch$end3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$end3


module gatebook_pcie$card$fetch$ends(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$ends


module gatebook_pcie$card$fetch$fetched(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$fetched


module gatebook_pcie$card$fetch$fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [511:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  write;
    input wire  [511:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    
    // Stub signals
    reg  [4:0] ram$read_address;
    reg  ram$read_clock;
    wire  [511:0] ram$read_data;
    reg  [4:0] ram$write_address;
    reg  ram$write_clock;
    reg  [511:0] ram$write_data;
    reg  ram$write_enable;
    reg  read_logic$clock;
    reg  read_logic$read;
    wire  [511:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [5:0] read_logic$write_address_delayed;
    wire  [4:0] read_logic$ram_read_address;
    reg  [511:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [5:0] read_logic$read_address_out;
    wire  [5:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [511:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    reg  write_logic$clock;
    wire  [4:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [511:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [5:0] write_logic$read_address;
    wire  [5:0] write_logic$write_address_delayed;
    wire  [5:0] write_logic$fill_level;
    
    // Sub module instances
    gatebook_pcie$card$fetch$fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    gatebook_pcie$card$fetch$fifo$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    gatebook_pcie$card$fetch$fifo$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    
    // Update code
    always @(*) begin
        read_logic$clock = clock;
        write_logic$clock = clock;
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_clock = clock;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_clock = clock;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_logic$write_address_delayed = write_logic$write_address_delayed;
        write_logic$read_address = read_logic$read_address_out;
    end
    
endmodule // gatebook_pcie$card$fetch$fifo


module gatebook_pcie$card$fetch$fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [4:0] read_address;
    input wire  read_clock;
    output reg  [511:0] read_data;
    input wire  [4:0] write_address;
    input wire  write_clock;
    input wire  [511:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[511:0] mem[31:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gatebook_pcie$card$fetch$fifo$ram


module gatebook_pcie$card$fetch$fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [511:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [5:0] write_address_delayed;
    output reg  [4:0] ram_read_address;
    input wire  [511:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [5:0] read_address_out;
    output reg  [5:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 6'b11111;
    localparam  fifo_size = 6'b100000;
    localparam  block_size = 6'b1;
    
    // Stub signals
    reg  [5:0] read_address$d;
    wire  [5:0] read_address$q;
    reg  read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    reg  dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$card$fetch$fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    gatebook_pcie$card$fetch$fifo$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    always @(*) begin
        read_address$clock = clock;
        dff_underflow$clock = clock;
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 5'h1f);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 5'h1f);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // gatebook_pcie$card$fetch$fifo$read_logic


module gatebook_pcie$card$fetch$fifo$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$fifo$read_logic$dff_underflow


module gatebook_pcie$card$fetch$fifo$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$fifo$read_logic$read_address


module gatebook_pcie$card$fetch$fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [511:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [4:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [511:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [5:0] read_address;
    output reg  [5:0] write_address_delayed;
    output reg  [5:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 6'b11111;
    localparam  fifo_size = 6'b100000;
    localparam  almost_full_level = 6'b11111;
    
    // Stub signals
    reg  [5:0] write_address$d;
    wire  [5:0] write_address$q;
    reg  write_address$clock;
    reg  [5:0] dff_write_address_delay$d;
    wire  [5:0] dff_write_address_delay$q;
    reg  dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    reg  dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$card$fetch$fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    gatebook_pcie$card$fetch$fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    gatebook_pcie$card$fetch$fifo$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    always @(*) begin
        dff_overflow$clock = clock;
        write_address$clock = clock;
        dff_write_address_delay$clock = clock;
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 5'h1f);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // gatebook_pcie$card$fetch$fifo$write_logic


module gatebook_pcie$card$fetch$fifo$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$fifo$write_logic$dff_overflow


module gatebook_pcie$card$fetch$fifo$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$fifo$write_logic$dff_write_address_delay


module gatebook_pcie$card$fetch$fifo$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$fifo$write_logic$write_address


module gatebook_pcie$card$fetch$flush_left(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$flush_left


module gatebook_pcie$card$fetch$flushing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$flushing


module gatebook_pcie$card$fetch$head(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$head


module gatebook_pcie$card$fetch$inflight(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$inflight


module gatebook_pcie$card$fetch$req_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$req_addr


module gatebook_pcie$card$fetch$req_lines(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$req_lines


module gatebook_pcie$card$fetch$req_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$req_valid


module gatebook_pcie$card$fetch$reserved(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$fetch$reserved

// v-- Setting output parameters to net type for wrapped code.


module gatebook_pcie$card$pipeline(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [511:0] in_data;
    input wire  in_valid;
    output wire  in_ready;
    output wire  [511:0] out_data;
    output wire  out_valid;
    input wire  out_ready;
    
    // Update code (wrapper)
    gatebook_top pipeline(.clock(clock), .reset(reset), .in_data(in_data), .in_valid(in_valid), .in_ready(in_ready), .out_data(out_data), .out_valid(out_valid), .out_ready(out_ready), .idle());
endmodule // gatebook_pcie$card$pipeline


module gatebook_pcie$card$regs(clock,reset,mmio_addr,mmio_wdata,mmio_write,mmio_read,mmio_rdata,mmio_rvalid,sq_head,cq_tail,cq_full,read_fault,read_status,message_in,report_out,reject_out,cq_stall,card_reset,enabled,halted,errors,error_raised,sq_base,sq_size,cq_base,cq_size,status_addr,sq_tail,cq_head);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [31:0] mmio_addr;
    input wire  [31:0] mmio_wdata;
    input wire  mmio_write;
    input wire  mmio_read;
    output reg  [31:0] mmio_rdata;
    output reg  mmio_rvalid;
    input wire  [31:0] sq_head;
    input wire  [31:0] cq_tail;
    input wire  cq_full;
    input wire  read_fault;
    input wire  [3:0] read_status;
    input wire  message_in;
    input wire  report_out;
    input wire  reject_out;
    input wire  cq_stall;
    output reg  card_reset;
    output reg  enabled;
    output reg  halted;
    output reg  [31:0] errors;
    output reg  error_raised;
    output reg  [63:0] sq_base;
    output reg  [31:0] sq_size;
    output reg  [63:0] cq_base;
    output reg  [31:0] cq_size;
    output reg  [63:0] status_addr;
    output reg  [31:0] sq_tail;
    output reg  [31:0] cq_head;
    
    // Constant declarations
    localparam  at_id = 32'h0;
    localparam  at_version = 32'h4;
    localparam  at_build_id = 32'h8;
    localparam  at_capabilities = 32'hc;
    localparam  at_dma_capabilities = 32'h10;
    localparam  at_control = 32'h20;
    localparam  at_status = 32'h24;
    localparam  at_errors = 32'h28;
    localparam  at_sq_base_lo = 32'h30;
    localparam  at_sq_base_hi = 32'h34;
    localparam  at_sq_size_log2 = 32'h38;
    localparam  at_cq_base_lo = 32'h40;
    localparam  at_cq_base_hi = 32'h44;
    localparam  at_cq_size_log2 = 32'h48;
    localparam  at_status_line_lo = 32'h50;
    localparam  at_status_line_hi = 32'h54;
    localparam  at_sq_head = 32'h60;
    localparam  at_cq_tail = 32'h64;
    localparam  at_messages_in_lo = 32'h80;
    localparam  at_messages_in_hi = 32'h84;
    localparam  at_reports_out_lo = 32'h88;
    localparam  at_reports_out_hi = 32'h8c;
    localparam  at_rejects_lo = 32'h90;
    localparam  at_rejects_hi = 32'h94;
    localparam  at_stalls_lo = 32'h98;
    localparam  at_stalls_hi = 32'h9c;
    localparam  at_cycles_lo = 32'ha0;
    localparam  at_cycles_hi = 32'ha4;
    localparam  at_sq_tail = 32'h1000;
    localparam  at_cq_head = 32'h1004;
    localparam  card_id = 32'h47424b43;
    localparam  version = 32'h20000;
    localparam  build_id = 32'h9bd9c4e7;
    localparam  capabilities = 32'ha0c0804;
    localparam  dma_capabilities = 32'h200810;
    localparam  reset_cycles = 32'h8040;
    localparam  max_ring_log2 = 32'h10;
    localparam  line_mask = 32'h3f;
    localparam  one = 32'h1;
    localparam  control_enable = 32'h1;
    localparam  control_reset = 32'h2;
    localparam  status_enabled = 32'h1;
    localparam  status_resetting = 32'h2;
    localparam  status_halted = 32'h4;
    localparam  status_cq_full = 32'h8;
    localparam  error_read_fault = 32'h1;
    localparam  read_status_lsb = 32'h8;
    localparam  error_sq_doorbell = 32'h4;
    localparam  error_cq_doorbell = 32'h8;
    localparam  error_ring_config = 32'h10;
    
    // Stub signals
    reg  soft_reset$d;
    wire  soft_reset$q;
    reg  soft_reset$clock;
    reg  enable$d;
    wire  enable$q;
    reg  enable$clock;
    reg  [31:0] error_bits$d;
    wire  [31:0] error_bits$q;
    reg  error_bits$clock;
    reg  [31:0] resetting$d;
    wire  [31:0] resetting$q;
    reg  resetting$clock;
    reg  [31:0] sq_base_lo$d;
    wire  [31:0] sq_base_lo$q;
    reg  sq_base_lo$clock;
    reg  [31:0] sq_base_hi$d;
    wire  [31:0] sq_base_hi$q;
    reg  sq_base_hi$clock;
    reg  [31:0] sq_log2$d;
    wire  [31:0] sq_log2$q;
    reg  sq_log2$clock;
    reg  [31:0] cq_base_lo$d;
    wire  [31:0] cq_base_lo$q;
    reg  cq_base_lo$clock;
    reg  [31:0] cq_base_hi$d;
    wire  [31:0] cq_base_hi$q;
    reg  cq_base_hi$clock;
    reg  [31:0] cq_log2$d;
    wire  [31:0] cq_log2$q;
    reg  cq_log2$clock;
    reg  [31:0] status_lo$d;
    wire  [31:0] status_lo$q;
    reg  status_lo$clock;
    reg  [31:0] status_hi$d;
    wire  [31:0] status_hi$q;
    reg  status_hi$clock;
    reg  [31:0] sq_tail_reg$d;
    wire  [31:0] sq_tail_reg$q;
    reg  sq_tail_reg$clock;
    reg  [31:0] cq_head_reg$d;
    wire  [31:0] cq_head_reg$q;
    reg  cq_head_reg$clock;
    reg  [63:0] messages_in$d;
    wire  [63:0] messages_in$q;
    reg  messages_in$clock;
    reg  [63:0] reports_out$d;
    wire  [63:0] reports_out$q;
    reg  reports_out$clock;
    reg  [63:0] rejects$d;
    wire  [63:0] rejects$q;
    reg  rejects$clock;
    reg  [63:0] stalls$d;
    wire  [63:0] stalls$q;
    reg  stalls$clock;
    reg  [63:0] cycles$d;
    wire  [63:0] cycles$q;
    reg  cycles$clock;
    reg  [31:0] messages_in_snap$d;
    wire  [31:0] messages_in_snap$q;
    reg  messages_in_snap$clock;
    reg  [31:0] reports_out_snap$d;
    wire  [31:0] reports_out_snap$q;
    reg  reports_out_snap$clock;
    reg  [31:0] rejects_snap$d;
    wire  [31:0] rejects_snap$q;
    reg  rejects_snap$clock;
    reg  [31:0] stalls_snap$d;
    wire  [31:0] stalls_snap$q;
    reg  stalls_snap$clock;
    reg  [31:0] cycles_snap$d;
    wire  [31:0] cycles_snap$q;
    reg  cycles_snap$clock;
    reg  [31:0] rdata$d;
    wire  [31:0] rdata$q;
    reg  rdata$clock;
    reg  rvalid$d;
    wire  rvalid$q;
    reg  rvalid$clock;
    
    // Local signals
    reg  any_reset;
    reg  [31:0] new_errors;
    reg  config_ok;
    reg  [31:0] sq_ahead;
    reg  [31:0] cq_behind;
    reg  [31:0] read_value;
    reg  [31:0] status_value;
    
    // Sub module instances
    gatebook_pcie$card$regs$soft_reset soft_reset(
        .d(soft_reset$d),
        .q(soft_reset$q),
        .clock(soft_reset$clock)
    );
    gatebook_pcie$card$regs$enable enable(
        .d(enable$d),
        .q(enable$q),
        .clock(enable$clock)
    );
    gatebook_pcie$card$regs$error_bits error_bits(
        .d(error_bits$d),
        .q(error_bits$q),
        .clock(error_bits$clock)
    );
    gatebook_pcie$card$regs$resetting resetting(
        .d(resetting$d),
        .q(resetting$q),
        .clock(resetting$clock)
    );
    gatebook_pcie$card$regs$sq_base_lo sq_base_lo(
        .d(sq_base_lo$d),
        .q(sq_base_lo$q),
        .clock(sq_base_lo$clock)
    );
    gatebook_pcie$card$regs$sq_base_hi sq_base_hi(
        .d(sq_base_hi$d),
        .q(sq_base_hi$q),
        .clock(sq_base_hi$clock)
    );
    gatebook_pcie$card$regs$sq_log2 sq_log2(
        .d(sq_log2$d),
        .q(sq_log2$q),
        .clock(sq_log2$clock)
    );
    gatebook_pcie$card$regs$cq_base_lo cq_base_lo(
        .d(cq_base_lo$d),
        .q(cq_base_lo$q),
        .clock(cq_base_lo$clock)
    );
    gatebook_pcie$card$regs$cq_base_hi cq_base_hi(
        .d(cq_base_hi$d),
        .q(cq_base_hi$q),
        .clock(cq_base_hi$clock)
    );
    gatebook_pcie$card$regs$cq_log2 cq_log2(
        .d(cq_log2$d),
        .q(cq_log2$q),
        .clock(cq_log2$clock)
    );
    gatebook_pcie$card$regs$status_lo status_lo(
        .d(status_lo$d),
        .q(status_lo$q),
        .clock(status_lo$clock)
    );
    gatebook_pcie$card$regs$status_hi status_hi(
        .d(status_hi$d),
        .q(status_hi$q),
        .clock(status_hi$clock)
    );
    gatebook_pcie$card$regs$sq_tail_reg sq_tail_reg(
        .d(sq_tail_reg$d),
        .q(sq_tail_reg$q),
        .clock(sq_tail_reg$clock)
    );
    gatebook_pcie$card$regs$cq_head_reg cq_head_reg(
        .d(cq_head_reg$d),
        .q(cq_head_reg$q),
        .clock(cq_head_reg$clock)
    );
    gatebook_pcie$card$regs$messages_in messages_in(
        .d(messages_in$d),
        .q(messages_in$q),
        .clock(messages_in$clock)
    );
    gatebook_pcie$card$regs$reports_out reports_out(
        .d(reports_out$d),
        .q(reports_out$q),
        .clock(reports_out$clock)
    );
    gatebook_pcie$card$regs$rejects rejects(
        .d(rejects$d),
        .q(rejects$q),
        .clock(rejects$clock)
    );
    gatebook_pcie$card$regs$stalls stalls(
        .d(stalls$d),
        .q(stalls$q),
        .clock(stalls$clock)
    );
    gatebook_pcie$card$regs$cycles cycles(
        .d(cycles$d),
        .q(cycles$q),
        .clock(cycles$clock)
    );
    gatebook_pcie$card$regs$messages_in_snap messages_in_snap(
        .d(messages_in_snap$d),
        .q(messages_in_snap$q),
        .clock(messages_in_snap$clock)
    );
    gatebook_pcie$card$regs$reports_out_snap reports_out_snap(
        .d(reports_out_snap$d),
        .q(reports_out_snap$q),
        .clock(reports_out_snap$clock)
    );
    gatebook_pcie$card$regs$rejects_snap rejects_snap(
        .d(rejects_snap$d),
        .q(rejects_snap$q),
        .clock(rejects_snap$clock)
    );
    gatebook_pcie$card$regs$stalls_snap stalls_snap(
        .d(stalls_snap$d),
        .q(stalls_snap$q),
        .clock(stalls_snap$clock)
    );
    gatebook_pcie$card$regs$cycles_snap cycles_snap(
        .d(cycles_snap$d),
        .q(cycles_snap$q),
        .clock(cycles_snap$clock)
    );
    gatebook_pcie$card$regs$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    gatebook_pcie$card$regs$rvalid rvalid(
        .d(rvalid$d),
        .q(rvalid$q),
        .clock(rvalid$clock)
    );
    
    // Update code
    always @(*) begin
        soft_reset$clock = clock;
        enable$clock = clock;
        error_bits$clock = clock;
        resetting$clock = clock;
        sq_base_lo$clock = clock;
        sq_base_hi$clock = clock;
        sq_log2$clock = clock;
        cq_base_lo$clock = clock;
        cq_base_hi$clock = clock;
        cq_log2$clock = clock;
        status_lo$clock = clock;
        status_hi$clock = clock;
        sq_tail_reg$clock = clock;
        cq_head_reg$clock = clock;
        messages_in$clock = clock;
        reports_out$clock = clock;
        rejects$clock = clock;
        stalls$clock = clock;
        cycles$clock = clock;
        messages_in_snap$clock = clock;
        reports_out_snap$clock = clock;
        rejects_snap$clock = clock;
        stalls_snap$clock = clock;
        cycles_snap$clock = clock;
        rdata$clock = clock;
        rvalid$clock = clock;
        soft_reset$d = soft_reset$q;
        enable$d = enable$q;
        error_bits$d = error_bits$q;
        resetting$d = resetting$q;
        sq_base_lo$d = sq_base_lo$q;
        sq_base_hi$d = sq_base_hi$q;
        sq_log2$d = sq_log2$q;
        cq_base_lo$d = cq_base_lo$q;
        cq_base_hi$d = cq_base_hi$q;
        cq_log2$d = cq_log2$q;
        status_lo$d = status_lo$q;
        status_hi$d = status_hi$q;
        sq_tail_reg$d = sq_tail_reg$q;
        cq_head_reg$d = cq_head_reg$q;
        messages_in$d = messages_in$q;
        reports_out$d = reports_out$q;
        rejects$d = rejects$q;
        stalls$d = stalls$q;
        cycles$d = cycles$q;
        messages_in_snap$d = messages_in_snap$q;
        reports_out_snap$d = reports_out_snap$q;
        rejects_snap$d = rejects_snap$q;
        stalls_snap$d = stalls_snap$q;
        cycles_snap$d = cycles_snap$q;
        rdata$d = rdata$q;
        rvalid$d = rvalid$q;
        any_reset = reset || soft_reset$q;
        card_reset = any_reset;
        enabled = enable$q;
        halted = |error_bits$q;
        errors = error_bits$q;
        sq_base = (((sq_base_hi$q) & 64'hffffffffffffffff) << 32'h20) | ((sq_base_lo$q) & 64'hffffffffffffffff);
        cq_base = (((cq_base_hi$q) & 64'hffffffffffffffff) << 32'h20) | ((cq_base_lo$q) & 64'hffffffffffffffff);
        status_addr = (((status_hi$q) & 64'hffffffffffffffff) << 32'h20) | ((status_lo$q) & 64'hffffffffffffffff);
        sq_size = one << sq_log2$q[(32'h0)+:(5)];
        cq_size = one << cq_log2$q[(32'h0)+:(5)];
        sq_tail = sq_tail_reg$q;
        cq_head = cq_head_reg$q;
        config_ok = (sq_log2$q >= 32'h1) && (sq_log2$q <= max_ring_log2) && (cq_log2$q >= 32'h1) && (cq_log2$q <= max_ring_log2) && ~|(sq_base_lo$q & line_mask) && ~|(cq_base_lo$q & line_mask) && ~|(status_lo$q & line_mask);
        sq_ahead = mmio_wdata - sq_head;
        cq_behind = cq_tail - mmio_wdata;
        cycles$d = cycles$q + 32'h1;
        if (message_in) begin
            messages_in$d = messages_in$q + 32'h1;
        end
        if (report_out) begin
            reports_out$d = reports_out$q + 32'h1;
        end
        if (reject_out) begin
            rejects$d = rejects$q + 32'h1;
        end
        if (cq_stall) begin
            stalls$d = stalls$q + 32'h1;
        end
        if (|resetting$q) begin
            resetting$d = resetting$q - 32'h1;
        end
        soft_reset$d = 1'b0;
        new_errors = 32'h0;
        if (read_fault) begin
            new_errors = new_errors | error_read_fault;
            if (~|(error_bits$q & error_read_fault)) begin
                new_errors = new_errors | (((read_status) & 32'hffffffff) << read_status_lsb);
            end
        end
        if (mmio_write) begin
            if (mmio_addr == at_control) begin
                if (|(mmio_wdata & control_reset)) begin
                    soft_reset$d = 1'b1;
                end
                else if (|(mmio_wdata & control_enable)) begin
                    if (config_ok) begin
                        enable$d = 1'b1;
                    end
                    else begin
                        new_errors = new_errors | error_ring_config;
                    end
                end
                else begin
                    enable$d = 1'b0;
                end
            end
            if (mmio_addr == at_sq_base_lo) begin
                sq_base_lo$d = mmio_wdata;
            end
            if (mmio_addr == at_sq_base_hi) begin
                sq_base_hi$d = mmio_wdata;
            end
            if (mmio_addr == at_sq_size_log2) begin
                sq_log2$d = mmio_wdata;
            end
            if (mmio_addr == at_cq_base_lo) begin
                cq_base_lo$d = mmio_wdata;
            end
            if (mmio_addr == at_cq_base_hi) begin
                cq_base_hi$d = mmio_wdata;
            end
            if (mmio_addr == at_cq_size_log2) begin
                cq_log2$d = mmio_wdata;
            end
            if (mmio_addr == at_status_line_lo) begin
                status_lo$d = mmio_wdata;
            end
            if (mmio_addr == at_status_line_hi) begin
                status_hi$d = mmio_wdata;
            end
            if ((mmio_addr == at_sq_tail) && enable$q) begin
                if (sq_ahead > sq_size) begin
                    new_errors = new_errors | error_sq_doorbell;
                end
                else begin
                    sq_tail_reg$d = mmio_wdata;
                end
            end
            if ((mmio_addr == at_cq_head) && enable$q) begin
                if (cq_behind > cq_size) begin
                    new_errors = new_errors | error_cq_doorbell;
                end
                else begin
                    cq_head_reg$d = mmio_wdata;
                end
            end
        end
        error_bits$d = error_bits$q | new_errors;
        error_raised = |(new_errors & ~error_bits$q);
        status_value = 32'h0;
        if (enable$q) begin
            status_value = status_value | status_enabled;
        end
        if (|resetting$q || soft_reset$q) begin
            status_value = status_value | status_resetting;
        end
        if (|error_bits$q) begin
            status_value = status_value | status_halted;
        end
        if (cq_full) begin
            status_value = status_value | status_cq_full;
        end
        read_value = 32'h0;
        if (mmio_addr == at_id) begin
            read_value = card_id;
        end
        if (mmio_addr == at_version) begin
            read_value = version;
        end
        if (mmio_addr == at_build_id) begin
            read_value = build_id;
        end
        if (mmio_addr == at_capabilities) begin
            read_value = capabilities;
        end
        if (mmio_addr == at_dma_capabilities) begin
            read_value = dma_capabilities;
        end
        if ((mmio_addr == at_control) && enable$q) begin
            read_value = control_enable;
        end
        if (mmio_addr == at_status) begin
            read_value = status_value;
        end
        if (mmio_addr == at_errors) begin
            read_value = error_bits$q;
        end
        if (mmio_addr == at_sq_base_lo) begin
            read_value = sq_base_lo$q;
        end
        if (mmio_addr == at_sq_base_hi) begin
            read_value = sq_base_hi$q;
        end
        if (mmio_addr == at_sq_size_log2) begin
            read_value = sq_log2$q;
        end
        if (mmio_addr == at_cq_base_lo) begin
            read_value = cq_base_lo$q;
        end
        if (mmio_addr == at_cq_base_hi) begin
            read_value = cq_base_hi$q;
        end
        if (mmio_addr == at_cq_size_log2) begin
            read_value = cq_log2$q;
        end
        if (mmio_addr == at_status_line_lo) begin
            read_value = status_lo$q;
        end
        if (mmio_addr == at_status_line_hi) begin
            read_value = status_hi$q;
        end
        if (mmio_addr == at_sq_head) begin
            read_value = sq_head;
        end
        if (mmio_addr == at_cq_tail) begin
            read_value = cq_tail;
        end
        if (mmio_addr == at_messages_in_lo) begin
            read_value = messages_in$q[(32'h0)+:(32)];
        end
        if (mmio_addr == at_messages_in_hi) begin
            read_value = messages_in_snap$q;
        end
        if (mmio_addr == at_reports_out_lo) begin
            read_value = reports_out$q[(32'h0)+:(32)];
        end
        if (mmio_addr == at_reports_out_hi) begin
            read_value = reports_out_snap$q;
        end
        if (mmio_addr == at_rejects_lo) begin
            read_value = rejects$q[(32'h0)+:(32)];
        end
        if (mmio_addr == at_rejects_hi) begin
            read_value = rejects_snap$q;
        end
        if (mmio_addr == at_stalls_lo) begin
            read_value = stalls$q[(32'h0)+:(32)];
        end
        if (mmio_addr == at_stalls_hi) begin
            read_value = stalls_snap$q;
        end
        if (mmio_addr == at_cycles_lo) begin
            read_value = cycles$q[(32'h0)+:(32)];
        end
        if (mmio_addr == at_cycles_hi) begin
            read_value = cycles_snap$q;
        end
        rvalid$d = mmio_read;
        if (mmio_read) begin
            rdata$d = read_value;
            if (mmio_addr == at_messages_in_lo) begin
                messages_in_snap$d = messages_in$q[(32'h20)+:(32)];
            end
            if (mmio_addr == at_reports_out_lo) begin
                reports_out_snap$d = reports_out$q[(32'h20)+:(32)];
            end
            if (mmio_addr == at_rejects_lo) begin
                rejects_snap$d = rejects$q[(32'h20)+:(32)];
            end
            if (mmio_addr == at_stalls_lo) begin
                stalls_snap$d = stalls$q[(32'h20)+:(32)];
            end
            if (mmio_addr == at_cycles_lo) begin
                cycles_snap$d = cycles$q[(32'h20)+:(32)];
            end
        end
        mmio_rdata = rdata$q;
        mmio_rvalid = rvalid$q;
        if (any_reset) begin
            soft_reset$d = 1'b0;
            enable$d = 1'b0;
            error_bits$d = 32'h0;
            resetting$d = reset_cycles;
            sq_base_lo$d = 32'h0;
            sq_base_hi$d = 32'h0;
            sq_log2$d = 32'h0;
            cq_base_lo$d = 32'h0;
            cq_base_hi$d = 32'h0;
            cq_log2$d = 32'h0;
            status_lo$d = 32'h0;
            status_hi$d = 32'h0;
            sq_tail_reg$d = 32'h0;
            cq_head_reg$d = 32'h0;
            messages_in$d = 32'h0;
            reports_out$d = 32'h0;
            rejects$d = 32'h0;
            stalls$d = 32'h0;
            cycles$d = 32'h0;
            messages_in_snap$d = 32'h0;
            reports_out_snap$d = 32'h0;
            rejects_snap$d = 32'h0;
            stalls_snap$d = 32'h0;
            cycles_snap$d = 32'h0;
            error_raised = 1'b0;
        end
    end
    
endmodule // gatebook_pcie$card$regs


module gatebook_pcie$card$regs$cq_base_hi(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$cq_base_hi


module gatebook_pcie$card$regs$cq_base_lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$cq_base_lo


module gatebook_pcie$card$regs$cq_head_reg(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$cq_head_reg


module gatebook_pcie$card$regs$cq_log2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$cq_log2


module gatebook_pcie$card$regs$cycles(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$cycles


module gatebook_pcie$card$regs$cycles_snap(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$cycles_snap


module gatebook_pcie$card$regs$enable(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$enable


module gatebook_pcie$card$regs$error_bits(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$error_bits


module gatebook_pcie$card$regs$messages_in(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$messages_in


module gatebook_pcie$card$regs$messages_in_snap(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$messages_in_snap


module gatebook_pcie$card$regs$rdata(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$rdata


module gatebook_pcie$card$regs$rejects(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$rejects


module gatebook_pcie$card$regs$rejects_snap(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$rejects_snap


module gatebook_pcie$card$regs$reports_out(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$reports_out


module gatebook_pcie$card$regs$reports_out_snap(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$reports_out_snap


module gatebook_pcie$card$regs$resetting(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$resetting


module gatebook_pcie$card$regs$rvalid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$rvalid


module gatebook_pcie$card$regs$soft_reset(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$soft_reset


module gatebook_pcie$card$regs$sq_base_hi(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$sq_base_hi


module gatebook_pcie$card$regs$sq_base_lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$sq_base_lo


module gatebook_pcie$card$regs$sq_log2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$sq_log2


module gatebook_pcie$card$regs$sq_tail_reg(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$sq_tail_reg


module gatebook_pcie$card$regs$stalls(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$stalls


module gatebook_pcie$card$regs$stalls_snap(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$stalls_snap


module gatebook_pcie$card$regs$status_hi(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$status_hi


module gatebook_pcie$card$regs$status_lo(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$regs$status_lo


module gatebook_pcie$card$writer(clock,reset,enabled,halted,cq_base,cq_size,cq_head,status_addr,status_req,sq_head,errors,in_data,in_valid,in_ready,wr_valid,wr_ready,wr_addr,wr_data,cq_tail,cq_full,report_out,reject_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  enabled;
    input wire  halted;
    input wire  [63:0] cq_base;
    input wire  [31:0] cq_size;
    input wire  [31:0] cq_head;
    input wire  [63:0] status_addr;
    input wire  status_req;
    input wire  [31:0] sq_head;
    input wire  [31:0] errors;
    input wire  [511:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  wr_valid;
    input wire  wr_ready;
    output reg  [63:0] wr_addr;
    output reg  [511:0] wr_data;
    output reg  [31:0] cq_tail;
    output reg  cq_full;
    output reg  report_out;
    output reg  reject_out;
    
    // Constant declarations
    localparam  keep = 512'hffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff;
    localparam  mark_shift = 16'h160;
    localparam  sq_head_shift = 16'h0;
    localparam  cq_tail_shift = 16'h20;
    localparam  errors_shift = 16'h40;
    localparam  writes_shift = 16'h60;
    localparam  reject = 8'h2;
    
    // Stub signals
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [63:0] addr$d;
    wire  [63:0] addr$q;
    reg  addr$clock;
    reg  [511:0] data$d;
    wire  [511:0] data$q;
    reg  data$clock;
    reg  [31:0] tail$d;
    wire  [31:0] tail$q;
    reg  tail$clock;
    reg  [31:0] writes$d;
    wire  [31:0] writes$q;
    reg  writes$clock;
    reg  status_pending$d;
    wire  status_pending$q;
    reg  status_pending$clock;
    
    // Local signals
    reg  can_load;
    reg  room;
    reg  [31:0] used;
    reg  [31:0] entry;
    reg  [31:0] mark;
    reg  status_go;
    reg  report_go;
    reg  [31:0] writes_next;
    
    // Sub module instances
    gatebook_pcie$card$writer$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    gatebook_pcie$card$writer$addr addr(
        .d(addr$d),
        .q(addr$q),
        .clock(addr$clock)
    );
    gatebook_pcie$card$writer$data data(
        .d(data$d),
        .q(data$q),
        .clock(data$clock)
    );
    gatebook_pcie$card$writer$tail tail(
        .d(tail$d),
        .q(tail$q),
        .clock(tail$clock)
    );
    gatebook_pcie$card$writer$writes writes(
        .d(writes$d),
        .q(writes$q),
        .clock(writes$clock)
    );
    gatebook_pcie$card$writer$status_pending status_pending(
        .d(status_pending$d),
        .q(status_pending$q),
        .clock(status_pending$clock)
    );
    
    // Update code
    always @(*) begin
        busy$clock = clock;
        addr$clock = clock;
        data$clock = clock;
        tail$clock = clock;
        writes$clock = clock;
        status_pending$clock = clock;
        busy$d = busy$q;
        addr$d = addr$q;
        data$d = data$q;
        tail$d = tail$q;
        writes$d = writes$q;
        status_pending$d = status_pending$q;
        wr_valid = busy$q;
        wr_addr = addr$q;
        wr_data = data$q;
        cq_tail = tail$q;
        can_load = ~busy$q || wr_ready;
        if (busy$q && wr_ready) begin
            busy$d = 1'b0;
        end
        used = tail$q - cq_head;
        room = used < cq_size;
        entry = tail$q & (cq_size - 32'h1);
        mark = tail$q + 32'h1;
        writes_next = writes$q + 32'h1;
        status_go = can_load && status_pending$q && enabled;
        report_go = can_load && ~status_go && in_valid && enabled && ~halted && room;
        in_ready = report_go;
        cq_full = in_valid && enabled && ~halted && ~room;
        report_out = report_go;
        reject_out = report_go && (in_data[(32'h10)+:(8)] == reject);
        status_pending$d = (status_pending$q && ~status_go) || status_req;
        if (status_go) begin
            busy$d = 1'b1;
            addr$d = status_addr;
            data$d = (((sq_head) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << sq_head_shift) | (((tail$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << cq_tail_shift) | (((errors) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << errors_shift) | (((writes_next) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << writes_shift);
            writes$d = writes_next;
        end
        else if (report_go) begin
            busy$d = 1'b1;
            addr$d = cq_base + (((entry) & 64'hffffffffffffffff) << 32'h6);
            data$d = (in_data & keep) | (((mark) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << mark_shift);
            tail$d = mark;
        end
        if (reset) begin
            busy$d = 1'b0;
            tail$d = 32'h0;
            writes$d = 32'h0;
            status_pending$d = 1'b0;
        end
    end
    
endmodule // gatebook_pcie$card$writer


module gatebook_pcie$card$writer$addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$writer$addr


module gatebook_pcie$card$writer$busy(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$writer$busy


module gatebook_pcie$card$writer$data(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$writer$data


module gatebook_pcie$card$writer$status_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$writer$status_pending


module gatebook_pcie$card$writer$tail(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$writer$tail


module gatebook_pcie$card$writer$writes(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$card$writer$writes


module gatebook_pcie$completer(clock,reset,cq_tdata,cq_tlast,cq_tuser,cq_tvalid,cq_tready,cc_tdata,cc_tkeep,cc_tlast,cc_tuser,cc_tvalid,cc_tready,reg_req_valid,reg_req_ready,reg_req_write,reg_req_addr,reg_req_wdata,reg_resp_valid,reg_resp_data,reg_resp_take);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [511:0] cq_tdata;
    input wire  cq_tlast;
    input wire  [182:0] cq_tuser;
    input wire  cq_tvalid;
    output reg  cq_tready;
    output reg  [511:0] cc_tdata;
    output reg  [15:0] cc_tkeep;
    output reg  cc_tlast;
    output reg  [80:0] cc_tuser;
    output reg  cc_tvalid;
    input wire  cc_tready;
    output reg  reg_req_valid;
    input wire  reg_req_ready;
    output reg  reg_req_write;
    output reg  [31:0] reg_req_addr;
    output reg  [31:0] reg_req_wdata;
    input wire  reg_resp_valid;
    input wire  [31:0] reg_resp_data;
    output reg  reg_resp_take;
    
    // Constant declarations
    localparam  mem_read = 4'h0;
    localparam  mem_write = 4'h1;
    localparam  all_bytes = 4'hf;
    localparam  success = 3'b0;
    localparam  unsupported = 3'b1;
    localparam  register_bytes = 13'b100;
    localparam  user_with_data = 81'h341;
    localparam  user_without_data = 81'h241;
    
    // Enums
    localparam CompleterState$Idle = 0;
    localparam CompleterState$WaitRead = 1;
    localparam CompleterState$Respond = 2;
    localparam CompleterState$Skip = 3;
    
    // Stub signals
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [95:0] header$d;
    wire  [95:0] header$q;
    reg  header$clock;
    reg  with_data$d;
    wire  with_data$q;
    reg  with_data$clock;
    reg  [31:0] data$d;
    wire  [31:0] data$q;
    reg  data$clock;
    
    // Local signals
    reg  beat;
    reg  [3:0] req_type;
    reg  [10:0] dwords;
    reg  [63:0] offset;
    reg  full_write;
    reg  one_read;
    reg  [2:0] status;
    reg  [10:0] dwords_out;
    reg  [95:0] completion;
    
    // Sub module instances
    gatebook_pcie$completer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$completer$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    gatebook_pcie$completer$with_data with_data(
        .d(with_data$d),
        .q(with_data$q),
        .clock(with_data$clock)
    );
    gatebook_pcie$completer$data data(
        .d(data$d),
        .q(data$q),
        .clock(data$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        header$clock = clock;
        with_data$clock = clock;
        data$clock = clock;
        state$d = state$q;
        header$d = header$q;
        with_data$d = with_data$q;
        data$d = data$q;
        req_type = cq_tdata[(32'h4b)+:(4)];
        dwords = cq_tdata[(32'h40)+:(11)];
        offset = (((cq_tdata[(32'h2)+:(30)]) & 64'hffffffffffffffff) << 32'h2) & ((((32'h1) & 64'hffffffffffffffff) << ((cq_tdata[(32'h73)+:(6)]) & 64'hffffffffffffffff)) - 32'h1);
        full_write = (req_type == mem_write) && (dwords == 32'h1) && (cq_tuser[(32'h0)+:(4)] == all_bytes);
        one_read = (req_type == mem_read) && (dwords == 32'h1);
        status = success;
        dwords_out = 32'h1;
        if (~one_read) begin
            status = unsupported;
            dwords_out = 32'h0;
        end
        completion = ((cq_tdata[(32'h0)+:(7)]) & 96'hffffffffffffffffffffffff) | (((register_bytes) & 96'hffffffffffffffffffffffff) << 32'h10) | (((dwords_out) & 96'hffffffffffffffffffffffff) << 32'h20) | (((status) & 96'hffffffffffffffffffffffff) << 32'h2b) | (((cq_tdata[(32'h50)+:(16)]) & 96'hffffffffffffffffffffffff) << 32'h30) | (((cq_tdata[(32'h60)+:(8)]) & 96'hffffffffffffffffffffffff) << 32'h40) | (((cq_tdata[(32'h79)+:(3)]) & 96'hffffffffffffffffffffffff) << 32'h59) | (((cq_tdata[(32'h7c)+:(3)]) & 96'hffffffffffffffffffffffff) << 32'h5c);
        cq_tready = 1'b0;
        beat = 1'b0;
        reg_req_valid = 1'b0;
        reg_req_write = full_write;
        reg_req_addr = offset[(32'h0)+:(32)];
        reg_req_wdata = cq_tdata[(32'h80)+:(32)];
        reg_resp_take = 1'b0;
        cc_tvalid = 1'b0;
        case (state$q)
            CompleterState$Idle:
                begin
                    cq_tready = reg_req_ready;
                    beat = cq_tvalid && reg_req_ready;
                    reg_resp_take = reg_resp_valid;
                    if (beat) begin
                        if (full_write) begin
                            reg_req_valid = 1'b1;
                        end
                        if (req_type == mem_read) begin
                            header$d = completion;
                            with_data$d = one_read;
                            data$d = 32'h0;
                            if (one_read) begin
                                reg_req_valid = 1'b1;
                                state$d = CompleterState$WaitRead;
                            end
                            else begin
                                state$d = CompleterState$Respond;
                            end
                        end
                        else if (~cq_tlast) begin
                            state$d = CompleterState$Skip;
                        end
                    end
                end
            CompleterState$WaitRead:
                begin
                    if (reg_resp_valid) begin
                        reg_resp_take = 1'b1;
                        data$d = reg_resp_data;
                        state$d = CompleterState$Respond;
                    end
                end
            CompleterState$Respond:
                begin
                    cc_tvalid = 1'b1;
                    if (cc_tready) begin
                        state$d = CompleterState$Idle;
                    end
                end
            CompleterState$Skip:
                begin
                    cq_tready = 1'b1;
                    if (cq_tvalid && cq_tlast) begin
                        state$d = CompleterState$Idle;
                    end
                end
            default:
                begin
                    state$d = CompleterState$Idle;
                end
        endcase
        cc_tdata = ((header$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((data$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60);
        cc_tlast = 1'b1;
        if (with_data$q) begin
            cc_tkeep = 32'hf;
            cc_tuser = user_with_data;
        end
        else begin
            cc_tkeep = 32'h7;
            cc_tuser = user_without_data;
        end
        if (reset) begin
            state$d = CompleterState$Idle;
            cq_tready = 1'b0;
            reg_req_valid = 1'b0;
            cc_tvalid = 1'b0;
        end
    end
    
endmodule // gatebook_pcie$completer


module gatebook_pcie$completer$data(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$completer$data


module gatebook_pcie$completer$header(d,q,clock);
    
    // Module arguments
    input wire  [95:0] d;
    output reg  [95:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 96'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$completer$header


module gatebook_pcie$completer$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam CompleterState$Idle = 0;
    localparam CompleterState$WaitRead = 1;
    localparam CompleterState$Respond = 2;
    localparam CompleterState$Skip = 3;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$completer$state


module gatebook_pcie$completer$with_data(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$completer$with_data


module gatebook_pcie$core_reset(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$core_reset$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$core_reset$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$core_reset


module gatebook_pcie$core_reset$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$core_reset$dff0


module gatebook_pcie$core_reset$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$core_reset$dff1


module gatebook_pcie$line_writes(read,data_out,empty,almost_empty,underflow,read_clock,read_fill,write,data_in,full,almost_full,overflow,write_clock,write_fill);
    
    // Module arguments
    input wire  read;
    output reg  [575:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  read_clock;
    output reg  [4:0] read_fill;
    input wire  write;
    input wire  [575:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  write_clock;
    output reg  [4:0] write_fill;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [575:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [575:0] ram$write_data;
    reg  ram$write_enable;
    reg  read_logic$clock;
    reg  read_logic$read;
    wire  [575:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [4:0] read_logic$write_address_delayed;
    wire  [3:0] read_logic$ram_read_address;
    reg  [575:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [4:0] read_logic$read_address_out;
    wire  [4:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [575:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    reg  write_logic$clock;
    wire  [3:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [575:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [4:0] write_logic$read_address;
    wire  [4:0] write_logic$write_address_delayed;
    wire  [4:0] write_logic$fill_level;
    reg  write_to_read$clock_in;
    reg  [4:0] write_to_read$sig_in;
    wire  write_to_read$busy;
    reg  write_to_read$send;
    reg  write_to_read$clock_out;
    wire  [4:0] write_to_read$sig_out;
    wire  write_to_read$update;
    reg  read_to_write$clock_in;
    reg  [4:0] read_to_write$sig_in;
    wire  read_to_write$busy;
    reg  read_to_write$send;
    reg  read_to_write$clock_out;
    wire  [4:0] read_to_write$sig_out;
    wire  read_to_write$update;
    
    // Sub module instances
    gatebook_pcie$line_writes$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    gatebook_pcie$line_writes$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    gatebook_pcie$line_writes$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    gatebook_pcie$line_writes$write_to_read write_to_read(
        .clock_in(write_to_read$clock_in),
        .sig_in(write_to_read$sig_in),
        .busy(write_to_read$busy),
        .send(write_to_read$send),
        .clock_out(write_to_read$clock_out),
        .sig_out(write_to_read$sig_out),
        .update(write_to_read$update)
    );
    gatebook_pcie$line_writes$read_to_write read_to_write(
        .clock_in(read_to_write$clock_in),
        .sig_in(read_to_write$sig_in),
        .busy(read_to_write$busy),
        .send(read_to_write$send),
        .clock_out(read_to_write$clock_out),
        .sig_out(read_to_write$sig_out),
        .update(read_to_write$update)
    );
    
    // Update code
    always @(*) begin
        read_logic$clock = read_clock;
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        write_logic$clock = write_clock;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_clock = write_logic$ram_write_clock;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_clock = read_logic$ram_read_clock;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_to_write$clock_in = read_clock;
        read_to_write$clock_out = write_clock;
        read_to_write$sig_in = read_logic$read_address_out;
        write_logic$read_address = read_to_write$sig_out;
        read_to_write$send = ~read_to_write$busy;
        write_to_read$clock_in = write_clock;
        write_to_read$clock_out = read_clock;
        write_to_read$sig_in = write_logic$write_address_delayed;
        read_logic$write_address_delayed = write_to_read$sig_out;
        write_to_read$send = ~write_to_read$busy;
        write_fill = write_logic$fill_level;
        read_fill = read_logic$fill_level;
    end
    
endmodule // gatebook_pcie$line_writes


module gatebook_pcie$line_writes$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [575:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [575:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[575:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gatebook_pcie$line_writes$ram


module gatebook_pcie$line_writes$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [575:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [4:0] write_address_delayed;
    output reg  [3:0] ram_read_address;
    input wire  [575:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [4:0] read_address_out;
    output reg  [4:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 5'b1111;
    localparam  fifo_size = 5'b10000;
    localparam  block_size = 5'b1;
    
    // Stub signals
    reg  [4:0] read_address$d;
    wire  [4:0] read_address$q;
    reg  read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    reg  dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$line_writes$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    gatebook_pcie$line_writes$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    always @(*) begin
        read_address$clock = clock;
        dff_underflow$clock = clock;
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 4'hf);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 4'hf);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // gatebook_pcie$line_writes$read_logic


module gatebook_pcie$line_writes$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_logic$dff_underflow


module gatebook_pcie$line_writes$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_logic$read_address


module gatebook_pcie$line_writes$read_to_write(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [4:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [4:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [4:0] sender$sig_in;
    reg  sender$clock;
    wire  [4:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [4:0] recv$sig_out;
    reg  recv$clock;
    reg  [4:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$line_writes$read_to_write$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$line_writes$read_to_write$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$line_writes$read_to_write


module gatebook_pcie$line_writes$read_to_write$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [4:0] sig_out;
    input wire  clock;
    input wire  [4:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$line_writes$read_to_write$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$line_writes$read_to_write$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$line_writes$read_to_write$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$line_writes$read_to_write$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$line_writes$read_to_write$recv


module gatebook_pcie$line_writes$read_to_write$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$recv$hold


module gatebook_pcie$line_writes$read_to_write$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$recv$state


module gatebook_pcie$line_writes$read_to_write$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$line_writes$read_to_write$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$line_writes$read_to_write$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$line_writes$read_to_write$recv$sync


module gatebook_pcie$line_writes$read_to_write$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$recv$sync$dff0


module gatebook_pcie$line_writes$read_to_write$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$recv$sync$dff1


module gatebook_pcie$line_writes$read_to_write$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$recv$update_delay


module gatebook_pcie$line_writes$read_to_write$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [4:0] sig_in;
    input wire  clock;
    output reg  [4:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$line_writes$read_to_write$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$line_writes$read_to_write$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$line_writes$read_to_write$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$line_writes$read_to_write$sender


module gatebook_pcie$line_writes$read_to_write$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$sender$hold


module gatebook_pcie$line_writes$read_to_write$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$sender$state


module gatebook_pcie$line_writes$read_to_write$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$line_writes$read_to_write$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$line_writes$read_to_write$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$line_writes$read_to_write$sender$sync


module gatebook_pcie$line_writes$read_to_write$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$sender$sync$dff0


module gatebook_pcie$line_writes$read_to_write$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$read_to_write$sender$sync$dff1


module gatebook_pcie$line_writes$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [575:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [3:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [575:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [4:0] read_address;
    output reg  [4:0] write_address_delayed;
    output reg  [4:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 5'b1111;
    localparam  fifo_size = 5'b10000;
    localparam  almost_full_level = 5'b1111;
    
    // Stub signals
    reg  [4:0] write_address$d;
    wire  [4:0] write_address$q;
    reg  write_address$clock;
    reg  [4:0] dff_write_address_delay$d;
    wire  [4:0] dff_write_address_delay$q;
    reg  dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    reg  dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$line_writes$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    gatebook_pcie$line_writes$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    gatebook_pcie$line_writes$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    always @(*) begin
        dff_overflow$clock = clock;
        write_address$clock = clock;
        dff_write_address_delay$clock = clock;
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 4'hf);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // gatebook_pcie$line_writes$write_logic


module gatebook_pcie$line_writes$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_logic$dff_overflow


module gatebook_pcie$line_writes$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_logic$dff_write_address_delay


module gatebook_pcie$line_writes$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_logic$write_address


module gatebook_pcie$line_writes$write_to_read(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [4:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [4:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [4:0] sender$sig_in;
    reg  sender$clock;
    wire  [4:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [4:0] recv$sig_out;
    reg  recv$clock;
    reg  [4:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$line_writes$write_to_read$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$line_writes$write_to_read$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$line_writes$write_to_read


module gatebook_pcie$line_writes$write_to_read$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [4:0] sig_out;
    input wire  clock;
    input wire  [4:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$line_writes$write_to_read$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$line_writes$write_to_read$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$line_writes$write_to_read$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$line_writes$write_to_read$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$line_writes$write_to_read$recv


module gatebook_pcie$line_writes$write_to_read$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$recv$hold


module gatebook_pcie$line_writes$write_to_read$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$recv$state


module gatebook_pcie$line_writes$write_to_read$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$line_writes$write_to_read$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$line_writes$write_to_read$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$line_writes$write_to_read$recv$sync


module gatebook_pcie$line_writes$write_to_read$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$recv$sync$dff0


module gatebook_pcie$line_writes$write_to_read$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$recv$sync$dff1


module gatebook_pcie$line_writes$write_to_read$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$recv$update_delay


module gatebook_pcie$line_writes$write_to_read$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [4:0] sig_in;
    input wire  clock;
    output reg  [4:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$line_writes$write_to_read$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$line_writes$write_to_read$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$line_writes$write_to_read$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$line_writes$write_to_read$sender


module gatebook_pcie$line_writes$write_to_read$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$sender$hold


module gatebook_pcie$line_writes$write_to_read$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$sender$state


module gatebook_pcie$line_writes$write_to_read$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$line_writes$write_to_read$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$line_writes$write_to_read$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$line_writes$write_to_read$sender$sync


module gatebook_pcie$line_writes$write_to_read$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$sender$sync$dff0


module gatebook_pcie$line_writes$write_to_read$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$line_writes$write_to_read$sender$sync$dff1


module gatebook_pcie$read_lines(read,data_out,empty,almost_empty,underflow,read_clock,read_fill,write,data_in,full,almost_full,overflow,write_clock,write_fill);
    
    // Module arguments
    input wire  read;
    output reg  [515:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  read_clock;
    output reg  [4:0] read_fill;
    input wire  write;
    input wire  [515:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  write_clock;
    output reg  [4:0] write_fill;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [515:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [515:0] ram$write_data;
    reg  ram$write_enable;
    reg  read_logic$clock;
    reg  read_logic$read;
    wire  [515:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [4:0] read_logic$write_address_delayed;
    wire  [3:0] read_logic$ram_read_address;
    reg  [515:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [4:0] read_logic$read_address_out;
    wire  [4:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [515:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    reg  write_logic$clock;
    wire  [3:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [515:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [4:0] write_logic$read_address;
    wire  [4:0] write_logic$write_address_delayed;
    wire  [4:0] write_logic$fill_level;
    reg  write_to_read$clock_in;
    reg  [4:0] write_to_read$sig_in;
    wire  write_to_read$busy;
    reg  write_to_read$send;
    reg  write_to_read$clock_out;
    wire  [4:0] write_to_read$sig_out;
    wire  write_to_read$update;
    reg  read_to_write$clock_in;
    reg  [4:0] read_to_write$sig_in;
    wire  read_to_write$busy;
    reg  read_to_write$send;
    reg  read_to_write$clock_out;
    wire  [4:0] read_to_write$sig_out;
    wire  read_to_write$update;
    
    // Sub module instances
    gatebook_pcie$read_lines$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    gatebook_pcie$read_lines$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    gatebook_pcie$read_lines$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    gatebook_pcie$read_lines$write_to_read write_to_read(
        .clock_in(write_to_read$clock_in),
        .sig_in(write_to_read$sig_in),
        .busy(write_to_read$busy),
        .send(write_to_read$send),
        .clock_out(write_to_read$clock_out),
        .sig_out(write_to_read$sig_out),
        .update(write_to_read$update)
    );
    gatebook_pcie$read_lines$read_to_write read_to_write(
        .clock_in(read_to_write$clock_in),
        .sig_in(read_to_write$sig_in),
        .busy(read_to_write$busy),
        .send(read_to_write$send),
        .clock_out(read_to_write$clock_out),
        .sig_out(read_to_write$sig_out),
        .update(read_to_write$update)
    );
    
    // Update code
    always @(*) begin
        read_logic$clock = read_clock;
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        write_logic$clock = write_clock;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_clock = write_logic$ram_write_clock;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_clock = read_logic$ram_read_clock;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_to_write$clock_in = read_clock;
        read_to_write$clock_out = write_clock;
        read_to_write$sig_in = read_logic$read_address_out;
        write_logic$read_address = read_to_write$sig_out;
        read_to_write$send = ~read_to_write$busy;
        write_to_read$clock_in = write_clock;
        write_to_read$clock_out = read_clock;
        write_to_read$sig_in = write_logic$write_address_delayed;
        read_logic$write_address_delayed = write_to_read$sig_out;
        write_to_read$send = ~write_to_read$busy;
        write_fill = write_logic$fill_level;
        read_fill = read_logic$fill_level;
    end
    
endmodule // gatebook_pcie$read_lines


module gatebook_pcie$read_lines$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [515:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [515:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[515:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gatebook_pcie$read_lines$ram


module gatebook_pcie$read_lines$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [515:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [4:0] write_address_delayed;
    output reg  [3:0] ram_read_address;
    input wire  [515:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [4:0] read_address_out;
    output reg  [4:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 5'b1111;
    localparam  fifo_size = 5'b10000;
    localparam  block_size = 5'b1;
    
    // Stub signals
    reg  [4:0] read_address$d;
    wire  [4:0] read_address$q;
    reg  read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    reg  dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$read_lines$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    gatebook_pcie$read_lines$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    always @(*) begin
        read_address$clock = clock;
        dff_underflow$clock = clock;
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 4'hf);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 4'hf);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // gatebook_pcie$read_lines$read_logic


module gatebook_pcie$read_lines$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_logic$dff_underflow


module gatebook_pcie$read_lines$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_logic$read_address


module gatebook_pcie$read_lines$read_to_write(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [4:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [4:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [4:0] sender$sig_in;
    reg  sender$clock;
    wire  [4:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [4:0] recv$sig_out;
    reg  recv$clock;
    reg  [4:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$read_lines$read_to_write$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$read_lines$read_to_write$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$read_lines$read_to_write


module gatebook_pcie$read_lines$read_to_write$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [4:0] sig_out;
    input wire  clock;
    input wire  [4:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$read_lines$read_to_write$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$read_lines$read_to_write$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$read_lines$read_to_write$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$read_lines$read_to_write$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$read_lines$read_to_write$recv


module gatebook_pcie$read_lines$read_to_write$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$recv$hold


module gatebook_pcie$read_lines$read_to_write$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$recv$state


module gatebook_pcie$read_lines$read_to_write$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$read_lines$read_to_write$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$read_lines$read_to_write$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$read_lines$read_to_write$recv$sync


module gatebook_pcie$read_lines$read_to_write$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$recv$sync$dff0


module gatebook_pcie$read_lines$read_to_write$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$recv$sync$dff1


module gatebook_pcie$read_lines$read_to_write$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$recv$update_delay


module gatebook_pcie$read_lines$read_to_write$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [4:0] sig_in;
    input wire  clock;
    output reg  [4:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$read_lines$read_to_write$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$read_lines$read_to_write$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$read_lines$read_to_write$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$read_lines$read_to_write$sender


module gatebook_pcie$read_lines$read_to_write$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$sender$hold


module gatebook_pcie$read_lines$read_to_write$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$sender$state


module gatebook_pcie$read_lines$read_to_write$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$read_lines$read_to_write$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$read_lines$read_to_write$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$read_lines$read_to_write$sender$sync


module gatebook_pcie$read_lines$read_to_write$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$sender$sync$dff0


module gatebook_pcie$read_lines$read_to_write$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$read_to_write$sender$sync$dff1


module gatebook_pcie$read_lines$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [515:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [3:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [515:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [4:0] read_address;
    output reg  [4:0] write_address_delayed;
    output reg  [4:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 5'b1111;
    localparam  fifo_size = 5'b10000;
    localparam  almost_full_level = 5'b1111;
    
    // Stub signals
    reg  [4:0] write_address$d;
    wire  [4:0] write_address$q;
    reg  write_address$clock;
    reg  [4:0] dff_write_address_delay$d;
    wire  [4:0] dff_write_address_delay$q;
    reg  dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    reg  dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$read_lines$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    gatebook_pcie$read_lines$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    gatebook_pcie$read_lines$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    always @(*) begin
        dff_overflow$clock = clock;
        write_address$clock = clock;
        dff_write_address_delay$clock = clock;
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 4'hf);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // gatebook_pcie$read_lines$write_logic


module gatebook_pcie$read_lines$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_logic$dff_overflow


module gatebook_pcie$read_lines$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_logic$dff_write_address_delay


module gatebook_pcie$read_lines$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_logic$write_address


module gatebook_pcie$read_lines$write_to_read(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [4:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [4:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [4:0] sender$sig_in;
    reg  sender$clock;
    wire  [4:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [4:0] recv$sig_out;
    reg  recv$clock;
    reg  [4:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$read_lines$write_to_read$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$read_lines$write_to_read$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$read_lines$write_to_read


module gatebook_pcie$read_lines$write_to_read$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [4:0] sig_out;
    input wire  clock;
    input wire  [4:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$read_lines$write_to_read$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$read_lines$write_to_read$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$read_lines$write_to_read$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$read_lines$write_to_read$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$read_lines$write_to_read$recv


module gatebook_pcie$read_lines$write_to_read$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$recv$hold


module gatebook_pcie$read_lines$write_to_read$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$recv$state


module gatebook_pcie$read_lines$write_to_read$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$read_lines$write_to_read$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$read_lines$write_to_read$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$read_lines$write_to_read$recv$sync


module gatebook_pcie$read_lines$write_to_read$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$recv$sync$dff0


module gatebook_pcie$read_lines$write_to_read$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$recv$sync$dff1


module gatebook_pcie$read_lines$write_to_read$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$recv$update_delay


module gatebook_pcie$read_lines$write_to_read$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [4:0] sig_in;
    input wire  clock;
    output reg  [4:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$read_lines$write_to_read$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$read_lines$write_to_read$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$read_lines$write_to_read$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$read_lines$write_to_read$sender


module gatebook_pcie$read_lines$write_to_read$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$sender$hold


module gatebook_pcie$read_lines$write_to_read$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$sender$state


module gatebook_pcie$read_lines$write_to_read$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$read_lines$write_to_read$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$read_lines$write_to_read$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$read_lines$write_to_read$sender$sync


module gatebook_pcie$read_lines$write_to_read$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$sender$sync$dff0


module gatebook_pcie$read_lines$write_to_read$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_lines$write_to_read$sender$sync$dff1


module gatebook_pcie$read_requests(read,data_out,empty,almost_empty,underflow,read_clock,read_fill,write,data_in,full,almost_full,overflow,write_clock,write_fill);
    
    // Module arguments
    input wire  read;
    output reg  [71:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  read_clock;
    output reg  [3:0] read_fill;
    input wire  write;
    input wire  [71:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  write_clock;
    output reg  [3:0] write_fill;
    
    // Stub signals
    reg  [2:0] ram$read_address;
    reg  ram$read_clock;
    wire  [71:0] ram$read_data;
    reg  [2:0] ram$write_address;
    reg  ram$write_clock;
    reg  [71:0] ram$write_data;
    reg  ram$write_enable;
    reg  read_logic$clock;
    reg  read_logic$read;
    wire  [71:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [3:0] read_logic$write_address_delayed;
    wire  [2:0] read_logic$ram_read_address;
    reg  [71:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [3:0] read_logic$read_address_out;
    wire  [3:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [71:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    reg  write_logic$clock;
    wire  [2:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [71:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [3:0] write_logic$read_address;
    wire  [3:0] write_logic$write_address_delayed;
    wire  [3:0] write_logic$fill_level;
    reg  write_to_read$clock_in;
    reg  [3:0] write_to_read$sig_in;
    wire  write_to_read$busy;
    reg  write_to_read$send;
    reg  write_to_read$clock_out;
    wire  [3:0] write_to_read$sig_out;
    wire  write_to_read$update;
    reg  read_to_write$clock_in;
    reg  [3:0] read_to_write$sig_in;
    wire  read_to_write$busy;
    reg  read_to_write$send;
    reg  read_to_write$clock_out;
    wire  [3:0] read_to_write$sig_out;
    wire  read_to_write$update;
    
    // Sub module instances
    gatebook_pcie$read_requests$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    gatebook_pcie$read_requests$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    gatebook_pcie$read_requests$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    gatebook_pcie$read_requests$write_to_read write_to_read(
        .clock_in(write_to_read$clock_in),
        .sig_in(write_to_read$sig_in),
        .busy(write_to_read$busy),
        .send(write_to_read$send),
        .clock_out(write_to_read$clock_out),
        .sig_out(write_to_read$sig_out),
        .update(write_to_read$update)
    );
    gatebook_pcie$read_requests$read_to_write read_to_write(
        .clock_in(read_to_write$clock_in),
        .sig_in(read_to_write$sig_in),
        .busy(read_to_write$busy),
        .send(read_to_write$send),
        .clock_out(read_to_write$clock_out),
        .sig_out(read_to_write$sig_out),
        .update(read_to_write$update)
    );
    
    // Update code
    always @(*) begin
        read_logic$clock = read_clock;
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        write_logic$clock = write_clock;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_clock = write_logic$ram_write_clock;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_clock = read_logic$ram_read_clock;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_to_write$clock_in = read_clock;
        read_to_write$clock_out = write_clock;
        read_to_write$sig_in = read_logic$read_address_out;
        write_logic$read_address = read_to_write$sig_out;
        read_to_write$send = ~read_to_write$busy;
        write_to_read$clock_in = write_clock;
        write_to_read$clock_out = read_clock;
        write_to_read$sig_in = write_logic$write_address_delayed;
        read_logic$write_address_delayed = write_to_read$sig_out;
        write_to_read$send = ~write_to_read$busy;
        write_fill = write_logic$fill_level;
        read_fill = read_logic$fill_level;
    end
    
endmodule // gatebook_pcie$read_requests


module gatebook_pcie$read_requests$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [2:0] read_address;
    input wire  read_clock;
    output reg  [71:0] read_data;
    input wire  [2:0] write_address;
    input wire  write_clock;
    input wire  [71:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[71:0] mem[7:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gatebook_pcie$read_requests$ram


module gatebook_pcie$read_requests$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [71:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [3:0] write_address_delayed;
    output reg  [2:0] ram_read_address;
    input wire  [71:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [3:0] read_address_out;
    output reg  [3:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 4'h7;
    localparam  fifo_size = 4'h8;
    localparam  block_size = 4'h1;
    
    // Stub signals
    reg  [3:0] read_address$d;
    wire  [3:0] read_address$q;
    reg  read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    reg  dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$read_requests$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    gatebook_pcie$read_requests$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    always @(*) begin
        read_address$clock = clock;
        dff_underflow$clock = clock;
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 3'h7);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 3'h7);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // gatebook_pcie$read_requests$read_logic


module gatebook_pcie$read_requests$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_logic$dff_underflow


module gatebook_pcie$read_requests$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_logic$read_address


module gatebook_pcie$read_requests$read_to_write(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [3:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [3:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [3:0] sender$sig_in;
    reg  sender$clock;
    wire  [3:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [3:0] recv$sig_out;
    reg  recv$clock;
    reg  [3:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$read_requests$read_to_write$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$read_requests$read_to_write$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$read_requests$read_to_write


module gatebook_pcie$read_requests$read_to_write$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [3:0] sig_out;
    input wire  clock;
    input wire  [3:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$read_requests$read_to_write$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$read_requests$read_to_write$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$read_requests$read_to_write$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$read_requests$read_to_write$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$read_requests$read_to_write$recv


module gatebook_pcie$read_requests$read_to_write$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$recv$hold


module gatebook_pcie$read_requests$read_to_write$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$recv$state


module gatebook_pcie$read_requests$read_to_write$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$read_requests$read_to_write$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$read_requests$read_to_write$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$read_requests$read_to_write$recv$sync


module gatebook_pcie$read_requests$read_to_write$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$recv$sync$dff0


module gatebook_pcie$read_requests$read_to_write$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$recv$sync$dff1


module gatebook_pcie$read_requests$read_to_write$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$recv$update_delay


module gatebook_pcie$read_requests$read_to_write$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [3:0] sig_in;
    input wire  clock;
    output reg  [3:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$read_requests$read_to_write$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$read_requests$read_to_write$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$read_requests$read_to_write$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$read_requests$read_to_write$sender


module gatebook_pcie$read_requests$read_to_write$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$sender$hold


module gatebook_pcie$read_requests$read_to_write$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$sender$state


module gatebook_pcie$read_requests$read_to_write$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$read_requests$read_to_write$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$read_requests$read_to_write$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$read_requests$read_to_write$sender$sync


module gatebook_pcie$read_requests$read_to_write$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$sender$sync$dff0


module gatebook_pcie$read_requests$read_to_write$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$read_to_write$sender$sync$dff1


module gatebook_pcie$read_requests$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [71:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [2:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [71:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [3:0] read_address;
    output reg  [3:0] write_address_delayed;
    output reg  [3:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 4'h7;
    localparam  fifo_size = 4'h8;
    localparam  almost_full_level = 4'h7;
    
    // Stub signals
    reg  [3:0] write_address$d;
    wire  [3:0] write_address$q;
    reg  write_address$clock;
    reg  [3:0] dff_write_address_delay$d;
    wire  [3:0] dff_write_address_delay$q;
    reg  dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    reg  dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$read_requests$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    gatebook_pcie$read_requests$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    gatebook_pcie$read_requests$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    always @(*) begin
        dff_overflow$clock = clock;
        write_address$clock = clock;
        dff_write_address_delay$clock = clock;
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 3'h7);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // gatebook_pcie$read_requests$write_logic


module gatebook_pcie$read_requests$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_logic$dff_overflow


module gatebook_pcie$read_requests$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_logic$dff_write_address_delay


module gatebook_pcie$read_requests$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_logic$write_address


module gatebook_pcie$read_requests$write_to_read(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [3:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [3:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [3:0] sender$sig_in;
    reg  sender$clock;
    wire  [3:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [3:0] recv$sig_out;
    reg  recv$clock;
    reg  [3:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$read_requests$write_to_read$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$read_requests$write_to_read$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$read_requests$write_to_read


module gatebook_pcie$read_requests$write_to_read$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [3:0] sig_out;
    input wire  clock;
    input wire  [3:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$read_requests$write_to_read$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$read_requests$write_to_read$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$read_requests$write_to_read$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$read_requests$write_to_read$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$read_requests$write_to_read$recv


module gatebook_pcie$read_requests$write_to_read$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$recv$hold


module gatebook_pcie$read_requests$write_to_read$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$recv$state


module gatebook_pcie$read_requests$write_to_read$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$read_requests$write_to_read$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$read_requests$write_to_read$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$read_requests$write_to_read$recv$sync


module gatebook_pcie$read_requests$write_to_read$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$recv$sync$dff0


module gatebook_pcie$read_requests$write_to_read$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$recv$sync$dff1


module gatebook_pcie$read_requests$write_to_read$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$recv$update_delay


module gatebook_pcie$read_requests$write_to_read$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [3:0] sig_in;
    input wire  clock;
    output reg  [3:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$read_requests$write_to_read$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$read_requests$write_to_read$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$read_requests$write_to_read$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$read_requests$write_to_read$sender


module gatebook_pcie$read_requests$write_to_read$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$sender$hold


module gatebook_pcie$read_requests$write_to_read$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$sender$state


module gatebook_pcie$read_requests$write_to_read$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$read_requests$write_to_read$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$read_requests$write_to_read$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$read_requests$write_to_read$sender$sync


module gatebook_pcie$read_requests$write_to_read$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$sender$sync$dff0


module gatebook_pcie$read_requests$write_to_read$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$read_requests$write_to_read$sender$sync$dff1


module gatebook_pcie$reads(clock,reset,req_valid,req_addr,req_lines,req_take,max_read_request,rq_valid,rq_ready,rq_data,rq_keep,rq_user,rc_tdata,rc_tlast,rc_tvalid,rc_tready,line_valid,line_data,line_status,line_room);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  req_valid;
    input wire  [63:0] req_addr;
    input wire  [7:0] req_lines;
    output reg  req_take;
    input wire  [2:0] max_read_request;
    output reg  rq_valid;
    input wire  rq_ready;
    output reg  [511:0] rq_data;
    output reg  [15:0] rq_keep;
    output reg  [136:0] rq_user;
    input wire  [511:0] rc_tdata;
    input wire  rc_tlast;
    input wire  rc_tvalid;
    output reg  rc_tready;
    output reg  line_valid;
    output reg  [511:0] line_data;
    output reg  [3:0] line_status;
    input wire  line_room;
    
    // Constant declarations
    localparam  page_lines = 8'h40;
    localparam  read_type = 4'h0;
    localparam  ok = 4'h0;
    localparam  poisoned = 4'h1;
    localparam  bad_status = 4'h2;
    localparam  bad_length = 4'h3;
    localparam  request_user = 137'h34100f0f;
    
    // Stub signals
    reg  [5:0] reorder$read_address;
    reg  reorder$read_clock;
    wire  [511:0] reorder$read_data;
    reg  [5:0] reorder$write_address;
    reg  reorder$write_clock;
    reg  [511:0] reorder$write_data;
    reg  reorder$write_enable;
    reg  [3:0] tail$d;
    wire  [3:0] tail$q;
    reg  tail$clock;
    reg  [3:0] head$d;
    wire  [3:0] head$q;
    reg  head$clock;
    reg  [7:0] busy$d;
    wire  [7:0] busy$q;
    reg  busy$clock;
    reg  [7:0] failed$d;
    wire  [7:0] failed$q;
    reg  failed$clock;
    reg  [31:0] tag_lines$d;
    wire  [31:0] tag_lines$q;
    reg  tag_lines$clock;
    reg  [31:0] tag_status$d;
    wire  [31:0] tag_status$q;
    reg  tag_status$clock;
    reg  [63:0] arrived$d;
    wire  [63:0] arrived$q;
    reg  arrived$clock;
    reg  issuing$d;
    wire  issuing$q;
    reg  issuing$clock;
    reg  [63:0] next_addr$d;
    wire  [63:0] next_addr$q;
    reg  next_addr$clock;
    reg  [7:0] lines_left$d;
    wire  [7:0] lines_left$q;
    reg  lines_left$clock;
    reg  rq_pending$d;
    wire  rq_pending$q;
    reg  rq_pending$clock;
    reg  [127:0] rq_descriptor$d;
    wire  [127:0] rq_descriptor$q;
    reg  rq_descriptor$clock;
    reg  in_completion$d;
    wire  in_completion$q;
    reg  in_completion$clock;
    reg  [2:0] rc_tag$d;
    wire  [2:0] rc_tag$q;
    reg  rc_tag$clock;
    reg  [5:0] rc_slot$d;
    wire  [5:0] rc_slot$q;
    reg  rc_slot$clock;
    reg  [511:0] rc_previous$d;
    wire  [511:0] rc_previous$q;
    reg  rc_previous$clock;
    reg  rc_failed$d;
    wire  rc_failed$q;
    reg  rc_failed$clock;
    reg  rc_final$d;
    wire  rc_final$q;
    reg  rc_final$clock;
    reg  [2:0] drain_line$d;
    wire  [2:0] drain_line$q;
    reg  drain_line$clock;
    reg  out_pending$d;
    wire  out_pending$q;
    reg  out_pending$clock;
    reg  [3:0] out_status$d;
    wire  [3:0] out_status$q;
    reg  out_status$clock;
    
    // Local signals
    reg  [7:0] max_lines;
    reg  [7:0] chunk;
    reg  [7:0] to_page_end;
    reg  [2:0] tail_tag;
    reg  [7:0] tail_bit;
    reg  [31:0] tail_field;
    reg  [7:0] tag_bit;
    reg  [31:0] tag_field;
    reg  [7:0] head_bit;
    reg  [31:0] head_field;
    reg  head_failed;
    reg  [63:0] drain_slot_bit;
    reg  tags_free;
    reg  issue;
    reg  [7:0] busy_set;
    reg  [7:0] busy_clear;
    reg  [7:0] failed_set;
    reg  [7:0] failed_clear;
    reg  [63:0] arrived_set;
    reg  [63:0] arrived_clear;
    reg  [2:0] tag;
    reg  [6:0] remaining;
    reg  [3:0] status;
    reg  first_beat;
    reg  [2:0] head_tag;
    reg  [3:0] head_lines;
    reg  [31:0] head_lines_word;
    reg  [31:0] head_status_word;
    reg  [31:0] rc_tag_lines;
    reg  [5:0] drain_slot;
    reg  drain;
    
    // Sub module instances
    gatebook_pcie$reads$reorder reorder(
        .read_address(reorder$read_address),
        .read_clock(reorder$read_clock),
        .read_data(reorder$read_data),
        .write_address(reorder$write_address),
        .write_clock(reorder$write_clock),
        .write_data(reorder$write_data),
        .write_enable(reorder$write_enable)
    );
    gatebook_pcie$reads$tail tail(
        .d(tail$d),
        .q(tail$q),
        .clock(tail$clock)
    );
    gatebook_pcie$reads$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    gatebook_pcie$reads$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    gatebook_pcie$reads$failed failed(
        .d(failed$d),
        .q(failed$q),
        .clock(failed$clock)
    );
    gatebook_pcie$reads$tag_lines tag_lines(
        .d(tag_lines$d),
        .q(tag_lines$q),
        .clock(tag_lines$clock)
    );
    gatebook_pcie$reads$tag_status tag_status(
        .d(tag_status$d),
        .q(tag_status$q),
        .clock(tag_status$clock)
    );
    gatebook_pcie$reads$arrived arrived(
        .d(arrived$d),
        .q(arrived$q),
        .clock(arrived$clock)
    );
    gatebook_pcie$reads$issuing issuing(
        .d(issuing$d),
        .q(issuing$q),
        .clock(issuing$clock)
    );
    gatebook_pcie$reads$next_addr next_addr(
        .d(next_addr$d),
        .q(next_addr$q),
        .clock(next_addr$clock)
    );
    gatebook_pcie$reads$lines_left lines_left(
        .d(lines_left$d),
        .q(lines_left$q),
        .clock(lines_left$clock)
    );
    gatebook_pcie$reads$rq_pending rq_pending(
        .d(rq_pending$d),
        .q(rq_pending$q),
        .clock(rq_pending$clock)
    );
    gatebook_pcie$reads$rq_descriptor rq_descriptor(
        .d(rq_descriptor$d),
        .q(rq_descriptor$q),
        .clock(rq_descriptor$clock)
    );
    gatebook_pcie$reads$in_completion in_completion(
        .d(in_completion$d),
        .q(in_completion$q),
        .clock(in_completion$clock)
    );
    gatebook_pcie$reads$rc_tag rc_tag(
        .d(rc_tag$d),
        .q(rc_tag$q),
        .clock(rc_tag$clock)
    );
    gatebook_pcie$reads$rc_slot rc_slot(
        .d(rc_slot$d),
        .q(rc_slot$q),
        .clock(rc_slot$clock)
    );
    gatebook_pcie$reads$rc_previous rc_previous(
        .d(rc_previous$d),
        .q(rc_previous$q),
        .clock(rc_previous$clock)
    );
    gatebook_pcie$reads$rc_failed rc_failed(
        .d(rc_failed$d),
        .q(rc_failed$q),
        .clock(rc_failed$clock)
    );
    gatebook_pcie$reads$rc_final rc_final(
        .d(rc_final$d),
        .q(rc_final$q),
        .clock(rc_final$clock)
    );
    gatebook_pcie$reads$drain_line drain_line(
        .d(drain_line$d),
        .q(drain_line$q),
        .clock(drain_line$clock)
    );
    gatebook_pcie$reads$out_pending out_pending(
        .d(out_pending$d),
        .q(out_pending$q),
        .clock(out_pending$clock)
    );
    gatebook_pcie$reads$out_status out_status(
        .d(out_status$d),
        .q(out_status$q),
        .clock(out_status$clock)
    );
    
    // Update code
    always @(*) begin
        tail$clock = clock;
        head$clock = clock;
        busy$clock = clock;
        failed$clock = clock;
        tag_lines$clock = clock;
        tag_status$clock = clock;
        arrived$clock = clock;
        issuing$clock = clock;
        next_addr$clock = clock;
        lines_left$clock = clock;
        rq_pending$clock = clock;
        rq_descriptor$clock = clock;
        in_completion$clock = clock;
        rc_tag$clock = clock;
        rc_slot$clock = clock;
        rc_previous$clock = clock;
        rc_failed$clock = clock;
        rc_final$clock = clock;
        drain_line$clock = clock;
        out_pending$clock = clock;
        out_status$clock = clock;
        tail$d = tail$q;
        head$d = head$q;
        busy$d = busy$q;
        failed$d = failed$q;
        tag_lines$d = tag_lines$q;
        tag_status$d = tag_status$q;
        arrived$d = arrived$q;
        issuing$d = issuing$q;
        next_addr$d = next_addr$q;
        lines_left$d = lines_left$q;
        rq_pending$d = rq_pending$q;
        rq_descriptor$d = rq_descriptor$q;
        in_completion$d = in_completion$q;
        rc_tag$d = rc_tag$q;
        rc_slot$d = rc_slot$q;
        rc_previous$d = rc_previous$q;
        rc_failed$d = rc_failed$q;
        rc_final$d = rc_final$q;
        drain_line$d = drain_line$q;
        out_pending$d = out_pending$q;
        out_status$d = out_status$q;
        reorder$write_clock = clock;
        reorder$read_clock = clock;
        req_take = (~issuing$q || reset) && req_valid;
        if (req_take) begin
            issuing$d = 1'b1;
            next_addr$d = req_addr;
            lines_left$d = req_lines;
        end
        max_lines = 32'h8;
        if (max_read_request == 32'h0) begin
            max_lines = 32'h2;
        end
        else if (max_read_request == 32'h1) begin
            max_lines = 32'h4;
        end
        chunk = lines_left$q;
        if (max_lines < lines_left$q) begin
            chunk = max_lines;
        end
        to_page_end = page_lines - ((next_addr$q[(32'h6)+:(6)]) & 8'hff);
        if (to_page_end < chunk) begin
            chunk = to_page_end;
        end
        tail_tag = tail$q[(32'h0)+:(3)];
        tail_bit = ((32'h1) & 8'hff) << ((tail_tag) & 8'hff);
        tail_field = ((tail_tag) & 32'hffffffff) << 32'h2;
        tags_free = (tail$q - head$q) != 32'h8;
        issue = issuing$q && ~rq_pending$q && tags_free && ~|(busy$q & tail_bit);
        busy_set = 32'h0;
        if (issue) begin
            rq_pending$d = 1'b1;
            rq_descriptor$d = ((next_addr$q) & 128'hffffffffffffffffffffffffffffffff) | (((chunk) & 128'hffffffffffffffffffffffffffffffff) << 32'h44) | (((read_type) & 128'hffffffffffffffffffffffffffffffff) << 32'h4b) | (((tail_tag) & 128'hffffffffffffffffffffffffffffffff) << 32'h60);
            busy_set = tail_bit;
            tag_lines$d = (tag_lines$q & ~(((32'hf) & 32'hffffffff) << tail_field)) | (((chunk) & 32'hffffffff) << tail_field);
            tail$d = tail$q + 32'h1;
            next_addr$d = next_addr$q + (((chunk) & 64'hffffffffffffffff) << 32'h6);
            lines_left$d = lines_left$q - chunk;
            if (lines_left$q == chunk) begin
                issuing$d = 1'b0;
            end
        end
        rq_valid = rq_pending$q;
        rq_data = ((rq_descriptor$q) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        rq_keep = 32'hf;
        rq_user = request_user;
        if (rq_pending$q && rq_ready) begin
            rq_pending$d = 1'b0;
        end
        rc_tready = 1'b1;
        first_beat = rc_tvalid && ~in_completion$q;
        tag = rc_tdata[(32'h40)+:(3)];
        remaining = rc_tdata[(32'h16)+:(7)];
        status = rc_tdata[(32'hc)+:(4)];
        tag_bit = ((32'h1) & 8'hff) << ((tag) & 8'hff);
        tag_field = ((tag) & 32'hffffffff) << 32'h2;
        rc_tag_lines = tag_lines$q >> tag_field;
        if (status == ok) begin
            if (|rc_tdata[(32'h2b)+:(3)]) begin
                status = bad_status;
            end
            else if (rc_tdata[32'h2e]) begin
                status = poisoned;
            end
            else if (|rc_tdata[(32'h10)+:(6)] || |rc_tdata[(32'h0)+:(6)] || ~|remaining || (((remaining) & 8'hff) > ((rc_tag_lines & 32'hf) & 8'hff))) begin
                status = bad_length;
            end
        end
        busy_clear = 32'h0;
        failed_set = 32'h0;
        arrived_set = 32'h0;
        reorder$write_enable = 1'b0;
        reorder$write_address = rc_slot$q;
        reorder$write_data = (rc_previous$q >> 32'h60) | (rc_tdata << 32'h1a0);
        if (first_beat) begin
            in_completion$d = ~rc_tlast;
            rc_tag$d = tag;
            rc_slot$d = (((tag) & 6'h3f) << 32'h3) + 32'h8 - ((remaining) & 6'h3f);
            rc_previous$d = rc_tdata;
            rc_failed$d = status != ok;
            rc_final$d = rc_tdata[32'h1e];
            if (status != ok) begin
                failed_set = tag_bit;
                if (~|(failed$q & tag_bit)) begin
                    tag_status$d = (tag_status$q & ~(((32'hf) & 32'hffffffff) << tag_field)) | (((status) & 32'hffffffff) << tag_field);
                end
            end
            if (rc_tlast && rc_tdata[32'h1e]) begin
                busy_clear = tag_bit;
            end
        end
        else if (rc_tvalid) begin
            if (~rc_failed$q) begin
                reorder$write_enable = 1'b1;
                arrived_set = ((32'h1) & 64'hffffffffffffffff) << ((rc_slot$q) & 64'hffffffffffffffff);
                rc_slot$d = rc_slot$q + 32'h1;
            end
            rc_previous$d = rc_tdata;
            if (rc_tlast) begin
                in_completion$d = 1'b0;
                if (rc_final$q) begin
                    busy_clear = ((32'h1) & 8'hff) << ((rc_tag$q) & 8'hff);
                end
            end
        end
        head_tag = head$q[(32'h0)+:(3)];
        head_field = ((head_tag) & 32'hffffffff) << 32'h2;
        head_bit = ((32'h1) & 8'hff) << ((head_tag) & 8'hff);
        head_failed = |(failed$q & head_bit);
        head_lines_word = tag_lines$q >> head_field;
        head_lines = head_lines_word[(32'h0)+:(4)];
        head_status_word = tag_status$q >> head_field;
        drain_slot = (((head_tag) & 6'h3f) << 32'h3) + 32'h8 - ((head_lines) & 6'h3f) + ((drain_line$q) & 6'h3f);
        drain_slot_bit = ((32'h1) & 64'hffffffffffffffff) << ((drain_slot) & 64'hffffffffffffffff);
        reorder$read_address = drain_slot;
        drain = (head$q != tail$q) && line_room && (|(arrived$q & drain_slot_bit) || head_failed);
        arrived_clear = 32'h0;
        failed_clear = 32'h0;
        out_pending$d = drain;
        out_status$d = ok;
        if (drain) begin
            arrived_clear = drain_slot_bit;
            if (head_failed) begin
                out_status$d = head_status_word[(32'h0)+:(4)];
            end
            if (((drain_line$q) & 4'hf) + 32'h1 == head_lines) begin
                drain_line$d = 32'h0;
                head$d = head$q + 32'h1;
                failed_clear = head_bit;
            end
            else begin
                drain_line$d = drain_line$q + 32'h1;
            end
        end
        if (issue) begin
            arrived_clear = arrived_clear | (((32'hff) & 64'hffffffffffffffff) << (((tail_tag) & 64'hffffffffffffffff) << 32'h3));
            failed_clear = failed_clear | busy_set;
        end
        line_valid = out_pending$q;
        line_data = reorder$read_data;
        line_status = out_status$q;
        busy$d = (busy$q | busy_set) & ~busy_clear;
        failed$d = (failed$q | failed_set) & ~failed_clear;
        arrived$d = (arrived$q | arrived_set) & ~arrived_clear;
        if (reset) begin
            tail$d = 32'h0;
            head$d = 32'h0;
            busy$d = 32'h0;
            failed$d = 32'h0;
            arrived$d = 32'h0;
            issuing$d = 1'b0;
            rq_pending$d = 1'b0;
            in_completion$d = 1'b0;
            drain_line$d = 32'h0;
            out_pending$d = 1'b0;
            rq_valid = 1'b0;
            line_valid = 1'b0;
        end
    end
    
endmodule // gatebook_pcie$reads


module gatebook_pcie$reads$arrived(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$arrived


module gatebook_pcie$reads$busy(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$busy


module gatebook_pcie$reads$drain_line(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$drain_line


module gatebook_pcie$reads$failed(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$failed


module gatebook_pcie$reads$head(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$head


module gatebook_pcie$reads$in_completion(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$in_completion


module gatebook_pcie$reads$issuing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$issuing


module gatebook_pcie$reads$lines_left(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$lines_left


module gatebook_pcie$reads$next_addr(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$next_addr


module gatebook_pcie$reads$out_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$out_pending


module gatebook_pcie$reads$out_status(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$out_status


module gatebook_pcie$reads$rc_failed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$rc_failed


module gatebook_pcie$reads$rc_final(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$rc_final


module gatebook_pcie$reads$rc_previous(d,q,clock);
    
    // Module arguments
    input wire  [511:0] d;
    output reg  [511:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 512'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$rc_previous


module gatebook_pcie$reads$rc_slot(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$rc_slot


module gatebook_pcie$reads$rc_tag(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$rc_tag


module gatebook_pcie$reads$reorder(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [5:0] read_address;
    input wire  read_clock;
    output reg  [511:0] read_data;
    input wire  [5:0] write_address;
    input wire  write_clock;
    input wire  [511:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[511:0] mem[63:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gatebook_pcie$reads$reorder


module gatebook_pcie$reads$rq_descriptor(d,q,clock);
    
    // Module arguments
    input wire  [127:0] d;
    output reg  [127:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 128'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$rq_descriptor


module gatebook_pcie$reads$rq_pending(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$rq_pending


module gatebook_pcie$reads$tag_lines(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$tag_lines


module gatebook_pcie$reads$tag_status(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$tag_status


module gatebook_pcie$reads$tail(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reads$tail


module gatebook_pcie$reg_requests(read,data_out,empty,almost_empty,underflow,read_clock,read_fill,write,data_in,full,almost_full,overflow,write_clock,write_fill);
    
    // Module arguments
    input wire  read;
    output reg  [64:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  read_clock;
    output reg  [4:0] read_fill;
    input wire  write;
    input wire  [64:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  write_clock;
    output reg  [4:0] write_fill;
    
    // Stub signals
    reg  [3:0] ram$read_address;
    reg  ram$read_clock;
    wire  [64:0] ram$read_data;
    reg  [3:0] ram$write_address;
    reg  ram$write_clock;
    reg  [64:0] ram$write_data;
    reg  ram$write_enable;
    reg  read_logic$clock;
    reg  read_logic$read;
    wire  [64:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [4:0] read_logic$write_address_delayed;
    wire  [3:0] read_logic$ram_read_address;
    reg  [64:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [4:0] read_logic$read_address_out;
    wire  [4:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [64:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    reg  write_logic$clock;
    wire  [3:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [64:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [4:0] write_logic$read_address;
    wire  [4:0] write_logic$write_address_delayed;
    wire  [4:0] write_logic$fill_level;
    reg  write_to_read$clock_in;
    reg  [4:0] write_to_read$sig_in;
    wire  write_to_read$busy;
    reg  write_to_read$send;
    reg  write_to_read$clock_out;
    wire  [4:0] write_to_read$sig_out;
    wire  write_to_read$update;
    reg  read_to_write$clock_in;
    reg  [4:0] read_to_write$sig_in;
    wire  read_to_write$busy;
    reg  read_to_write$send;
    reg  read_to_write$clock_out;
    wire  [4:0] read_to_write$sig_out;
    wire  read_to_write$update;
    
    // Sub module instances
    gatebook_pcie$reg_requests$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    gatebook_pcie$reg_requests$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    gatebook_pcie$reg_requests$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    gatebook_pcie$reg_requests$write_to_read write_to_read(
        .clock_in(write_to_read$clock_in),
        .sig_in(write_to_read$sig_in),
        .busy(write_to_read$busy),
        .send(write_to_read$send),
        .clock_out(write_to_read$clock_out),
        .sig_out(write_to_read$sig_out),
        .update(write_to_read$update)
    );
    gatebook_pcie$reg_requests$read_to_write read_to_write(
        .clock_in(read_to_write$clock_in),
        .sig_in(read_to_write$sig_in),
        .busy(read_to_write$busy),
        .send(read_to_write$send),
        .clock_out(read_to_write$clock_out),
        .sig_out(read_to_write$sig_out),
        .update(read_to_write$update)
    );
    
    // Update code
    always @(*) begin
        read_logic$clock = read_clock;
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        write_logic$clock = write_clock;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_clock = write_logic$ram_write_clock;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_clock = read_logic$ram_read_clock;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_to_write$clock_in = read_clock;
        read_to_write$clock_out = write_clock;
        read_to_write$sig_in = read_logic$read_address_out;
        write_logic$read_address = read_to_write$sig_out;
        read_to_write$send = ~read_to_write$busy;
        write_to_read$clock_in = write_clock;
        write_to_read$clock_out = read_clock;
        write_to_read$sig_in = write_logic$write_address_delayed;
        read_logic$write_address_delayed = write_to_read$sig_out;
        write_to_read$send = ~write_to_read$busy;
        write_fill = write_logic$fill_level;
        read_fill = read_logic$fill_level;
    end
    
endmodule // gatebook_pcie$reg_requests


module gatebook_pcie$reg_requests$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [64:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [64:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[64:0] mem[15:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gatebook_pcie$reg_requests$ram


module gatebook_pcie$reg_requests$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [64:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [4:0] write_address_delayed;
    output reg  [3:0] ram_read_address;
    input wire  [64:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [4:0] read_address_out;
    output reg  [4:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 5'b1111;
    localparam  fifo_size = 5'b10000;
    localparam  block_size = 5'b1;
    
    // Stub signals
    reg  [4:0] read_address$d;
    wire  [4:0] read_address$q;
    reg  read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    reg  dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$reg_requests$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    gatebook_pcie$reg_requests$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    always @(*) begin
        read_address$clock = clock;
        dff_underflow$clock = clock;
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 4'hf);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 4'hf);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // gatebook_pcie$reg_requests$read_logic


module gatebook_pcie$reg_requests$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_logic$dff_underflow


module gatebook_pcie$reg_requests$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_logic$read_address


module gatebook_pcie$reg_requests$read_to_write(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [4:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [4:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [4:0] sender$sig_in;
    reg  sender$clock;
    wire  [4:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [4:0] recv$sig_out;
    reg  recv$clock;
    reg  [4:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$reg_requests$read_to_write$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$reg_requests$read_to_write$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$reg_requests$read_to_write


module gatebook_pcie$reg_requests$read_to_write$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [4:0] sig_out;
    input wire  clock;
    input wire  [4:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$reg_requests$read_to_write$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$reg_requests$read_to_write$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$reg_requests$read_to_write$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$reg_requests$read_to_write$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$reg_requests$read_to_write$recv


module gatebook_pcie$reg_requests$read_to_write$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$recv$hold


module gatebook_pcie$reg_requests$read_to_write$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$recv$state


module gatebook_pcie$reg_requests$read_to_write$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$reg_requests$read_to_write$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$reg_requests$read_to_write$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$reg_requests$read_to_write$recv$sync


module gatebook_pcie$reg_requests$read_to_write$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$recv$sync$dff0


module gatebook_pcie$reg_requests$read_to_write$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$recv$sync$dff1


module gatebook_pcie$reg_requests$read_to_write$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$recv$update_delay


module gatebook_pcie$reg_requests$read_to_write$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [4:0] sig_in;
    input wire  clock;
    output reg  [4:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$reg_requests$read_to_write$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$reg_requests$read_to_write$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$reg_requests$read_to_write$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$reg_requests$read_to_write$sender


module gatebook_pcie$reg_requests$read_to_write$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$sender$hold


module gatebook_pcie$reg_requests$read_to_write$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$sender$state


module gatebook_pcie$reg_requests$read_to_write$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$reg_requests$read_to_write$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$reg_requests$read_to_write$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$reg_requests$read_to_write$sender$sync


module gatebook_pcie$reg_requests$read_to_write$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$sender$sync$dff0


module gatebook_pcie$reg_requests$read_to_write$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$read_to_write$sender$sync$dff1


module gatebook_pcie$reg_requests$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [64:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [3:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [64:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [4:0] read_address;
    output reg  [4:0] write_address_delayed;
    output reg  [4:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 5'b1111;
    localparam  fifo_size = 5'b10000;
    localparam  almost_full_level = 5'b1111;
    
    // Stub signals
    reg  [4:0] write_address$d;
    wire  [4:0] write_address$q;
    reg  write_address$clock;
    reg  [4:0] dff_write_address_delay$d;
    wire  [4:0] dff_write_address_delay$q;
    reg  dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    reg  dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$reg_requests$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    gatebook_pcie$reg_requests$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    gatebook_pcie$reg_requests$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    always @(*) begin
        dff_overflow$clock = clock;
        write_address$clock = clock;
        dff_write_address_delay$clock = clock;
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 4'hf);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // gatebook_pcie$reg_requests$write_logic


module gatebook_pcie$reg_requests$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_logic$dff_overflow


module gatebook_pcie$reg_requests$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_logic$dff_write_address_delay


module gatebook_pcie$reg_requests$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_logic$write_address


module gatebook_pcie$reg_requests$write_to_read(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [4:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [4:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [4:0] sender$sig_in;
    reg  sender$clock;
    wire  [4:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [4:0] recv$sig_out;
    reg  recv$clock;
    reg  [4:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$reg_requests$write_to_read$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$reg_requests$write_to_read$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$reg_requests$write_to_read


module gatebook_pcie$reg_requests$write_to_read$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [4:0] sig_out;
    input wire  clock;
    input wire  [4:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$reg_requests$write_to_read$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$reg_requests$write_to_read$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$reg_requests$write_to_read$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$reg_requests$write_to_read$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$reg_requests$write_to_read$recv


module gatebook_pcie$reg_requests$write_to_read$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$recv$hold


module gatebook_pcie$reg_requests$write_to_read$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$recv$state


module gatebook_pcie$reg_requests$write_to_read$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$reg_requests$write_to_read$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$reg_requests$write_to_read$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$reg_requests$write_to_read$recv$sync


module gatebook_pcie$reg_requests$write_to_read$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$recv$sync$dff0


module gatebook_pcie$reg_requests$write_to_read$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$recv$sync$dff1


module gatebook_pcie$reg_requests$write_to_read$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$recv$update_delay


module gatebook_pcie$reg_requests$write_to_read$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [4:0] sig_in;
    input wire  clock;
    output reg  [4:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [4:0] hold$d;
    wire  [4:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$reg_requests$write_to_read$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$reg_requests$write_to_read$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$reg_requests$write_to_read$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$reg_requests$write_to_read$sender


module gatebook_pcie$reg_requests$write_to_read$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$sender$hold


module gatebook_pcie$reg_requests$write_to_read$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$sender$state


module gatebook_pcie$reg_requests$write_to_read$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$reg_requests$write_to_read$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$reg_requests$write_to_read$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$reg_requests$write_to_read$sender$sync


module gatebook_pcie$reg_requests$write_to_read$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$sender$sync$dff0


module gatebook_pcie$reg_requests$write_to_read$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_requests$write_to_read$sender$sync$dff1


module gatebook_pcie$reg_responses(read,data_out,empty,almost_empty,underflow,read_clock,read_fill,write,data_in,full,almost_full,overflow,write_clock,write_fill);
    
    // Module arguments
    input wire  read;
    output reg  [31:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  read_clock;
    output reg  [3:0] read_fill;
    input wire  write;
    input wire  [31:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  write_clock;
    output reg  [3:0] write_fill;
    
    // Stub signals
    reg  [2:0] ram$read_address;
    reg  ram$read_clock;
    wire  [31:0] ram$read_data;
    reg  [2:0] ram$write_address;
    reg  ram$write_clock;
    reg  [31:0] ram$write_data;
    reg  ram$write_enable;
    reg  read_logic$clock;
    reg  read_logic$read;
    wire  [31:0] read_logic$data_out;
    wire  read_logic$empty;
    wire  read_logic$almost_empty;
    wire  read_logic$underflow;
    reg  [3:0] read_logic$write_address_delayed;
    wire  [2:0] read_logic$ram_read_address;
    reg  [31:0] read_logic$ram_read_data;
    wire  read_logic$ram_read_clock;
    wire  [3:0] read_logic$read_address_out;
    wire  [3:0] read_logic$fill_level;
    reg  write_logic$write;
    reg  [31:0] write_logic$data_in;
    wire  write_logic$full;
    wire  write_logic$almost_full;
    wire  write_logic$overflow;
    reg  write_logic$clock;
    wire  [2:0] write_logic$ram_write_address;
    wire  write_logic$ram_write_clock;
    wire  [31:0] write_logic$ram_write_data;
    wire  write_logic$ram_write_enable;
    reg  [3:0] write_logic$read_address;
    wire  [3:0] write_logic$write_address_delayed;
    wire  [3:0] write_logic$fill_level;
    reg  write_to_read$clock_in;
    reg  [3:0] write_to_read$sig_in;
    wire  write_to_read$busy;
    reg  write_to_read$send;
    reg  write_to_read$clock_out;
    wire  [3:0] write_to_read$sig_out;
    wire  write_to_read$update;
    reg  read_to_write$clock_in;
    reg  [3:0] read_to_write$sig_in;
    wire  read_to_write$busy;
    reg  read_to_write$send;
    reg  read_to_write$clock_out;
    wire  [3:0] read_to_write$sig_out;
    wire  read_to_write$update;
    
    // Sub module instances
    gatebook_pcie$reg_responses$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    gatebook_pcie$reg_responses$read_logic read_logic(
        .clock(read_logic$clock),
        .read(read_logic$read),
        .data_out(read_logic$data_out),
        .empty(read_logic$empty),
        .almost_empty(read_logic$almost_empty),
        .underflow(read_logic$underflow),
        .write_address_delayed(read_logic$write_address_delayed),
        .ram_read_address(read_logic$ram_read_address),
        .ram_read_data(read_logic$ram_read_data),
        .ram_read_clock(read_logic$ram_read_clock),
        .read_address_out(read_logic$read_address_out),
        .fill_level(read_logic$fill_level)
    );
    gatebook_pcie$reg_responses$write_logic write_logic(
        .write(write_logic$write),
        .data_in(write_logic$data_in),
        .full(write_logic$full),
        .almost_full(write_logic$almost_full),
        .overflow(write_logic$overflow),
        .clock(write_logic$clock),
        .ram_write_address(write_logic$ram_write_address),
        .ram_write_clock(write_logic$ram_write_clock),
        .ram_write_data(write_logic$ram_write_data),
        .ram_write_enable(write_logic$ram_write_enable),
        .read_address(write_logic$read_address),
        .write_address_delayed(write_logic$write_address_delayed),
        .fill_level(write_logic$fill_level)
    );
    gatebook_pcie$reg_responses$write_to_read write_to_read(
        .clock_in(write_to_read$clock_in),
        .sig_in(write_to_read$sig_in),
        .busy(write_to_read$busy),
        .send(write_to_read$send),
        .clock_out(write_to_read$clock_out),
        .sig_out(write_to_read$sig_out),
        .update(write_to_read$update)
    );
    gatebook_pcie$reg_responses$read_to_write read_to_write(
        .clock_in(read_to_write$clock_in),
        .sig_in(read_to_write$sig_in),
        .busy(read_to_write$busy),
        .send(read_to_write$send),
        .clock_out(read_to_write$clock_out),
        .sig_out(read_to_write$sig_out),
        .update(read_to_write$update)
    );
    
    // Update code
    always @(*) begin
        read_logic$clock = read_clock;
        read_logic$read = read;
        empty = read_logic$empty;
        almost_empty = read_logic$almost_empty;
        data_out = read_logic$data_out;
        underflow = read_logic$underflow;
        write_logic$clock = write_clock;
        overflow = write_logic$overflow;
        almost_full = write_logic$almost_full;
        full = write_logic$full;
        write_logic$write = write;
        write_logic$data_in = data_in;
        ram$write_clock = write_logic$ram_write_clock;
        ram$write_enable = write_logic$ram_write_enable;
        ram$write_address = write_logic$ram_write_address;
        ram$write_data = write_logic$ram_write_data;
        ram$read_clock = read_logic$ram_read_clock;
        ram$read_address = read_logic$ram_read_address;
        read_logic$ram_read_data = ram$read_data;
        read_to_write$clock_in = read_clock;
        read_to_write$clock_out = write_clock;
        read_to_write$sig_in = read_logic$read_address_out;
        write_logic$read_address = read_to_write$sig_out;
        read_to_write$send = ~read_to_write$busy;
        write_to_read$clock_in = write_clock;
        write_to_read$clock_out = read_clock;
        write_to_read$sig_in = write_logic$write_address_delayed;
        read_logic$write_address_delayed = write_to_read$sig_out;
        write_to_read$send = ~write_to_read$busy;
        write_fill = write_logic$fill_level;
        read_fill = read_logic$fill_level;
    end
    
endmodule // gatebook_pcie$reg_responses


module gatebook_pcie$reg_responses$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [2:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [2:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    reg[31:0] mem[7:0];
    
    
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
                
endmodule // gatebook_pcie$reg_responses$ram


module gatebook_pcie$reg_responses$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    output reg  [31:0] data_out;
    output reg  empty;
    output reg  almost_empty;
    output reg  underflow;
    input wire  [3:0] write_address_delayed;
    output reg  [2:0] ram_read_address;
    input wire  [31:0] ram_read_data;
    output reg  ram_read_clock;
    output reg  [3:0] read_address_out;
    output reg  [3:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 4'h7;
    localparam  fifo_size = 4'h8;
    localparam  block_size = 4'h1;
    
    // Stub signals
    reg  [3:0] read_address$d;
    wire  [3:0] read_address$q;
    reg  read_address$clock;
    reg  dff_underflow$d;
    wire  dff_underflow$q;
    reg  dff_underflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$reg_responses$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    gatebook_pcie$reg_responses$read_logic$dff_underflow dff_underflow(
        .d(dff_underflow$d),
        .q(dff_underflow$q),
        .clock(dff_underflow$clock)
    );
    
    // Update code
    always @(*) begin
        read_address$clock = clock;
        dff_underflow$clock = clock;
        read_address$d = read_address$q;
        dff_underflow$d = dff_underflow$q;
        ram_read_clock = clock;
        is_empty = (read_address$q == write_address_delayed);
        is_full = ~is_empty & ((read_address$q & fifo_address_mask) == (write_address_delayed & fifo_address_mask));
        fill_level = ((write_address_delayed & fifo_address_mask) + fifo_size - (read_address$q & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_empty = (fill_level < block_size);
        empty = is_empty;
        ram_read_address = ((read_address$q & fifo_address_mask) & 3'h7);
        data_out = ram_read_data;
        if (read & ~is_empty) begin
            read_address$d = read_address$q + 32'h1;
            ram_read_address = (((read_address$q + 32'h1) & fifo_address_mask) & 3'h7);
        end
        else begin
            read_address$d = read_address$q;
        end
        dff_underflow$d = dff_underflow$q | (is_empty & read);
        underflow = dff_underflow$q;
        read_address_out = read_address$q;
    end
    
endmodule // gatebook_pcie$reg_responses$read_logic


module gatebook_pcie$reg_responses$read_logic$dff_underflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_logic$dff_underflow


module gatebook_pcie$reg_responses$read_logic$read_address(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_logic$read_address


module gatebook_pcie$reg_responses$read_to_write(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [3:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [3:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [3:0] sender$sig_in;
    reg  sender$clock;
    wire  [3:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [3:0] recv$sig_out;
    reg  recv$clock;
    reg  [3:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$reg_responses$read_to_write$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$reg_responses$read_to_write$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$reg_responses$read_to_write


module gatebook_pcie$reg_responses$read_to_write$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [3:0] sig_out;
    input wire  clock;
    input wire  [3:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$reg_responses$read_to_write$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$reg_responses$read_to_write$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$reg_responses$read_to_write$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$reg_responses$read_to_write$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$reg_responses$read_to_write$recv


module gatebook_pcie$reg_responses$read_to_write$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$recv$hold


module gatebook_pcie$reg_responses$read_to_write$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$recv$state


module gatebook_pcie$reg_responses$read_to_write$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$reg_responses$read_to_write$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$reg_responses$read_to_write$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$reg_responses$read_to_write$recv$sync


module gatebook_pcie$reg_responses$read_to_write$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$recv$sync$dff0


module gatebook_pcie$reg_responses$read_to_write$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$recv$sync$dff1


module gatebook_pcie$reg_responses$read_to_write$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$recv$update_delay


module gatebook_pcie$reg_responses$read_to_write$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [3:0] sig_in;
    input wire  clock;
    output reg  [3:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$reg_responses$read_to_write$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$reg_responses$read_to_write$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$reg_responses$read_to_write$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$reg_responses$read_to_write$sender


module gatebook_pcie$reg_responses$read_to_write$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$sender$hold


module gatebook_pcie$reg_responses$read_to_write$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$sender$state


module gatebook_pcie$reg_responses$read_to_write$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$reg_responses$read_to_write$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$reg_responses$read_to_write$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$reg_responses$read_to_write$sender$sync


module gatebook_pcie$reg_responses$read_to_write$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$sender$sync$dff0


module gatebook_pcie$reg_responses$read_to_write$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$read_to_write$sender$sync$dff1


module gatebook_pcie$reg_responses$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
    // Module arguments
    input wire  write;
    input wire  [31:0] data_in;
    output reg  full;
    output reg  almost_full;
    output reg  overflow;
    input wire  clock;
    output reg  [2:0] ram_write_address;
    output reg  ram_write_clock;
    output reg  [31:0] ram_write_data;
    output reg  ram_write_enable;
    input wire  [3:0] read_address;
    output reg  [3:0] write_address_delayed;
    output reg  [3:0] fill_level;
    
    // Constant declarations
    localparam  fifo_address_mask = 4'h7;
    localparam  fifo_size = 4'h8;
    localparam  almost_full_level = 4'h7;
    
    // Stub signals
    reg  [3:0] write_address$d;
    wire  [3:0] write_address$q;
    reg  write_address$clock;
    reg  [3:0] dff_write_address_delay$d;
    wire  [3:0] dff_write_address_delay$q;
    reg  dff_write_address_delay$clock;
    reg  dff_overflow$d;
    wire  dff_overflow$q;
    reg  dff_overflow$clock;
    
    // Local signals
    reg  is_empty;
    reg  is_full;
    
    // Sub module instances
    gatebook_pcie$reg_responses$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    gatebook_pcie$reg_responses$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    gatebook_pcie$reg_responses$write_logic$dff_overflow dff_overflow(
        .d(dff_overflow$d),
        .q(dff_overflow$q),
        .clock(dff_overflow$clock)
    );
    
    // Update code
    always @(*) begin
        dff_overflow$clock = clock;
        write_address$clock = clock;
        dff_write_address_delay$clock = clock;
        dff_overflow$d = dff_overflow$q;
        write_address$d = write_address$q;
        dff_write_address_delay$d = dff_write_address_delay$q;
        ram_write_clock = clock;
        dff_write_address_delay$d = write_address$q;
        write_address_delayed = dff_write_address_delay$q;
        ram_write_enable = 1'b0;
        is_empty = (read_address == dff_write_address_delay$q);
        is_full = ~is_empty & ((read_address & fifo_address_mask) == (write_address$q & fifo_address_mask));
        fill_level = ((dff_write_address_delay$q & fifo_address_mask) + fifo_size - (read_address & fifo_address_mask)) & fifo_address_mask;
        if (is_full) begin
            fill_level = fifo_size;
        end
        almost_full = (fill_level >= almost_full_level);
        full = is_full;
        ram_write_address = ((write_address$q & fifo_address_mask) & 3'h7);
        ram_write_data = data_in;
        if (write & ~is_full) begin
            write_address$d = write_address$q + 32'h1;
            ram_write_enable = 1'b1;
        end
        else begin
            write_address$d = write_address$q;
            ram_write_enable = 1'b0;
        end
        dff_overflow$d = dff_overflow$q | (is_full & write);
        overflow = dff_overflow$q;
    end
    
endmodule // gatebook_pcie$reg_responses$write_logic


module gatebook_pcie$reg_responses$write_logic$dff_overflow(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_logic$dff_overflow


module gatebook_pcie$reg_responses$write_logic$dff_write_address_delay(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_logic$dff_write_address_delay


module gatebook_pcie$reg_responses$write_logic$write_address(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_logic$write_address


module gatebook_pcie$reg_responses$write_to_read(clock_in,sig_in,busy,send,clock_out,sig_out,update);
    
    // Module arguments
    input wire  clock_in;
    input wire  [3:0] sig_in;
    output reg  busy;
    input wire  send;
    input wire  clock_out;
    output reg  [3:0] sig_out;
    output reg  update;
    
    // Stub signals
    reg  [3:0] sender$sig_in;
    reg  sender$clock;
    wire  [3:0] sender$sig_cross;
    wire  sender$flag_out;
    reg  sender$ack_in;
    wire  sender$busy;
    reg  sender$send;
    wire  [3:0] recv$sig_out;
    reg  recv$clock;
    reg  [3:0] recv$sig_cross;
    reg  recv$flag_in;
    wire  recv$ack_out;
    wire  recv$update;
    
    // Sub module instances
    gatebook_pcie$reg_responses$write_to_read$sender sender(
        .sig_in(sender$sig_in),
        .clock(sender$clock),
        .sig_cross(sender$sig_cross),
        .flag_out(sender$flag_out),
        .ack_in(sender$ack_in),
        .busy(sender$busy),
        .send(sender$send)
    );
    gatebook_pcie$reg_responses$write_to_read$recv recv(
        .sig_out(recv$sig_out),
        .clock(recv$clock),
        .sig_cross(recv$sig_cross),
        .flag_in(recv$flag_in),
        .ack_out(recv$ack_out),
        .update(recv$update)
    );
    
    // Update code
    always @(*) begin
        sender$clock = clock_in;
        recv$clock = clock_out;
        sender$sig_in = sig_in;
        busy = sender$busy;
        sender$send = send;
        sig_out = recv$sig_out;
        update = recv$update;
        recv$sig_cross = sender$sig_cross;
        recv$flag_in = sender$flag_out;
        sender$ack_in = recv$ack_out;
    end
    
endmodule // gatebook_pcie$reg_responses$write_to_read


module gatebook_pcie$reg_responses$write_to_read$recv(sig_out,clock,sig_cross,flag_in,ack_out,update);
    
    // Module arguments
    output reg  [3:0] sig_out;
    input wire  clock;
    input wire  [3:0] sig_cross;
    input wire  flag_in;
    output reg  ack_out;
    output reg  update;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Stub signals
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  update_delay$d;
    wire  update_delay$q;
    reg  update_delay$clock;
    reg  state$d;
    wire  state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$reg_responses$write_to_read$recv$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$reg_responses$write_to_read$recv$update_delay update_delay(
        .d(update_delay$d),
        .q(update_delay$q),
        .clock(update_delay$clock)
    );
    gatebook_pcie$reg_responses$write_to_read$recv$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$reg_responses$write_to_read$recv$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        update_delay$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        update_delay$d = update_delay$q;
        state$d = state$q;
        sync$clock = clock;
        sig_out = hold$q;
        ack_out = 1'b0;
        sync$sig_in = flag_in;
        update = update_delay$q;
        update_delay$d = 1'b0;
        case (state$q)
            SyncReceiverState$WaitSteady:
                begin
                    if (sync$sig_out) begin
                        ack_out = 1'b1;
                        state$d = SyncReceiverState$WaitDone;
                    end
                end
            SyncReceiverState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        ack_out = 1'b0;
                        update_delay$d = 1'b1;
                        hold$d = sig_cross;
                        state$d = SyncReceiverState$WaitSteady;
                    end
                    else begin
                        ack_out = 1'b1;
                    end
                end
            default:
                begin
                    state$d = SyncReceiverState$WaitSteady;
                end
        endcase
    end
    
endmodule // gatebook_pcie$reg_responses$write_to_read$recv


module gatebook_pcie$reg_responses$write_to_read$recv$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$recv$hold


module gatebook_pcie$reg_responses$write_to_read$recv$state(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Enums
    localparam SyncReceiverState$WaitSteady = 0;
    localparam SyncReceiverState$WaitDone = 1;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$recv$state


module gatebook_pcie$reg_responses$write_to_read$recv$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$reg_responses$write_to_read$recv$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$reg_responses$write_to_read$recv$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$reg_responses$write_to_read$recv$sync


module gatebook_pcie$reg_responses$write_to_read$recv$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$recv$sync$dff0


module gatebook_pcie$reg_responses$write_to_read$recv$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$recv$sync$dff1


module gatebook_pcie$reg_responses$write_to_read$recv$update_delay(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$recv$update_delay


module gatebook_pcie$reg_responses$write_to_read$sender(sig_in,clock,sig_cross,flag_out,ack_in,busy,send);
    
    // Module arguments
    input wire  [3:0] sig_in;
    input wire  clock;
    output reg  [3:0] sig_cross;
    output reg  flag_out;
    input wire  ack_in;
    output reg  busy;
    input wire  send;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Stub signals
    reg  [3:0] hold$d;
    wire  [3:0] hold$q;
    reg  hold$clock;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  sync$sig_in;
    wire  sync$sig_out;
    reg  sync$clock;
    
    // Sub module instances
    gatebook_pcie$reg_responses$write_to_read$sender$hold hold(
        .d(hold$d),
        .q(hold$q),
        .clock(hold$clock)
    );
    gatebook_pcie$reg_responses$write_to_read$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_pcie$reg_responses$write_to_read$sender$sync sync(
        .sig_in(sync$sig_in),
        .sig_out(sync$sig_out),
        .clock(sync$clock)
    );
    
    // Update code
    always @(*) begin
        hold$clock = clock;
        state$clock = clock;
        hold$d = hold$q;
        state$d = state$q;
        sync$clock = clock;
        sig_cross = hold$q;
        flag_out = 1'b0;
        sync$sig_in = ack_in;
        busy = 1'b1;
        case (state$q)
            SyncSenderState$Idle:
                begin
                    busy = 1'b0;
                    if (send) begin
                        hold$d = sig_in;
                        state$d = SyncSenderState$WaitAck;
                        flag_out = 1'b1;
                    end
                end
            SyncSenderState$WaitAck:
                begin
                    flag_out = 1'b1;
                    if (sync$sig_out) begin
                        state$d = SyncSenderState$WaitDone;
                        flag_out = 1'b0;
                    end
                end
            SyncSenderState$WaitDone:
                begin
                    if (~sync$sig_out) begin
                        hold$d = sig_in;
                        flag_out = 1'b1;
                        state$d = SyncSenderState$Idle;
                    end
                end
            default:
                begin
                    state$d = SyncSenderState$Idle;
                end
        endcase
    end
    
endmodule // gatebook_pcie$reg_responses$write_to_read$sender


module gatebook_pcie$reg_responses$write_to_read$sender$hold(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$sender$hold


module gatebook_pcie$reg_responses$write_to_read$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam SyncSenderState$Idle = 0;
    localparam SyncSenderState$WaitAck = 1;
    localparam SyncSenderState$WaitDone = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$sender$state


module gatebook_pcie$reg_responses$write_to_read$sender$sync(sig_in,sig_out,clock);
    
    // Module arguments
    input wire  sig_in;
    output reg  sig_out;
    input wire  clock;
    
    // Stub signals
    reg  dff0$d;
    wire  dff0$q;
    reg  dff0$clock;
    reg  dff1$d;
    wire  dff1$q;
    reg  dff1$clock;
    
    // Sub module instances
    gatebook_pcie$reg_responses$write_to_read$sender$sync$dff0 dff0(
        .d(dff0$d),
        .q(dff0$q),
        .clock(dff0$clock)
    );
    gatebook_pcie$reg_responses$write_to_read$sender$sync$dff1 dff1(
        .d(dff1$d),
        .q(dff1$q),
        .clock(dff1$clock)
    );
    
    // Update code
    always @(*) begin
        dff0$clock = clock;
        dff1$clock = clock;
        dff0$d = dff0$q;
        dff1$d = dff1$q;
        dff0$d = sig_in;
        dff1$d = dff0$q;
        sig_out = dff1$q;
    end
    
endmodule // gatebook_pcie$reg_responses$write_to_read$sender$sync


module gatebook_pcie$reg_responses$write_to_read$sender$sync$dff0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$sender$sync$dff0


module gatebook_pcie$reg_responses$write_to_read$sender$sync$dff1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$reg_responses$write_to_read$sender$sync$dff1


module gatebook_pcie$rq(clock,reset,read_valid,read_ready,read_data,read_keep,read_user,write_valid,write_ready,write_data,write_keep,write_last,write_user,rq_tdata,rq_tkeep,rq_tlast,rq_tuser,rq_tvalid,rq_tready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  read_valid;
    output reg  read_ready;
    input wire  [511:0] read_data;
    input wire  [15:0] read_keep;
    input wire  [136:0] read_user;
    input wire  write_valid;
    output reg  write_ready;
    input wire  [511:0] write_data;
    input wire  [15:0] write_keep;
    input wire  write_last;
    input wire  [136:0] write_user;
    output reg  [511:0] rq_tdata;
    output reg  [15:0] rq_tkeep;
    output reg  rq_tlast;
    output reg  [136:0] rq_tuser;
    output reg  rq_tvalid;
    input wire  rq_tready;
    
    // Stub signals
    reg  locked$d;
    wire  locked$q;
    reg  locked$clock;
    reg  owner_write$d;
    wire  owner_write$q;
    reg  owner_write$clock;
    reg  last_write$d;
    wire  last_write$q;
    reg  last_write$clock;
    
    // Local signals
    reg  choose_write;
    
    // Sub module instances
    gatebook_pcie$rq$locked locked(
        .d(locked$d),
        .q(locked$q),
        .clock(locked$clock)
    );
    gatebook_pcie$rq$owner_write owner_write(
        .d(owner_write$d),
        .q(owner_write$q),
        .clock(owner_write$clock)
    );
    gatebook_pcie$rq$last_write last_write(
        .d(last_write$d),
        .q(last_write$q),
        .clock(last_write$clock)
    );
    
    // Update code
    always @(*) begin
        locked$clock = clock;
        owner_write$clock = clock;
        last_write$clock = clock;
        locked$d = locked$q;
        owner_write$d = owner_write$q;
        last_write$d = last_write$q;
        if (locked$q) begin
            choose_write = owner_write$q;
        end
        else begin
            choose_write = write_valid && (~read_valid || ~last_write$q);
        end
        if (choose_write) begin
            rq_tvalid = write_valid;
            rq_tdata = write_data;
            rq_tkeep = write_keep;
            rq_tlast = write_last;
            rq_tuser = write_user;
        end
        else begin
            rq_tvalid = read_valid;
            rq_tdata = read_data;
            rq_tkeep = read_keep;
            rq_tlast = 1'b1;
            rq_tuser = read_user;
        end
        read_ready = ~choose_write && rq_tready;
        write_ready = choose_write && rq_tready;
        if (rq_tvalid) begin
            if (rq_tready && rq_tlast) begin
                locked$d = 1'b0;
                last_write$d = choose_write;
            end
            else begin
                locked$d = 1'b1;
                owner_write$d = choose_write;
            end
        end
        if (reset) begin
            locked$d = 1'b0;
        end
    end
    
endmodule // gatebook_pcie$rq


module gatebook_pcie$rq$last_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$rq$last_write


module gatebook_pcie$rq$locked(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$rq$locked


module gatebook_pcie$rq$owner_write(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$rq$owner_write


module gatebook_pcie$writes(clock,reset,wr_valid,wr_addr,wr_data,wr_take,rq_valid,rq_ready,rq_data,rq_keep,rq_last,rq_user);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  wr_valid;
    input wire  [63:0] wr_addr;
    input wire  [511:0] wr_data;
    output reg  wr_take;
    output reg  rq_valid;
    input wire  rq_ready;
    output reg  [511:0] rq_data;
    output reg  [15:0] rq_keep;
    output reg  rq_last;
    output reg  [136:0] rq_user;
    
    // Constant declarations
    localparam  write_type = 4'h1;
    localparam  line_dwords = 11'b10000;
    localparam  first_user = 137'h100f0f;
    localparam  last_user = 137'h34000000;
    
    // Stub signals
    reg  second$d;
    wire  second$q;
    reg  second$clock;
    
    // Local signals
    reg  [127:0] descriptor;
    
    // Sub module instances
    gatebook_pcie$writes$second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    
    // Update code
    always @(*) begin
        second$clock = clock;
        second$d = second$q;
        descriptor = ((wr_addr) & 128'hffffffffffffffffffffffffffffffff) | (((line_dwords) & 128'hffffffffffffffffffffffffffffffff) << 32'h40) | (((write_type) & 128'hffffffffffffffffffffffffffffffff) << 32'h4b);
        rq_valid = wr_valid && ~reset;
        wr_take = 1'b0;
        if (second$q) begin
            rq_data = ((wr_data[(32'h180)+:(128)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
            rq_keep = 32'hf;
            rq_last = 1'b1;
            rq_user = last_user;
            if (rq_ready) begin
                second$d = 1'b0;
                wr_take = 1'b1;
            end
        end
        else begin
            rq_data = ((descriptor) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (wr_data << 32'h80);
            rq_keep = 32'hffff;
            rq_last = 1'b0;
            rq_user = first_user;
            if (wr_valid && rq_ready) begin
                second$d = 1'b1;
            end
        end
        if (reset) begin
            second$d = 1'b0;
            wr_take = wr_valid;
        end
    end
    
endmodule // gatebook_pcie$writes


module gatebook_pcie$writes$second(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_pcie$writes$second
