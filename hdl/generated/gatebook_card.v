

module gatebook_card(clock,reset,mmio_addr,mmio_wdata,mmio_write,mmio_read,mmio_rdata,mmio_rvalid,rd_req_valid,rd_req_ready,rd_req_addr,rd_req_lines,rd_resp_valid,rd_resp_data,rd_resp_status,wr_valid,wr_ready,wr_addr,wr_data);
    
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
    gatebook_card$regs regs(
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
    gatebook_card$fetch fetch(
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
    gatebook_card$writer writer(
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
    gatebook_card$pipeline pipeline(
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
    
endmodule // gatebook_card


module gatebook_card$fetch(clock,reset,power_on,enabled,halted,sq_base,sq_size,sq_tail,rd_req_valid,rd_req_ready,rd_req_addr,rd_req_lines,rd_resp_valid,rd_resp_data,rd_resp_error,out_data,out_valid,out_ready,sq_head,read_fault,status_req);
    
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
    gatebook_card$fetch$fifo fifo(
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
    gatebook_card$fetch$fetched fetched(
        .d(fetched$d),
        .q(fetched$q),
        .clock(fetched$clock)
    );
    gatebook_card$fetch$head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    gatebook_card$fetch$reserved reserved(
        .d(reserved$d),
        .q(reserved$q),
        .clock(reserved$clock)
    );
    gatebook_card$fetch$inflight inflight(
        .d(inflight$d),
        .q(inflight$q),
        .clock(inflight$clock)
    );
    gatebook_card$fetch$discard discard(
        .d(discard$d),
        .q(discard$q),
        .clock(discard$clock)
    );
    gatebook_card$fetch$req_valid req_valid(
        .d(req_valid$d),
        .q(req_valid$q),
        .clock(req_valid$clock)
    );
    gatebook_card$fetch$req_addr req_addr(
        .d(req_addr$d),
        .q(req_addr$q),
        .clock(req_addr$clock)
    );
    gatebook_card$fetch$req_lines req_lines(
        .d(req_lines$d),
        .q(req_lines$q),
        .clock(req_lines$clock)
    );
    gatebook_card$fetch$end0 end0(
        .d(end0$d),
        .q(end0$q),
        .clock(end0$clock)
    );
    gatebook_card$fetch$end1 end1(
        .d(end1$d),
        .q(end1$q),
        .clock(end1$clock)
    );
    gatebook_card$fetch$end2 end2(
        .d(end2$d),
        .q(end2$q),
        .clock(end2$clock)
    );
    gatebook_card$fetch$end3 end3(
        .d(end3$d),
        .q(end3$q),
        .clock(end3$clock)
    );
    gatebook_card$fetch$ends ends(
        .d(ends$d),
        .q(ends$q),
        .clock(ends$clock)
    );
    gatebook_card$fetch$dead dead(
        .d(dead$d),
        .q(dead$q),
        .clock(dead$clock)
    );
    gatebook_card$fetch$flushing flushing(
        .d(flushing$d),
        .q(flushing$q),
        .clock(flushing$clock)
    );
    gatebook_card$fetch$flush_left flush_left(
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
    
endmodule // gatebook_card$fetch


module gatebook_card$fetch$dead(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$dead


module gatebook_card$fetch$discard(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$discard


module gatebook_card$fetch$end0(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$end0


module gatebook_card$fetch$end1(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$end1


module gatebook_card$fetch$end2(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$end2


module gatebook_card$fetch$end3(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$end3


module gatebook_card$fetch$ends(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$ends


module gatebook_card$fetch$fetched(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$fetched


module gatebook_card$fetch$fifo(clock,read,data_out,empty,almost_empty,underflow,write,data_in,full,almost_full,overflow);
    
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
    gatebook_card$fetch$fifo$ram ram(
        .read_address(ram$read_address),
        .read_clock(ram$read_clock),
        .read_data(ram$read_data),
        .write_address(ram$write_address),
        .write_clock(ram$write_clock),
        .write_data(ram$write_data),
        .write_enable(ram$write_enable)
    );
    gatebook_card$fetch$fifo$read_logic read_logic(
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
    gatebook_card$fetch$fifo$write_logic write_logic(
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
    
endmodule // gatebook_card$fetch$fifo


module gatebook_card$fetch$fifo$ram(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
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
                
endmodule // gatebook_card$fetch$fifo$ram


module gatebook_card$fetch$fifo$read_logic(clock,read,data_out,empty,almost_empty,underflow,write_address_delayed,ram_read_address,ram_read_data,ram_read_clock,read_address_out,fill_level);
    
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
    gatebook_card$fetch$fifo$read_logic$read_address read_address(
        .d(read_address$d),
        .q(read_address$q),
        .clock(read_address$clock)
    );
    gatebook_card$fetch$fifo$read_logic$dff_underflow dff_underflow(
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
    
endmodule // gatebook_card$fetch$fifo$read_logic


module gatebook_card$fetch$fifo$read_logic$dff_underflow(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$fifo$read_logic$dff_underflow


module gatebook_card$fetch$fifo$read_logic$read_address(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$fifo$read_logic$read_address


module gatebook_card$fetch$fifo$write_logic(write,data_in,full,almost_full,overflow,clock,ram_write_address,ram_write_clock,ram_write_data,ram_write_enable,read_address,write_address_delayed,fill_level);
    
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
    gatebook_card$fetch$fifo$write_logic$write_address write_address(
        .d(write_address$d),
        .q(write_address$q),
        .clock(write_address$clock)
    );
    gatebook_card$fetch$fifo$write_logic$dff_write_address_delay dff_write_address_delay(
        .d(dff_write_address_delay$d),
        .q(dff_write_address_delay$q),
        .clock(dff_write_address_delay$clock)
    );
    gatebook_card$fetch$fifo$write_logic$dff_overflow dff_overflow(
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
    
endmodule // gatebook_card$fetch$fifo$write_logic


module gatebook_card$fetch$fifo$write_logic$dff_overflow(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$fifo$write_logic$dff_overflow


module gatebook_card$fetch$fifo$write_logic$dff_write_address_delay(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$fifo$write_logic$dff_write_address_delay


module gatebook_card$fetch$fifo$write_logic$write_address(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$fifo$write_logic$write_address


module gatebook_card$fetch$flush_left(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$flush_left


module gatebook_card$fetch$flushing(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$flushing


module gatebook_card$fetch$head(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$head


module gatebook_card$fetch$inflight(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$inflight


module gatebook_card$fetch$req_addr(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$req_addr


module gatebook_card$fetch$req_lines(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$req_lines


module gatebook_card$fetch$req_valid(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$req_valid


module gatebook_card$fetch$reserved(d,q,clock);
    
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
          
endmodule // gatebook_card$fetch$reserved

// v-- Setting output parameters to net type for wrapped code.


module gatebook_card$pipeline(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
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
endmodule // gatebook_card$pipeline


module gatebook_card$regs(clock,reset,mmio_addr,mmio_wdata,mmio_write,mmio_read,mmio_rdata,mmio_rvalid,sq_head,cq_tail,cq_full,read_fault,read_status,message_in,report_out,reject_out,cq_stall,card_reset,enabled,halted,errors,error_raised,sq_base,sq_size,cq_base,cq_size,status_addr,sq_tail,cq_head);
    
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
    gatebook_card$regs$soft_reset soft_reset(
        .d(soft_reset$d),
        .q(soft_reset$q),
        .clock(soft_reset$clock)
    );
    gatebook_card$regs$enable enable(
        .d(enable$d),
        .q(enable$q),
        .clock(enable$clock)
    );
    gatebook_card$regs$error_bits error_bits(
        .d(error_bits$d),
        .q(error_bits$q),
        .clock(error_bits$clock)
    );
    gatebook_card$regs$resetting resetting(
        .d(resetting$d),
        .q(resetting$q),
        .clock(resetting$clock)
    );
    gatebook_card$regs$sq_base_lo sq_base_lo(
        .d(sq_base_lo$d),
        .q(sq_base_lo$q),
        .clock(sq_base_lo$clock)
    );
    gatebook_card$regs$sq_base_hi sq_base_hi(
        .d(sq_base_hi$d),
        .q(sq_base_hi$q),
        .clock(sq_base_hi$clock)
    );
    gatebook_card$regs$sq_log2 sq_log2(
        .d(sq_log2$d),
        .q(sq_log2$q),
        .clock(sq_log2$clock)
    );
    gatebook_card$regs$cq_base_lo cq_base_lo(
        .d(cq_base_lo$d),
        .q(cq_base_lo$q),
        .clock(cq_base_lo$clock)
    );
    gatebook_card$regs$cq_base_hi cq_base_hi(
        .d(cq_base_hi$d),
        .q(cq_base_hi$q),
        .clock(cq_base_hi$clock)
    );
    gatebook_card$regs$cq_log2 cq_log2(
        .d(cq_log2$d),
        .q(cq_log2$q),
        .clock(cq_log2$clock)
    );
    gatebook_card$regs$status_lo status_lo(
        .d(status_lo$d),
        .q(status_lo$q),
        .clock(status_lo$clock)
    );
    gatebook_card$regs$status_hi status_hi(
        .d(status_hi$d),
        .q(status_hi$q),
        .clock(status_hi$clock)
    );
    gatebook_card$regs$sq_tail_reg sq_tail_reg(
        .d(sq_tail_reg$d),
        .q(sq_tail_reg$q),
        .clock(sq_tail_reg$clock)
    );
    gatebook_card$regs$cq_head_reg cq_head_reg(
        .d(cq_head_reg$d),
        .q(cq_head_reg$q),
        .clock(cq_head_reg$clock)
    );
    gatebook_card$regs$messages_in messages_in(
        .d(messages_in$d),
        .q(messages_in$q),
        .clock(messages_in$clock)
    );
    gatebook_card$regs$reports_out reports_out(
        .d(reports_out$d),
        .q(reports_out$q),
        .clock(reports_out$clock)
    );
    gatebook_card$regs$rejects rejects(
        .d(rejects$d),
        .q(rejects$q),
        .clock(rejects$clock)
    );
    gatebook_card$regs$stalls stalls(
        .d(stalls$d),
        .q(stalls$q),
        .clock(stalls$clock)
    );
    gatebook_card$regs$cycles cycles(
        .d(cycles$d),
        .q(cycles$q),
        .clock(cycles$clock)
    );
    gatebook_card$regs$messages_in_snap messages_in_snap(
        .d(messages_in_snap$d),
        .q(messages_in_snap$q),
        .clock(messages_in_snap$clock)
    );
    gatebook_card$regs$reports_out_snap reports_out_snap(
        .d(reports_out_snap$d),
        .q(reports_out_snap$q),
        .clock(reports_out_snap$clock)
    );
    gatebook_card$regs$rejects_snap rejects_snap(
        .d(rejects_snap$d),
        .q(rejects_snap$q),
        .clock(rejects_snap$clock)
    );
    gatebook_card$regs$stalls_snap stalls_snap(
        .d(stalls_snap$d),
        .q(stalls_snap$q),
        .clock(stalls_snap$clock)
    );
    gatebook_card$regs$cycles_snap cycles_snap(
        .d(cycles_snap$d),
        .q(cycles_snap$q),
        .clock(cycles_snap$clock)
    );
    gatebook_card$regs$rdata rdata(
        .d(rdata$d),
        .q(rdata$q),
        .clock(rdata$clock)
    );
    gatebook_card$regs$rvalid rvalid(
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
    
endmodule // gatebook_card$regs


module gatebook_card$regs$cq_base_hi(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$cq_base_hi


module gatebook_card$regs$cq_base_lo(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$cq_base_lo


module gatebook_card$regs$cq_head_reg(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$cq_head_reg


module gatebook_card$regs$cq_log2(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$cq_log2


module gatebook_card$regs$cycles(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$cycles


module gatebook_card$regs$cycles_snap(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$cycles_snap


module gatebook_card$regs$enable(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$enable


module gatebook_card$regs$error_bits(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$error_bits


module gatebook_card$regs$messages_in(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$messages_in


module gatebook_card$regs$messages_in_snap(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$messages_in_snap


module gatebook_card$regs$rdata(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$rdata


module gatebook_card$regs$rejects(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$rejects


module gatebook_card$regs$rejects_snap(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$rejects_snap


module gatebook_card$regs$reports_out(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$reports_out


module gatebook_card$regs$reports_out_snap(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$reports_out_snap


module gatebook_card$regs$resetting(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$resetting


module gatebook_card$regs$rvalid(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$rvalid


module gatebook_card$regs$soft_reset(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$soft_reset


module gatebook_card$regs$sq_base_hi(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$sq_base_hi


module gatebook_card$regs$sq_base_lo(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$sq_base_lo


module gatebook_card$regs$sq_log2(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$sq_log2


module gatebook_card$regs$sq_tail_reg(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$sq_tail_reg


module gatebook_card$regs$stalls(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$stalls


module gatebook_card$regs$stalls_snap(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$stalls_snap


module gatebook_card$regs$status_hi(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$status_hi


module gatebook_card$regs$status_lo(d,q,clock);
    
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
          
endmodule // gatebook_card$regs$status_lo


module gatebook_card$writer(clock,reset,enabled,halted,cq_base,cq_size,cq_head,status_addr,status_req,sq_head,errors,in_data,in_valid,in_ready,wr_valid,wr_ready,wr_addr,wr_data,cq_tail,cq_full,report_out,reject_out);
    
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
    gatebook_card$writer$busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    gatebook_card$writer$addr addr(
        .d(addr$d),
        .q(addr$q),
        .clock(addr$clock)
    );
    gatebook_card$writer$data data(
        .d(data$d),
        .q(data$q),
        .clock(data$clock)
    );
    gatebook_card$writer$tail tail(
        .d(tail$d),
        .q(tail$q),
        .clock(tail$clock)
    );
    gatebook_card$writer$writes writes(
        .d(writes$d),
        .q(writes$q),
        .clock(writes$clock)
    );
    gatebook_card$writer$status_pending status_pending(
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
    
endmodule // gatebook_card$writer


module gatebook_card$writer$addr(d,q,clock);
    
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
          
endmodule // gatebook_card$writer$addr


module gatebook_card$writer$busy(d,q,clock);
    
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
          
endmodule // gatebook_card$writer$busy


module gatebook_card$writer$data(d,q,clock);
    
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
          
endmodule // gatebook_card$writer$data


module gatebook_card$writer$status_pending(d,q,clock);
    
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
          
endmodule // gatebook_card$writer$status_pending


module gatebook_card$writer$tail(d,q,clock);
    
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
          
endmodule // gatebook_card$writer$tail


module gatebook_card$writer$writes(d,q,clock);
    
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
          
endmodule // gatebook_card$writer$writes
