

module gatebook_wide(clock,reset,in_data,in_valid,in_ready,out_data,out_valid,out_ready,idle);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [511:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [511:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    output reg  idle;
    
    // Enums
    localparam Step$Clearing = 0;
    localparam Step$Idle = 1;
    localparam Step$Emit = 2;
    localparam Step$Lookup = 3;
    localparam Step$MarketPrice = 4;
    localparam Step$Verdict = 5;
    localparam Step$FokLook = 6;
    localparam Step$FokAdd = 7;
    localparam Step$FokWait = 8;
    localparam Step$FokDecide = 9;
    localparam Step$ReleaseRead = 10;
    localparam Step$Release = 11;
    localparam Step$MatchTop = 12;
    localparam Step$MatchHead = 13;
    localparam Step$MatchMaker = 14;
    localparam Step$FillTaker = 15;
    localparam Step$FillGap = 16;
    localparam Step$FillMaker = 17;
    localparam Step$StpRemove = 18;
    localparam Step$MatchStopped = 19;
    localparam Step$MatchEnd = 20;
    localparam Step$RestAlloc = 21;
    localparam Step$RestRead = 22;
    localparam Step$RestLink = 23;
    localparam Step$Unlink0 = 24;
    localparam Step$Unlink1 = 25;
    localparam Step$UnlinkClearBest = 26;
    localparam Step$UnlinkSearchWait = 27;
    localparam Step$UnlinkForget = 28;
    localparam Step$CancelCheck = 29;
    localparam Step$ReplaceCheck = 30;
    localparam Step$ReplaceRelease = 31;
    localparam Step$ReplaceRisk = 32;
    localparam Step$ReplaceVerdict = 33;
    localparam Step$ReplaceHeadroom = 34;
    localparam Step$ReplaceInPlace = 35;
    localparam Step$KillRead = 36;
    localparam Step$KillNext = 37;
    localparam Step$KillSlot = 38;
    localparam Step$KillTurn = 39;
    localparam Step$KillGive = 40;
    
    // Stub signals
    reg  ingress$clock;
    reg  ingress$reset;
    reg  [511:0] ingress$in_data;
    reg  ingress$in_valid;
    wire  ingress$in_ready;
    wire  ingress$out_valid;
    reg  ingress$out_ready;
    wire  [879:0] ingress$message;
    reg  matcher$clock;
    reg  matcher$reset;
    reg  matcher$msg_valid;
    wire  matcher$msg_ready;
    reg  [879:0] matcher$message;
    wire  matcher$report_valid;
    wire  matcher$idle;
    reg  matcher$report_ready;
    wire  [399:0] matcher$report;
    reg  [3:0] matcher$lane;
    reg  matcher$shared;
    reg  matcher$oldest;
    wire  matcher$ids_cmd_valid;
    reg  matcher$ids_cmd_ready;
    wire  [1:0] matcher$ids_cmd_op;
    wire  [31:0] matcher$ids_cmd_account;
    wire  [63:0] matcher$ids_cmd_cl_ord_id;
    wire  [16:0] matcher$ids_cmd_home;
    wire  [15:0] matcher$ids_cmd_slot;
    reg  matcher$ids_done;
    reg  matcher$ids_found;
    reg  [15:0] matcher$ids_found_slot;
    wire  matcher$ids_post_valid;
    reg  matcher$ids_post_ready;
    wire  [31:0] matcher$ids_post_account;
    wire  [63:0] matcher$ids_post_cl_ord_id;
    wire  [16:0] matcher$ids_post_home;
    wire  matcher$ids_hold_posted;
    wire  [3:0] matcher$headroom_read_address;
    reg  [63:0] matcher$headroom_read_data;
    wire  [3:0] matcher$headroom_write_address;
    wire  [63:0] matcher$headroom_write_data;
    wire  matcher$headroom_write_enable;
    wire  [3:0] matcher$removal_account;
    reg  matcher$removal_hold;
    wire  matcher$slot_ask;
    reg  matcher$slot_granted;
    reg  matcher$slot_full;
    reg  matcher$kill_turn;
    wire  matcher$kill_given;
    reg  matcher$end_ready;
    wire  matcher$done;
    wire  [16:0] matcher$slot_limit;
    wire  [16:0] matcher$done_returned;
    wire  [63:0] matcher$report_stamp;
    reg  egress$clock;
    reg  egress$reset;
    reg  [63:0] egress$cycle_count;
    reg  egress$in_valid;
    wire  egress$in_ready;
    reg  [399:0] egress$report;
    wire  [511:0] egress$out_data;
    wire  egress$out_valid;
    reg  egress$out_ready;
    reg  [63:0] cycle_count$d;
    wire  [63:0] cycle_count$q;
    reg  cycle_count$clock;
    
    // Sub module instances
    gatebook_wide$ingress ingress(
        .clock(ingress$clock),
        .reset(ingress$reset),
        .in_data(ingress$in_data),
        .in_valid(ingress$in_valid),
        .in_ready(ingress$in_ready),
        .out_valid(ingress$out_valid),
        .out_ready(ingress$out_ready),
        .message(ingress$message)
    );
    gatebook_wide$matcher matcher(
        .clock(matcher$clock),
        .reset(matcher$reset),
        .msg_valid(matcher$msg_valid),
        .msg_ready(matcher$msg_ready),
        .message(matcher$message),
        .report_valid(matcher$report_valid),
        .idle(matcher$idle),
        .report_ready(matcher$report_ready),
        .report(matcher$report),
        .lane(matcher$lane),
        .shared(matcher$shared),
        .oldest(matcher$oldest),
        .ids_cmd_valid(matcher$ids_cmd_valid),
        .ids_cmd_ready(matcher$ids_cmd_ready),
        .ids_cmd_op(matcher$ids_cmd_op),
        .ids_cmd_account(matcher$ids_cmd_account),
        .ids_cmd_cl_ord_id(matcher$ids_cmd_cl_ord_id),
        .ids_cmd_home(matcher$ids_cmd_home),
        .ids_cmd_slot(matcher$ids_cmd_slot),
        .ids_done(matcher$ids_done),
        .ids_found(matcher$ids_found),
        .ids_found_slot(matcher$ids_found_slot),
        .ids_post_valid(matcher$ids_post_valid),
        .ids_post_ready(matcher$ids_post_ready),
        .ids_post_account(matcher$ids_post_account),
        .ids_post_cl_ord_id(matcher$ids_post_cl_ord_id),
        .ids_post_home(matcher$ids_post_home),
        .ids_hold_posted(matcher$ids_hold_posted),
        .headroom_read_address(matcher$headroom_read_address),
        .headroom_read_data(matcher$headroom_read_data),
        .headroom_write_address(matcher$headroom_write_address),
        .headroom_write_data(matcher$headroom_write_data),
        .headroom_write_enable(matcher$headroom_write_enable),
        .removal_account(matcher$removal_account),
        .removal_hold(matcher$removal_hold),
        .slot_ask(matcher$slot_ask),
        .slot_granted(matcher$slot_granted),
        .slot_full(matcher$slot_full),
        .kill_turn(matcher$kill_turn),
        .kill_given(matcher$kill_given),
        .end_ready(matcher$end_ready),
        .done(matcher$done),
        .slot_limit(matcher$slot_limit),
        .done_returned(matcher$done_returned),
        .report_stamp(matcher$report_stamp)
    );
    gatebook_wide$egress egress(
        .clock(egress$clock),
        .reset(egress$reset),
        .cycle_count(egress$cycle_count),
        .in_valid(egress$in_valid),
        .in_ready(egress$in_ready),
        .report(egress$report),
        .out_data(egress$out_data),
        .out_valid(egress$out_valid),
        .out_ready(egress$out_ready)
    );
    gatebook_wide$cycle_count cycle_count(
        .d(cycle_count$d),
        .q(cycle_count$q),
        .clock(cycle_count$clock)
    );
    
    // Update code
    always @(*) begin
        cycle_count$clock = clock;
        cycle_count$d = cycle_count$q;
        cycle_count$d = cycle_count$q + 32'h1;
        if (reset) begin
            cycle_count$d = 32'h0;
        end
        ingress$clock = clock;
        matcher$clock = clock;
        egress$clock = clock;
        ingress$reset = reset;
        matcher$reset = reset;
        egress$reset = reset;
        ingress$in_data = in_data;
        ingress$in_valid = in_valid;
        in_ready = ingress$in_ready;
        matcher$msg_valid = ingress$out_valid;
        ingress$out_ready = matcher$msg_ready;
        matcher$message = ingress$message;
        matcher$lane = 32'h0;
        matcher$shared = 1'b0;
        matcher$oldest = 1'b1;
        matcher$kill_turn = 1'b1;
        matcher$end_ready = 1'b1;
        matcher$removal_hold = 1'b0;
        matcher$slot_granted = 1'b0;
        matcher$slot_full = 1'b0;
        matcher$ids_cmd_ready = 1'b0;
        matcher$ids_done = 1'b0;
        matcher$ids_found = 1'b0;
        matcher$ids_found_slot = 32'h0;
        matcher$ids_post_ready = 1'b0;
        matcher$headroom_read_data = 32'h0;
        egress$in_valid = matcher$report_valid;
        matcher$report_ready = egress$in_ready;
        egress$cycle_count = cycle_count$q;
        egress$report = matcher$report;
        out_data = egress$out_data;
        idle = matcher$idle && ~ingress$out_valid && ~egress$out_valid;
        out_valid = egress$out_valid;
        egress$out_ready = out_ready;
    end
    
endmodule // gatebook_wide


module gatebook_wide$cycle_count(d,q,clock);
    
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
          
endmodule // gatebook_wide$cycle_count


module gatebook_wide$egress(clock,reset,cycle_count,in_valid,in_ready,report,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [63:0] cycle_count;
    input wire  in_valid;
    output reg  in_ready;
    input wire  [399:0] report;
    output reg  [511:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [511:0] beat$d;
    wire  [511:0] beat$q;
    reg  beat$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    
    // Local signals
    reg  [63:0] header;
    reg  [511:0] report_beat;
    
    // Sub module instances
    gatebook_wide$egress$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    gatebook_wide$egress$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    
    // Update code
    always @(*) begin
        beat$clock = clock;
        full$clock = clock;
        beat$d = beat$q;
        full$d = full$q;
        header = ((32'h8001) & 64'hffffffffffffffff) | (((report[(64'h0)+:(8)]) & 64'hffffffffffffffff) << 32'h10) | (((report[(64'h8)+:(8)]) & 64'hffffffffffffffff) << 32'h18) | (((report[(64'h10)+:(8)]) & 64'hffffffffffffffff) << 32'h20) | (((report[(64'h18)+:(8)]) & 64'hffffffffffffffff) << 32'h28) | (((report[(64'h20)+:(16)]) & 64'hffffffffffffffff) << 32'h30);
        report_beat = ((header) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) | (((report[(64'h30)+:(32)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((report[(64'h50)+:(32)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h60) | (((report[(64'h70)+:(32)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80) | (((report[(64'h90)+:(32)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'ha0) | (((report[(64'hb0)+:(64)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'hc0) | (((report[(64'hf0)+:(64)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h100) | (((report[(64'h130)+:(32)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h140) | (((report[(64'h150)+:(64)]) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h180) | (((cycle_count) & 512'hffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h1c0);
        in_ready = ~full$q || out_ready;
        if (reset) begin
            full$d = 1'b0;
        end
        else if (~full$q || out_ready) begin
            full$d = in_valid;
            if (in_valid) begin
                beat$d = report_beat;
            end
        end
        out_valid = full$q;
        out_data = beat$q;
    end
    
endmodule // gatebook_wide$egress


module gatebook_wide$egress$beat(d,q,clock);
    
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
          
endmodule // gatebook_wide$egress$beat


module gatebook_wide$egress$full(d,q,clock);
    
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
          
endmodule // gatebook_wide$egress$full


module gatebook_wide$ingress(clock,reset,in_data,in_valid,in_ready,out_valid,out_ready,message);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [511:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  out_valid;
    input wire  out_ready;
    output reg  [879:0] message;
    
    // Stub signals
    reg  [511:0] beat$d;
    wire  [511:0] beat$q;
    reg  beat$clock;
    reg  [31:0] beat_key_hash$d;
    wire  [31:0] beat_key_hash$q;
    reg  beat_key_hash$clock;
    reg  [31:0] key_hasher$account;
    reg  [63:0] key_hasher$cl_ord_id;
    wire  [31:0] key_hasher$hash;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    reg  beat_malformed$d;
    wire  beat_malformed$q;
    reg  beat_malformed$clock;
    reg  beat_control$d;
    wire  beat_control$q;
    reg  beat_control$clock;
    
    // Local signals
    reg  version_ok;
    reg  order_flow;
    reg  control_type;
    reg  side_ok;
    reg  new_ok;
    reg  in_malformed;
    
    // Sub module instances
    gatebook_wide$ingress$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    gatebook_wide$ingress$beat_key_hash beat_key_hash(
        .d(beat_key_hash$d),
        .q(beat_key_hash$q),
        .clock(beat_key_hash$clock)
    );
    gatebook_wide$ingress$key_hasher key_hasher(
        .account(key_hasher$account),
        .cl_ord_id(key_hasher$cl_ord_id),
        .hash(key_hasher$hash)
    );
    gatebook_wide$ingress$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    gatebook_wide$ingress$beat_malformed beat_malformed(
        .d(beat_malformed$d),
        .q(beat_malformed$q),
        .clock(beat_malformed$clock)
    );
    gatebook_wide$ingress$beat_control beat_control(
        .d(beat_control$d),
        .q(beat_control$q),
        .clock(beat_control$clock)
    );
    
    // Update code
    always @(*) begin
        beat$clock = clock;
        beat_key_hash$clock = clock;
        full$clock = clock;
        beat_malformed$clock = clock;
        beat_control$clock = clock;
        beat$d = beat$q;
        beat_key_hash$d = beat_key_hash$q;
        full$d = full$q;
        beat_malformed$d = beat_malformed$q;
        beat_control$d = beat_control$q;
        key_hasher$account = in_data[(32'h40)+:(32)];
        key_hasher$cl_ord_id = in_data[(32'hc0)+:(64)];
        version_ok = in_data[(32'h0)+:(8)] == 32'h1;
        order_flow = (in_data[(32'h8)+:(8)] >= 32'h1) && (in_data[(32'h8)+:(8)] <= 32'h8);
        control_type = (in_data[(32'h8)+:(8)] >= 32'h40) && (in_data[(32'h8)+:(8)] <= 32'h43);
        side_ok = (in_data[(32'h10)+:(8)] == 32'h1) || (in_data[(32'h10)+:(8)] == 32'h2);
        new_ok = side_ok && ((in_data[(32'h18)+:(8)] == 32'h1) || (in_data[(32'h18)+:(8)] == 32'h2)) && (in_data[(32'h20)+:(8)] >= 32'h1) && (in_data[(32'h20)+:(8)] <= 32'h3) && ((in_data[(32'h28)+:(8)] & 32'h8e) == 32'h0) && (in_data[(32'h2c)+:(3)] <= 32'h4);
        in_malformed = ~version_ok || (~order_flow && ~control_type) || ((in_data[(32'h8)+:(8)] == 32'h1) && ~new_ok) || ((in_data[(32'h8)+:(8)] == 32'h8) && ~side_ok);
        in_ready = ~full$q || out_ready;
        if (reset) begin
            full$d = 1'b0;
        end
        else if (~full$q || out_ready) begin
            full$d = in_valid;
            if (in_valid) begin
                beat$d = in_data;
                beat_key_hash$d = key_hasher$hash;
                beat_malformed$d = in_malformed;
                beat_control$d = version_ok && control_type;
            end
        end
        out_valid = full$q;
        message[(64'h0)+:(1)] = beat_malformed$q;
        message[(64'h1)+:(1)] = beat_control$q;
        message[(64'h2)+:(512)] = beat$q;
        message[(64'h202)+:(8)] = beat$q[(32'h8)+:(8)];
        message[(64'h20a)+:(8)] = beat$q[(32'h10)+:(8)];
        message[(64'h212)+:(1)] = (beat$q[(32'h10)+:(8)] == 32'h1) || (beat$q[(32'h10)+:(8)] == 32'h2);
        message[(64'h213)+:(1)] = beat$q[(32'h18)+:(8)] == 32'h2;
        message[(64'h214)+:(8)] = beat$q[(32'h20)+:(8)];
        message[(64'h21c)+:(1)] = beat$q[32'h28];
        message[(64'h21d)+:(3)] = beat$q[(32'h2c)+:(3)];
        message[(64'h220)+:(16)] = beat$q[(32'h30)+:(16)];
        message[(64'h230)+:(32)] = beat$q[(32'h40)+:(32)];
        message[(64'h250)+:(32)] = beat$q[(32'h60)+:(32)];
        if (~beat_malformed$q && (beat$q[(32'h8)+:(8)] == 32'h1) && (beat$q[(32'h18)+:(8)] == 32'h2)) begin
            message[(64'h250)+:(32)] = 32'h0;
        end
        message[(64'h270)+:(32)] = beat$q[(32'h80)+:(32)];
        message[(64'h290)+:(64)] = beat$q[(32'hc0)+:(64)];
        message[(64'h2d0)+:(64)] = beat$q[(32'h100)+:(64)];
        message[(64'h310)+:(64)] = beat$q[(32'h140)+:(64)];
        message[(64'h350)+:(32)] = beat_key_hash$q;
    end
    
endmodule // gatebook_wide$ingress


module gatebook_wide$ingress$beat(d,q,clock);
    
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
          
endmodule // gatebook_wide$ingress$beat


module gatebook_wide$ingress$beat_control(d,q,clock);
    
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
          
endmodule // gatebook_wide$ingress$beat_control


module gatebook_wide$ingress$beat_key_hash(d,q,clock);
    
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
          
endmodule // gatebook_wide$ingress$beat_key_hash


module gatebook_wide$ingress$beat_malformed(d,q,clock);
    
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
          
endmodule // gatebook_wide$ingress$beat_malformed


module gatebook_wide$ingress$full(d,q,clock);
    
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
          
endmodule // gatebook_wide$ingress$full


module gatebook_wide$ingress$key_hasher(account,cl_ord_id,hash);
    
    // Module arguments
    input wire  [31:0] account;
    input wire  [63:0] cl_ord_id;
    output reg  [31:0] hash;
    
    // Constant declarations
    localparam  golden_low = 16'h79b1;
    localparam  golden_high = 16'h9e37;
    
    // Local signals
    reg  [31:0] fold;
    reg  [31:0] low_low;
    reg  [31:0] low_high;
    reg  [31:0] high_low;
    
    // Update code
    always @(*) begin
        fold = cl_ord_id[(32'h0)+:(32)] ^ cl_ord_id[(32'h20)+:(32)] ^ (account << 32'h10) ^ (account >> 32'h10);
        low_low = fold[(32'h0)+:(16)] * golden_low;
        low_high = fold[(32'h0)+:(16)] * golden_high;
        high_low = fold[(32'h10)+:(16)] * golden_low;
        hash = low_low + (low_high << 32'h10) + (high_low << 32'h10);
    end
    
endmodule // gatebook_wide$ingress$key_hasher


module gatebook_wide$matcher(clock,reset,msg_valid,msg_ready,message,report_valid,idle,report_ready,report,lane,shared,oldest,ids_cmd_valid,ids_cmd_ready,ids_cmd_op,ids_cmd_account,ids_cmd_cl_ord_id,ids_cmd_home,ids_cmd_slot,ids_done,ids_found,ids_found_slot,ids_post_valid,ids_post_ready,ids_post_account,ids_post_cl_ord_id,ids_post_home,ids_hold_posted,headroom_read_address,headroom_read_data,headroom_write_address,headroom_write_data,headroom_write_enable,removal_account,removal_hold,slot_ask,slot_granted,slot_full,kill_turn,kill_given,end_ready,done,slot_limit,done_returned,report_stamp);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  msg_valid;
    output reg  msg_ready;
    input wire  [879:0] message;
    output reg  report_valid;
    output reg  idle;
    input wire  report_ready;
    output reg  [399:0] report;
    input wire  [3:0] lane;
    input wire  shared;
    input wire  oldest;
    output reg  ids_cmd_valid;
    input wire  ids_cmd_ready;
    output reg  [1:0] ids_cmd_op;
    output reg  [31:0] ids_cmd_account;
    output reg  [63:0] ids_cmd_cl_ord_id;
    output reg  [16:0] ids_cmd_home;
    output reg  [15:0] ids_cmd_slot;
    input wire  ids_done;
    input wire  ids_found;
    input wire  [15:0] ids_found_slot;
    output reg  ids_post_valid;
    input wire  ids_post_ready;
    output reg  [31:0] ids_post_account;
    output reg  [63:0] ids_post_cl_ord_id;
    output reg  [16:0] ids_post_home;
    output reg  ids_hold_posted;
    output reg  [3:0] headroom_read_address;
    input wire  [63:0] headroom_read_data;
    output reg  [3:0] headroom_write_address;
    output reg  [63:0] headroom_write_data;
    output reg  headroom_write_enable;
    output reg  [3:0] removal_account;
    input wire  removal_hold;
    output reg  slot_ask;
    input wire  slot_granted;
    input wire  slot_full;
    input wire  kill_turn;
    output reg  kill_given;
    input wire  end_ready;
    output reg  done;
    output reg  [16:0] slot_limit;
    output reg  [16:0] done_returned;
    output reg  [63:0] report_stamp;
    
    // Constant declarations
    localparam  window_bits = 8'h10;
    localparam  hash_shift = 8'hf;
    localparam  instrument_bits = 8'h3;
    localparam  sweep_last = 24'hfffff;
    localparam  build_instruments = 32'h8;
    localparam  build_accounts = 32'h10;
    localparam  build_slots = 32'h10000;
    localparam  build_window = 32'h10000;
    localparam  bitmap_set = 2'b0;
    localparam  bitmap_clear = 2'b1;
    localparam  bitmap_below = 2'b10;
    localparam  bitmap_above = 2'b11;
    localparam  ids_find = 2'b0;
    localparam  ids_insert = 2'b1;
    localparam  ids_remove = 2'b10;
    localparam  ev_ack = 8'h1;
    localparam  ev_reject = 8'h2;
    localparam  ev_fill = 8'h3;
    localparam  ev_canceled = 8'h4;
    localparam  ev_expired = 8'h5;
    localparam  ev_replaced = 8'h6;
    localparam  no_reason = 8'h0;
    localparam  reason_unknown_account = 8'h1;
    localparam  reason_unknown_instrument = 8'h2;
    localparam  reason_account_disabled = 8'h3;
    localparam  reason_invalid_qty = 8'h6;
    localparam  reason_unknown_order = 8'hf;
    localparam  reason_user = 8'h10;
    localparam  reason_kill = 8'h11;
    localparam  reason_self_trade = 8'h12;
    localparam  reason_ioc = 8'h13;
    localparam  reason_fok = 8'h14;
    localparam  reason_malformed = 8'h15;
    localparam  msg_new = 8'h1;
    localparam  msg_cancel = 8'h2;
    localparam  msg_replace = 8'h3;
    localparam  msg_ref = 8'h4;
    localparam  msg_kill = 8'h5;
    localparam  msg_enable = 8'h6;
    localparam  msg_headroom = 8'h7;
    localparam  cfg_capacity = 8'h40;
    localparam  cfg_instrument = 8'h41;
    localparam  cfg_account = 8'h42;
    localparam  cfg_commit = 8'h43;
    localparam  tif_gtc = 8'h1;
    localparam  tif_fok = 8'h3;
    localparam  stp_incoming = 3'b10;
    localparam  stp_both = 3'b11;
    localparam  stp_none = 3'b100;
    localparam  no_slot = 17'b10000000000000000;
    localparam  side_none = 8'h0;
    localparam  side_buy = 8'h1;
    localparam  side_sell = 8'h2;
    localparam  columns_side_price_qty_leaves = 8'hf;
    localparam  columns_side_price_qty_leaves_contra = 8'h1f;
    localparam  columns_reason = 8'h20;
    localparam  columns_side_qty_reason = 8'h25;
    localparam  columns_price_qty_reason = 8'h26;
    localparam  columns_side_price_qty_reason = 8'h27;
    localparam  columns_side_price_qty_leaves_reason = 8'h2f;
    localparam  slot_shift = 16'h10;
    localparam  i64_max = 64'h7fffffffffffffff;
    
    // Enums
    localparam Step$Clearing = 0;
    localparam Step$Idle = 1;
    localparam Step$Emit = 2;
    localparam Step$Lookup = 3;
    localparam Step$MarketPrice = 4;
    localparam Step$Verdict = 5;
    localparam Step$FokLook = 6;
    localparam Step$FokAdd = 7;
    localparam Step$FokWait = 8;
    localparam Step$FokDecide = 9;
    localparam Step$ReleaseRead = 10;
    localparam Step$Release = 11;
    localparam Step$MatchTop = 12;
    localparam Step$MatchHead = 13;
    localparam Step$MatchMaker = 14;
    localparam Step$FillTaker = 15;
    localparam Step$FillGap = 16;
    localparam Step$FillMaker = 17;
    localparam Step$StpRemove = 18;
    localparam Step$MatchStopped = 19;
    localparam Step$MatchEnd = 20;
    localparam Step$RestAlloc = 21;
    localparam Step$RestRead = 22;
    localparam Step$RestLink = 23;
    localparam Step$Unlink0 = 24;
    localparam Step$Unlink1 = 25;
    localparam Step$UnlinkClearBest = 26;
    localparam Step$UnlinkSearchWait = 27;
    localparam Step$UnlinkForget = 28;
    localparam Step$CancelCheck = 29;
    localparam Step$ReplaceCheck = 30;
    localparam Step$ReplaceRelease = 31;
    localparam Step$ReplaceRisk = 32;
    localparam Step$ReplaceVerdict = 33;
    localparam Step$ReplaceHeadroom = 34;
    localparam Step$ReplaceInPlace = 35;
    localparam Step$KillRead = 36;
    localparam Step$KillNext = 37;
    localparam Step$KillSlot = 38;
    localparam Step$KillTurn = 39;
    localparam Step$KillGive = 40;
    
    // Stub signals
    reg  [3:0] accounts$read_address;
    reg  accounts$read_clock;
    wire  [167:0] accounts$read_data;
    reg  [3:0] accounts$write_address;
    reg  accounts$write_clock;
    reg  [167:0] accounts$write_data;
    reg  accounts$write_enable;
    reg  [3:0] account_ends$read_address;
    reg  account_ends$read_clock;
    wire  [33:0] account_ends$read_data;
    reg  [3:0] account_ends$write_address;
    reg  account_ends$write_clock;
    reg  [33:0] account_ends$write_data;
    reg  account_ends$write_enable;
    reg  [2:0] instruments$read_address;
    reg  instruments$read_clock;
    wire  [167:0] instruments$read_data;
    reg  [2:0] instruments$write_address;
    reg  instruments$write_clock;
    reg  [167:0] instruments$write_data;
    reg  instruments$write_enable;
    reg  ledger$clock;
    reg  [3:0] ledger$read_account;
    reg  [6:0] ledger$read_exposure;
    wire  [63:0] ledger$headroom;
    wire  [63:0] ledger$position;
    wire  [63:0] ledger$open_buy;
    wire  [63:0] ledger$open_sell;
    reg  [3:0] ledger$write_account;
    reg  ledger$headroom_set;
    reg  [63:0] ledger$headroom_value;
    reg  ledger$add;
    reg  [63:0] ledger$addend;
    reg  ledger$reserve;
    reg  [63:0] ledger$reservation;
    reg  [6:0] ledger$write_exposure;
    reg  ledger$exposure_clear;
    reg  ledger$fill;
    reg  ledger$open_change;
    reg  ledger$open_less;
    reg  ledger$sell;
    reg  [31:0] ledger$qty;
    reg  ledger$external_headroom;
    reg  [63:0] ledger$headroom_in;
    wire  [63:0] ledger$headroom_write_data;
    wire  ledger$headroom_write_enable;
    reg  [3:0] best$read_address;
    reg  best$read_clock;
    wire  [16:0] best$read_data;
    reg  [3:0] best$write_address;
    reg  best$write_clock;
    reg  [16:0] best$write_data;
    reg  best$write_enable;
    reg  [19:0] level_ends$read_address;
    reg  level_ends$read_clock;
    wire  [33:0] level_ends$read_data;
    reg  [19:0] level_ends$write_address;
    reg  level_ends$write_clock;
    reg  [33:0] level_ends$write_data;
    reg  level_ends$write_enable;
    reg  [19:0] level_totals$read_address;
    reg  level_totals$read_clock;
    wire  [47:0] level_totals$read_data;
    reg  [19:0] level_totals$write_address;
    reg  level_totals$write_clock;
    reg  [47:0] level_totals$write_data;
    reg  level_totals$write_enable;
    reg  [15:0] slot_ids$read_address;
    reg  slot_ids$read_clock;
    wire  [95:0] slot_ids$read_data;
    reg  [15:0] slot_ids$write_address;
    reg  slot_ids$write_clock;
    reg  [95:0] slot_ids$write_data;
    reg  slot_ids$write_enable;
    reg  [15:0] slot_terms$read_address;
    reg  slot_terms$read_clock;
    wire  [135:0] slot_terms$read_data;
    reg  [15:0] slot_terms$write_address;
    reg  slot_terms$write_clock;
    reg  [135:0] slot_terms$write_data;
    reg  slot_terms$write_enable;
    reg  level_links$clock;
    reg  [15:0] level_links$read_slot;
    wire  [16:0] level_links$prev_slot;
    wire  [16:0] level_links$next_slot;
    reg  level_links$terminate;
    reg  [15:0] level_links$terminate_slot;
    reg  level_links$append;
    reg  [15:0] level_links$append_slot;
    reg  [16:0] level_links$append_after;
    reg  level_links$unlink;
    reg  account_links$clock;
    reg  [15:0] account_links$read_slot;
    wire  [16:0] account_links$prev_slot;
    wire  [16:0] account_links$next_slot;
    reg  account_links$terminate;
    reg  [15:0] account_links$terminate_slot;
    reg  account_links$append;
    reg  [15:0] account_links$append_slot;
    reg  [16:0] account_links$append_after;
    reg  account_links$unlink;
    reg  [15:0] slot_homes$read_address;
    reg  slot_homes$read_clock;
    wire  [16:0] slot_homes$read_data;
    reg  [15:0] slot_homes$write_address;
    reg  slot_homes$write_clock;
    reg  [16:0] slot_homes$write_data;
    reg  slot_homes$write_enable;
    reg  bitmap$clock;
    reg  bitmap$reset;
    reg  bitmap$cmd_valid;
    wire  bitmap$cmd_ready;
    reg  [1:0] bitmap$cmd_op;
    reg  [15:0] bitmap$cmd_book;
    reg  [15:0] bitmap$cmd_index;
    wire  bitmap$done;
    wire  bitmap$found;
    wire  [15:0] bitmap$found_index;
    reg  order_ids$clock;
    reg  order_ids$reset;
    reg  order_ids$cmd_valid;
    wire  order_ids$cmd_ready;
    reg  [1:0] order_ids$cmd_op;
    reg  [31:0] order_ids$cmd_account;
    reg  [63:0] order_ids$cmd_cl_ord_id;
    reg  [16:0] order_ids$cmd_home;
    reg  [15:0] order_ids$cmd_slot;
    reg  order_ids$post_valid;
    wire  order_ids$post_ready;
    reg  [31:0] order_ids$post_account;
    reg  [63:0] order_ids$post_cl_ord_id;
    reg  [16:0] order_ids$post_home;
    reg  order_ids$hold_posted;
    wire  order_ids$done;
    wire  order_ids$found;
    wire  [15:0] order_ids$found_slot;
    reg  free_slots$clock;
    reg  free_slots$reset;
    reg  [16:0] free_slots$limit;
    wire  free_slots$has_free;
    wire  [15:0] free_slots$slot;
    reg  free_slots$alloc;
    reg  free_slots$give_back;
    reg  [15:0] free_slots$returned_slot;
    reg  risk$is_replace;
    reg  risk$account_known;
    reg  risk$instrument_known;
    reg  risk$enabled;
    reg  risk$duplicate;
    reg  risk$market;
    reg  [7:0] risk$tif;
    reg  risk$post_only;
    reg  risk$sell;
    reg  [31:0] risk$price;
    reg  [31:0] risk$qty;
    reg  [31:0] risk$max_order_qty;
    reg  [63:0] risk$max_order_notional;
    reg  [63:0] risk$max_position;
    reg  [63:0] risk$headroom;
    reg  [31:0] risk$price_base;
    reg  [31:0] risk$price_window;
    reg  [31:0] risk$reference_price;
    reg  [31:0] risk$collar;
    reg  [63:0] risk$position;
    reg  [63:0] risk$open_buy;
    reg  [63:0] risk$open_sell;
    reg  [31:0] risk$rate_buy;
    reg  [31:0] risk$rate_sell;
    reg  [67:0] risk$released_less_qty;
    reg  [63:0] risk$released_margin;
    reg  risk$would_cross;
    reg  risk$has_free_slot;
    wire  [13:0] risk$fails;
    wire  [63:0] risk$reservation;
    reg  [511:0] decoder$record;
    wire  [31:0] decoder$cap_instruments;
    wire  [31:0] decoder$cap_accounts;
    wire  [31:0] decoder$cap_order_slots;
    wire  [31:0] decoder$cap_price_window;
    wire  [15:0] decoder$instrument_id;
    wire  [167:0] decoder$instrument_row;
    wire  [31:0] decoder$account_id;
    wire  [167:0] decoder$account_row;
    wire  [63:0] decoder$headroom;
    reg  [167:0] account_row$row;
    wire  account_row$configured;
    wire  account_row$enabled;
    wire  [2:0] account_row$stp;
    wire  [31:0] account_row$max_order_qty;
    wire  [63:0] account_row$max_order_notional;
    wire  [63:0] account_row$max_position;
    wire  [167:0] account_row$enabled_row;
    wire  [167:0] account_row$disabled_row;
    reg  [167:0] instrument_row$row;
    wire  instrument_row$configured;
    wire  [31:0] instrument_row$price_base;
    wire  [31:0] instrument_row$reference;
    wire  [31:0] instrument_row$collar;
    wire  [31:0] instrument_row$rate_buy;
    wire  [31:0] instrument_row$rate_sell;
    reg  [31:0] instrument_row$new_value;
    reg  instrument_row$new_rate_sell;
    wire  [167:0] instrument_row$with_reference;
    wire  [167:0] instrument_row$with_rate;
    reg  [135:0] terms_row$row;
    wire  [31:0] terms_row$price;
    wire  [31:0] terms_row$leaves;
    wire  [31:0] terms_row$rate;
    wire  [15:0] terms_row$instrument;
    wire  terms_row$sell;
    wire  terms_row$post_only;
    wire  [2:0] terms_row$stp;
    wire  [15:0] terms_row$level;
    reg  [135:0] terms_write$row;
    reg  [31:0] terms_write$new_leaves;
    wire  [135:0] terms_write$with_leaves;
    reg  [31:0] terms_write$new_price;
    reg  [31:0] terms_write$new_rate;
    reg  [15:0] terms_write$new_instrument;
    reg  terms_write$new_sell;
    reg  terms_write$new_post_only;
    reg  [2:0] terms_write$new_stp;
    reg  [15:0] terms_write$new_level;
    wire  [135:0] terms_write$resting_row;
    reg  [31:0] give_product$a;
    reg  [31:0] give_product$b;
    wire  [63:0] give_product$product;
    reg  [63:0] addend_q$d;
    wire  [63:0] addend_q$q;
    reg  addend_q$clock;
    reg  [5:0] state$d;
    wire  [5:0] state$q;
    reg  state$clock;
    reg  [5:0] resume$d;
    wire  [5:0] resume$q;
    reg  resume$clock;
    reg  [5:0] after_release$d;
    wire  [5:0] after_release$q;
    reg  after_release$clock;
    reg  [5:0] after_remove$d;
    wire  [5:0] after_remove$q;
    reg  after_remove$clock;
    reg  [5:0] after_clear$d;
    wire  [5:0] after_clear$q;
    reg  after_clear$clock;
    reg  ahead_pending$d;
    wire  ahead_pending$q;
    reg  ahead_pending$clock;
    reg  ahead_valid$d;
    wire  ahead_valid$q;
    reg  ahead_valid$clock;
    reg  ahead_found$d;
    wire  ahead_found$q;
    reg  ahead_found$clock;
    reg  [15:0] ahead_index$d;
    wire  [15:0] ahead_index$q;
    reg  ahead_index$clock;
    reg  [23:0] sweep$d;
    wire  [23:0] sweep$q;
    reg  sweep$clock;
    reg  [31:0] cap_instruments$d;
    wire  [31:0] cap_instruments$q;
    reg  cap_instruments$clock;
    reg  [31:0] cap_accounts$d;
    wire  [31:0] cap_accounts$q;
    reg  cap_accounts$clock;
    reg  acct_in_range$d;
    wire  acct_in_range$q;
    reg  acct_in_range$clock;
    reg  inst_in_range$d;
    wire  inst_in_range$q;
    reg  inst_in_range$clock;
    reg  [31:0] cap_slots$d;
    wire  [31:0] cap_slots$q;
    reg  cap_slots$clock;
    reg  [31:0] cap_window$d;
    wire  [31:0] cap_window$q;
    reg  cap_window$clock;
    reg  [31:0] acct_ptr$d;
    wire  [31:0] acct_ptr$q;
    reg  acct_ptr$clock;
    reg  [15:0] inst_ptr$d;
    wire  [15:0] inst_ptr$q;
    reg  inst_ptr$clock;
    reg  [15:0] book_ptr$d;
    wire  [15:0] book_ptr$q;
    reg  book_ptr$clock;
    reg  [15:0] level_ptr$d;
    wire  [15:0] level_ptr$q;
    reg  level_ptr$clock;
    reg  [15:0] slot_ptr$d;
    wire  [15:0] slot_ptr$q;
    reg  slot_ptr$clock;
    reg  [7:0] m_type$d;
    wire  [7:0] m_type$q;
    reg  m_type$clock;
    reg  m_sell$d;
    wire  m_sell$q;
    reg  m_sell$clock;
    reg  [7:0] m_side$d;
    wire  [7:0] m_side$q;
    reg  m_side$clock;
    reg  [2:0] m_stp$d;
    wire  [2:0] m_stp$q;
    reg  m_stp$clock;
    reg  [15:0] m_inst$d;
    wire  [15:0] m_inst$q;
    reg  m_inst$clock;
    reg  [31:0] m_acct$d;
    wire  [31:0] m_acct$q;
    reg  m_acct$clock;
    reg  [31:0] m_price$d;
    wire  [31:0] m_price$q;
    reg  m_price$clock;
    reg  [31:0] m_qty$d;
    wire  [31:0] m_qty$q;
    reg  m_qty$clock;
    reg  [63:0] m_id$d;
    wire  [63:0] m_id$q;
    reg  m_id$clock;
    reg  [16:0] m_home$d;
    wire  [16:0] m_home$q;
    reg  m_home$clock;
    reg  [63:0] m_seq$d;
    wire  [63:0] m_seq$q;
    reg  m_seq$clock;
    reg  id_found$d;
    wire  id_found$q;
    reg  id_found$clock;
    reg  [15:0] id_slot$d;
    wire  [15:0] id_slot$q;
    reg  id_slot$clock;
    reg  taker_sell$d;
    wire  taker_sell$q;
    reg  taker_sell$clock;
    reg  [31:0] eff_price$d;
    wire  [31:0] eff_price$q;
    reg  eff_price$clock;
    reg  [15:0] limit_idx$d;
    wire  [15:0] limit_idx$q;
    reg  limit_idx$clock;
    reg  crosses_early$d;
    wire  crosses_early$q;
    reg  crosses_early$clock;
    reg  [31:0] rate$d;
    wire  [31:0] rate$q;
    reg  rate$clock;
    reg  [2:0] stp_eff$d;
    wire  [2:0] stp_eff$q;
    reg  stp_eff$clock;
    reg  post_only_eff$d;
    wire  post_only_eff$q;
    reg  post_only_eff$clock;
    reg  [31:0] remaining$d;
    wire  [31:0] remaining$q;
    reg  remaining$clock;
    reg  [63:0] reserved$d;
    wire  [63:0] reserved$q;
    reg  reserved$clock;
    reg  replacing$d;
    wire  replacing$q;
    reg  replacing$clock;
    reg  order_sell$d;
    wire  order_sell$q;
    reg  order_sell$clock;
    reg  order_market$d;
    wire  order_market$q;
    reg  order_market$clock;
    reg  [7:0] order_tif$d;
    wire  [7:0] order_tif$q;
    reg  order_tif$clock;
    reg  order_post_only$d;
    wire  order_post_only$q;
    reg  order_post_only$clock;
    reg  [63:0] order_released$d;
    wire  [63:0] order_released$q;
    reg  order_released$clock;
    reg  [16:0] fok_level$d;
    wire  [16:0] fok_level$q;
    reg  fok_level$clock;
    reg  [64:0] fok_short$d;
    wire  [64:0] fok_short$q;
    reg  fok_short$clock;
    reg  [13:0] verdict_fails$d;
    wire  [13:0] verdict_fails$q;
    reg  verdict_fails$clock;
    reg  [13:0] verdict_code$fails;
    wire  [7:0] verdict_code$reason;
    reg  [31:0] order_price_q$d;
    wire  [31:0] order_price_q$q;
    reg  order_price_q$clock;
    reg  [31:0] verdict_rate$d;
    wire  [31:0] verdict_rate$q;
    reg  verdict_rate$clock;
    reg  [63:0] verdict_reservation$d;
    wire  [63:0] verdict_reservation$q;
    reg  verdict_reservation$clock;
    reg  [15:0] maker_slot$d;
    wire  [15:0] maker_slot$q;
    reg  maker_slot$clock;
    reg  [31:0] maker_acct$d;
    wire  [31:0] maker_acct$q;
    reg  maker_acct$clock;
    reg  [63:0] maker_id$d;
    wire  [63:0] maker_id$q;
    reg  maker_id$clock;
    reg  [16:0] maker_home$d;
    wire  [16:0] maker_home$q;
    reg  maker_home$clock;
    reg  [31:0] maker_price$d;
    wire  [31:0] maker_price$q;
    reg  maker_price$clock;
    reg  [31:0] maker_leaves$d;
    wire  [31:0] maker_leaves$q;
    reg  maker_leaves$clock;
    reg  [31:0] maker_rate$d;
    wire  [31:0] maker_rate$q;
    reg  maker_rate$clock;
    reg  [15:0] maker_level$d;
    wire  [15:0] maker_level$q;
    reg  maker_level$clock;
    reg  [31:0] fill_qty$d;
    wire  [31:0] fill_qty$q;
    reg  fill_qty$clock;
    reg  [31:0] maker_left$d;
    wire  [31:0] maker_left$q;
    reg  maker_left$clock;
    reg  [15:0] v_slot$d;
    wire  [15:0] v_slot$q;
    reg  v_slot$clock;
    reg  [31:0] v_acct$d;
    wire  [31:0] v_acct$q;
    reg  v_acct$clock;
    reg  [15:0] v_inst$d;
    wire  [15:0] v_inst$q;
    reg  v_inst$clock;
    reg  v_sell$d;
    wire  v_sell$q;
    reg  v_sell$clock;
    reg  [15:0] v_level$d;
    wire  [15:0] v_level$q;
    reg  v_level$clock;
    reg  [31:0] v_counted$d;
    wire  [31:0] v_counted$q;
    reg  v_counted$clock;
    reg  v_unrest$d;
    wire  v_unrest$q;
    reg  v_unrest$clock;
    reg  v_forget$d;
    wire  v_forget$q;
    reg  v_forget$clock;
    reg  v_release$d;
    wire  v_release$q;
    reg  v_release$clock;
    reg  v_level_stays$d;
    wire  v_level_stays$q;
    reg  v_level_stays$clock;
    reg  maker_last$d;
    wire  maker_last$q;
    reg  maker_last$clock;
    reg  [63:0] v_id$d;
    wire  [63:0] v_id$q;
    reg  v_id$clock;
    reg  [16:0] v_home$d;
    wire  [16:0] v_home$q;
    reg  v_home$clock;
    reg  [31:0] give_acct$d;
    wire  [31:0] give_acct$q;
    reg  give_acct$clock;
    reg  [31:0] give_qty$d;
    wire  [31:0] give_qty$q;
    reg  give_qty$clock;
    reg  [31:0] give_rate$d;
    wire  [31:0] give_rate$q;
    reg  give_rate$clock;
    reg  [15:0] r_slot$d;
    wire  [15:0] r_slot$q;
    reg  r_slot$clock;
    reg  [31:0] r_old_leaves$d;
    wire  [31:0] r_old_leaves$q;
    reg  r_old_leaves$clock;
    reg  [67:0] released_less_qty$d;
    wire  [67:0] released_less_qty$q;
    reg  released_less_qty$clock;
    reg  [31:0] r_old_rate$d;
    wire  [31:0] r_old_rate$q;
    reg  r_old_rate$clock;
    reg  r_sell$d;
    wire  r_sell$q;
    reg  r_sell$clock;
    reg  r_post_only$d;
    wire  r_post_only$q;
    reg  r_post_only$clock;
    reg  [2:0] r_stp$d;
    wire  [2:0] r_stp$q;
    reg  r_stp$clock;
    reg  [15:0] r_level$d;
    wire  [15:0] r_level$q;
    reg  r_level$clock;
    reg  [15:0] rest_slot$d;
    wire  [15:0] rest_slot$q;
    reg  rest_slot$clock;
    reg  rest_new$d;
    wire  rest_new$q;
    reg  rest_new$clock;
    reg  fill_unlink$d;
    wire  fill_unlink$q;
    reg  fill_unlink$clock;
    reg  [399:0] rep$d;
    wire  [399:0] rep$q;
    reg  rep$clock;
    reg  rep_pending$d;
    wire  rep_pending$q;
    reg  rep_pending$clock;
    reg  committed$d;
    wire  committed$q;
    reg  committed$clock;
    reg  [31:0] price_in_force$d;
    wire  [31:0] price_in_force$q;
    reg  price_in_force$clock;
    reg  find_pending$d;
    wire  find_pending$q;
    reg  find_pending$clock;
    reg  [15:0] slot_stamps$read_address;
    reg  slot_stamps$read_clock;
    wire  [63:0] slot_stamps$read_data;
    reg  [15:0] slot_stamps$write_address;
    reg  slot_stamps$write_clock;
    reg  [63:0] slot_stamps$write_data;
    reg  slot_stamps$write_enable;
    reg  [63:0] rep_stamp$d;
    wire  [63:0] rep_stamp$q;
    reg  rep_stamp$clock;
    reg  lookup_seen$d;
    wire  lookup_seen$q;
    reg  lookup_seen$clock;
    reg  dup_wait$d;
    wire  dup_wait$q;
    reg  dup_wait$clock;
    reg  slot_granted_q$d;
    wire  slot_granted_q$q;
    reg  slot_granted_q$clock;
    reg  slot_full_q$d;
    wire  slot_full_q$q;
    reg  slot_full_q$clock;
    reg  took_slot$d;
    wire  took_slot$q;
    reg  took_slot$clock;
    reg  [16:0] freed$d;
    wire  [16:0] freed$q;
    reg  freed$clock;
    reg  [79:0] kill_sum$d;
    wire  [79:0] kill_sum$q;
    reg  kill_sum$clock;
    reg  msg_open$d;
    wire  msg_open$q;
    reg  msg_open$clock;
    
    // Local signals
    reg  order_crosses;
    reg  posting;
    reg  removal_ready;
    reg  [31:0] acct_next;
    reg  [15:0] inst_next;
    reg  [15:0] book_next;
    reg  [15:0] level_next_ptr;
    reg  [15:0] slot_next;
    reg  a_enabled;
    reg  [2:0] a_stp;
    reg  [31:0] i_base;
    reg  [31:0] i_reference;
    reg  [31:0] i_collar;
    reg  [31:0] i_rate_buy;
    reg  [31:0] i_rate_sell;
    reg  [31:0] t_price;
    reg  [31:0] t_leaves;
    reg  [31:0] t_rate;
    reg  [15:0] t_inst;
    reg  t_sell;
    reg  t_post_only;
    reg  [2:0] t_stp;
    reg  [15:0] t_level;
    reg  [63:0] s_id;
    reg  [31:0] s_acct;
    reg  own_maker;
    reg  expire_taker;
    reg  [7:0] expiry_reason;
    reg  [3:0] msg_acct_low;
    reg  [2:0] msg_inst_low;
    reg  [15:0] msg_opposite_book;
    reg  same_acct_as_order;
    reg  same_inst_as_order;
    reg  [15:0] taker_opposite_book;
    reg  [16:0] s_home;
    reg  [16:0] key_home;
    reg  [16:0] le_head;
    reg  [16:0] le_tail;
    reg  [16:0] ae_oldest;
    reg  [16:0] ae_newest;
    reg  best_empty;
    reg  [15:0] best_idx;
    reg  acct_known;
    reg  inst_known;
    reg  [32:0] window_top;
    reg  [32:0] reach;
    reg  [31:0] protection;
    reg  [31:0] order_price;
    reg  [15:0] order_level;
    reg  [31:0] order_rate;
    reg  best_crosses;
    reg  fok_crosses;
    reg  ahead_crosses;
    reg  [7:0] taker_side_code;
    reg  [7:0] maker_side_code;
    reg  [31:0] fill_now;
    reg  maker_filled;
    reg  [31:0] taker_left_if_maker_filled;
    reg  [31:0] maker_left_if_taker_filled;
    reg  [47:0] total_less_maker;
    reg  [47:0] total_less_taker;
    reg  [31:0] fill_left_maker;
    reg  [31:0] fill_left_taker;
    reg  [47:0] fill_left_total;
    reg  [16:0] new_head;
    reg  [16:0] new_tail;
    reg  [16:0] new_oldest;
    reg  [16:0] new_newest;
    reg  can_report;
    reg  emit_now;
    reg  take_slot;
    reg  maker_fill;
    reg  [5:0] state_next;
    reg  [5:0] resume_next;
    reg  overlap_ok;
    reg  [63:0] s_stamp;
    reg  ids_cmd_ready_now;
    reg  ids_post_ready_now;
    reg  ids_done_now;
    reg  ids_found_any;
    reg  [15:0] ids_found_slot_now;
    reg  found_lane_ok;
    reg  id_found_use;
    reg  lookup_now;
    reg  slot_asking;
    reg  slot_granted_now;
    reg  slot_answered;
    reg  [79:0] kill_total;
    reg  taking;
    
    // Sub module instances
    gatebook_wide$matcher$accounts accounts(
        .read_address(accounts$read_address),
        .read_clock(accounts$read_clock),
        .read_data(accounts$read_data),
        .write_address(accounts$write_address),
        .write_clock(accounts$write_clock),
        .write_data(accounts$write_data),
        .write_enable(accounts$write_enable)
    );
    gatebook_wide$matcher$account_ends account_ends(
        .read_address(account_ends$read_address),
        .read_clock(account_ends$read_clock),
        .read_data(account_ends$read_data),
        .write_address(account_ends$write_address),
        .write_clock(account_ends$write_clock),
        .write_data(account_ends$write_data),
        .write_enable(account_ends$write_enable)
    );
    gatebook_wide$matcher$instruments instruments(
        .read_address(instruments$read_address),
        .read_clock(instruments$read_clock),
        .read_data(instruments$read_data),
        .write_address(instruments$write_address),
        .write_clock(instruments$write_clock),
        .write_data(instruments$write_data),
        .write_enable(instruments$write_enable)
    );
    gatebook_wide$matcher$ledger ledger(
        .clock(ledger$clock),
        .read_account(ledger$read_account),
        .read_exposure(ledger$read_exposure),
        .headroom(ledger$headroom),
        .position(ledger$position),
        .open_buy(ledger$open_buy),
        .open_sell(ledger$open_sell),
        .write_account(ledger$write_account),
        .headroom_set(ledger$headroom_set),
        .headroom_value(ledger$headroom_value),
        .add(ledger$add),
        .addend(ledger$addend),
        .reserve(ledger$reserve),
        .reservation(ledger$reservation),
        .write_exposure(ledger$write_exposure),
        .exposure_clear(ledger$exposure_clear),
        .fill(ledger$fill),
        .open_change(ledger$open_change),
        .open_less(ledger$open_less),
        .sell(ledger$sell),
        .qty(ledger$qty),
        .external_headroom(ledger$external_headroom),
        .headroom_in(ledger$headroom_in),
        .headroom_write_data(ledger$headroom_write_data),
        .headroom_write_enable(ledger$headroom_write_enable)
    );
    gatebook_wide$matcher$best best(
        .read_address(best$read_address),
        .read_clock(best$read_clock),
        .read_data(best$read_data),
        .write_address(best$write_address),
        .write_clock(best$write_clock),
        .write_data(best$write_data),
        .write_enable(best$write_enable)
    );
    gatebook_wide$matcher$level_ends level_ends(
        .read_address(level_ends$read_address),
        .read_clock(level_ends$read_clock),
        .read_data(level_ends$read_data),
        .write_address(level_ends$write_address),
        .write_clock(level_ends$write_clock),
        .write_data(level_ends$write_data),
        .write_enable(level_ends$write_enable)
    );
    gatebook_wide$matcher$level_totals level_totals(
        .read_address(level_totals$read_address),
        .read_clock(level_totals$read_clock),
        .read_data(level_totals$read_data),
        .write_address(level_totals$write_address),
        .write_clock(level_totals$write_clock),
        .write_data(level_totals$write_data),
        .write_enable(level_totals$write_enable)
    );
    gatebook_wide$matcher$slot_ids slot_ids(
        .read_address(slot_ids$read_address),
        .read_clock(slot_ids$read_clock),
        .read_data(slot_ids$read_data),
        .write_address(slot_ids$write_address),
        .write_clock(slot_ids$write_clock),
        .write_data(slot_ids$write_data),
        .write_enable(slot_ids$write_enable)
    );
    gatebook_wide$matcher$slot_terms slot_terms(
        .read_address(slot_terms$read_address),
        .read_clock(slot_terms$read_clock),
        .read_data(slot_terms$read_data),
        .write_address(slot_terms$write_address),
        .write_clock(slot_terms$write_clock),
        .write_data(slot_terms$write_data),
        .write_enable(slot_terms$write_enable)
    );
    gatebook_wide$matcher$level_links level_links(
        .clock(level_links$clock),
        .read_slot(level_links$read_slot),
        .prev_slot(level_links$prev_slot),
        .next_slot(level_links$next_slot),
        .terminate(level_links$terminate),
        .terminate_slot(level_links$terminate_slot),
        .append(level_links$append),
        .append_slot(level_links$append_slot),
        .append_after(level_links$append_after),
        .unlink(level_links$unlink)
    );
    gatebook_wide$matcher$account_links account_links(
        .clock(account_links$clock),
        .read_slot(account_links$read_slot),
        .prev_slot(account_links$prev_slot),
        .next_slot(account_links$next_slot),
        .terminate(account_links$terminate),
        .terminate_slot(account_links$terminate_slot),
        .append(account_links$append),
        .append_slot(account_links$append_slot),
        .append_after(account_links$append_after),
        .unlink(account_links$unlink)
    );
    gatebook_wide$matcher$slot_homes slot_homes(
        .read_address(slot_homes$read_address),
        .read_clock(slot_homes$read_clock),
        .read_data(slot_homes$read_data),
        .write_address(slot_homes$write_address),
        .write_clock(slot_homes$write_clock),
        .write_data(slot_homes$write_data),
        .write_enable(slot_homes$write_enable)
    );
    gatebook_wide$matcher$bitmap bitmap(
        .clock(bitmap$clock),
        .reset(bitmap$reset),
        .cmd_valid(bitmap$cmd_valid),
        .cmd_ready(bitmap$cmd_ready),
        .cmd_op(bitmap$cmd_op),
        .cmd_book(bitmap$cmd_book),
        .cmd_index(bitmap$cmd_index),
        .done(bitmap$done),
        .found(bitmap$found),
        .found_index(bitmap$found_index)
    );
    gatebook_wide$matcher$order_ids order_ids(
        .clock(order_ids$clock),
        .reset(order_ids$reset),
        .cmd_valid(order_ids$cmd_valid),
        .cmd_ready(order_ids$cmd_ready),
        .cmd_op(order_ids$cmd_op),
        .cmd_account(order_ids$cmd_account),
        .cmd_cl_ord_id(order_ids$cmd_cl_ord_id),
        .cmd_home(order_ids$cmd_home),
        .cmd_slot(order_ids$cmd_slot),
        .post_valid(order_ids$post_valid),
        .post_ready(order_ids$post_ready),
        .post_account(order_ids$post_account),
        .post_cl_ord_id(order_ids$post_cl_ord_id),
        .post_home(order_ids$post_home),
        .hold_posted(order_ids$hold_posted),
        .done(order_ids$done),
        .found(order_ids$found),
        .found_slot(order_ids$found_slot)
    );
    gatebook_wide$matcher$free_slots free_slots(
        .clock(free_slots$clock),
        .reset(free_slots$reset),
        .limit(free_slots$limit),
        .has_free(free_slots$has_free),
        .slot(free_slots$slot),
        .alloc(free_slots$alloc),
        .give_back(free_slots$give_back),
        .returned_slot(free_slots$returned_slot)
    );
    gatebook_wide$matcher$risk risk(
        .is_replace(risk$is_replace),
        .account_known(risk$account_known),
        .instrument_known(risk$instrument_known),
        .enabled(risk$enabled),
        .duplicate(risk$duplicate),
        .market(risk$market),
        .tif(risk$tif),
        .post_only(risk$post_only),
        .sell(risk$sell),
        .price(risk$price),
        .qty(risk$qty),
        .max_order_qty(risk$max_order_qty),
        .max_order_notional(risk$max_order_notional),
        .max_position(risk$max_position),
        .headroom(risk$headroom),
        .price_base(risk$price_base),
        .price_window(risk$price_window),
        .reference_price(risk$reference_price),
        .collar(risk$collar),
        .position(risk$position),
        .open_buy(risk$open_buy),
        .open_sell(risk$open_sell),
        .rate_buy(risk$rate_buy),
        .rate_sell(risk$rate_sell),
        .released_less_qty(risk$released_less_qty),
        .released_margin(risk$released_margin),
        .would_cross(risk$would_cross),
        .has_free_slot(risk$has_free_slot),
        .fails(risk$fails),
        .reservation(risk$reservation)
    );
    gatebook_wide$matcher$decoder decoder(
        .record(decoder$record),
        .cap_instruments(decoder$cap_instruments),
        .cap_accounts(decoder$cap_accounts),
        .cap_order_slots(decoder$cap_order_slots),
        .cap_price_window(decoder$cap_price_window),
        .instrument_id(decoder$instrument_id),
        .instrument_row(decoder$instrument_row),
        .account_id(decoder$account_id),
        .account_row(decoder$account_row),
        .headroom(decoder$headroom)
    );
    gatebook_wide$matcher$account_row account_row(
        .row(account_row$row),
        .configured(account_row$configured),
        .enabled(account_row$enabled),
        .stp(account_row$stp),
        .max_order_qty(account_row$max_order_qty),
        .max_order_notional(account_row$max_order_notional),
        .max_position(account_row$max_position),
        .enabled_row(account_row$enabled_row),
        .disabled_row(account_row$disabled_row)
    );
    gatebook_wide$matcher$instrument_row instrument_row(
        .row(instrument_row$row),
        .configured(instrument_row$configured),
        .price_base(instrument_row$price_base),
        .reference(instrument_row$reference),
        .collar(instrument_row$collar),
        .rate_buy(instrument_row$rate_buy),
        .rate_sell(instrument_row$rate_sell),
        .new_value(instrument_row$new_value),
        .new_rate_sell(instrument_row$new_rate_sell),
        .with_reference(instrument_row$with_reference),
        .with_rate(instrument_row$with_rate)
    );
    gatebook_wide$matcher$terms_row terms_row(
        .row(terms_row$row),
        .price(terms_row$price),
        .leaves(terms_row$leaves),
        .rate(terms_row$rate),
        .instrument(terms_row$instrument),
        .sell(terms_row$sell),
        .post_only(terms_row$post_only),
        .stp(terms_row$stp),
        .level(terms_row$level)
    );
    gatebook_wide$matcher$terms_write terms_write(
        .row(terms_write$row),
        .new_leaves(terms_write$new_leaves),
        .with_leaves(terms_write$with_leaves),
        .new_price(terms_write$new_price),
        .new_rate(terms_write$new_rate),
        .new_instrument(terms_write$new_instrument),
        .new_sell(terms_write$new_sell),
        .new_post_only(terms_write$new_post_only),
        .new_stp(terms_write$new_stp),
        .new_level(terms_write$new_level),
        .resting_row(terms_write$resting_row)
    );
    gatebook_wide$matcher$give_product give_product(
        .a(give_product$a),
        .b(give_product$b),
        .product(give_product$product)
    );
    gatebook_wide$matcher$addend_q addend_q(
        .d(addend_q$d),
        .q(addend_q$q),
        .clock(addend_q$clock)
    );
    gatebook_wide$matcher$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_wide$matcher$resume resume(
        .d(resume$d),
        .q(resume$q),
        .clock(resume$clock)
    );
    gatebook_wide$matcher$after_release after_release(
        .d(after_release$d),
        .q(after_release$q),
        .clock(after_release$clock)
    );
    gatebook_wide$matcher$after_remove after_remove(
        .d(after_remove$d),
        .q(after_remove$q),
        .clock(after_remove$clock)
    );
    gatebook_wide$matcher$after_clear after_clear(
        .d(after_clear$d),
        .q(after_clear$q),
        .clock(after_clear$clock)
    );
    gatebook_wide$matcher$ahead_pending ahead_pending(
        .d(ahead_pending$d),
        .q(ahead_pending$q),
        .clock(ahead_pending$clock)
    );
    gatebook_wide$matcher$ahead_valid ahead_valid(
        .d(ahead_valid$d),
        .q(ahead_valid$q),
        .clock(ahead_valid$clock)
    );
    gatebook_wide$matcher$ahead_found ahead_found(
        .d(ahead_found$d),
        .q(ahead_found$q),
        .clock(ahead_found$clock)
    );
    gatebook_wide$matcher$ahead_index ahead_index(
        .d(ahead_index$d),
        .q(ahead_index$q),
        .clock(ahead_index$clock)
    );
    gatebook_wide$matcher$sweep sweep(
        .d(sweep$d),
        .q(sweep$q),
        .clock(sweep$clock)
    );
    gatebook_wide$matcher$cap_instruments cap_instruments(
        .d(cap_instruments$d),
        .q(cap_instruments$q),
        .clock(cap_instruments$clock)
    );
    gatebook_wide$matcher$cap_accounts cap_accounts(
        .d(cap_accounts$d),
        .q(cap_accounts$q),
        .clock(cap_accounts$clock)
    );
    gatebook_wide$matcher$acct_in_range acct_in_range(
        .d(acct_in_range$d),
        .q(acct_in_range$q),
        .clock(acct_in_range$clock)
    );
    gatebook_wide$matcher$inst_in_range inst_in_range(
        .d(inst_in_range$d),
        .q(inst_in_range$q),
        .clock(inst_in_range$clock)
    );
    gatebook_wide$matcher$cap_slots cap_slots(
        .d(cap_slots$d),
        .q(cap_slots$q),
        .clock(cap_slots$clock)
    );
    gatebook_wide$matcher$cap_window cap_window(
        .d(cap_window$d),
        .q(cap_window$q),
        .clock(cap_window$clock)
    );
    gatebook_wide$matcher$acct_ptr acct_ptr(
        .d(acct_ptr$d),
        .q(acct_ptr$q),
        .clock(acct_ptr$clock)
    );
    gatebook_wide$matcher$inst_ptr inst_ptr(
        .d(inst_ptr$d),
        .q(inst_ptr$q),
        .clock(inst_ptr$clock)
    );
    gatebook_wide$matcher$book_ptr book_ptr(
        .d(book_ptr$d),
        .q(book_ptr$q),
        .clock(book_ptr$clock)
    );
    gatebook_wide$matcher$level_ptr level_ptr(
        .d(level_ptr$d),
        .q(level_ptr$q),
        .clock(level_ptr$clock)
    );
    gatebook_wide$matcher$slot_ptr slot_ptr(
        .d(slot_ptr$d),
        .q(slot_ptr$q),
        .clock(slot_ptr$clock)
    );
    gatebook_wide$matcher$m_type m_type(
        .d(m_type$d),
        .q(m_type$q),
        .clock(m_type$clock)
    );
    gatebook_wide$matcher$m_sell m_sell(
        .d(m_sell$d),
        .q(m_sell$q),
        .clock(m_sell$clock)
    );
    gatebook_wide$matcher$m_side m_side(
        .d(m_side$d),
        .q(m_side$q),
        .clock(m_side$clock)
    );
    gatebook_wide$matcher$m_stp m_stp(
        .d(m_stp$d),
        .q(m_stp$q),
        .clock(m_stp$clock)
    );
    gatebook_wide$matcher$m_inst m_inst(
        .d(m_inst$d),
        .q(m_inst$q),
        .clock(m_inst$clock)
    );
    gatebook_wide$matcher$m_acct m_acct(
        .d(m_acct$d),
        .q(m_acct$q),
        .clock(m_acct$clock)
    );
    gatebook_wide$matcher$m_price m_price(
        .d(m_price$d),
        .q(m_price$q),
        .clock(m_price$clock)
    );
    gatebook_wide$matcher$m_qty m_qty(
        .d(m_qty$d),
        .q(m_qty$q),
        .clock(m_qty$clock)
    );
    gatebook_wide$matcher$m_id m_id(
        .d(m_id$d),
        .q(m_id$q),
        .clock(m_id$clock)
    );
    gatebook_wide$matcher$m_home m_home(
        .d(m_home$d),
        .q(m_home$q),
        .clock(m_home$clock)
    );
    gatebook_wide$matcher$m_seq m_seq(
        .d(m_seq$d),
        .q(m_seq$q),
        .clock(m_seq$clock)
    );
    gatebook_wide$matcher$id_found id_found(
        .d(id_found$d),
        .q(id_found$q),
        .clock(id_found$clock)
    );
    gatebook_wide$matcher$id_slot id_slot(
        .d(id_slot$d),
        .q(id_slot$q),
        .clock(id_slot$clock)
    );
    gatebook_wide$matcher$taker_sell taker_sell(
        .d(taker_sell$d),
        .q(taker_sell$q),
        .clock(taker_sell$clock)
    );
    gatebook_wide$matcher$eff_price eff_price(
        .d(eff_price$d),
        .q(eff_price$q),
        .clock(eff_price$clock)
    );
    gatebook_wide$matcher$limit_idx limit_idx(
        .d(limit_idx$d),
        .q(limit_idx$q),
        .clock(limit_idx$clock)
    );
    gatebook_wide$matcher$crosses_early crosses_early(
        .d(crosses_early$d),
        .q(crosses_early$q),
        .clock(crosses_early$clock)
    );
    gatebook_wide$matcher$rate rate(
        .d(rate$d),
        .q(rate$q),
        .clock(rate$clock)
    );
    gatebook_wide$matcher$stp_eff stp_eff(
        .d(stp_eff$d),
        .q(stp_eff$q),
        .clock(stp_eff$clock)
    );
    gatebook_wide$matcher$post_only_eff post_only_eff(
        .d(post_only_eff$d),
        .q(post_only_eff$q),
        .clock(post_only_eff$clock)
    );
    gatebook_wide$matcher$remaining remaining(
        .d(remaining$d),
        .q(remaining$q),
        .clock(remaining$clock)
    );
    gatebook_wide$matcher$reserved reserved(
        .d(reserved$d),
        .q(reserved$q),
        .clock(reserved$clock)
    );
    gatebook_wide$matcher$replacing replacing(
        .d(replacing$d),
        .q(replacing$q),
        .clock(replacing$clock)
    );
    gatebook_wide$matcher$order_sell order_sell(
        .d(order_sell$d),
        .q(order_sell$q),
        .clock(order_sell$clock)
    );
    gatebook_wide$matcher$order_market order_market(
        .d(order_market$d),
        .q(order_market$q),
        .clock(order_market$clock)
    );
    gatebook_wide$matcher$order_tif order_tif(
        .d(order_tif$d),
        .q(order_tif$q),
        .clock(order_tif$clock)
    );
    gatebook_wide$matcher$order_post_only order_post_only(
        .d(order_post_only$d),
        .q(order_post_only$q),
        .clock(order_post_only$clock)
    );
    gatebook_wide$matcher$order_released order_released(
        .d(order_released$d),
        .q(order_released$q),
        .clock(order_released$clock)
    );
    gatebook_wide$matcher$fok_level fok_level(
        .d(fok_level$d),
        .q(fok_level$q),
        .clock(fok_level$clock)
    );
    gatebook_wide$matcher$fok_short fok_short(
        .d(fok_short$d),
        .q(fok_short$q),
        .clock(fok_short$clock)
    );
    gatebook_wide$matcher$verdict_fails verdict_fails(
        .d(verdict_fails$d),
        .q(verdict_fails$q),
        .clock(verdict_fails$clock)
    );
    gatebook_wide$matcher$verdict_code verdict_code(
        .fails(verdict_code$fails),
        .reason(verdict_code$reason)
    );
    gatebook_wide$matcher$order_price_q order_price_q(
        .d(order_price_q$d),
        .q(order_price_q$q),
        .clock(order_price_q$clock)
    );
    gatebook_wide$matcher$verdict_rate verdict_rate(
        .d(verdict_rate$d),
        .q(verdict_rate$q),
        .clock(verdict_rate$clock)
    );
    gatebook_wide$matcher$verdict_reservation verdict_reservation(
        .d(verdict_reservation$d),
        .q(verdict_reservation$q),
        .clock(verdict_reservation$clock)
    );
    gatebook_wide$matcher$maker_slot maker_slot(
        .d(maker_slot$d),
        .q(maker_slot$q),
        .clock(maker_slot$clock)
    );
    gatebook_wide$matcher$maker_acct maker_acct(
        .d(maker_acct$d),
        .q(maker_acct$q),
        .clock(maker_acct$clock)
    );
    gatebook_wide$matcher$maker_id maker_id(
        .d(maker_id$d),
        .q(maker_id$q),
        .clock(maker_id$clock)
    );
    gatebook_wide$matcher$maker_home maker_home(
        .d(maker_home$d),
        .q(maker_home$q),
        .clock(maker_home$clock)
    );
    gatebook_wide$matcher$maker_price maker_price(
        .d(maker_price$d),
        .q(maker_price$q),
        .clock(maker_price$clock)
    );
    gatebook_wide$matcher$maker_leaves maker_leaves(
        .d(maker_leaves$d),
        .q(maker_leaves$q),
        .clock(maker_leaves$clock)
    );
    gatebook_wide$matcher$maker_rate maker_rate(
        .d(maker_rate$d),
        .q(maker_rate$q),
        .clock(maker_rate$clock)
    );
    gatebook_wide$matcher$maker_level maker_level(
        .d(maker_level$d),
        .q(maker_level$q),
        .clock(maker_level$clock)
    );
    gatebook_wide$matcher$fill_qty fill_qty(
        .d(fill_qty$d),
        .q(fill_qty$q),
        .clock(fill_qty$clock)
    );
    gatebook_wide$matcher$maker_left maker_left(
        .d(maker_left$d),
        .q(maker_left$q),
        .clock(maker_left$clock)
    );
    gatebook_wide$matcher$v_slot v_slot(
        .d(v_slot$d),
        .q(v_slot$q),
        .clock(v_slot$clock)
    );
    gatebook_wide$matcher$v_acct v_acct(
        .d(v_acct$d),
        .q(v_acct$q),
        .clock(v_acct$clock)
    );
    gatebook_wide$matcher$v_inst v_inst(
        .d(v_inst$d),
        .q(v_inst$q),
        .clock(v_inst$clock)
    );
    gatebook_wide$matcher$v_sell v_sell(
        .d(v_sell$d),
        .q(v_sell$q),
        .clock(v_sell$clock)
    );
    gatebook_wide$matcher$v_level v_level(
        .d(v_level$d),
        .q(v_level$q),
        .clock(v_level$clock)
    );
    gatebook_wide$matcher$v_counted v_counted(
        .d(v_counted$d),
        .q(v_counted$q),
        .clock(v_counted$clock)
    );
    gatebook_wide$matcher$v_unrest v_unrest(
        .d(v_unrest$d),
        .q(v_unrest$q),
        .clock(v_unrest$clock)
    );
    gatebook_wide$matcher$v_forget v_forget(
        .d(v_forget$d),
        .q(v_forget$q),
        .clock(v_forget$clock)
    );
    gatebook_wide$matcher$v_release v_release(
        .d(v_release$d),
        .q(v_release$q),
        .clock(v_release$clock)
    );
    gatebook_wide$matcher$v_level_stays v_level_stays(
        .d(v_level_stays$d),
        .q(v_level_stays$q),
        .clock(v_level_stays$clock)
    );
    gatebook_wide$matcher$maker_last maker_last(
        .d(maker_last$d),
        .q(maker_last$q),
        .clock(maker_last$clock)
    );
    gatebook_wide$matcher$v_id v_id(
        .d(v_id$d),
        .q(v_id$q),
        .clock(v_id$clock)
    );
    gatebook_wide$matcher$v_home v_home(
        .d(v_home$d),
        .q(v_home$q),
        .clock(v_home$clock)
    );
    gatebook_wide$matcher$give_acct give_acct(
        .d(give_acct$d),
        .q(give_acct$q),
        .clock(give_acct$clock)
    );
    gatebook_wide$matcher$give_qty give_qty(
        .d(give_qty$d),
        .q(give_qty$q),
        .clock(give_qty$clock)
    );
    gatebook_wide$matcher$give_rate give_rate(
        .d(give_rate$d),
        .q(give_rate$q),
        .clock(give_rate$clock)
    );
    gatebook_wide$matcher$r_slot r_slot(
        .d(r_slot$d),
        .q(r_slot$q),
        .clock(r_slot$clock)
    );
    gatebook_wide$matcher$r_old_leaves r_old_leaves(
        .d(r_old_leaves$d),
        .q(r_old_leaves$q),
        .clock(r_old_leaves$clock)
    );
    gatebook_wide$matcher$released_less_qty released_less_qty(
        .d(released_less_qty$d),
        .q(released_less_qty$q),
        .clock(released_less_qty$clock)
    );
    gatebook_wide$matcher$r_old_rate r_old_rate(
        .d(r_old_rate$d),
        .q(r_old_rate$q),
        .clock(r_old_rate$clock)
    );
    gatebook_wide$matcher$r_sell r_sell(
        .d(r_sell$d),
        .q(r_sell$q),
        .clock(r_sell$clock)
    );
    gatebook_wide$matcher$r_post_only r_post_only(
        .d(r_post_only$d),
        .q(r_post_only$q),
        .clock(r_post_only$clock)
    );
    gatebook_wide$matcher$r_stp r_stp(
        .d(r_stp$d),
        .q(r_stp$q),
        .clock(r_stp$clock)
    );
    gatebook_wide$matcher$r_level r_level(
        .d(r_level$d),
        .q(r_level$q),
        .clock(r_level$clock)
    );
    gatebook_wide$matcher$rest_slot rest_slot(
        .d(rest_slot$d),
        .q(rest_slot$q),
        .clock(rest_slot$clock)
    );
    gatebook_wide$matcher$rest_new rest_new(
        .d(rest_new$d),
        .q(rest_new$q),
        .clock(rest_new$clock)
    );
    gatebook_wide$matcher$fill_unlink fill_unlink(
        .d(fill_unlink$d),
        .q(fill_unlink$q),
        .clock(fill_unlink$clock)
    );
    gatebook_wide$matcher$rep rep(
        .d(rep$d),
        .q(rep$q),
        .clock(rep$clock)
    );
    gatebook_wide$matcher$rep_pending rep_pending(
        .d(rep_pending$d),
        .q(rep_pending$q),
        .clock(rep_pending$clock)
    );
    gatebook_wide$matcher$committed committed(
        .d(committed$d),
        .q(committed$q),
        .clock(committed$clock)
    );
    gatebook_wide$matcher$price_in_force price_in_force(
        .d(price_in_force$d),
        .q(price_in_force$q),
        .clock(price_in_force$clock)
    );
    gatebook_wide$matcher$find_pending find_pending(
        .d(find_pending$d),
        .q(find_pending$q),
        .clock(find_pending$clock)
    );
    gatebook_wide$matcher$slot_stamps slot_stamps(
        .read_address(slot_stamps$read_address),
        .read_clock(slot_stamps$read_clock),
        .read_data(slot_stamps$read_data),
        .write_address(slot_stamps$write_address),
        .write_clock(slot_stamps$write_clock),
        .write_data(slot_stamps$write_data),
        .write_enable(slot_stamps$write_enable)
    );
    gatebook_wide$matcher$rep_stamp rep_stamp(
        .d(rep_stamp$d),
        .q(rep_stamp$q),
        .clock(rep_stamp$clock)
    );
    gatebook_wide$matcher$lookup_seen lookup_seen(
        .d(lookup_seen$d),
        .q(lookup_seen$q),
        .clock(lookup_seen$clock)
    );
    gatebook_wide$matcher$dup_wait dup_wait(
        .d(dup_wait$d),
        .q(dup_wait$q),
        .clock(dup_wait$clock)
    );
    gatebook_wide$matcher$slot_granted_q slot_granted_q(
        .d(slot_granted_q$d),
        .q(slot_granted_q$q),
        .clock(slot_granted_q$clock)
    );
    gatebook_wide$matcher$slot_full_q slot_full_q(
        .d(slot_full_q$d),
        .q(slot_full_q$q),
        .clock(slot_full_q$clock)
    );
    gatebook_wide$matcher$took_slot took_slot(
        .d(took_slot$d),
        .q(took_slot$q),
        .clock(took_slot$clock)
    );
    gatebook_wide$matcher$freed freed(
        .d(freed$d),
        .q(freed$q),
        .clock(freed$clock)
    );
    gatebook_wide$matcher$kill_sum kill_sum(
        .d(kill_sum$d),
        .q(kill_sum$q),
        .clock(kill_sum$clock)
    );
    gatebook_wide$matcher$msg_open msg_open(
        .d(msg_open$d),
        .q(msg_open$q),
        .clock(msg_open$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        resume$clock = clock;
        after_release$clock = clock;
        after_remove$clock = clock;
        after_clear$clock = clock;
        ahead_pending$clock = clock;
        ahead_valid$clock = clock;
        ahead_found$clock = clock;
        ahead_index$clock = clock;
        sweep$clock = clock;
        cap_instruments$clock = clock;
        cap_accounts$clock = clock;
        acct_in_range$clock = clock;
        inst_in_range$clock = clock;
        cap_slots$clock = clock;
        cap_window$clock = clock;
        acct_ptr$clock = clock;
        inst_ptr$clock = clock;
        book_ptr$clock = clock;
        level_ptr$clock = clock;
        slot_ptr$clock = clock;
        m_type$clock = clock;
        m_sell$clock = clock;
        m_side$clock = clock;
        m_stp$clock = clock;
        m_inst$clock = clock;
        m_acct$clock = clock;
        m_price$clock = clock;
        m_qty$clock = clock;
        m_id$clock = clock;
        m_seq$clock = clock;
        id_found$clock = clock;
        id_slot$clock = clock;
        taker_sell$clock = clock;
        eff_price$clock = clock;
        limit_idx$clock = clock;
        crosses_early$clock = clock;
        rate$clock = clock;
        stp_eff$clock = clock;
        post_only_eff$clock = clock;
        remaining$clock = clock;
        reserved$clock = clock;
        replacing$clock = clock;
        order_sell$clock = clock;
        order_market$clock = clock;
        order_tif$clock = clock;
        order_post_only$clock = clock;
        order_released$clock = clock;
        fok_level$clock = clock;
        fok_short$clock = clock;
        verdict_fails$clock = clock;
        order_price_q$clock = clock;
        price_in_force$clock = clock;
        addend_q$clock = clock;
        verdict_rate$clock = clock;
        verdict_reservation$clock = clock;
        maker_slot$clock = clock;
        maker_acct$clock = clock;
        maker_id$clock = clock;
        maker_price$clock = clock;
        maker_leaves$clock = clock;
        maker_rate$clock = clock;
        maker_level$clock = clock;
        fill_qty$clock = clock;
        maker_left$clock = clock;
        v_slot$clock = clock;
        v_acct$clock = clock;
        v_inst$clock = clock;
        v_sell$clock = clock;
        v_level$clock = clock;
        v_counted$clock = clock;
        v_unrest$clock = clock;
        v_forget$clock = clock;
        v_release$clock = clock;
        v_level_stays$clock = clock;
        maker_last$clock = clock;
        v_id$clock = clock;
        give_acct$clock = clock;
        give_qty$clock = clock;
        give_rate$clock = clock;
        r_slot$clock = clock;
        r_old_leaves$clock = clock;
        released_less_qty$clock = clock;
        r_old_rate$clock = clock;
        r_sell$clock = clock;
        r_post_only$clock = clock;
        r_stp$clock = clock;
        r_level$clock = clock;
        rest_slot$clock = clock;
        rest_new$clock = clock;
        fill_unlink$clock = clock;
        rep$clock = clock;
        rep_pending$clock = clock;
        committed$clock = clock;
        m_home$clock = clock;
        maker_home$clock = clock;
        v_home$clock = clock;
        find_pending$clock = clock;
        rep_stamp$clock = clock;
        lookup_seen$clock = clock;
        dup_wait$clock = clock;
        slot_granted_q$clock = clock;
        slot_full_q$clock = clock;
        took_slot$clock = clock;
        freed$clock = clock;
        kill_sum$clock = clock;
        msg_open$clock = clock;
        state$d = state$q;
        resume$d = resume$q;
        after_release$d = after_release$q;
        after_remove$d = after_remove$q;
        after_clear$d = after_clear$q;
        ahead_pending$d = ahead_pending$q;
        ahead_valid$d = ahead_valid$q;
        ahead_found$d = ahead_found$q;
        ahead_index$d = ahead_index$q;
        sweep$d = sweep$q;
        cap_instruments$d = cap_instruments$q;
        cap_accounts$d = cap_accounts$q;
        acct_in_range$d = acct_in_range$q;
        inst_in_range$d = inst_in_range$q;
        cap_slots$d = cap_slots$q;
        cap_window$d = cap_window$q;
        acct_ptr$d = acct_ptr$q;
        inst_ptr$d = inst_ptr$q;
        book_ptr$d = book_ptr$q;
        level_ptr$d = level_ptr$q;
        slot_ptr$d = slot_ptr$q;
        m_type$d = m_type$q;
        m_sell$d = m_sell$q;
        m_side$d = m_side$q;
        m_stp$d = m_stp$q;
        m_inst$d = m_inst$q;
        m_acct$d = m_acct$q;
        m_price$d = m_price$q;
        m_qty$d = m_qty$q;
        m_id$d = m_id$q;
        m_seq$d = m_seq$q;
        id_found$d = id_found$q;
        id_slot$d = id_slot$q;
        taker_sell$d = taker_sell$q;
        eff_price$d = eff_price$q;
        limit_idx$d = limit_idx$q;
        crosses_early$d = crosses_early$q;
        rate$d = rate$q;
        stp_eff$d = stp_eff$q;
        post_only_eff$d = post_only_eff$q;
        remaining$d = remaining$q;
        reserved$d = reserved$q;
        replacing$d = replacing$q;
        order_sell$d = order_sell$q;
        order_market$d = order_market$q;
        order_tif$d = order_tif$q;
        order_post_only$d = order_post_only$q;
        order_released$d = order_released$q;
        fok_level$d = fok_level$q;
        fok_short$d = fok_short$q;
        verdict_fails$d = verdict_fails$q;
        order_price_q$d = order_price_q$q;
        price_in_force$d = price_in_force$q;
        addend_q$d = addend_q$q;
        verdict_rate$d = verdict_rate$q;
        verdict_reservation$d = verdict_reservation$q;
        maker_slot$d = maker_slot$q;
        maker_acct$d = maker_acct$q;
        maker_id$d = maker_id$q;
        maker_price$d = maker_price$q;
        maker_leaves$d = maker_leaves$q;
        maker_rate$d = maker_rate$q;
        maker_level$d = maker_level$q;
        fill_qty$d = fill_qty$q;
        maker_left$d = maker_left$q;
        v_slot$d = v_slot$q;
        v_acct$d = v_acct$q;
        v_inst$d = v_inst$q;
        v_sell$d = v_sell$q;
        v_level$d = v_level$q;
        v_counted$d = v_counted$q;
        v_unrest$d = v_unrest$q;
        v_forget$d = v_forget$q;
        v_release$d = v_release$q;
        v_level_stays$d = v_level_stays$q;
        maker_last$d = maker_last$q;
        v_id$d = v_id$q;
        give_acct$d = give_acct$q;
        give_qty$d = give_qty$q;
        give_rate$d = give_rate$q;
        r_slot$d = r_slot$q;
        r_old_leaves$d = r_old_leaves$q;
        released_less_qty$d = released_less_qty$q;
        r_old_rate$d = r_old_rate$q;
        r_sell$d = r_sell$q;
        r_post_only$d = r_post_only$q;
        r_stp$d = r_stp$q;
        r_level$d = r_level$q;
        rest_slot$d = rest_slot$q;
        rest_new$d = rest_new$q;
        fill_unlink$d = fill_unlink$q;
        rep$d = rep$q;
        rep_pending$d = rep_pending$q;
        committed$d = committed$q;
        m_home$d = m_home$q;
        maker_home$d = maker_home$q;
        v_home$d = v_home$q;
        find_pending$d = find_pending$q;
        rep_stamp$d = rep_stamp$q;
        lookup_seen$d = lookup_seen$q;
        dup_wait$d = dup_wait$q;
        slot_granted_q$d = slot_granted_q$q;
        slot_full_q$d = slot_full_q$q;
        took_slot$d = took_slot$q;
        freed$d = freed$q;
        kill_sum$d = kill_sum$q;
        msg_open$d = msg_open$q;
        accounts$read_clock = clock;
        accounts$write_clock = clock;
        account_ends$read_clock = clock;
        account_ends$write_clock = clock;
        instruments$read_clock = clock;
        instruments$write_clock = clock;
        ledger$clock = clock;
        best$read_clock = clock;
        best$write_clock = clock;
        level_ends$read_clock = clock;
        level_ends$write_clock = clock;
        level_totals$read_clock = clock;
        level_totals$write_clock = clock;
        slot_ids$read_clock = clock;
        slot_ids$write_clock = clock;
        slot_terms$read_clock = clock;
        slot_terms$write_clock = clock;
        slot_homes$read_clock = clock;
        level_links$clock = clock;
        account_links$clock = clock;
        slot_homes$write_clock = clock;
        bitmap$clock = clock;
        bitmap$reset = reset;
        order_ids$clock = clock;
        order_ids$reset = reset;
        free_slots$clock = clock;
        free_slots$reset = reset;
        free_slots$limit = ((cap_slots$q) & 17'h1ffff);
        decoder$record = message[(64'h2)+:(512)];
        slot_stamps$read_clock = clock;
        slot_stamps$write_clock = clock;
        ids_cmd_ready_now = order_ids$cmd_ready;
        ids_post_ready_now = order_ids$post_ready;
        ids_done_now = order_ids$done;
        ids_found_any = order_ids$found;
        ids_found_slot_now = order_ids$found_slot;
        found_lane_ok = 1'b1;
        if (shared) begin
            ids_cmd_ready_now = ids_cmd_ready;
            ids_post_ready_now = ids_post_ready;
            ids_done_now = ids_done;
            ids_found_any = ids_found;
            ids_found_slot_now = ((ids_found_slot) & 16'hffff);
            found_lane_ok = (ids_found_slot >> slot_shift) == ((lane) & 16'hffff);
        end
        lookup_now = ids_done_now && ~find_pending$q;
        id_found_use = ids_found_any && (found_lane_ok || (m_type$q == msg_new));
        ledger$external_headroom = shared;
        ledger$headroom_in = headroom_read_data;
        s_stamp = slot_stamps$read_data;
        report_stamp = rep_stamp$q;
        slot_asking = shared && (state$q == Step$Lookup) && (m_type$q == msg_new) && (order_tif$q == tif_gtc);
        slot_granted_now = slot_granted_q$q || slot_granted;
        slot_answered = ~slot_asking || slot_granted_now || slot_full_q$q || slot_full;
        slot_ask = slot_asking && ~slot_granted_q$q && ~slot_full_q$q;
        if (slot_granted) begin
            slot_granted_q$d = 1'b1;
        end
        if (slot_full) begin
            slot_full_q$d = 1'b1;
        end
        kill_given = 1'b0;
        kill_total = (((ledger$headroom & ~(1 << (32'h3f)) | ((~ledger$headroom[32'h3f]) << (32'h3f)))) & 80'hffffffffffffffffffff) + kill_sum$q;
        acct_next = acct_ptr$q;
        inst_next = inst_ptr$q;
        book_next = book_ptr$q;
        level_next_ptr = level_ptr$q;
        slot_next = slot_ptr$q;
        account_row$row = accounts$read_data;
        instrument_row$row = instruments$read_data;
        instrument_row$new_value = m_price$q;
        instrument_row$new_rate_sell = m_sell$q;
        a_enabled = account_row$enabled;
        a_stp = account_row$stp;
        i_base = instrument_row$price_base;
        i_reference = instrument_row$reference;
        i_collar = instrument_row$collar;
        i_rate_buy = instrument_row$rate_buy;
        i_rate_sell = instrument_row$rate_sell;
        terms_row$row = slot_terms$read_data;
        terms_write$row = slot_terms$read_data;
        t_price = terms_row$price;
        t_leaves = terms_row$leaves;
        t_rate = terms_row$rate;
        t_inst = terms_row$instrument;
        t_sell = terms_row$sell;
        t_post_only = terms_row$post_only;
        t_stp = terms_row$stp;
        t_level = terms_row$level;
        terms_write$new_price = eff_price$q;
        terms_write$new_rate = rate$q;
        terms_write$new_instrument = m_inst$q;
        terms_write$new_sell = taker_sell$q;
        terms_write$new_post_only = post_only_eff$q;
        terms_write$new_stp = stp_eff$q;
        terms_write$new_level = limit_idx$q;
        s_id = slot_ids$read_data[(32'h0)+:(64)];
        s_acct = slot_ids$read_data[(32'h40)+:(32)];
        own_maker = ((s_acct) & 4'hf) == ((m_acct$q) & 4'hf);
        s_home = slot_homes$read_data;
        key_home = ((message[(64'h350)+:(32)] >> hash_shift) & 17'h1ffff);
        le_head = level_ends$read_data[(32'h0)+:(17)];
        le_tail = level_ends$read_data[(32'h11)+:(17)];
        ae_oldest = account_ends$read_data[(32'h0)+:(17)];
        ae_newest = account_ends$read_data[(32'h11)+:(17)];
        best_empty = best$read_data[32'h10];
        best_idx = best$read_data[(32'h0)+:(16)];
        acct_known = acct_in_range$q && account_row$configured;
        inst_known = inst_in_range$q && instrument_row$configured;
        window_top = ((i_base) & 33'h1ffffffff) + ((cap_window$q) & 33'h1ffffffff) - 32'h1;
        if (m_sell$q) begin
            if (i_collar > i_reference) begin
                reach = ((i_base) & 33'h1ffffffff);
            end
            else begin
                reach = ((i_reference - i_collar) & 33'h1ffffffff);
            end
        end
        else begin
            reach = ((i_reference) & 33'h1ffffffff) + ((i_collar) & 33'h1ffffffff);
        end
        protection = ((reach) & 32'hffffffff);
        if (reach > window_top) begin
            protection = ((window_top) & 32'hffffffff);
        end
        if (reach < ((i_base) & 33'h1ffffffff)) begin
            protection = i_base;
        end
        if ((state$q == Step$Lookup) && order_market$q && (m_type$q == msg_new)) begin
            price_in_force$d = protection;
        end
        order_price = price_in_force$q;
        order_price_q$d = order_price;
        order_level = ((order_price - i_base) & 16'hffff);
        taker_opposite_book = (m_inst$q << 32'h1) | 32'h1;
        if (taker_sell$q) begin
            taker_opposite_book = m_inst$q << 32'h1;
        end
        if (taker_sell$q) begin
            best_crosses = ~best_empty && (best_idx >= limit_idx$q);
            fok_crosses = ~fok_level$q[32'h10] && (fok_level$q[(32'h0)+:(16)] >= limit_idx$q);
        end
        else begin
            best_crosses = ~best_empty && (best_idx <= limit_idx$q);
            fok_crosses = ~fok_level$q[32'h10] && (fok_level$q[(32'h0)+:(16)] <= limit_idx$q);
        end
        if (taker_sell$q) begin
            taker_side_code = side_sell;
            maker_side_code = side_buy;
        end
        else begin
            taker_side_code = side_buy;
            maker_side_code = side_sell;
        end
        maker_filled = t_leaves < remaining$q;
        taker_left_if_maker_filled = remaining$q - t_leaves;
        maker_left_if_taker_filled = t_leaves - remaining$q;
        total_less_maker = level_totals$read_data - ((t_leaves) & 48'hffffffffffff);
        total_less_taker = level_totals$read_data - ((remaining$q) & 48'hffffffffffff);
        fill_now = remaining$q;
        fill_left_maker = maker_left_if_taker_filled;
        fill_left_taker = 32'h0;
        fill_left_total = total_less_taker;
        if (maker_filled) begin
            fill_now = t_leaves;
            fill_left_maker = 32'h0;
            fill_left_taker = taker_left_if_maker_filled;
            fill_left_total = total_less_maker;
        end
        risk$is_replace = replacing$q;
        risk$account_known = acct_known;
        risk$instrument_known = inst_known;
        risk$enabled = a_enabled;
        risk$duplicate = id_found$q || (ids_done_now && id_found_use);
        risk$market = order_market$q;
        risk$tif = order_tif$q;
        risk$post_only = order_post_only$q;
        risk$price = order_price;
        risk$released_less_qty = released_less_qty$q;
        risk$released_margin = order_released$q;
        risk$sell = order_sell$q;
        risk$qty = m_qty$q;
        risk$max_order_qty = account_row$max_order_qty;
        risk$max_order_notional = account_row$max_order_notional;
        risk$max_position = account_row$max_position;
        risk$headroom = ledger$headroom;
        risk$price_base = i_base;
        risk$price_window = cap_window$q;
        risk$reference_price = i_reference;
        risk$collar = i_collar;
        risk$position = ledger$position;
        risk$rate_buy = i_rate_buy;
        risk$rate_sell = i_rate_sell;
        order_rate = i_rate_buy;
        risk$open_buy = ledger$open_buy;
        risk$open_sell = ledger$open_sell;
        if (risk$sell) begin
            order_rate = i_rate_sell;
        end
        order_crosses = ~best_empty && (best_idx <= order_level);
        if (risk$sell) begin
            order_crosses = ~best_empty && (best_idx >= order_level);
        end
        risk$would_cross = order_crosses;
        if ((state$q == Step$Lookup) || (state$q == Step$MarketPrice)) begin
            taker_sell$d = m_sell$q;
            limit_idx$d = order_level;
            crosses_early$d = order_crosses;
        end
        risk$has_free_slot = free_slots$has_free;
        if (shared) begin
            risk$has_free_slot = slot_granted_now;
        end
        if (ahead_pending$q && bitmap$done) begin
            ahead_pending$d = 1'b0;
            ahead_valid$d = 1'b1;
            ahead_found$d = bitmap$found;
            ahead_index$d = bitmap$found_index;
        end
        ahead_crosses = ahead_found$q && (ahead_index$q <= limit_idx$q);
        if (taker_sell$q) begin
            ahead_crosses = ahead_found$q && (ahead_index$q >= limit_idx$q);
        end
        verdict_fails$d = risk$fails;
        verdict_code$fails = verdict_fails$q;
        verdict_rate$d = order_rate;
        verdict_reservation$d = risk$reservation;
        give_product$a = give_qty$q;
        give_product$b = give_rate$q;
        addend_q$d = give_product$product;
        terms_write$new_leaves = fill_left_maker;
        if (state$q == Step$RestLink) begin
            terms_write$new_leaves = remaining$q;
        end
        if (state$q == Step$ReplaceInPlace) begin
            terms_write$new_leaves = m_qty$q;
        end
        ledger$addend = addend_q$q;
        ledger$reservation = reserved$q;
        if (state$q == Step$Verdict) begin
            ledger$reservation = verdict_reservation$q;
        end
        ledger$headroom_value = decoder$headroom;
        ledger$sell = taker_sell$q;
        ledger$qty = fill_qty$q;
        if (state$q == Step$FillMaker) begin
            ledger$sell = ~taker_sell$q;
        end
        if (state$q == Step$RestLink) begin
            ledger$qty = remaining$q;
        end
        if (state$q == Step$Unlink1) begin
            ledger$sell = v_sell$q;
            ledger$qty = v_counted$q;
            if (fill_unlink$q) begin
                ledger$sell = ~taker_sell$q;
                ledger$qty = fill_qty$q;
            end
        end
        if (state$q == Step$ReplaceInPlace) begin
            ledger$sell = r_sell$q;
            ledger$qty = give_qty$q;
        end
        msg_ready = 1'b0;
        report_valid = rep_pending$q;
        idle = (state$q == Step$Idle) && ~rep_pending$q;
        can_report = ~rep_pending$q || report_ready;
        state_next = state$q;
        resume_next = resume$q;
        emit_now = 1'b0;
        taking = 1'b0;
        take_slot = 1'b0;
        maker_fill = 1'b0;
        expire_taker = 1'b0;
        expiry_reason = reason_ioc;
        report = rep$q;
        report[(64'hf0)+:(64)] = m_seq$q;
        bitmap$cmd_valid = 1'b0;
        bitmap$cmd_op = bitmap_set;
        bitmap$cmd_book = book_ptr$q;
        bitmap$cmd_index = level_ptr$q;
        order_ids$cmd_valid = 1'b0;
        order_ids$cmd_op = ids_find;
        order_ids$cmd_account = m_acct$q;
        order_ids$cmd_cl_ord_id = m_id$q;
        order_ids$cmd_home = m_home$q;
        posting = after_remove$q == Step$Idle;
        removal_ready = ids_cmd_ready_now;
        if (posting) begin
            removal_ready = ids_post_ready_now;
        end
        if (removal_hold) begin
            removal_ready = 1'b0;
        end
        if (((state$q == Step$Unlink1) || (state$q == Step$UnlinkForget)) && ~posting) begin
            order_ids$cmd_account = v_acct$q;
            order_ids$cmd_cl_ord_id = v_id$q;
            order_ids$cmd_home = v_home$q;
        end
        order_ids$hold_posted = (m_type$q == msg_new) && ((state$q == Step$Lookup) || (state$q == Step$MarketPrice) || (state$q == Step$Verdict));
        order_ids$post_valid = 1'b0;
        order_ids$post_account = v_acct$q;
        order_ids$post_cl_ord_id = v_id$q;
        order_ids$post_home = v_home$q;
        if ((state$q == Step$Idle) || (state$q == Step$RestLink) || (state$q == Step$Release) || (state$q == Step$MatchEnd) || (state$q == Step$UnlinkClearBest) || ((state$q == Step$Unlink1) && posting) || ((state$q == Step$Lookup) && (m_type$q > msg_replace))) begin
            order_ids$cmd_account = message[(64'h230)+:(32)];
            order_ids$cmd_cl_ord_id = message[(64'h290)+:(64)];
            order_ids$cmd_home = key_home;
        end
        order_ids$cmd_slot = ((rest_slot$q) & 16'hffff);
        free_slots$alloc = 1'b0;
        free_slots$give_back = 1'b0;
        free_slots$returned_slot = ((v_slot$q) & 16'hffff);
        accounts$write_enable = 1'b0;
        account_ends$write_enable = 1'b0;
        instruments$write_enable = 1'b0;
        ledger$headroom_set = 1'b0;
        ledger$add = 1'b0;
        ledger$reserve = 1'b0;
        ledger$exposure_clear = 1'b0;
        ledger$fill = 1'b0;
        ledger$open_change = 1'b0;
        ledger$open_less = 1'b0;
        best$write_enable = 1'b0;
        level_ends$write_enable = 1'b0;
        level_totals$write_enable = 1'b0;
        slot_ids$write_enable = 1'b0;
        slot_terms$write_enable = 1'b0;
        level_links$terminate = 1'b0;
        level_links$append = 1'b0;
        level_links$unlink = 1'b0;
        account_links$terminate = 1'b0;
        account_links$append = 1'b0;
        account_links$unlink = 1'b0;
        accounts$write_address = ((acct_ptr$q) & 4'hf);
        ledger$write_account = ((acct_ptr$q) & 4'hf);
        account_ends$write_address = ((acct_ptr$q) & 4'hf);
        instruments$write_address = ((inst_ptr$q) & 3'h7);
        ledger$write_exposure = (((acct_ptr$q) & 7'h7f) << instrument_bits) | ((inst_ptr$q) & 7'h7f);
        best$write_address = ((book_ptr$q) & 4'hf);
        level_ends$write_address = (((book_ptr$q) & 20'hfffff) << window_bits) | ((level_ptr$q) & 20'hfffff);
        level_totals$write_address = level_ends$write_address;
        slot_ids$write_address = ((rest_slot$q) & 16'hffff);
        slot_terms$write_address = ((slot_ptr$q) & 16'hffff);
        level_links$terminate_slot = ((rest_slot$q) & 16'hffff);
        level_links$append_slot = ((rest_slot$q) & 16'hffff);
        account_links$terminate_slot = ((rest_slot$q) & 16'hffff);
        account_links$append_slot = ((rest_slot$q) & 16'hffff);
        accounts$write_data = accounts$read_data;
        account_ends$write_data = account_ends$read_data;
        instruments$write_data = instruments$read_data;
        best$write_data = no_slot;
        level_ends$write_data = level_ends$read_data;
        level_totals$write_data = level_totals$read_data;
        slot_ids$write_data = ((m_id$q) & 96'hffffffffffffffffffffffff) | (((m_acct$q) & 96'hffffffffffffffffffffffff) << 32'h40);
        slot_terms$write_data = slot_terms$read_data;
        level_links$append_after = le_tail;
        account_links$append_after = ae_newest;
        new_head = le_head;
        new_tail = le_tail;
        new_oldest = ae_oldest;
        new_newest = ae_newest;
        case (state$q)
            Step$Clearing:
                begin
                    accounts$write_address = ((sweep$q) & 4'hf);
                    ledger$write_account = ((sweep$q) & 4'hf);
                    account_ends$write_address = ((sweep$q) & 4'hf);
                    instruments$write_address = ((sweep$q) & 3'h7);
                    ledger$write_exposure = ((sweep$q) & 7'h7f);
                    best$write_address = ((sweep$q) & 4'hf);
                    level_ends$write_address = ((sweep$q) & 20'hfffff);
                    level_totals$write_address = ((sweep$q) & 20'hfffff);
                    accounts$write_data = 32'h0;
                    ledger$headroom_value = 32'h0;
                    account_ends$write_data = 64'h200010000;
                    instruments$write_data = 32'h0;
                    best$write_data = no_slot;
                    level_ends$write_data = 64'h200010000;
                    level_totals$write_data = 32'h0;
                    accounts$write_enable = 1'b1;
                    ledger$headroom_set = 1'b1;
                    account_ends$write_enable = 1'b1;
                    instruments$write_enable = 1'b1;
                    ledger$exposure_clear = 1'b1;
                    best$write_enable = 1'b1;
                    level_ends$write_enable = 1'b1;
                    level_totals$write_enable = 1'b1;
                    sweep$d = sweep$q + 32'h1;
                    if (sweep$q == sweep_last) begin
                        state_next = Step$Idle;
                    end
                end
            Step$Idle:
                begin
                end
            Step$Emit:
                begin
                    state_next = resume$q;
                end
            Step$Lookup:
                begin
                    if (find_pending$q && ids_cmd_ready_now && (~dup_wait$q || oldest)) begin
                        order_ids$cmd_valid = 1'b1;
                        order_ids$cmd_op = ids_find;
                        find_pending$d = 1'b0;
                        dup_wait$d = 1'b0;
                    end
                    if ((m_type$q == msg_cancel) || (m_type$q == msg_replace)) begin
                        slot_next = ((ids_found_slot_now) & 16'hffff);
                    end
                    rep$d[(64'h0)+:(8)] = ev_reject;
                    rep$d[(64'h10)+:(8)] = side_none;
                    rep$d[(64'h20)+:(16)] = m_inst$q;
                    rep$d[(64'h30)+:(32)] = m_acct$q;
                    rep$d[(64'hb0)+:(64)] = m_id$q;
                    rep$d[(64'h90)+:(32)] = 32'h0;
                    rep$d[(64'h130)+:(32)] = 32'h0;
                    rep$d[(64'h150)+:(64)] = 32'h0;
                    rep$d[(64'h50)+:(32)] = 32'h0;
                    rep$d[(64'h70)+:(32)] = 32'h0;
                    rep$d[(64'h18)+:(8)] = columns_reason;
                    if (m_type$q == msg_replace) begin
                        rep$d[(64'h50)+:(32)] = m_price$q;
                        rep$d[(64'h70)+:(32)] = m_qty$q;
                        rep$d[(64'h18)+:(8)] = columns_price_qty_reason;
                    end
                    if ((m_type$q == msg_cancel) || (m_type$q == msg_replace)) begin
                        rep$d[(64'h8)+:(8)] = reason_unknown_order;
                        if (~acct_known) begin
                            rep$d[(64'h8)+:(8)] = reason_unknown_account;
                        end
                        else if (~inst_known) begin
                            rep$d[(64'h8)+:(8)] = reason_unknown_instrument;
                        end
                        else if ((m_type$q == msg_replace) && ~a_enabled) begin
                            rep$d[(64'h8)+:(8)] = reason_account_disabled;
                        end
                    end
                    if (lookup_now) begin
                        lookup_seen$d = 1'b1;
                        id_found$d = id_found_use;
                        id_slot$d = ((ids_found_slot_now) & 16'hffff);
                    end
                    if (shared && (m_type$q == msg_new) && lookup_now && ids_found_any && ~found_lane_ok && ~oldest) begin
                        find_pending$d = 1'b1;
                        dup_wait$d = 1'b1;
                        lookup_seen$d = 1'b0;
                        id_found$d = 1'b0;
                    end
                    else if ((m_type$q > msg_replace) || ((lookup_now || lookup_seen$q) && slot_answered)) begin
                        resume_next = Step$Idle;
                        state_next = Step$Idle;
                        if (m_type$q == msg_new) begin
                            state_next = Step$Verdict;
                            if (order_market$q) begin
                                state_next = Step$MarketPrice;
                            end
                        end
                        else if ((m_type$q == msg_cancel) || (m_type$q == msg_replace)) begin
                            state_next = Step$Emit;
                            if (acct_known && inst_known && (a_enabled || (m_type$q == msg_cancel)) && id_found_use) begin
                                state_next = Step$ReplaceCheck;
                                if (m_type$q == msg_cancel) begin
                                    state_next = Step$CancelCheck;
                                end
                            end
                        end
                        else if (m_type$q == msg_ref) begin
                            if (inst_known) begin
                                instruments$write_data = instrument_row$with_reference;
                                instruments$write_enable = 1'b1;
                            end
                        end
                        else if (m_type$q == msg_kill) begin
                            if (acct_known) begin
                                accounts$write_data = account_row$disabled_row;
                                accounts$write_enable = a_enabled;
                                kill_sum$d = 32'h0;
                                state_next = Step$KillRead;
                            end
                        end
                        else if (m_type$q == msg_enable) begin
                            if (acct_known && ~a_enabled) begin
                                accounts$write_data = account_row$enabled_row;
                                accounts$write_enable = 1'b1;
                            end
                        end
                        else if (m_type$q == msg_headroom) begin
                            if (acct_known) begin
                                ledger$add = 1'b1;
                            end
                        end
                        else if (inst_known) begin
                            instruments$write_data = instrument_row$with_rate;
                            instruments$write_enable = 1'b1;
                        end
                    end
                end
            Step$Verdict:
                begin
                    slot_next = ((free_slots$slot) & 16'hffff);
                    level_next_ptr = limit_idx$q;
                    if (can_report && bitmap$cmd_ready) begin
                        rep$d[(64'h20)+:(16)] = m_inst$q;
                        rep$d[(64'h30)+:(32)] = m_acct$q;
                        rep$d[(64'hb0)+:(64)] = m_id$q;
                        rep$d[(64'h10)+:(8)] = m_side$q;
                        rep$d[(64'h70)+:(32)] = m_qty$q;
                        rep$d[(64'h130)+:(32)] = 32'h0;
                        rep$d[(64'h150)+:(64)] = 32'h0;
                        state_next = Step$Emit;
                        if (|verdict_fails$q) begin
                            rep$d[(64'h0)+:(8)] = ev_reject;
                            rep$d[(64'h8)+:(8)] = verdict_code$reason;
                            rep$d[(64'h90)+:(32)] = 32'h0;
                            rep$d[(64'h50)+:(32)] = m_price$q;
                            rep$d[(64'h18)+:(8)] = columns_side_price_qty_reason;
                            if (order_market$q) begin
                                rep$d[(64'h50)+:(32)] = 32'h0;
                                rep$d[(64'h18)+:(8)] = columns_side_qty_reason;
                            end
                            resume_next = Step$Idle;
                        end
                        else begin
                            eff_price$d = order_price_q$q;
                            rate$d = verdict_rate$q;
                            stp_eff$d = m_stp$q;
                            if (m_stp$q == 32'h0) begin
                                stp_eff$d = a_stp;
                            end
                            post_only_eff$d = order_post_only$q;
                            remaining$d = m_qty$q;
                            reserved$d = verdict_reservation$q;
                            rep$d[(64'h0)+:(8)] = ev_ack;
                            rep$d[(64'h8)+:(8)] = no_reason;
                            rep$d[(64'h50)+:(32)] = order_price_q$q;
                            rep$d[(64'h90)+:(32)] = m_qty$q;
                            rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves;
                            ledger$reserve = 1'b1;
                            fok_level$d = best$read_data;
                            fok_short$d = ((m_qty$q) & 65'h1ffffffffffffffff) - 32'h1;
                            rest_new$d = 1'b1;
                            if (order_tif$q == tif_fok) begin
                                resume_next = Step$FokLook;
                            end
                            else if ((order_tif$q == tif_gtc) && ~best_crosses) begin
                                resume_next = Step$RestAlloc;
                                if (ids_cmd_ready_now) begin
                                    take_slot = 1'b1;
                                    resume_next = Step$RestLink;
                                end
                            end
                            else if (best_crosses) begin
                                resume_next = Step$MatchTop;
                            end
                            else begin
                                resume_next = Step$MatchEnd;
                            end
                        end
                        if ((order_tif$q == tif_gtc) && ~crosses_early$q && ids_cmd_ready_now) begin
                            book_next = m_inst$q << 32'h1;
                            if (m_sell$q) begin
                                book_next = (m_inst$q << 32'h1) | 32'h1;
                            end
                        end
                    end
                end
            Step$FokLook:
                begin
                    if (~fok_crosses || fok_short$q[32'h40]) begin
                        state_next = Step$FokDecide;
                    end
                    else begin
                        level_next_ptr = fok_level$q[(32'h0)+:(16)];
                        state_next = Step$FokAdd;
                    end
                end
            Step$FokAdd:
                begin
                    fok_short$d = fok_short$q - ((level_totals$read_data) & 65'h1ffffffffffffffff);
                    bitmap$cmd_valid = 1'b1;
                    bitmap$cmd_op = bitmap_above;
                    if (taker_sell$q) begin
                        bitmap$cmd_op = bitmap_below;
                    end
                    state_next = Step$FokWait;
                end
            Step$FokWait:
                begin
                    if (bitmap$done) begin
                        fok_level$d = no_slot;
                        if (bitmap$found) begin
                            fok_level$d = ((bitmap$found_index) & 17'h1ffff);
                        end
                        state_next = Step$FokLook;
                    end
                end
            Step$FokDecide:
                begin
                    if (can_report) begin
                        if (~fok_short$q[32'h40]) begin
                            rep$d[(64'h0)+:(8)] = ev_expired;
                            rep$d[(64'h8)+:(8)] = reason_fok;
                            rep$d[(64'h10)+:(8)] = taker_side_code;
                            rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves_reason;
                            rep$d[(64'h50)+:(32)] = eff_price$q;
                            rep$d[(64'h70)+:(32)] = m_qty$q;
                            rep$d[(64'h90)+:(32)] = 32'h0;
                            give_acct$d = m_acct$q;
                            give_qty$d = m_qty$q;
                            give_rate$d = rate$q;
                            after_release$d = Step$Idle;
                            resume_next = Step$ReleaseRead;
                            state_next = Step$Emit;
                        end
                        else begin
                            book_next = taker_opposite_book;
                            state_next = Step$MatchTop;
                        end
                    end
                end
            Step$ReleaseRead:
                begin
                    acct_next = give_acct$q;
                    state_next = Step$Release;
                end
            Step$Release:
                begin
                    ledger$add = 1'b1;
                    state_next = after_release$q;
                end
            Step$MatchTop:
                begin
                    level_next_ptr = best_idx;
                    maker_level$d = best_idx;
                    if ((remaining$q == 32'h0) || ~best_crosses) begin
                        state_next = Step$MatchEnd;
                    end
                    else begin
                        state_next = Step$MatchHead;
                    end
                end
            Step$MatchHead:
                begin
                    slot_next = le_head[(32'h0)+:(16)];
                    state_next = Step$MatchMaker;
                end
            Step$MatchMaker:
                begin
                    if (~ahead_valid$q && ~ahead_pending$q && bitmap$cmd_ready) begin
                        bitmap$cmd_valid = 1'b1;
                        bitmap$cmd_op = bitmap_above;
                        if (taker_sell$q) begin
                            bitmap$cmd_op = bitmap_below;
                        end
                        ahead_pending$d = 1'b1;
                    end
                    acct_next = m_acct$q;
                    inst_next = m_inst$q;
                    if (can_report) begin
                        maker_last$d = level_links$next_slot[32'h10];
                        maker_slot$d = slot_ptr$q;
                        maker_acct$d = s_acct;
                        maker_id$d = s_id;
                        maker_home$d = s_home;
                        maker_price$d = t_price;
                        maker_leaves$d = t_leaves;
                        maker_rate$d = t_rate;
                        if (own_maker && (stp_eff$q != stp_none)) begin
                            if (stp_eff$q == stp_incoming) begin
                                state_next = Step$MatchStopped;
                            end
                            else begin
                                rep$d[(64'h0)+:(8)] = ev_canceled;
                                rep$d[(64'h8)+:(8)] = reason_self_trade;
                                rep$d[(64'h10)+:(8)] = maker_side_code;
                                rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves_reason;
                                rep$d[(64'h20)+:(16)] = m_inst$q;
                                rep$d[(64'h30)+:(32)] = s_acct;
                                rep$d[(64'hb0)+:(64)] = s_id;
                                rep$d[(64'h50)+:(32)] = t_price;
                                rep$d[(64'h70)+:(32)] = t_leaves;
                                rep$d[(64'h90)+:(32)] = 32'h0;
                                rep$d[(64'h130)+:(32)] = 32'h0;
                                rep$d[(64'h150)+:(64)] = 32'h0;
                                give_acct$d = s_acct;
                                give_qty$d = t_leaves;
                                give_rate$d = t_rate;
                                after_release$d = Step$StpRemove;
                                resume_next = Step$ReleaseRead;
                                state_next = Step$Emit;
                            end
                        end
                        else begin
                            fill_qty$d = fill_now;
                            maker_left$d = fill_left_maker;
                            slot_terms$write_data = terms_write$with_leaves;
                            slot_terms$write_enable = 1'b1;
                            level_totals$write_data = fill_left_total;
                            level_totals$write_enable = 1'b1;
                            remaining$d = fill_left_taker;
                            state_next = Step$FillTaker;
                        end
                    end
                end
            Step$StpRemove:
                begin
                    v_slot$d = maker_slot$q;
                    v_acct$d = maker_acct$q;
                    v_inst$d = m_inst$q;
                    v_sell$d = ~taker_sell$q;
                    v_level$d = maker_level$q;
                    v_counted$d = maker_leaves$q;
                    v_unrest$d = 1'b1;
                    v_forget$d = 1'b1;
                    v_id$d = maker_id$q;
                    v_home$d = maker_home$q;
                    after_remove$d = Step$MatchTop;
                    if (stp_eff$q == stp_both) begin
                        after_remove$d = Step$MatchStopped;
                    end
                    state_next = Step$Unlink1;
                end
            Step$FillTaker:
                begin
                    if (can_report) begin
                        ledger$fill = 1'b1;
                        acct_next = maker_acct$q;
                        rep$d[(64'h0)+:(8)] = ev_fill;
                        rep$d[(64'h8)+:(8)] = no_reason;
                        rep$d[(64'h10)+:(8)] = taker_side_code;
                        rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves_contra;
                        rep$d[(64'h20)+:(16)] = m_inst$q;
                        rep$d[(64'h30)+:(32)] = m_acct$q;
                        rep$d[(64'hb0)+:(64)] = m_id$q;
                        rep$d[(64'h50)+:(32)] = maker_price$q;
                        rep$d[(64'h70)+:(32)] = fill_qty$q;
                        rep$d[(64'h90)+:(32)] = remaining$q;
                        rep$d[(64'h130)+:(32)] = maker_acct$q;
                        rep$d[(64'h150)+:(64)] = maker_id$q;
                        resume_next = Step$FillMaker;
                        fill_unlink$d = 1'b0;
                        if (maker_left$q == 32'h0) begin
                            v_slot$d = maker_slot$q;
                            v_acct$d = maker_acct$q;
                            v_inst$d = m_inst$q;
                            v_sell$d = ~taker_sell$q;
                            v_level$d = maker_level$q;
                            v_counted$d = 32'h0;
                            v_unrest$d = 1'b1;
                            v_forget$d = 1'b1;
                            v_id$d = maker_id$q;
                            v_home$d = maker_home$q;
                            after_remove$d = Step$MatchTop;
                            fill_unlink$d = 1'b1;
                            resume_next = Step$Unlink1;
                        end
                        if (((maker_acct$q) & 4'hf) == ((m_acct$q) & 4'hf)) begin
                            resume_next = Step$FillGap;
                        end
                        state_next = Step$Emit;
                    end
                end
            Step$FillGap:
                begin
                    state_next = Step$FillMaker;
                    if (fill_unlink$q) begin
                        state_next = Step$Unlink1;
                    end
                end
            Step$FillMaker:
                begin
                    if (can_report) begin
                        maker_fill = 1'b1;
                        resume_next = Step$MatchEnd;
                        state_next = Step$Emit;
                    end
                end
            Step$MatchStopped:
                begin
                    if (can_report) begin
                        expire_taker = 1'b1;
                        expiry_reason = reason_self_trade;
                        after_release$d = Step$Idle;
                        resume_next = Step$ReleaseRead;
                        if (replacing$q) begin
                            v_slot$d = r_slot$q;
                            v_acct$d = m_acct$q;
                            v_inst$d = m_inst$q;
                            v_unrest$d = 1'b0;
                            v_forget$d = 1'b1;
                            v_release$d = 1'b1;
                            v_id$d = m_id$q;
                            v_home$d = m_home$q;
                            after_remove$d = Step$Idle;
                            resume_next = Step$Unlink0;
                        end
                        state_next = Step$Emit;
                    end
                end
            Step$MatchEnd:
                begin
                    if (can_report) begin
                        if (remaining$q == 32'h0) begin
                            state_next = Step$Idle;
                            if (replacing$q) begin
                                v_slot$d = r_slot$q;
                                v_acct$d = m_acct$q;
                                v_inst$d = m_inst$q;
                                v_unrest$d = 1'b0;
                                v_forget$d = 1'b1;
                                v_id$d = m_id$q;
                                v_home$d = m_home$q;
                                after_remove$d = Step$Idle;
                                state_next = Step$Unlink0;
                            end
                        end
                        else if (replacing$q) begin
                            rest_slot$d = r_slot$q;
                            rest_new$d = 1'b0;
                            state_next = Step$RestRead;
                        end
                        else if (order_tif$q == tif_gtc) begin
                            rest_new$d = 1'b1;
                            state_next = Step$RestAlloc;
                        end
                        else begin
                            expire_taker = 1'b1;
                            expiry_reason = reason_ioc;
                            after_release$d = Step$Idle;
                            resume_next = Step$ReleaseRead;
                            state_next = Step$Emit;
                        end
                    end
                end
            Step$RestAlloc:
                begin
                    if (ids_cmd_ready_now && bitmap$cmd_ready) begin
                        take_slot = 1'b1;
                        slot_next = ((free_slots$slot) & 16'hffff);
                        acct_next = m_acct$q;
                        inst_next = m_inst$q;
                        book_next = m_inst$q << 32'h1;
                        if (taker_sell$q) begin
                            book_next = (m_inst$q << 32'h1) | 32'h1;
                        end
                        level_next_ptr = limit_idx$q;
                        state_next = Step$RestLink;
                    end
                end
            Step$RestRead:
                begin
                    if (bitmap$cmd_ready) begin
                        slot_next = rest_slot$q;
                        acct_next = m_acct$q;
                        inst_next = m_inst$q;
                        book_next = m_inst$q << 32'h1;
                        if (taker_sell$q) begin
                            book_next = (m_inst$q << 32'h1) | 32'h1;
                        end
                        level_next_ptr = limit_idx$q;
                        level_links$terminate = 1'b1;
                        account_links$terminate = rest_new$q;
                        state_next = Step$RestLink;
                    end
                end
            Step$RestLink:
                begin
                    slot_terms$write_address = ((rest_slot$q) & 16'hffff);
                    slot_terms$write_data = terms_write$resting_row;
                    slot_terms$write_enable = 1'b1;
                    level_links$append = 1'b1;
                    if (le_tail[32'h10]) begin
                        new_head = ((rest_slot$q) & 17'h1ffff);
                    end
                    level_ends$write_data = ((new_head) & 34'h3ffffffff) | (((rest_slot$q) & 34'h3ffffffff) << 32'h11);
                    level_ends$write_enable = 1'b1;
                    level_totals$write_data = level_totals$read_data + ((remaining$q) & 48'hffffffffffff);
                    level_totals$write_enable = 1'b1;
                    ledger$open_change = 1'b1;
                    if (rest_new$q) begin
                        account_links$append = 1'b1;
                        if (ae_newest[32'h10]) begin
                            new_oldest = ((rest_slot$q) & 17'h1ffff);
                        end
                        account_ends$write_data = ((new_oldest) & 34'h3ffffffff) | (((rest_slot$q) & 34'h3ffffffff) << 32'h11);
                        account_ends$write_enable = 1'b1;
                    end
                    if (le_tail[32'h10]) begin
                        bitmap$cmd_valid = 1'b1;
                        bitmap$cmd_op = bitmap_set;
                    end
                    if (le_tail[32'h10] && (best_empty || (taker_sell$q && (limit_idx$q < best_idx)) || (~taker_sell$q && (limit_idx$q > best_idx)))) begin
                        best$write_data = ((limit_idx$q) & 17'h1ffff);
                        best$write_enable = 1'b1;
                    end
                    state_next = Step$Idle;
                end
            Step$Unlink0:
                begin
                    slot_next = v_slot$q;
                    acct_next = v_acct$q;
                    inst_next = v_inst$q;
                    book_next = v_inst$q << 32'h1;
                    if (v_sell$q) begin
                        book_next = (v_inst$q << 32'h1) | 32'h1;
                    end
                    level_next_ptr = v_level$q;
                    state_next = Step$Unlink1;
                end
            Step$Unlink1:
                begin
                    if ((~fill_unlink$q || can_report) && bitmap$cmd_ready) begin
                        if (v_release$q) begin
                            if (shared && (after_remove$q == Step$KillRead)) begin
                                kill_sum$d = kill_sum$q + ((addend_q$q) & 80'hffffffffffffffffffff);
                            end
                            else begin
                                ledger$add = 1'b1;
                            end
                            v_release$d = 1'b0;
                        end
                        if (v_unrest$q) begin
                            level_links$unlink = 1'b1;
                            if (level_links$prev_slot[32'h10]) begin
                                new_head = level_links$next_slot;
                            end
                            if (level_links$next_slot[32'h10]) begin
                                new_tail = level_links$prev_slot;
                            end
                            level_ends$write_data = ((new_head) & 34'h3ffffffff) | (((new_tail) & 34'h3ffffffff) << 32'h11);
                            level_ends$write_enable = 1'b1;
                            if (v_counted$q != 32'h0) begin
                                level_totals$write_data = level_totals$read_data - ((v_counted$q) & 48'hffffffffffff);
                                level_totals$write_enable = 1'b1;
                                ledger$open_change = 1'b1;
                                ledger$open_less = 1'b1;
                            end
                        end
                        if (v_forget$q) begin
                            account_links$unlink = 1'b1;
                            if (account_links$prev_slot[32'h10]) begin
                                new_oldest = account_links$next_slot;
                            end
                            if (account_links$next_slot[32'h10]) begin
                                new_newest = account_links$prev_slot;
                            end
                            account_ends$write_data = ((new_oldest) & 34'h3ffffffff) | (((new_newest) & 34'h3ffffffff) << 32'h11);
                            account_ends$write_enable = 1'b1;
                        end
                        state_next = Step$UnlinkForget;
                        order_ids$post_valid = v_forget$q && posting && ~removal_hold;
                        if (v_forget$q && removal_ready) begin
                            order_ids$cmd_valid = ~posting;
                            order_ids$cmd_op = ids_remove;
                            free_slots$give_back = 1'b1;
                            v_forget$d = 1'b0;
                        end
                        if ((after_remove$q == Step$MatchTop) && maker_last$q && ahead_valid$q) begin
                            level_next_ptr = ahead_index$q;
                            maker_level$d = ahead_index$q;
                        end
                        if (v_unrest$q && new_head[32'h10]) begin
                            bitmap$cmd_valid = 1'b1;
                            if (~best_empty && (best_idx == v_level$q) && ahead_valid$q) begin
                                ahead_valid$d = 1'b0;
                                best$write_data = no_slot;
                                if (ahead_found$q) begin
                                    best$write_data = ((ahead_index$q) & 17'h1ffff);
                                end
                                best$write_enable = 1'b1;
                                bitmap$cmd_op = bitmap_clear;
                                state_next = Step$UnlinkForget;
                                if (~v_forget$q || removal_ready) begin
                                    state_next = after_remove$q;
                                    if (after_remove$q == Step$MatchTop) begin
                                        state_next = Step$MatchEnd;
                                        if ((remaining$q != 32'h0) && ahead_crosses) begin
                                            state_next = Step$MatchHead;
                                        end
                                    end
                                end
                            end
                            else if (~best_empty && (best_idx == v_level$q)) begin
                                bitmap$cmd_op = bitmap_below;
                                if (v_sell$q) begin
                                    bitmap$cmd_op = bitmap_above;
                                end
                                state_next = Step$UnlinkSearchWait;
                            end
                            else begin
                                bitmap$cmd_op = bitmap_clear;
                                if (~v_forget$q || removal_ready) begin
                                    state_next = after_remove$q;
                                end
                            end
                        end
                        else if (~v_forget$q || removal_ready) begin
                            state_next = after_remove$q;
                            if ((after_remove$q == Step$MatchTop) && (remaining$q != 32'h0) && (v_counted$q == 32'h0)) begin
                                slot_next = level_links$next_slot[(32'h0)+:(16)];
                                state_next = Step$MatchMaker;
                            end
                        end
                        if (fill_unlink$q) begin
                            fill_unlink$d = 1'b0;
                            maker_fill = 1'b1;
                            emit_now = 1'b1;
                        end
                    end
                    else begin
                        state_next = Step$Unlink1;
                    end
                end
            Step$UnlinkSearchWait:
                begin
                    if (bitmap$done) begin
                        best$write_data = no_slot;
                        if (bitmap$found) begin
                            best$write_data = ((bitmap$found_index) & 17'h1ffff);
                        end
                        best$write_enable = 1'b1;
                        after_clear$d = Step$UnlinkForget;
                        if (~v_forget$q) begin
                            after_clear$d = after_remove$q;
                        end
                        state_next = Step$UnlinkClearBest;
                    end
                end
            Step$UnlinkClearBest:
                begin
                    bitmap$cmd_valid = 1'b1;
                    bitmap$cmd_op = bitmap_clear;
                    bitmap$cmd_index = v_level$q;
                    state_next = after_clear$q;
                end
            Step$UnlinkForget:
                begin
                    order_ids$post_valid = v_forget$q && posting && ~removal_hold;
                    if (~v_forget$q) begin
                        state_next = after_remove$q;
                    end
                    else if (removal_ready) begin
                        order_ids$cmd_valid = ~posting;
                        order_ids$cmd_op = ids_remove;
                        free_slots$give_back = 1'b1;
                        state_next = after_remove$q;
                    end
                end
            Step$CancelCheck:
                begin
                    if (can_report && bitmap$cmd_ready) begin
                        state_next = Step$Emit;
                        if (t_inst != m_inst$q) begin
                            rep$d[(64'h8)+:(8)] = reason_unknown_order;
                        end
                        else begin
                            v_slot$d = slot_ptr$q;
                            v_acct$d = m_acct$q;
                            v_inst$d = m_inst$q;
                            v_sell$d = t_sell;
                            v_level$d = t_level;
                            v_counted$d = t_leaves;
                            v_unrest$d = 1'b1;
                            v_forget$d = 1'b1;
                            v_id$d = m_id$q;
                            v_home$d = m_home$q;
                            rep$d[(64'h0)+:(8)] = ev_canceled;
                            rep$d[(64'h8)+:(8)] = reason_user;
                            rep$d[(64'h10)+:(8)] = side_buy;
                            if (t_sell) begin
                                rep$d[(64'h10)+:(8)] = side_sell;
                            end
                            rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves_reason;
                            rep$d[(64'h50)+:(32)] = t_price;
                            rep$d[(64'h70)+:(32)] = t_leaves;
                            give_acct$d = m_acct$q;
                            give_qty$d = t_leaves;
                            give_rate$d = t_rate;
                            v_release$d = 1'b1;
                            v_level_stays$d = ~level_links$prev_slot[32'h10] || ~level_links$next_slot[32'h10];
                            after_remove$d = Step$Idle;
                            resume_next = Step$Unlink0;
                        end
                    end
                end
            Step$ReplaceCheck:
                begin
                    if (can_report && bitmap$cmd_ready) begin
                        r_slot$d = slot_ptr$q;
                        r_old_leaves$d = t_leaves;
                        released_less_qty$d = ((t_leaves) & 68'hfffffffffffffffff) - ((m_qty$q) & 68'hfffffffffffffffff);
                        r_old_rate$d = t_rate;
                        r_sell$d = t_sell;
                        book_next = m_inst$q << 32'h1;
                        if (t_sell) begin
                            book_next = (m_inst$q << 32'h1) | 32'h1;
                        end
                        level_next_ptr = t_level;
                        r_post_only$d = t_post_only;
                        r_stp$d = t_stp;
                        r_level$d = t_level;
                        give_acct$d = m_acct$q;
                        give_rate$d = t_rate;
                        give_qty$d = t_leaves;
                        if (t_inst != m_inst$q) begin
                            rep$d[(64'h8)+:(8)] = reason_unknown_order;
                            state_next = Step$Emit;
                        end
                        else if (m_qty$q == 32'h0) begin
                            rep$d[(64'h8)+:(8)] = reason_invalid_qty;
                            state_next = Step$Emit;
                        end
                        else if ((m_price$q == t_price) && (m_qty$q <= t_leaves)) begin
                            give_qty$d = t_leaves - m_qty$q;
                            state_next = Step$ReplaceInPlace;
                        end
                        else begin
                            state_next = Step$ReplaceRelease;
                        end
                    end
                end
            Step$ReplaceInPlace:
                begin
                    if (can_report) begin
                        slot_terms$write_data = terms_write$with_leaves;
                        slot_terms$write_enable = 1'b1;
                        level_totals$write_data = level_totals$read_data - ((give_qty$q) & 48'hffffffffffff);
                        level_totals$write_enable = 1'b1;
                        ledger$open_change = 1'b1;
                        ledger$open_less = 1'b1;
                        after_release$d = Step$Idle;
                        rep$d[(64'h0)+:(8)] = ev_replaced;
                        rep$d[(64'h8)+:(8)] = no_reason;
                        rep$d[(64'h10)+:(8)] = side_buy;
                        if (r_sell$q) begin
                            rep$d[(64'h10)+:(8)] = side_sell;
                        end
                        rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves;
                        rep$d[(64'h50)+:(32)] = m_price$q;
                        rep$d[(64'h70)+:(32)] = m_qty$q;
                        rep$d[(64'h90)+:(32)] = m_qty$q;
                        resume_next = Step$Release;
                        state_next = Step$Emit;
                    end
                end
            Step$MarketPrice:
                begin
                    state_next = Step$Verdict;
                end
            Step$ReplaceRelease:
                begin
                    order_sell$d = r_sell$q;
                    order_market$d = 1'b0;
                    order_tif$d = tif_gtc;
                    order_post_only$d = r_post_only$q;
                    order_released$d = give_product$product;
                    book_next = (m_inst$q << 32'h1) | 32'h1;
                    if (r_sell$q) begin
                        book_next = m_inst$q << 32'h1;
                    end
                    state_next = Step$ReplaceRisk;
                end
            Step$ReplaceRisk:
                begin
                    taker_sell$d = r_sell$q;
                    limit_idx$d = ((m_price$q - i_base) & 16'hffff);
                    state_next = Step$ReplaceVerdict;
                end
            Step$ReplaceVerdict:
                begin
                    if (can_report) begin
                        slot_next = r_slot$q;
                        acct_next = m_acct$q;
                        inst_next = m_inst$q;
                        book_next = m_inst$q << 32'h1;
                        if (r_sell$q) begin
                            book_next = (m_inst$q << 32'h1) | 32'h1;
                        end
                        level_next_ptr = r_level$q;
                        if (|verdict_fails$q) begin
                            rep$d[(64'h8)+:(8)] = verdict_code$reason;
                            state_next = Step$Emit;
                        end
                        else begin
                            eff_price$d = m_price$q;
                            rate$d = verdict_rate$q;
                            stp_eff$d = r_stp$q;
                            post_only_eff$d = r_post_only$q;
                            remaining$d = m_qty$q;
                            reserved$d = verdict_reservation$q;
                            v_slot$d = r_slot$q;
                            v_acct$d = m_acct$q;
                            v_inst$d = m_inst$q;
                            v_sell$d = r_sell$q;
                            v_level$d = r_level$q;
                            v_counted$d = r_old_leaves$q;
                            v_unrest$d = 1'b1;
                            v_forget$d = 1'b0;
                            v_id$d = m_id$q;
                            v_home$d = m_home$q;
                            after_remove$d = Step$ReplaceHeadroom;
                            state_next = Step$Unlink1;
                        end
                    end
                end
            Step$ReplaceHeadroom:
                begin
                    book_next = taker_opposite_book;
                    if (can_report) begin
                        ledger$add = 1'b1;
                        ledger$reserve = 1'b1;
                        rep$d[(64'h0)+:(8)] = ev_replaced;
                        rep$d[(64'h8)+:(8)] = no_reason;
                        rep$d[(64'h10)+:(8)] = taker_side_code;
                        rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves;
                        rep$d[(64'h50)+:(32)] = m_price$q;
                        rep$d[(64'h70)+:(32)] = m_qty$q;
                        rep$d[(64'h90)+:(32)] = m_qty$q;
                        resume_next = Step$MatchTop;
                        state_next = Step$Emit;
                    end
                end
            Step$KillRead:
                begin
                    acct_next = m_acct$q;
                    state_next = Step$KillNext;
                end
            Step$KillNext:
                begin
                    if (ae_oldest[32'h10]) begin
                        state_next = Step$Idle;
                        if (shared) begin
                            state_next = Step$KillTurn;
                        end
                    end
                    else begin
                        slot_next = ae_oldest[(32'h0)+:(16)];
                        state_next = Step$KillSlot;
                    end
                end
            Step$KillSlot:
                begin
                    if (can_report && bitmap$cmd_ready) begin
                        v_slot$d = slot_ptr$q;
                        v_acct$d = m_acct$q;
                        v_inst$d = t_inst;
                        v_sell$d = t_sell;
                        v_level$d = t_level;
                        v_counted$d = t_leaves;
                        v_unrest$d = 1'b1;
                        v_forget$d = 1'b1;
                        v_id$d = s_id;
                        v_home$d = s_home;
                        rep$d[(64'h0)+:(8)] = ev_canceled;
                        rep$d[(64'h8)+:(8)] = reason_kill;
                        rep$d[(64'h10)+:(8)] = side_buy;
                        if (t_sell) begin
                            rep$d[(64'h10)+:(8)] = side_sell;
                        end
                        rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves_reason;
                        rep$d[(64'h20)+:(16)] = t_inst;
                        rep$d[(64'h30)+:(32)] = m_acct$q;
                        rep$d[(64'hb0)+:(64)] = s_id;
                        rep$d[(64'h50)+:(32)] = t_price;
                        rep$d[(64'h70)+:(32)] = t_leaves;
                        rep$d[(64'h90)+:(32)] = 32'h0;
                        rep$d[(64'h130)+:(32)] = 32'h0;
                        rep$d[(64'h150)+:(64)] = 32'h0;
                        give_acct$d = m_acct$q;
                        give_qty$d = t_leaves;
                        give_rate$d = t_rate;
                        v_release$d = 1'b1;
                        after_remove$d = Step$KillRead;
                        rep_stamp$d = s_stamp;
                        resume_next = Step$Unlink0;
                        state_next = Step$Emit;
                    end
                end
            Step$KillTurn:
                begin
                    if (kill_turn) begin
                        state_next = Step$KillGive;
                    end
                end
            Step$KillGive:
                begin
                    ledger$headroom_value = (kill_total[(32'h0)+:(64)] & ~(1 << (32'h3f)) | ((~kill_total[32'h3f]) << (32'h3f)));
                    if (|kill_total[(32'h40)+:(16)]) begin
                        ledger$headroom_value = i64_max;
                    end
                    ledger$headroom_set = 1'b1;
                    kill_given = 1'b1;
                    kill_sum$d = 32'h0;
                    state_next = Step$Idle;
                end
            default:
                begin
                    state_next = Step$Clearing;
                end
        endcase
        msg_acct_low = ((message[(64'h230)+:(32)]) & 4'hf);
        msg_inst_low = ((message[(64'h220)+:(16)]) & 3'h7);
        msg_opposite_book = message[(64'h220)+:(16)] << 32'h1;
        if (message[(64'h20a)+:(8)] == side_buy) begin
            msg_opposite_book = (message[(64'h220)+:(16)] << 32'h1) | 32'h1;
        end
        same_acct_as_order = msg_acct_low == ((m_acct$q) & 4'hf);
        same_inst_as_order = msg_inst_low == ((m_inst$q) & 3'h7);
        overlap_ok = 1'b0;
        if (~message[(64'h1)+:(1)] && ~message[(64'h0)+:(1)]) begin
            if (state$q == Step$RestLink) begin
                overlap_ok = ~(same_acct_as_order && same_inst_as_order) && (((msg_opposite_book) & 4'hf) != ((book_ptr$q) & 4'hf));
            end
            if ((state$q == Step$Release) && (after_release$q == Step$Idle)) begin
                overlap_ok = msg_acct_low != ((give_acct$q) & 4'hf);
            end
            if ((state$q == Step$MatchEnd) && (remaining$q == 32'h0) && ~replacing$q) begin
                overlap_ok = 1'b1;
            end
            if ((state$q == Step$UnlinkClearBest) && (after_clear$q == Step$Idle)) begin
                overlap_ok = 1'b1;
            end
            if ((state$q == Step$Lookup) && (m_type$q > msg_replace) && (m_type$q != msg_kill)) begin
                overlap_ok = ~same_acct_as_order && ~same_inst_as_order;
            end
            if ((state$q == Step$Unlink1) && (after_remove$q == Step$Idle) && ~fill_unlink$q && bitmap$cmd_ready && (~v_forget$q || removal_ready) && (~v_unrest$q || v_level_stays$q)) begin
                overlap_ok = (msg_acct_low != ((v_acct$q) & 4'hf)) && (msg_inst_low != ((v_inst$q) & 3'h7));
            end
        end
        if ((state$q == Step$Idle) || overlap_ok) begin
            ahead_valid$d = 1'b0;
            ahead_pending$d = 1'b0;
            msg_ready = can_report;
            if (msg_valid && can_report) begin
                taking = 1'b1;
                find_pending$d = 1'b0;
                lookup_seen$d = 1'b0;
                dup_wait$d = 1'b0;
                m_type$d = message[(64'h202)+:(8)];
                m_sell$d = message[(64'h20a)+:(8)] == side_sell;
                order_sell$d = message[(64'h20a)+:(8)] == side_sell;
                order_market$d = message[(64'h213)+:(1)];
                order_tif$d = message[(64'h214)+:(8)];
                order_post_only$d = message[(64'h21c)+:(1)];
                order_released$d = 32'h0;
                if (message[(64'h202)+:(8)] == msg_headroom) begin
                    addend_q$d = message[(64'h310)+:(64)];
                end
                m_side$d = message[(64'h20a)+:(8)];
                m_stp$d = message[(64'h21d)+:(3)];
                m_inst$d = message[(64'h220)+:(16)];
                m_acct$d = message[(64'h230)+:(32)];
                acct_in_range$d = message[(64'h230)+:(32)] < cap_accounts$q;
                inst_in_range$d = ((message[(64'h220)+:(16)]) & 32'hffffffff) < cap_instruments$q;
                m_price$d = message[(64'h250)+:(32)];
                price_in_force$d = message[(64'h250)+:(32)];
                m_qty$d = message[(64'h270)+:(32)];
                released_less_qty$d = (~((message[(64'h270)+:(32)]) & 68'hfffffffffffffffff)) + 32'h1;
                m_id$d = message[(64'h290)+:(64)];
                m_home$d = key_home;
                m_seq$d = message[(64'h2d0)+:(64)];
                replacing$d = message[(64'h202)+:(8)] == msg_replace;
                id_found$d = 1'b0;
                if (message[(64'h0)+:(1)] || (message[(64'h1)+:(1)] && committed$q)) begin
                    rep$d[(64'h0)+:(8)] = ev_reject;
                    rep$d[(64'h8)+:(8)] = reason_malformed;
                    rep$d[(64'h10)+:(8)] = side_none;
                    rep$d[(64'h18)+:(8)] = columns_price_qty_reason;
                    if (message[(64'h212)+:(1)]) begin
                        rep$d[(64'h10)+:(8)] = message[(64'h20a)+:(8)];
                        rep$d[(64'h18)+:(8)] = columns_side_price_qty_reason;
                    end
                    rep$d[(64'h20)+:(16)] = message[(64'h220)+:(16)];
                    rep$d[(64'h30)+:(32)] = message[(64'h230)+:(32)];
                    rep$d[(64'h50)+:(32)] = message[(64'h250)+:(32)];
                    rep$d[(64'h70)+:(32)] = message[(64'h270)+:(32)];
                    rep$d[(64'h90)+:(32)] = 32'h0;
                    rep$d[(64'hb0)+:(64)] = message[(64'h290)+:(64)];
                    rep$d[(64'h130)+:(32)] = 32'h0;
                    rep$d[(64'h150)+:(64)] = 32'h0;
                    resume_next = Step$Idle;
                    state_next = Step$Emit;
                end
                else if (message[(64'h1)+:(1)]) begin
                    if (message[(64'h202)+:(8)] == cfg_commit) begin
                        committed$d = 1'b1;
                    end
                    if (message[(64'h202)+:(8)] == cfg_capacity) begin
                        cap_instruments$d = decoder$cap_instruments;
                        if (decoder$cap_instruments > build_instruments) begin
                            cap_instruments$d = build_instruments;
                        end
                        cap_accounts$d = decoder$cap_accounts;
                        if (decoder$cap_accounts > build_accounts) begin
                            cap_accounts$d = build_accounts;
                        end
                        cap_slots$d = decoder$cap_order_slots;
                        if (decoder$cap_order_slots > build_slots) begin
                            cap_slots$d = build_slots;
                        end
                        cap_window$d = decoder$cap_price_window;
                        if (decoder$cap_price_window > build_window) begin
                            cap_window$d = build_window;
                        end
                    end
                    if ((message[(64'h202)+:(8)] == cfg_instrument) && (((decoder$instrument_id) & 32'hffffffff) < build_instruments)) begin
                        instruments$write_address = ((decoder$instrument_id) & 3'h7);
                        instruments$write_data = decoder$instrument_row;
                        instruments$write_enable = 1'b1;
                    end
                    if ((message[(64'h202)+:(8)] == cfg_account) && (decoder$account_id < build_accounts)) begin
                        accounts$write_address = ((decoder$account_id) & 4'hf);
                        accounts$write_data = decoder$account_row;
                        accounts$write_enable = 1'b1;
                        ledger$write_account = ((decoder$account_id) & 4'hf);
                        ledger$headroom_set = 1'b1;
                    end
                end
                else begin
                    acct_next = message[(64'h230)+:(32)];
                    inst_next = message[(64'h220)+:(16)];
                    book_next = msg_opposite_book;
                    if (message[(64'h202)+:(8)] <= msg_replace) begin
                        order_ids$cmd_valid = ids_cmd_ready_now;
                        order_ids$cmd_op = ids_find;
                        find_pending$d = ~ids_cmd_ready_now;
                    end
                    state_next = Step$Lookup;
                end
            end
        end
        done = msg_open$q && ((state$q == Step$Idle) || overlap_ok) && can_report && end_ready;
        msg_open$d = (msg_open$q && ~done) || taking;
        if (take_slot) begin
            rest_slot$d = ((free_slots$slot) & 16'hffff);
            free_slots$alloc = 1'b1;
            slot_ids$write_address = free_slots$slot;
            slot_ids$write_enable = 1'b1;
            order_ids$cmd_valid = 1'b1;
            order_ids$cmd_op = ids_insert;
            order_ids$cmd_slot = free_slots$slot;
            level_links$terminate_slot = free_slots$slot;
            level_links$terminate = 1'b1;
            account_links$terminate_slot = free_slots$slot;
            account_links$terminate = 1'b1;
        end
        if (expire_taker) begin
            rep$d[(64'h0)+:(8)] = ev_expired;
            rep$d[(64'h8)+:(8)] = expiry_reason;
            rep$d[(64'h10)+:(8)] = taker_side_code;
            rep$d[(64'h18)+:(8)] = columns_side_price_qty_leaves_reason;
            rep$d[(64'h20)+:(16)] = m_inst$q;
            rep$d[(64'h30)+:(32)] = m_acct$q;
            rep$d[(64'hb0)+:(64)] = m_id$q;
            rep$d[(64'h50)+:(32)] = eff_price$q;
            rep$d[(64'h70)+:(32)] = remaining$q;
            rep$d[(64'h90)+:(32)] = 32'h0;
            rep$d[(64'h130)+:(32)] = 32'h0;
            rep$d[(64'h150)+:(64)] = 32'h0;
            give_acct$d = m_acct$q;
            give_qty$d = remaining$q;
            give_rate$d = rate$q;
        end
        if (maker_fill) begin
            ledger$fill = 1'b1;
            ledger$open_change = 1'b1;
            ledger$open_less = 1'b1;
            rep$d[(64'h10)+:(8)] = maker_side_code;
            rep$d[(64'h30)+:(32)] = maker_acct$q;
            rep$d[(64'hb0)+:(64)] = maker_id$q;
            rep$d[(64'h90)+:(32)] = maker_left$q;
            rep$d[(64'h130)+:(32)] = m_acct$q;
            rep$d[(64'h150)+:(64)] = m_id$q;
        end
        state$d = state_next;
        resume$d = resume_next;
        rep_pending$d = rep_pending$q && ~report_ready;
        if (state_next == Step$Emit) begin
            state$d = resume_next;
            rep_pending$d = 1'b1;
        end
        if (emit_now) begin
            rep_pending$d = 1'b1;
        end
        acct_ptr$d = acct_next;
        inst_ptr$d = inst_next;
        book_ptr$d = book_next;
        level_ptr$d = level_next_ptr;
        slot_ptr$d = slot_next;
        accounts$read_address = ((acct_next) & 4'hf);
        ledger$read_account = ((acct_next) & 4'hf);
        account_ends$read_address = ((acct_next) & 4'hf);
        instruments$read_address = ((inst_next) & 3'h7);
        ledger$read_exposure = (((acct_next) & 7'h7f) << instrument_bits) | ((inst_next) & 7'h7f);
        best$read_address = ((book_next) & 4'hf);
        level_ends$read_address = (((book_next) & 20'hfffff) << window_bits) | ((level_next_ptr) & 20'hfffff);
        level_totals$read_address = level_ends$read_address;
        slot_ids$read_address = ((slot_next) & 16'hffff);
        slot_terms$read_address = ((slot_next) & 16'hffff);
        level_links$read_slot = ((slot_next) & 16'hffff);
        account_links$read_slot = ((slot_next) & 16'hffff);
        if (reset) begin
            state$d = Step$Clearing;
            ahead_pending$d = 1'b0;
            ahead_valid$d = 1'b0;
            rep_pending$d = 1'b0;
            find_pending$d = 1'b0;
            fill_unlink$d = 1'b0;
            v_release$d = 1'b0;
            committed$d = 1'b0;
            sweep$d = 32'h0;
            cap_instruments$d = build_instruments;
            cap_accounts$d = build_accounts;
            cap_slots$d = build_slots;
            cap_window$d = build_window;
        end
        slot_homes$read_address = slot_ids$read_address;
        slot_homes$write_address = slot_ids$write_address;
        slot_homes$write_enable = slot_ids$write_enable;
        slot_homes$write_data = m_home$q;
        slot_stamps$read_address = slot_ids$read_address;
        slot_stamps$write_address = slot_ids$write_address;
        slot_stamps$write_enable = slot_ids$write_enable;
        slot_stamps$write_data = m_seq$q;
        if (free_slots$give_back) begin
            freed$d = freed$q + 32'h1;
        end
        if (free_slots$alloc) begin
            took_slot$d = 1'b1;
        end
        done_returned = freed$q;
        if (free_slots$give_back) begin
            done_returned = freed$q + 32'h1;
        end
        if (slot_granted_q$q && ~took_slot$q && ~free_slots$alloc) begin
            done_returned = done_returned + 32'h1;
        end
        if (done || reset) begin
            freed$d = 32'h0;
            took_slot$d = 1'b0;
            slot_granted_q$d = 1'b0;
            slot_full_q$d = 1'b0;
        end
        if (reset) begin
            msg_open$d = 1'b0;
            kill_sum$d = 32'h0;
            lookup_seen$d = 1'b0;
            dup_wait$d = 1'b0;
        end
        ids_cmd_valid = order_ids$cmd_valid;
        ids_cmd_op = order_ids$cmd_op;
        ids_cmd_account = order_ids$cmd_account;
        ids_cmd_cl_ord_id = order_ids$cmd_cl_ord_id;
        ids_cmd_home = order_ids$cmd_home;
        ids_cmd_slot = ((order_ids$cmd_slot) & 16'hffff) | (((lane) & 16'hffff) << slot_shift);
        ids_post_valid = order_ids$post_valid;
        ids_post_account = order_ids$post_account;
        ids_post_cl_ord_id = order_ids$post_cl_ord_id;
        ids_post_home = order_ids$post_home;
        ids_hold_posted = order_ids$hold_posted;
        headroom_read_address = ledger$read_account;
        headroom_write_address = ledger$write_account;
        headroom_write_data = ledger$headroom_write_data;
        headroom_write_enable = ledger$headroom_write_enable;
        removal_account = ((v_acct$q) & 4'hf);
        slot_limit = ((cap_slots$q) & 17'h1ffff);
    end
    
endmodule // gatebook_wide$matcher


module gatebook_wide$matcher$account_ends(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [33:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [33:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[33:0] mem[15:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$account_ends


module gatebook_wide$matcher$account_links(clock,read_slot,prev_slot,next_slot,terminate,terminate_slot,append,append_slot,append_after,unlink);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] read_slot;
    output reg  [16:0] prev_slot;
    output reg  [16:0] next_slot;
    input wire  terminate;
    input wire  [15:0] terminate_slot;
    input wire  append;
    input wire  [15:0] append_slot;
    input wire  [16:0] append_after;
    input wire  unlink;
    
    // Constant declarations
    localparam  no_slot = 17'b10000000000000000;
    
    // Stub signals
    reg  [15:0] prev_links$read_address;
    reg  prev_links$read_clock;
    wire  [16:0] prev_links$read_data;
    reg  [15:0] prev_links$write_address;
    reg  prev_links$write_clock;
    reg  [16:0] prev_links$write_data;
    reg  prev_links$write_enable;
    reg  [15:0] next_links$read_address;
    reg  next_links$read_clock;
    wire  [16:0] next_links$read_data;
    reg  [15:0] next_links$write_address;
    reg  next_links$write_clock;
    reg  [16:0] next_links$write_data;
    reg  next_links$write_enable;
    
    // Sub module instances
    gatebook_wide$matcher$account_links$prev_links prev_links(
        .read_address(prev_links$read_address),
        .read_clock(prev_links$read_clock),
        .read_data(prev_links$read_data),
        .write_address(prev_links$write_address),
        .write_clock(prev_links$write_clock),
        .write_data(prev_links$write_data),
        .write_enable(prev_links$write_enable)
    );
    gatebook_wide$matcher$account_links$next_links next_links(
        .read_address(next_links$read_address),
        .read_clock(next_links$read_clock),
        .read_data(next_links$read_data),
        .write_address(next_links$write_address),
        .write_clock(next_links$write_clock),
        .write_data(next_links$write_data),
        .write_enable(next_links$write_enable)
    );
    
    // Update code
    always @(*) begin
        prev_links$read_clock = clock;
        prev_links$write_clock = clock;
        next_links$read_clock = clock;
        next_links$write_clock = clock;
        prev_links$read_address = read_slot;
        next_links$read_address = read_slot;
        prev_slot = prev_links$read_data;
        next_slot = next_links$read_data;
        prev_links$write_address = append_slot;
        prev_links$write_data = append_after;
        prev_links$write_enable = 1'b0;
        next_links$write_address = ((append_after) & 16'hffff);
        next_links$write_data = ((append_slot) & 17'h1ffff);
        next_links$write_enable = 1'b0;
        if (append) begin
            prev_links$write_enable = 1'b1;
            next_links$write_enable = ~append_after[32'h10];
        end
        if (terminate) begin
            next_links$write_address = terminate_slot;
            next_links$write_data = no_slot;
            next_links$write_enable = 1'b1;
        end
        if (unlink) begin
            next_links$write_address = ((prev_links$read_data) & 16'hffff);
            next_links$write_data = next_links$read_data;
            next_links$write_enable = ~prev_links$read_data[32'h10];
            prev_links$write_address = ((next_links$read_data) & 16'hffff);
            prev_links$write_data = prev_links$read_data;
            prev_links$write_enable = ~next_links$read_data[32'h10];
        end
    end
    
endmodule // gatebook_wide$matcher$account_links


module gatebook_wide$matcher$account_links$next_links(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [16:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [16:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[16:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$account_links$next_links


module gatebook_wide$matcher$account_links$prev_links(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [16:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [16:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[16:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$account_links$prev_links


module gatebook_wide$matcher$account_row(row,configured,enabled,stp,max_order_qty,max_order_notional,max_position,enabled_row,disabled_row);
    
    // Module arguments
    input wire  [167:0] row;
    output reg  configured;
    output reg  enabled;
    output reg  [2:0] stp;
    output reg  [31:0] max_order_qty;
    output reg  [63:0] max_order_notional;
    output reg  [63:0] max_position;
    output reg  [167:0] enabled_row;
    output reg  [167:0] disabled_row;
    
    // Constant declarations
    localparam  enabled_bit = 168'h2;
    localparam  all_but_enabled = 168'hfffffffffffffffffffffffffffffffffffffffffd;
    
    // Update code
    always @(*) begin
        configured = row[32'h0];
        enabled = row[32'h1];
        stp = row[(32'h2)+:(3)];
        max_order_qty = row[(32'h8)+:(32)];
        max_order_notional = row[(32'h28)+:(64)];
        max_position = row[(32'h68)+:(64)];
        disabled_row = row & all_but_enabled;
        enabled_row = row | enabled_bit;
    end
    
endmodule // gatebook_wide$matcher$account_row


module gatebook_wide$matcher$accounts(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [167:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [167:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[167:0] mem[15:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$accounts


module gatebook_wide$matcher$acct_in_range(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$acct_in_range


module gatebook_wide$matcher$acct_ptr(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$acct_ptr


module gatebook_wide$matcher$addend_q(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$addend_q


module gatebook_wide$matcher$after_clear(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Step$Clearing = 0;
    localparam Step$Idle = 1;
    localparam Step$Emit = 2;
    localparam Step$Lookup = 3;
    localparam Step$MarketPrice = 4;
    localparam Step$Verdict = 5;
    localparam Step$FokLook = 6;
    localparam Step$FokAdd = 7;
    localparam Step$FokWait = 8;
    localparam Step$FokDecide = 9;
    localparam Step$ReleaseRead = 10;
    localparam Step$Release = 11;
    localparam Step$MatchTop = 12;
    localparam Step$MatchHead = 13;
    localparam Step$MatchMaker = 14;
    localparam Step$FillTaker = 15;
    localparam Step$FillGap = 16;
    localparam Step$FillMaker = 17;
    localparam Step$StpRemove = 18;
    localparam Step$MatchStopped = 19;
    localparam Step$MatchEnd = 20;
    localparam Step$RestAlloc = 21;
    localparam Step$RestRead = 22;
    localparam Step$RestLink = 23;
    localparam Step$Unlink0 = 24;
    localparam Step$Unlink1 = 25;
    localparam Step$UnlinkClearBest = 26;
    localparam Step$UnlinkSearchWait = 27;
    localparam Step$UnlinkForget = 28;
    localparam Step$CancelCheck = 29;
    localparam Step$ReplaceCheck = 30;
    localparam Step$ReplaceRelease = 31;
    localparam Step$ReplaceRisk = 32;
    localparam Step$ReplaceVerdict = 33;
    localparam Step$ReplaceHeadroom = 34;
    localparam Step$ReplaceInPlace = 35;
    localparam Step$KillRead = 36;
    localparam Step$KillNext = 37;
    localparam Step$KillSlot = 38;
    localparam Step$KillTurn = 39;
    localparam Step$KillGive = 40;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$after_clear


module gatebook_wide$matcher$after_release(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Step$Clearing = 0;
    localparam Step$Idle = 1;
    localparam Step$Emit = 2;
    localparam Step$Lookup = 3;
    localparam Step$MarketPrice = 4;
    localparam Step$Verdict = 5;
    localparam Step$FokLook = 6;
    localparam Step$FokAdd = 7;
    localparam Step$FokWait = 8;
    localparam Step$FokDecide = 9;
    localparam Step$ReleaseRead = 10;
    localparam Step$Release = 11;
    localparam Step$MatchTop = 12;
    localparam Step$MatchHead = 13;
    localparam Step$MatchMaker = 14;
    localparam Step$FillTaker = 15;
    localparam Step$FillGap = 16;
    localparam Step$FillMaker = 17;
    localparam Step$StpRemove = 18;
    localparam Step$MatchStopped = 19;
    localparam Step$MatchEnd = 20;
    localparam Step$RestAlloc = 21;
    localparam Step$RestRead = 22;
    localparam Step$RestLink = 23;
    localparam Step$Unlink0 = 24;
    localparam Step$Unlink1 = 25;
    localparam Step$UnlinkClearBest = 26;
    localparam Step$UnlinkSearchWait = 27;
    localparam Step$UnlinkForget = 28;
    localparam Step$CancelCheck = 29;
    localparam Step$ReplaceCheck = 30;
    localparam Step$ReplaceRelease = 31;
    localparam Step$ReplaceRisk = 32;
    localparam Step$ReplaceVerdict = 33;
    localparam Step$ReplaceHeadroom = 34;
    localparam Step$ReplaceInPlace = 35;
    localparam Step$KillRead = 36;
    localparam Step$KillNext = 37;
    localparam Step$KillSlot = 38;
    localparam Step$KillTurn = 39;
    localparam Step$KillGive = 40;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$after_release


module gatebook_wide$matcher$after_remove(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Step$Clearing = 0;
    localparam Step$Idle = 1;
    localparam Step$Emit = 2;
    localparam Step$Lookup = 3;
    localparam Step$MarketPrice = 4;
    localparam Step$Verdict = 5;
    localparam Step$FokLook = 6;
    localparam Step$FokAdd = 7;
    localparam Step$FokWait = 8;
    localparam Step$FokDecide = 9;
    localparam Step$ReleaseRead = 10;
    localparam Step$Release = 11;
    localparam Step$MatchTop = 12;
    localparam Step$MatchHead = 13;
    localparam Step$MatchMaker = 14;
    localparam Step$FillTaker = 15;
    localparam Step$FillGap = 16;
    localparam Step$FillMaker = 17;
    localparam Step$StpRemove = 18;
    localparam Step$MatchStopped = 19;
    localparam Step$MatchEnd = 20;
    localparam Step$RestAlloc = 21;
    localparam Step$RestRead = 22;
    localparam Step$RestLink = 23;
    localparam Step$Unlink0 = 24;
    localparam Step$Unlink1 = 25;
    localparam Step$UnlinkClearBest = 26;
    localparam Step$UnlinkSearchWait = 27;
    localparam Step$UnlinkForget = 28;
    localparam Step$CancelCheck = 29;
    localparam Step$ReplaceCheck = 30;
    localparam Step$ReplaceRelease = 31;
    localparam Step$ReplaceRisk = 32;
    localparam Step$ReplaceVerdict = 33;
    localparam Step$ReplaceHeadroom = 34;
    localparam Step$ReplaceInPlace = 35;
    localparam Step$KillRead = 36;
    localparam Step$KillNext = 37;
    localparam Step$KillSlot = 38;
    localparam Step$KillTurn = 39;
    localparam Step$KillGive = 40;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$after_remove


module gatebook_wide$matcher$ahead_found(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$ahead_found


module gatebook_wide$matcher$ahead_index(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$ahead_index


module gatebook_wide$matcher$ahead_pending(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$ahead_pending


module gatebook_wide$matcher$ahead_valid(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$ahead_valid


module gatebook_wide$matcher$best(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [16:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [16:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[16:0] mem[15:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$best


module gatebook_wide$matcher$bitmap(clock,reset,cmd_valid,cmd_ready,cmd_op,cmd_book,cmd_index,done,found,found_index);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  cmd_valid;
    output reg  cmd_ready;
    input wire  [1:0] cmd_op;
    input wire  [15:0] cmd_book;
    input wire  [15:0] cmd_index;
    output reg  done;
    output reg  found;
    output reg  [15:0] found_index;
    
    // Constant declarations
    localparam  word_bits = 16'ha;
    localparam  summary_bits = 16'h4;
    localparam  last_summary = 16'hf;
    localparam  all_ones = 64'hffffffffffffffff;
    localparam  op_set = 2'b0;
    localparam  op_clear = 2'b1;
    localparam  op_below = 2'b10;
    localparam  op_above = 2'b11;
    
    // Enums
    localparam BitmapState$Clearing = 0;
    localparam BitmapState$Idle = 1;
    localparam BitmapState$Update = 2;
    localparam BitmapState$FirstLook = 3;
    localparam BitmapState$ScanSummary = 4;
    localparam BitmapState$LastWord = 5;
    
    // Stub signals
    reg  [13:0] words$read_address;
    reg  words$read_clock;
    wire  [63:0] words$read_data;
    reg  [13:0] words$write_address;
    reg  words$write_clock;
    reg  [63:0] words$write_data;
    reg  words$write_enable;
    reg  [7:0] summary$read_address;
    reg  summary$read_clock;
    wire  [63:0] summary$read_data;
    reg  [7:0] summary$write_address;
    reg  summary$write_clock;
    reg  [63:0] summary$write_data;
    reg  summary$write_enable;
    reg  [63:0] word_encoder$bits;
    wire  word_encoder$any;
    wire  [5:0] word_encoder$highest;
    wire  [5:0] word_encoder$lowest;
    reg  [63:0] summary_encoder$bits;
    wire  summary_encoder$any;
    wire  [5:0] summary_encoder$highest;
    wire  [5:0] summary_encoder$lowest;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [1:0] op$d;
    wire  [1:0] op$q;
    reg  op$clock;
    reg  [15:0] book$d;
    wire  [15:0] book$q;
    reg  book$clock;
    reg  [15:0] index$d;
    wire  [15:0] index$q;
    reg  index$clock;
    reg  [15:0] summary_at$d;
    wire  [15:0] summary_at$q;
    reg  summary_at$clock;
    reg  [15:0] word_at$d;
    wire  [15:0] word_at$q;
    reg  word_at$clock;
    reg  [13:0] sweep$d;
    wire  [13:0] sweep$q;
    reg  sweep$clock;
    
    // Local signals
    reg  [63:0] word_bit;
    reg  [63:0] summary_bit;
    reg  [63:0] new_word;
    reg  [63:0] word_beyond;
    reg  [63:0] summary_beyond;
    reg  [15:0] chosen;
    
    // Sub module instances
    gatebook_wide$matcher$bitmap$words words(
        .read_address(words$read_address),
        .read_clock(words$read_clock),
        .read_data(words$read_data),
        .write_address(words$write_address),
        .write_clock(words$write_clock),
        .write_data(words$write_data),
        .write_enable(words$write_enable)
    );
    gatebook_wide$matcher$bitmap$summary summary(
        .read_address(summary$read_address),
        .read_clock(summary$read_clock),
        .read_data(summary$read_data),
        .write_address(summary$write_address),
        .write_clock(summary$write_clock),
        .write_data(summary$write_data),
        .write_enable(summary$write_enable)
    );
    gatebook_wide$matcher$bitmap$word_encoder word_encoder(
        .bits(word_encoder$bits),
        .any(word_encoder$any),
        .highest(word_encoder$highest),
        .lowest(word_encoder$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder summary_encoder(
        .bits(summary_encoder$bits),
        .any(summary_encoder$any),
        .highest(summary_encoder$highest),
        .lowest(summary_encoder$lowest)
    );
    gatebook_wide$matcher$bitmap$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_wide$matcher$bitmap$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    gatebook_wide$matcher$bitmap$book book(
        .d(book$d),
        .q(book$q),
        .clock(book$clock)
    );
    gatebook_wide$matcher$bitmap$index index(
        .d(index$d),
        .q(index$q),
        .clock(index$clock)
    );
    gatebook_wide$matcher$bitmap$summary_at summary_at(
        .d(summary_at$d),
        .q(summary_at$q),
        .clock(summary_at$clock)
    );
    gatebook_wide$matcher$bitmap$word_at word_at(
        .d(word_at$d),
        .q(word_at$q),
        .clock(word_at$clock)
    );
    gatebook_wide$matcher$bitmap$sweep sweep(
        .d(sweep$d),
        .q(sweep$q),
        .clock(sweep$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        op$clock = clock;
        book$clock = clock;
        index$clock = clock;
        summary_at$clock = clock;
        word_at$clock = clock;
        sweep$clock = clock;
        state$d = state$q;
        op$d = op$q;
        book$d = book$q;
        index$d = index$q;
        summary_at$d = summary_at$q;
        word_at$d = word_at$q;
        sweep$d = sweep$q;
        words$read_clock = clock;
        words$write_clock = clock;
        summary$read_clock = clock;
        summary$write_clock = clock;
        words$read_address = (((book$q << word_bits) | (index$q >> 32'h6)) & 14'h3fff);
        summary$read_address = (((book$q << summary_bits) | (index$q >> 32'hc)) & 8'hff);
        words$write_address = words$read_address;
        summary$write_address = summary$read_address;
        words$write_enable = 1'b0;
        summary$write_enable = 1'b0;
        words$write_data = 32'h0;
        summary$write_data = 32'h0;
        cmd_ready = 1'b0;
        done = 1'b0;
        found = 1'b0;
        found_index = 32'h0;
        word_bit = ((32'h1) & 64'hffffffffffffffff) << ((index$q) & 6'h3f);
        summary_bit = ((32'h1) & 64'hffffffffffffffff) << ((index$q >> 32'h6) & 6'h3f);
        if (op$q == op_below) begin
            word_beyond = ~(all_ones << ((index$q) & 6'h3f));
            summary_beyond = ~(all_ones << ((index$q >> 32'h6) & 6'h3f));
        end
        else begin
            word_beyond = (all_ones << 32'h1) << ((index$q) & 6'h3f);
            summary_beyond = (all_ones << 32'h1) << ((index$q >> 32'h6) & 6'h3f);
        end
        if (op$q == op_set) begin
            new_word = words$read_data | word_bit;
        end
        else begin
            new_word = words$read_data & ~word_bit;
        end
        word_encoder$bits = words$read_data;
        summary_encoder$bits = summary$read_data;
        if (state$q == BitmapState$FirstLook) begin
            word_encoder$bits = words$read_data & word_beyond;
            summary_encoder$bits = summary$read_data & summary_beyond;
        end
        if (op$q == op_below) begin
            chosen = (summary_at$q << 32'h6) | ((summary_encoder$highest) & 16'hffff);
        end
        else begin
            chosen = (summary_at$q << 32'h6) | ((summary_encoder$lowest) & 16'hffff);
        end
        case (state$q)
            BitmapState$Clearing:
                begin
                    words$write_address = sweep$q;
                    summary$write_address = ((sweep$q) & 8'hff);
                    words$write_enable = 1'b1;
                    summary$write_enable = 1'b1;
                    sweep$d = sweep$q + 32'h1;
                    if (&sweep$q) begin
                        state$d = BitmapState$Idle;
                    end
                end
            BitmapState$Idle:
                begin
                    cmd_ready = 1'b1;
                    if (cmd_valid) begin
                        op$d = cmd_op;
                        book$d = cmd_book;
                        index$d = cmd_index;
                        summary_at$d = cmd_index >> 32'hc;
                        words$read_address = (((cmd_book << word_bits) | (cmd_index >> 32'h6)) & 14'h3fff);
                        summary$read_address = (((cmd_book << summary_bits) | (cmd_index >> 32'hc)) & 8'hff);
                        if (cmd_op <= op_clear) begin
                            state$d = BitmapState$Update;
                        end
                        else begin
                            state$d = BitmapState$FirstLook;
                        end
                    end
                end
            BitmapState$Update:
                begin
                    words$write_enable = 1'b1;
                    words$write_data = new_word;
                    summary$write_enable = 1'b1;
                    if (op$q == op_set) begin
                        summary$write_data = summary$read_data | summary_bit;
                    end
                    else if (new_word == 32'h0) begin
                        summary$write_data = summary$read_data & ~summary_bit;
                    end
                    else begin
                        summary$write_data = summary$read_data;
                    end
                    done = 1'b1;
                    state$d = BitmapState$Idle;
                end
            BitmapState$FirstLook:
                begin
                    if (word_encoder$any) begin
                        done = 1'b1;
                        found = 1'b1;
                        if (op$q == op_below) begin
                            found_index = (index$q & 32'hffc0) | ((word_encoder$highest) & 16'hffff);
                        end
                        else begin
                            found_index = (index$q & 32'hffc0) | ((word_encoder$lowest) & 16'hffff);
                        end
                        state$d = BitmapState$Idle;
                    end
                    else if (summary_encoder$any) begin
                        word_at$d = chosen;
                        words$read_address = (((book$q << word_bits) | chosen) & 14'h3fff);
                        state$d = BitmapState$LastWord;
                    end
                    else if (op$q == op_below && summary_at$q != 32'h0) begin
                        summary_at$d = summary_at$q - 32'h1;
                        summary$read_address = (((book$q << summary_bits) | (summary_at$q - 32'h1)) & 8'hff);
                        state$d = BitmapState$ScanSummary;
                    end
                    else if (op$q == op_above && summary_at$q != last_summary) begin
                        summary_at$d = summary_at$q + 32'h1;
                        summary$read_address = (((book$q << summary_bits) | (summary_at$q + 32'h1)) & 8'hff);
                        state$d = BitmapState$ScanSummary;
                    end
                    else begin
                        done = 1'b1;
                        state$d = BitmapState$Idle;
                    end
                end
            BitmapState$ScanSummary:
                begin
                    if (summary_encoder$any) begin
                        word_at$d = chosen;
                        words$read_address = (((book$q << word_bits) | chosen) & 14'h3fff);
                        state$d = BitmapState$LastWord;
                    end
                    else if (op$q == op_below && summary_at$q != 32'h0) begin
                        summary_at$d = summary_at$q - 32'h1;
                        summary$read_address = (((book$q << summary_bits) | (summary_at$q - 32'h1)) & 8'hff);
                    end
                    else if (op$q == op_above && summary_at$q != last_summary) begin
                        summary_at$d = summary_at$q + 32'h1;
                        summary$read_address = (((book$q << summary_bits) | (summary_at$q + 32'h1)) & 8'hff);
                    end
                    else begin
                        done = 1'b1;
                        state$d = BitmapState$Idle;
                    end
                end
            BitmapState$LastWord:
                begin
                    done = 1'b1;
                    found = 1'b1;
                    if (op$q == op_below) begin
                        found_index = (word_at$q << 32'h6) | ((word_encoder$highest) & 16'hffff);
                    end
                    else begin
                        found_index = (word_at$q << 32'h6) | ((word_encoder$lowest) & 16'hffff);
                    end
                    state$d = BitmapState$Idle;
                end
            default:
                begin
                    state$d = BitmapState$Clearing;
                end
        endcase
        if (reset) begin
            state$d = BitmapState$Clearing;
            sweep$d = 32'h0;
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap


module gatebook_wide$matcher$bitmap$book(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$bitmap$book


module gatebook_wide$matcher$bitmap$index(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$bitmap$index


module gatebook_wide$matcher$bitmap$op(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$bitmap$op


module gatebook_wide$matcher$bitmap$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam BitmapState$Clearing = 0;
    localparam BitmapState$Idle = 1;
    localparam BitmapState$Update = 2;
    localparam BitmapState$FirstLook = 3;
    localparam BitmapState$ScanSummary = 4;
    localparam BitmapState$LastWord = 5;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$bitmap$state


module gatebook_wide$matcher$bitmap$summary(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [7:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [7:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[63:0] mem[255:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$bitmap$summary


module gatebook_wide$matcher$bitmap$summary_at(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$bitmap$summary_at


module gatebook_wide$matcher$bitmap$summary_encoder(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [63:0] bits;
    output reg  any;
    output reg  [5:0] highest;
    output reg  [5:0] lowest;
    
    // Stub signals
    reg  [7:0] group0$bits;
    wire  group0$any;
    wire  [2:0] group0$highest;
    wire  [2:0] group0$lowest;
    reg  [7:0] group1$bits;
    wire  group1$any;
    wire  [2:0] group1$highest;
    wire  [2:0] group1$lowest;
    reg  [7:0] group2$bits;
    wire  group2$any;
    wire  [2:0] group2$highest;
    wire  [2:0] group2$lowest;
    reg  [7:0] group3$bits;
    wire  group3$any;
    wire  [2:0] group3$highest;
    wire  [2:0] group3$lowest;
    reg  [7:0] group4$bits;
    wire  group4$any;
    wire  [2:0] group4$highest;
    wire  [2:0] group4$lowest;
    reg  [7:0] group5$bits;
    wire  group5$any;
    wire  [2:0] group5$highest;
    wire  [2:0] group5$lowest;
    reg  [7:0] group6$bits;
    wire  group6$any;
    wire  [2:0] group6$highest;
    wire  [2:0] group6$lowest;
    reg  [7:0] group7$bits;
    wire  group7$any;
    wire  [2:0] group7$highest;
    wire  [2:0] group7$lowest;
    reg  [7:0] groups$bits;
    wire  groups$any;
    wire  [2:0] groups$highest;
    wire  [2:0] groups$lowest;
    
    // Local signals
    reg  [2:0] highest_in_group;
    reg  [2:0] lowest_in_group;
    
    // Sub module instances
    gatebook_wide$matcher$bitmap$summary_encoder$group0 group0(
        .bits(group0$bits),
        .any(group0$any),
        .highest(group0$highest),
        .lowest(group0$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder$group1 group1(
        .bits(group1$bits),
        .any(group1$any),
        .highest(group1$highest),
        .lowest(group1$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder$group2 group2(
        .bits(group2$bits),
        .any(group2$any),
        .highest(group2$highest),
        .lowest(group2$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder$group3 group3(
        .bits(group3$bits),
        .any(group3$any),
        .highest(group3$highest),
        .lowest(group3$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder$group4 group4(
        .bits(group4$bits),
        .any(group4$any),
        .highest(group4$highest),
        .lowest(group4$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder$group5 group5(
        .bits(group5$bits),
        .any(group5$any),
        .highest(group5$highest),
        .lowest(group5$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder$group6 group6(
        .bits(group6$bits),
        .any(group6$any),
        .highest(group6$highest),
        .lowest(group6$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder$group7 group7(
        .bits(group7$bits),
        .any(group7$any),
        .highest(group7$highest),
        .lowest(group7$lowest)
    );
    gatebook_wide$matcher$bitmap$summary_encoder$groups groups(
        .bits(groups$bits),
        .any(groups$any),
        .highest(groups$highest),
        .lowest(groups$lowest)
    );
    
    // Update code
    always @(*) begin
        group0$bits = bits[(32'h0)+:(8)];
        group1$bits = bits[(32'h8)+:(8)];
        group2$bits = bits[(32'h10)+:(8)];
        group3$bits = bits[(32'h18)+:(8)];
        group4$bits = bits[(32'h20)+:(8)];
        group5$bits = bits[(32'h28)+:(8)];
        group6$bits = bits[(32'h30)+:(8)];
        group7$bits = bits[(32'h38)+:(8)];
        groups$bits = (((((group0$any) & 1'h1)) & 8'hff) << 32'h0) | (((((group1$any) & 1'h1)) & 8'hff) << 32'h1) | (((((group2$any) & 1'h1)) & 8'hff) << 32'h2) | (((((group3$any) & 1'h1)) & 8'hff) << 32'h3) | (((((group4$any) & 1'h1)) & 8'hff) << 32'h4) | (((((group5$any) & 1'h1)) & 8'hff) << 32'h5) | (((((group6$any) & 1'h1)) & 8'hff) << 32'h6) | (((((group7$any) & 1'h1)) & 8'hff) << 32'h7);
        any = groups$any;
        highest_in_group = group0$highest;
        if (groups$highest == 32'h1) begin
            highest_in_group = group1$highest;
        end
        if (groups$highest == 32'h2) begin
            highest_in_group = group2$highest;
        end
        if (groups$highest == 32'h3) begin
            highest_in_group = group3$highest;
        end
        if (groups$highest == 32'h4) begin
            highest_in_group = group4$highest;
        end
        if (groups$highest == 32'h5) begin
            highest_in_group = group5$highest;
        end
        if (groups$highest == 32'h6) begin
            highest_in_group = group6$highest;
        end
        if (groups$highest == 32'h7) begin
            highest_in_group = group7$highest;
        end
        lowest_in_group = group0$lowest;
        if (groups$lowest == 32'h1) begin
            lowest_in_group = group1$lowest;
        end
        if (groups$lowest == 32'h2) begin
            lowest_in_group = group2$lowest;
        end
        if (groups$lowest == 32'h3) begin
            lowest_in_group = group3$lowest;
        end
        if (groups$lowest == 32'h4) begin
            lowest_in_group = group4$lowest;
        end
        if (groups$lowest == 32'h5) begin
            lowest_in_group = group5$lowest;
        end
        if (groups$lowest == 32'h6) begin
            lowest_in_group = group6$lowest;
        end
        if (groups$lowest == 32'h7) begin
            lowest_in_group = group7$lowest;
        end
        highest = (((groups$highest) & 6'h3f) << 32'h3) | ((highest_in_group) & 6'h3f);
        lowest = (((groups$lowest) & 6'h3f) << 32'h3) | ((lowest_in_group) & 6'h3f);
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder


module gatebook_wide$matcher$bitmap$summary_encoder$group0(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$group0


module gatebook_wide$matcher$bitmap$summary_encoder$group1(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$group1


module gatebook_wide$matcher$bitmap$summary_encoder$group2(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$group2


module gatebook_wide$matcher$bitmap$summary_encoder$group3(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$group3


module gatebook_wide$matcher$bitmap$summary_encoder$group4(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$group4


module gatebook_wide$matcher$bitmap$summary_encoder$group5(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$group5


module gatebook_wide$matcher$bitmap$summary_encoder$group6(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$group6


module gatebook_wide$matcher$bitmap$summary_encoder$group7(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$group7


module gatebook_wide$matcher$bitmap$summary_encoder$groups(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$summary_encoder$groups


module gatebook_wide$matcher$bitmap$sweep(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$bitmap$sweep


module gatebook_wide$matcher$bitmap$word_at(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$bitmap$word_at


module gatebook_wide$matcher$bitmap$word_encoder(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [63:0] bits;
    output reg  any;
    output reg  [5:0] highest;
    output reg  [5:0] lowest;
    
    // Stub signals
    reg  [7:0] group0$bits;
    wire  group0$any;
    wire  [2:0] group0$highest;
    wire  [2:0] group0$lowest;
    reg  [7:0] group1$bits;
    wire  group1$any;
    wire  [2:0] group1$highest;
    wire  [2:0] group1$lowest;
    reg  [7:0] group2$bits;
    wire  group2$any;
    wire  [2:0] group2$highest;
    wire  [2:0] group2$lowest;
    reg  [7:0] group3$bits;
    wire  group3$any;
    wire  [2:0] group3$highest;
    wire  [2:0] group3$lowest;
    reg  [7:0] group4$bits;
    wire  group4$any;
    wire  [2:0] group4$highest;
    wire  [2:0] group4$lowest;
    reg  [7:0] group5$bits;
    wire  group5$any;
    wire  [2:0] group5$highest;
    wire  [2:0] group5$lowest;
    reg  [7:0] group6$bits;
    wire  group6$any;
    wire  [2:0] group6$highest;
    wire  [2:0] group6$lowest;
    reg  [7:0] group7$bits;
    wire  group7$any;
    wire  [2:0] group7$highest;
    wire  [2:0] group7$lowest;
    reg  [7:0] groups$bits;
    wire  groups$any;
    wire  [2:0] groups$highest;
    wire  [2:0] groups$lowest;
    
    // Local signals
    reg  [2:0] highest_in_group;
    reg  [2:0] lowest_in_group;
    
    // Sub module instances
    gatebook_wide$matcher$bitmap$word_encoder$group0 group0(
        .bits(group0$bits),
        .any(group0$any),
        .highest(group0$highest),
        .lowest(group0$lowest)
    );
    gatebook_wide$matcher$bitmap$word_encoder$group1 group1(
        .bits(group1$bits),
        .any(group1$any),
        .highest(group1$highest),
        .lowest(group1$lowest)
    );
    gatebook_wide$matcher$bitmap$word_encoder$group2 group2(
        .bits(group2$bits),
        .any(group2$any),
        .highest(group2$highest),
        .lowest(group2$lowest)
    );
    gatebook_wide$matcher$bitmap$word_encoder$group3 group3(
        .bits(group3$bits),
        .any(group3$any),
        .highest(group3$highest),
        .lowest(group3$lowest)
    );
    gatebook_wide$matcher$bitmap$word_encoder$group4 group4(
        .bits(group4$bits),
        .any(group4$any),
        .highest(group4$highest),
        .lowest(group4$lowest)
    );
    gatebook_wide$matcher$bitmap$word_encoder$group5 group5(
        .bits(group5$bits),
        .any(group5$any),
        .highest(group5$highest),
        .lowest(group5$lowest)
    );
    gatebook_wide$matcher$bitmap$word_encoder$group6 group6(
        .bits(group6$bits),
        .any(group6$any),
        .highest(group6$highest),
        .lowest(group6$lowest)
    );
    gatebook_wide$matcher$bitmap$word_encoder$group7 group7(
        .bits(group7$bits),
        .any(group7$any),
        .highest(group7$highest),
        .lowest(group7$lowest)
    );
    gatebook_wide$matcher$bitmap$word_encoder$groups groups(
        .bits(groups$bits),
        .any(groups$any),
        .highest(groups$highest),
        .lowest(groups$lowest)
    );
    
    // Update code
    always @(*) begin
        group0$bits = bits[(32'h0)+:(8)];
        group1$bits = bits[(32'h8)+:(8)];
        group2$bits = bits[(32'h10)+:(8)];
        group3$bits = bits[(32'h18)+:(8)];
        group4$bits = bits[(32'h20)+:(8)];
        group5$bits = bits[(32'h28)+:(8)];
        group6$bits = bits[(32'h30)+:(8)];
        group7$bits = bits[(32'h38)+:(8)];
        groups$bits = (((((group0$any) & 1'h1)) & 8'hff) << 32'h0) | (((((group1$any) & 1'h1)) & 8'hff) << 32'h1) | (((((group2$any) & 1'h1)) & 8'hff) << 32'h2) | (((((group3$any) & 1'h1)) & 8'hff) << 32'h3) | (((((group4$any) & 1'h1)) & 8'hff) << 32'h4) | (((((group5$any) & 1'h1)) & 8'hff) << 32'h5) | (((((group6$any) & 1'h1)) & 8'hff) << 32'h6) | (((((group7$any) & 1'h1)) & 8'hff) << 32'h7);
        any = groups$any;
        highest_in_group = group0$highest;
        if (groups$highest == 32'h1) begin
            highest_in_group = group1$highest;
        end
        if (groups$highest == 32'h2) begin
            highest_in_group = group2$highest;
        end
        if (groups$highest == 32'h3) begin
            highest_in_group = group3$highest;
        end
        if (groups$highest == 32'h4) begin
            highest_in_group = group4$highest;
        end
        if (groups$highest == 32'h5) begin
            highest_in_group = group5$highest;
        end
        if (groups$highest == 32'h6) begin
            highest_in_group = group6$highest;
        end
        if (groups$highest == 32'h7) begin
            highest_in_group = group7$highest;
        end
        lowest_in_group = group0$lowest;
        if (groups$lowest == 32'h1) begin
            lowest_in_group = group1$lowest;
        end
        if (groups$lowest == 32'h2) begin
            lowest_in_group = group2$lowest;
        end
        if (groups$lowest == 32'h3) begin
            lowest_in_group = group3$lowest;
        end
        if (groups$lowest == 32'h4) begin
            lowest_in_group = group4$lowest;
        end
        if (groups$lowest == 32'h5) begin
            lowest_in_group = group5$lowest;
        end
        if (groups$lowest == 32'h6) begin
            lowest_in_group = group6$lowest;
        end
        if (groups$lowest == 32'h7) begin
            lowest_in_group = group7$lowest;
        end
        highest = (((groups$highest) & 6'h3f) << 32'h3) | ((highest_in_group) & 6'h3f);
        lowest = (((groups$lowest) & 6'h3f) << 32'h3) | ((lowest_in_group) & 6'h3f);
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder


module gatebook_wide$matcher$bitmap$word_encoder$group0(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$group0


module gatebook_wide$matcher$bitmap$word_encoder$group1(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$group1


module gatebook_wide$matcher$bitmap$word_encoder$group2(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$group2


module gatebook_wide$matcher$bitmap$word_encoder$group3(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$group3


module gatebook_wide$matcher$bitmap$word_encoder$group4(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$group4


module gatebook_wide$matcher$bitmap$word_encoder$group5(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$group5


module gatebook_wide$matcher$bitmap$word_encoder$group6(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$group6


module gatebook_wide$matcher$bitmap$word_encoder$group7(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$group7


module gatebook_wide$matcher$bitmap$word_encoder$groups(bits,any,highest,lowest);
    
    // Module arguments
    input wire  [7:0] bits;
    output reg  any;
    output reg  [2:0] highest;
    output reg  [2:0] lowest;
    
    // Update code
    always @(*) begin
        any = |bits;
        highest = 32'h0;
        if (bits[0]) begin
            highest = 0;
        end
        if (bits[1]) begin
            highest = 1;
        end
        if (bits[2]) begin
            highest = 2;
        end
        if (bits[3]) begin
            highest = 3;
        end
        if (bits[4]) begin
            highest = 4;
        end
        if (bits[5]) begin
            highest = 5;
        end
        if (bits[6]) begin
            highest = 6;
        end
        if (bits[7]) begin
            highest = 7;
        end
        lowest = 32'h0;
        if (bits[32'h7 - 0]) begin
            lowest = (32'h7 - 0);
        end
        if (bits[32'h7 - 1]) begin
            lowest = (32'h7 - 1);
        end
        if (bits[32'h7 - 2]) begin
            lowest = (32'h7 - 2);
        end
        if (bits[32'h7 - 3]) begin
            lowest = (32'h7 - 3);
        end
        if (bits[32'h7 - 4]) begin
            lowest = (32'h7 - 4);
        end
        if (bits[32'h7 - 5]) begin
            lowest = (32'h7 - 5);
        end
        if (bits[32'h7 - 6]) begin
            lowest = (32'h7 - 6);
        end
        if (bits[32'h7 - 7]) begin
            lowest = (32'h7 - 7);
        end
    end
    
endmodule // gatebook_wide$matcher$bitmap$word_encoder$groups


module gatebook_wide$matcher$bitmap$words(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [13:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [13:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[63:0] mem[16383:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$bitmap$words


module gatebook_wide$matcher$book_ptr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$book_ptr


module gatebook_wide$matcher$cap_accounts(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$cap_accounts


module gatebook_wide$matcher$cap_instruments(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$cap_instruments


module gatebook_wide$matcher$cap_slots(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$cap_slots


module gatebook_wide$matcher$cap_window(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$cap_window


module gatebook_wide$matcher$committed(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$committed


module gatebook_wide$matcher$crosses_early(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$crosses_early


module gatebook_wide$matcher$decoder(record,cap_instruments,cap_accounts,cap_order_slots,cap_price_window,instrument_id,instrument_row,account_id,account_row,headroom);
    
    // Module arguments
    input wire  [511:0] record;
    output reg  [31:0] cap_instruments;
    output reg  [31:0] cap_accounts;
    output reg  [31:0] cap_order_slots;
    output reg  [31:0] cap_price_window;
    output reg  [15:0] instrument_id;
    output reg  [167:0] instrument_row;
    output reg  [31:0] account_id;
    output reg  [167:0] account_row;
    output reg  [63:0] headroom;
    
    // Update code
    always @(*) begin
        cap_instruments = record[(32'h20)+:(32)];
        cap_accounts = record[(32'h40)+:(32)];
        cap_order_slots = record[(32'h60)+:(32)];
        cap_price_window = record[(32'h80)+:(32)];
        instrument_id = record[(32'h30)+:(16)];
        instrument_row = (((record[(32'h40)+:(160)]) & 168'hffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | 32'h1;
        account_id = record[(32'h40)+:(32)];
        account_row = (((record[(32'h60)+:(160)]) & 168'hffffffffffffffffffffffffffffffffffffffffff) << 32'h8) | (((record[(32'h18)+:(3)]) & 168'hffffffffffffffffffffffffffffffffffffffffff) << 32'h2) | (((record[(32'h10)+:(1)]) & 168'hffffffffffffffffffffffffffffffffffffffffff) << 32'h1) | 32'h1;
        headroom = record[(32'h100)+:(64)];
    end
    
endmodule // gatebook_wide$matcher$decoder


module gatebook_wide$matcher$dup_wait(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$dup_wait


module gatebook_wide$matcher$eff_price(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$eff_price


module gatebook_wide$matcher$fill_qty(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$fill_qty


module gatebook_wide$matcher$fill_unlink(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$fill_unlink


module gatebook_wide$matcher$find_pending(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$find_pending


module gatebook_wide$matcher$fok_level(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$fok_level


module gatebook_wide$matcher$fok_short(d,q,clock);
    
    // Module arguments
    input wire  [64:0] d;
    output reg  [64:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 65'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$fok_short


module gatebook_wide$matcher$free_slots(clock,reset,limit,has_free,slot,alloc,give_back,returned_slot);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [16:0] limit;
    output reg  has_free;
    output reg  [15:0] slot;
    input wire  alloc;
    input wire  give_back;
    input wire  [15:0] returned_slot;
    
    // Stub signals
    reg  [15:0] freed$read_address;
    reg  freed$read_clock;
    wire  [15:0] freed$read_data;
    reg  [15:0] freed$write_address;
    reg  freed$write_clock;
    reg  [15:0] freed$write_data;
    reg  freed$write_enable;
    reg  [16:0] fresh$d;
    wire  [16:0] fresh$q;
    reg  fresh$clock;
    reg  [16:0] depth$d;
    wire  [16:0] depth$q;
    reg  depth$clock;
    reg  [15:0] last_released$d;
    wire  [15:0] last_released$q;
    reg  last_released$clock;
    reg  top_in_register$d;
    wire  top_in_register$q;
    reg  top_in_register$clock;
    
    // Local signals
    reg  [16:0] next_depth;
    
    // Sub module instances
    gatebook_wide$matcher$free_slots$freed freed(
        .read_address(freed$read_address),
        .read_clock(freed$read_clock),
        .read_data(freed$read_data),
        .write_address(freed$write_address),
        .write_clock(freed$write_clock),
        .write_data(freed$write_data),
        .write_enable(freed$write_enable)
    );
    gatebook_wide$matcher$free_slots$fresh fresh(
        .d(fresh$d),
        .q(fresh$q),
        .clock(fresh$clock)
    );
    gatebook_wide$matcher$free_slots$depth depth(
        .d(depth$d),
        .q(depth$q),
        .clock(depth$clock)
    );
    gatebook_wide$matcher$free_slots$last_released last_released(
        .d(last_released$d),
        .q(last_released$q),
        .clock(last_released$clock)
    );
    gatebook_wide$matcher$free_slots$top_in_register top_in_register(
        .d(top_in_register$d),
        .q(top_in_register$q),
        .clock(top_in_register$clock)
    );
    
    // Update code
    always @(*) begin
        fresh$clock = clock;
        depth$clock = clock;
        last_released$clock = clock;
        top_in_register$clock = clock;
        fresh$d = fresh$q;
        depth$d = depth$q;
        last_released$d = last_released$q;
        top_in_register$d = top_in_register$q;
        freed$read_clock = clock;
        freed$write_clock = clock;
        has_free = (depth$q != 32'h0) || (fresh$q < limit);
        if (depth$q != 32'h0) begin
            if (top_in_register$q) begin
                slot = last_released$q;
            end
            else begin
                slot = freed$read_data;
            end
        end
        else begin
            slot = ((fresh$q) & 16'hffff);
        end
        next_depth = depth$q;
        freed$write_enable = 1'b0;
        freed$write_address = ((depth$q) & 16'hffff);
        freed$write_data = returned_slot;
        if (give_back) begin
            freed$write_enable = 1'b1;
            next_depth = depth$q + 32'h1;
            last_released$d = returned_slot;
            top_in_register$d = 1'b1;
        end
        else if (alloc) begin
            if (depth$q != 32'h0) begin
                next_depth = depth$q - 32'h1;
                top_in_register$d = 1'b0;
            end
            else begin
                fresh$d = fresh$q + 32'h1;
            end
        end
        depth$d = next_depth;
        freed$read_address = ((next_depth - 32'h1) & 16'hffff);
        if (reset) begin
            fresh$d = 32'h0;
            depth$d = 32'h0;
            top_in_register$d = 1'b0;
        end
    end
    
endmodule // gatebook_wide$matcher$free_slots


module gatebook_wide$matcher$free_slots$depth(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$free_slots$depth


module gatebook_wide$matcher$free_slots$freed(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[15:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$free_slots$freed


module gatebook_wide$matcher$free_slots$fresh(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$free_slots$fresh


module gatebook_wide$matcher$free_slots$last_released(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$free_slots$last_released


module gatebook_wide$matcher$free_slots$top_in_register(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$free_slots$top_in_register


module gatebook_wide$matcher$freed(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$freed


module gatebook_wide$matcher$give_acct(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$give_acct


module gatebook_wide$matcher$give_product(a,b,product);
    
    // Module arguments
    input wire  [31:0] a;
    input wire  [31:0] b;
    output reg  [63:0] product;
    
    // Local signals
    reg  [31:0] low_low;
    reg  [31:0] low_high;
    reg  [31:0] high_low;
    reg  [31:0] high_high;
    
    // Update code
    always @(*) begin
        low_low = a[(32'h0)+:(16)] * b[(32'h0)+:(16)];
        low_high = a[(32'h0)+:(16)] * b[(32'h10)+:(16)];
        high_low = a[(32'h10)+:(16)] * b[(32'h0)+:(16)];
        high_high = a[(32'h10)+:(16)] * b[(32'h10)+:(16)];
        product = (((low_low) & 64'hffffffffffffffff) | (((high_high) & 64'hffffffffffffffff) << 32'h20)) + (((low_high) & 64'hffffffffffffffff) << 32'h10) + (((high_low) & 64'hffffffffffffffff) << 32'h10);
    end
    
endmodule // gatebook_wide$matcher$give_product


module gatebook_wide$matcher$give_qty(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$give_qty


module gatebook_wide$matcher$give_rate(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$give_rate


module gatebook_wide$matcher$id_found(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$id_found


module gatebook_wide$matcher$id_slot(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$id_slot


module gatebook_wide$matcher$inst_in_range(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$inst_in_range


module gatebook_wide$matcher$inst_ptr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$inst_ptr


module gatebook_wide$matcher$instrument_row(row,configured,price_base,reference,collar,rate_buy,rate_sell,new_value,new_rate_sell,with_reference,with_rate);
    
    // Module arguments
    input wire  [167:0] row;
    output reg  configured;
    output reg  [31:0] price_base;
    output reg  [31:0] reference;
    output reg  [31:0] collar;
    output reg  [31:0] rate_buy;
    output reg  [31:0] rate_sell;
    input wire  [31:0] new_value;
    input wire  new_rate_sell;
    output reg  [167:0] with_reference;
    output reg  [167:0] with_rate;
    
    // Constant declarations
    localparam  all_but_reference = 168'hffffffffffffffffffffffff00000000ffffffffff;
    localparam  all_but_rate_buy = 168'hffffffff00000000ffffffffffffffffffffffffff;
    localparam  all_but_rate_sell = 168'hffffffffffffffffffffffffffffffffff;
    
    // Update code
    always @(*) begin
        configured = row[32'h0];
        price_base = row[(32'h8)+:(32)];
        reference = row[(32'h28)+:(32)];
        collar = row[(32'h48)+:(32)];
        rate_buy = row[(32'h68)+:(32)];
        rate_sell = row[(32'h88)+:(32)];
        with_reference = (row & all_but_reference) | (((new_value) & 168'hffffffffffffffffffffffffffffffffffffffffff) << 32'h28);
        with_rate = (row & all_but_rate_buy) | (((new_value) & 168'hffffffffffffffffffffffffffffffffffffffffff) << 32'h68);
        if (new_rate_sell) begin
            with_rate = (row & all_but_rate_sell) | (((new_value) & 168'hffffffffffffffffffffffffffffffffffffffffff) << 32'h88);
        end
    end
    
endmodule // gatebook_wide$matcher$instrument_row


module gatebook_wide$matcher$instruments(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [2:0] read_address;
    input wire  read_clock;
    output reg  [167:0] read_data;
    input wire  [2:0] write_address;
    input wire  write_clock;
    input wire  [167:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[167:0] mem[7:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$instruments


module gatebook_wide$matcher$kill_sum(d,q,clock);
    
    // Module arguments
    input wire  [79:0] d;
    output reg  [79:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 80'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$kill_sum


module gatebook_wide$matcher$ledger(clock,read_account,read_exposure,headroom,position,open_buy,open_sell,write_account,headroom_set,headroom_value,add,addend,reserve,reservation,write_exposure,exposure_clear,fill,open_change,open_less,sell,qty,external_headroom,headroom_in,headroom_write_data,headroom_write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [3:0] read_account;
    input wire  [6:0] read_exposure;
    output reg  [63:0] headroom;
    output reg  [63:0] position;
    output reg  [63:0] open_buy;
    output reg  [63:0] open_sell;
    input wire  [3:0] write_account;
    input wire  headroom_set;
    input wire  [63:0] headroom_value;
    input wire  add;
    input wire  [63:0] addend;
    input wire  reserve;
    input wire  [63:0] reservation;
    input wire  [6:0] write_exposure;
    input wire  exposure_clear;
    input wire  fill;
    input wire  open_change;
    input wire  open_less;
    input wire  sell;
    input wire  [31:0] qty;
    input wire  external_headroom;
    input wire  [63:0] headroom_in;
    output reg  [63:0] headroom_write_data;
    output reg  headroom_write_enable;
    
    // Constant declarations
    localparam  max = 64'h7fffffffffffffff;
    localparam  min = 64'h8000000000000000;
    
    // Stub signals
    reg  [3:0] headrooms$read_address;
    reg  headrooms$read_clock;
    wire  [63:0] headrooms$read_data;
    reg  [3:0] headrooms$write_address;
    reg  headrooms$write_clock;
    reg  [63:0] headrooms$write_data;
    reg  headrooms$write_enable;
    reg  [6:0] exposures$read_address;
    reg  exposures$read_clock;
    wire  [191:0] exposures$read_data;
    reg  [6:0] exposures$write_address;
    reg  exposures$write_clock;
    reg  [191:0] exposures$write_data;
    reg  exposures$write_enable;
    reg  [63:0] added$a;
    reg  [63:0] added$b;
    wire  [63:0] added$sum;
    wire  added$clamped_high;
    wire  added$clamped_low;
    
    // Local signals
    reg  [63:0] headroom_now;
    reg  [63:0] addend_less_reservation;
    reg  [63:0] max_less_reservation;
    reg  [63:0] min_less_reservation;
    reg  [63:0] lots;
    reg  [63:0] new_position;
    reg  [63:0] new_open_buy;
    reg  [63:0] new_open_sell;
    
    // Sub module instances
    gatebook_wide$matcher$ledger$headrooms headrooms(
        .read_address(headrooms$read_address),
        .read_clock(headrooms$read_clock),
        .read_data(headrooms$read_data),
        .write_address(headrooms$write_address),
        .write_clock(headrooms$write_clock),
        .write_data(headrooms$write_data),
        .write_enable(headrooms$write_enable)
    );
    gatebook_wide$matcher$ledger$exposures exposures(
        .read_address(exposures$read_address),
        .read_clock(exposures$read_clock),
        .read_data(exposures$read_data),
        .write_address(exposures$write_address),
        .write_clock(exposures$write_clock),
        .write_data(exposures$write_data),
        .write_enable(exposures$write_enable)
    );
    gatebook_wide$matcher$ledger$added added(
        .a(added$a),
        .b(added$b),
        .sum(added$sum),
        .clamped_high(added$clamped_high),
        .clamped_low(added$clamped_low)
    );
    
    // Update code
    always @(*) begin
        headrooms$read_clock = clock;
        headrooms$write_clock = clock;
        exposures$read_clock = clock;
        exposures$write_clock = clock;
        headrooms$read_address = read_account;
        exposures$read_address = read_exposure;
        headroom_now = headrooms$read_data;
        if (external_headroom) begin
            headroom_now = headroom_in;
        end
        headroom = headroom_now;
        position = exposures$read_data[(32'h0)+:(64)];
        open_buy = exposures$read_data[(32'h40)+:(64)];
        open_sell = exposures$read_data[(32'h80)+:(64)];
        added$a = headroom_now;
        added$b = addend;
        headrooms$write_address = write_account;
        headrooms$write_enable = headroom_set || add || reserve;
        headrooms$write_data = headroom_now - reservation;
        addend_less_reservation = addend - reservation;
        max_less_reservation = max - reservation;
        min_less_reservation = min - reservation;
        if (add) begin
            headrooms$write_data = added$sum;
            if (reserve) begin
                headrooms$write_data = headroom_now + addend_less_reservation;
                if (added$clamped_high) begin
                    headrooms$write_data = max_less_reservation;
                end
                if (added$clamped_low) begin
                    headrooms$write_data = min_less_reservation;
                end
            end
        end
        if (headroom_set) begin
            headrooms$write_data = headroom_value;
        end
        headroom_write_data = headrooms$write_data;
        headroom_write_enable = headrooms$write_enable;
        lots = ((qty) & 64'hffffffffffffffff);
        new_position = position;
        new_open_buy = open_buy;
        new_open_sell = open_sell;
        if (fill) begin
            if (sell) begin
                new_position = position - lots;
            end
            else begin
                new_position = position + lots;
            end
        end
        if (open_change) begin
            if (sell) begin
                if (open_less) begin
                    new_open_sell = open_sell - lots;
                end
                else begin
                    new_open_sell = open_sell + lots;
                end
            end
            else if (open_less) begin
                new_open_buy = open_buy - lots;
            end
            else begin
                new_open_buy = open_buy + lots;
            end
        end
        if (exposure_clear) begin
            new_position = 32'h0;
            new_open_buy = 32'h0;
            new_open_sell = 32'h0;
        end
        exposures$write_address = write_exposure;
        exposures$write_enable = exposure_clear || fill || open_change;
        exposures$write_data = ((new_position) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) | (((new_open_buy) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h40) | (((new_open_sell) & 192'hffffffffffffffffffffffffffffffffffffffffffffffff) << 32'h80);
    end
    
endmodule // gatebook_wide$matcher$ledger


module gatebook_wide$matcher$ledger$added(a,b,sum,clamped_high,clamped_low);
    
    // Module arguments
    input wire  [63:0] a;
    input wire  [63:0] b;
    output reg  [63:0] sum;
    output reg  clamped_high;
    output reg  clamped_low;
    
    // Constant declarations
    localparam  max = 64'h7fffffffffffffff;
    localparam  min = 64'h8000000000000000;
    
    // Local signals
    reg  [63:0] wrapped;
    
    // Update code
    always @(*) begin
        wrapped = a + b;
        clamped_high = ~a[32'h3f] && ~b[32'h3f] && wrapped[32'h3f];
        clamped_low = a[32'h3f] && b[32'h3f] && ~wrapped[32'h3f];
        sum = wrapped;
        if (clamped_high) begin
            sum = max;
        end
        if (clamped_low) begin
            sum = min;
        end
    end
    
endmodule // gatebook_wide$matcher$ledger$added


module gatebook_wide$matcher$ledger$exposures(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [6:0] read_address;
    input wire  read_clock;
    output reg  [191:0] read_data;
    input wire  [6:0] write_address;
    input wire  write_clock;
    input wire  [191:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[191:0] mem[127:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$ledger$exposures


module gatebook_wide$matcher$ledger$headrooms(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [3:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [3:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[63:0] mem[15:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$ledger$headrooms


module gatebook_wide$matcher$level_ends(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [19:0] read_address;
    input wire  read_clock;
    output reg  [33:0] read_data;
    input wire  [19:0] write_address;
    input wire  write_clock;
    input wire  [33:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[33:0] mem[1048575:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$level_ends


module gatebook_wide$matcher$level_links(clock,read_slot,prev_slot,next_slot,terminate,terminate_slot,append,append_slot,append_after,unlink);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] read_slot;
    output reg  [16:0] prev_slot;
    output reg  [16:0] next_slot;
    input wire  terminate;
    input wire  [15:0] terminate_slot;
    input wire  append;
    input wire  [15:0] append_slot;
    input wire  [16:0] append_after;
    input wire  unlink;
    
    // Constant declarations
    localparam  no_slot = 17'b10000000000000000;
    
    // Stub signals
    reg  [15:0] prev_links$read_address;
    reg  prev_links$read_clock;
    wire  [16:0] prev_links$read_data;
    reg  [15:0] prev_links$write_address;
    reg  prev_links$write_clock;
    reg  [16:0] prev_links$write_data;
    reg  prev_links$write_enable;
    reg  [15:0] next_links$read_address;
    reg  next_links$read_clock;
    wire  [16:0] next_links$read_data;
    reg  [15:0] next_links$write_address;
    reg  next_links$write_clock;
    reg  [16:0] next_links$write_data;
    reg  next_links$write_enable;
    
    // Sub module instances
    gatebook_wide$matcher$level_links$prev_links prev_links(
        .read_address(prev_links$read_address),
        .read_clock(prev_links$read_clock),
        .read_data(prev_links$read_data),
        .write_address(prev_links$write_address),
        .write_clock(prev_links$write_clock),
        .write_data(prev_links$write_data),
        .write_enable(prev_links$write_enable)
    );
    gatebook_wide$matcher$level_links$next_links next_links(
        .read_address(next_links$read_address),
        .read_clock(next_links$read_clock),
        .read_data(next_links$read_data),
        .write_address(next_links$write_address),
        .write_clock(next_links$write_clock),
        .write_data(next_links$write_data),
        .write_enable(next_links$write_enable)
    );
    
    // Update code
    always @(*) begin
        prev_links$read_clock = clock;
        prev_links$write_clock = clock;
        next_links$read_clock = clock;
        next_links$write_clock = clock;
        prev_links$read_address = read_slot;
        next_links$read_address = read_slot;
        prev_slot = prev_links$read_data;
        next_slot = next_links$read_data;
        prev_links$write_address = append_slot;
        prev_links$write_data = append_after;
        prev_links$write_enable = 1'b0;
        next_links$write_address = ((append_after) & 16'hffff);
        next_links$write_data = ((append_slot) & 17'h1ffff);
        next_links$write_enable = 1'b0;
        if (append) begin
            prev_links$write_enable = 1'b1;
            next_links$write_enable = ~append_after[32'h10];
        end
        if (terminate) begin
            next_links$write_address = terminate_slot;
            next_links$write_data = no_slot;
            next_links$write_enable = 1'b1;
        end
        if (unlink) begin
            next_links$write_address = ((prev_links$read_data) & 16'hffff);
            next_links$write_data = next_links$read_data;
            next_links$write_enable = ~prev_links$read_data[32'h10];
            prev_links$write_address = ((next_links$read_data) & 16'hffff);
            prev_links$write_data = prev_links$read_data;
            prev_links$write_enable = ~next_links$read_data[32'h10];
        end
    end
    
endmodule // gatebook_wide$matcher$level_links


module gatebook_wide$matcher$level_links$next_links(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [16:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [16:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[16:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$level_links$next_links


module gatebook_wide$matcher$level_links$prev_links(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [16:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [16:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[16:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$level_links$prev_links


module gatebook_wide$matcher$level_ptr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$level_ptr


module gatebook_wide$matcher$level_totals(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [19:0] read_address;
    input wire  read_clock;
    output reg  [47:0] read_data;
    input wire  [19:0] write_address;
    input wire  write_clock;
    input wire  [47:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[47:0] mem[1048575:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$level_totals


module gatebook_wide$matcher$limit_idx(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$limit_idx


module gatebook_wide$matcher$lookup_seen(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$lookup_seen


module gatebook_wide$matcher$m_acct(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_acct


module gatebook_wide$matcher$m_home(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$m_home


module gatebook_wide$matcher$m_id(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_id


module gatebook_wide$matcher$m_inst(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$m_inst


module gatebook_wide$matcher$m_price(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_price


module gatebook_wide$matcher$m_qty(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_qty


module gatebook_wide$matcher$m_sell(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_sell


module gatebook_wide$matcher$m_seq(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_seq


module gatebook_wide$matcher$m_side(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_side


module gatebook_wide$matcher$m_stp(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_stp


module gatebook_wide$matcher$m_type(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$m_type


module gatebook_wide$matcher$maker_acct(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$maker_acct


module gatebook_wide$matcher$maker_home(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$maker_home


module gatebook_wide$matcher$maker_id(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$maker_id


module gatebook_wide$matcher$maker_last(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$maker_last


module gatebook_wide$matcher$maker_leaves(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$maker_leaves


module gatebook_wide$matcher$maker_left(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$maker_left


module gatebook_wide$matcher$maker_level(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$maker_level


module gatebook_wide$matcher$maker_price(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$maker_price


module gatebook_wide$matcher$maker_rate(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$maker_rate


module gatebook_wide$matcher$maker_slot(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$maker_slot


module gatebook_wide$matcher$msg_open(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$msg_open


module gatebook_wide$matcher$order_ids(clock,reset,cmd_valid,cmd_ready,cmd_op,cmd_account,cmd_cl_ord_id,cmd_home,cmd_slot,post_valid,post_ready,post_account,post_cl_ord_id,post_home,hold_posted,done,found,found_slot);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  cmd_valid;
    output reg  cmd_ready;
    input wire  [1:0] cmd_op;
    input wire  [31:0] cmd_account;
    input wire  [63:0] cmd_cl_ord_id;
    input wire  [16:0] cmd_home;
    input wire  [15:0] cmd_slot;
    input wire  post_valid;
    output reg  post_ready;
    input wire  [31:0] post_account;
    input wire  [63:0] post_cl_ord_id;
    input wire  [16:0] post_home;
    input wire  hold_posted;
    output reg  done;
    output reg  found;
    output reg  [15:0] found_slot;
    
    // Constant declarations
    localparam  op_find = 2'b0;
    localparam  op_insert = 2'b1;
    localparam  op_remove = 2'b10;
    
    // Enums
    localparam OrderIdState$Clearing = 0;
    localparam OrderIdState$Idle = 1;
    localparam OrderIdState$Probe = 2;
    localparam OrderIdState$Shift = 3;
    localparam OrderIdState$Restart = 4;
    
    // Stub signals
    reg  [16:0] ids$read_address;
    reg  ids$read_clock;
    wire  [63:0] ids$read_data;
    reg  [16:0] ids$write_address;
    reg  ids$write_clock;
    reg  [63:0] ids$write_data;
    reg  ids$write_enable;
    reg  [16:0] accounts$read_address;
    reg  accounts$read_clock;
    wire  [31:0] accounts$read_data;
    reg  [16:0] accounts$write_address;
    reg  accounts$write_clock;
    reg  [31:0] accounts$write_data;
    reg  accounts$write_enable;
    reg  [16:0] slots$read_address;
    reg  slots$read_clock;
    wire  [15:0] slots$read_data;
    reg  [16:0] slots$write_address;
    reg  slots$write_clock;
    reg  [15:0] slots$write_data;
    reg  slots$write_enable;
    reg  [16:0] used$read_address;
    reg  used$read_clock;
    wire  used$read_data;
    reg  [16:0] used$write_address;
    reg  used$write_clock;
    reg  used$write_data;
    reg  used$write_enable;
    reg  [16:0] homes$read_address;
    reg  homes$read_clock;
    wire  [16:0] homes$read_data;
    reg  [16:0] homes$write_address;
    reg  homes$write_clock;
    reg  [16:0] homes$write_data;
    reg  homes$write_enable;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [1:0] op$d;
    wire  [1:0] op$q;
    reg  op$clock;
    reg  [31:0] account$d;
    wire  [31:0] account$q;
    reg  account$clock;
    reg  [63:0] cl_ord_id$d;
    wire  [63:0] cl_ord_id$q;
    reg  cl_ord_id$clock;
    reg  [15:0] slot$d;
    wire  [15:0] slot$q;
    reg  slot$clock;
    reg  [16:0] home$d;
    wire  [16:0] home$q;
    reg  home$clock;
    reg  [16:0] at$d;
    wire  [16:0] at$q;
    reg  at$clock;
    reg  [16:0] hole$d;
    wire  [16:0] hole$q;
    reg  hole$clock;
    reg  [15:0] removed_slot$d;
    wire  [15:0] removed_slot$q;
    reg  removed_slot$clock;
    reg  [16:0] sweep$d;
    wire  [16:0] sweep$q;
    reg  sweep$clock;
    reg  vacancy$d;
    wire  vacancy$q;
    reg  vacancy$clock;
    reg  quick_done$d;
    wire  quick_done$q;
    reg  quick_done$clock;
    reg  posted$d;
    wire  posted$q;
    reg  posted$clock;
    reg  [31:0] posted_account$d;
    wire  [31:0] posted_account$q;
    reg  posted_account$clock;
    reg  [63:0] posted_cl_ord_id$d;
    wire  [63:0] posted_cl_ord_id$q;
    reg  posted_cl_ord_id$clock;
    reg  [16:0] posted_home$d;
    wire  [16:0] posted_home$q;
    reg  posted_home$clock;
    reg  running_posted$d;
    wire  running_posted$q;
    reg  running_posted$clock;
    reg  then_command$d;
    wire  then_command$q;
    reg  then_command$clock;
    reg  [1:0] then_op$d;
    wire  [1:0] then_op$q;
    reg  then_op$clock;
    
    // Local signals
    reg  command_is_posted_key;
    reg  run_ended;
    reg  [16:0] read_at;
    reg  [16:0] write_at;
    reg  quick_insert;
    reg  key_matches;
    reg  stays;
    
    // Sub module instances
    gatebook_wide$matcher$order_ids$ids ids(
        .read_address(ids$read_address),
        .read_clock(ids$read_clock),
        .read_data(ids$read_data),
        .write_address(ids$write_address),
        .write_clock(ids$write_clock),
        .write_data(ids$write_data),
        .write_enable(ids$write_enable)
    );
    gatebook_wide$matcher$order_ids$accounts accounts(
        .read_address(accounts$read_address),
        .read_clock(accounts$read_clock),
        .read_data(accounts$read_data),
        .write_address(accounts$write_address),
        .write_clock(accounts$write_clock),
        .write_data(accounts$write_data),
        .write_enable(accounts$write_enable)
    );
    gatebook_wide$matcher$order_ids$slots slots(
        .read_address(slots$read_address),
        .read_clock(slots$read_clock),
        .read_data(slots$read_data),
        .write_address(slots$write_address),
        .write_clock(slots$write_clock),
        .write_data(slots$write_data),
        .write_enable(slots$write_enable)
    );
    gatebook_wide$matcher$order_ids$used used(
        .read_address(used$read_address),
        .read_clock(used$read_clock),
        .read_data(used$read_data),
        .write_address(used$write_address),
        .write_clock(used$write_clock),
        .write_data(used$write_data),
        .write_enable(used$write_enable)
    );
    gatebook_wide$matcher$order_ids$homes homes(
        .read_address(homes$read_address),
        .read_clock(homes$read_clock),
        .read_data(homes$read_data),
        .write_address(homes$write_address),
        .write_clock(homes$write_clock),
        .write_data(homes$write_data),
        .write_enable(homes$write_enable)
    );
    gatebook_wide$matcher$order_ids$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    gatebook_wide$matcher$order_ids$op op(
        .d(op$d),
        .q(op$q),
        .clock(op$clock)
    );
    gatebook_wide$matcher$order_ids$account account(
        .d(account$d),
        .q(account$q),
        .clock(account$clock)
    );
    gatebook_wide$matcher$order_ids$cl_ord_id cl_ord_id(
        .d(cl_ord_id$d),
        .q(cl_ord_id$q),
        .clock(cl_ord_id$clock)
    );
    gatebook_wide$matcher$order_ids$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    gatebook_wide$matcher$order_ids$home home(
        .d(home$d),
        .q(home$q),
        .clock(home$clock)
    );
    gatebook_wide$matcher$order_ids$at at(
        .d(at$d),
        .q(at$q),
        .clock(at$clock)
    );
    gatebook_wide$matcher$order_ids$hole hole(
        .d(hole$d),
        .q(hole$q),
        .clock(hole$clock)
    );
    gatebook_wide$matcher$order_ids$removed_slot removed_slot(
        .d(removed_slot$d),
        .q(removed_slot$q),
        .clock(removed_slot$clock)
    );
    gatebook_wide$matcher$order_ids$sweep sweep(
        .d(sweep$d),
        .q(sweep$q),
        .clock(sweep$clock)
    );
    gatebook_wide$matcher$order_ids$vacancy vacancy(
        .d(vacancy$d),
        .q(vacancy$q),
        .clock(vacancy$clock)
    );
    gatebook_wide$matcher$order_ids$quick_done quick_done(
        .d(quick_done$d),
        .q(quick_done$q),
        .clock(quick_done$clock)
    );
    gatebook_wide$matcher$order_ids$posted posted(
        .d(posted$d),
        .q(posted$q),
        .clock(posted$clock)
    );
    gatebook_wide$matcher$order_ids$posted_account posted_account(
        .d(posted_account$d),
        .q(posted_account$q),
        .clock(posted_account$clock)
    );
    gatebook_wide$matcher$order_ids$posted_cl_ord_id posted_cl_ord_id(
        .d(posted_cl_ord_id$d),
        .q(posted_cl_ord_id$q),
        .clock(posted_cl_ord_id$clock)
    );
    gatebook_wide$matcher$order_ids$posted_home posted_home(
        .d(posted_home$d),
        .q(posted_home$q),
        .clock(posted_home$clock)
    );
    gatebook_wide$matcher$order_ids$running_posted running_posted(
        .d(running_posted$d),
        .q(running_posted$q),
        .clock(running_posted$clock)
    );
    gatebook_wide$matcher$order_ids$then_command then_command(
        .d(then_command$d),
        .q(then_command$q),
        .clock(then_command$clock)
    );
    gatebook_wide$matcher$order_ids$then_op then_op(
        .d(then_op$d),
        .q(then_op$q),
        .clock(then_op$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        op$clock = clock;
        account$clock = clock;
        cl_ord_id$clock = clock;
        slot$clock = clock;
        home$clock = clock;
        at$clock = clock;
        hole$clock = clock;
        removed_slot$clock = clock;
        sweep$clock = clock;
        vacancy$clock = clock;
        quick_done$clock = clock;
        posted$clock = clock;
        posted_account$clock = clock;
        posted_cl_ord_id$clock = clock;
        posted_home$clock = clock;
        running_posted$clock = clock;
        then_command$clock = clock;
        then_op$clock = clock;
        state$d = state$q;
        op$d = op$q;
        account$d = account$q;
        cl_ord_id$d = cl_ord_id$q;
        slot$d = slot$q;
        home$d = home$q;
        at$d = at$q;
        hole$d = hole$q;
        removed_slot$d = removed_slot$q;
        sweep$d = sweep$q;
        vacancy$d = vacancy$q;
        quick_done$d = quick_done$q;
        posted$d = posted$q;
        posted_account$d = posted_account$q;
        posted_cl_ord_id$d = posted_cl_ord_id$q;
        posted_home$d = posted_home$q;
        running_posted$d = running_posted$q;
        then_command$d = then_command$q;
        then_op$d = then_op$q;
        ids$read_clock = clock;
        ids$write_clock = clock;
        accounts$read_clock = clock;
        accounts$write_clock = clock;
        slots$read_clock = clock;
        slots$write_clock = clock;
        used$read_clock = clock;
        used$write_clock = clock;
        homes$read_clock = clock;
        homes$write_clock = clock;
        read_at = at$q + 32'h1;
        write_at = hole$q;
        ids$write_data = ids$read_data;
        accounts$write_data = accounts$read_data;
        slots$write_data = slots$read_data;
        homes$write_data = homes$read_data;
        used$write_data = 1'b1;
        ids$write_enable = 1'b0;
        accounts$write_enable = 1'b0;
        slots$write_enable = 1'b0;
        used$write_enable = 1'b0;
        homes$write_enable = 1'b0;
        cmd_ready = 1'b0;
        post_ready = ~posted$q;
        command_is_posted_key = posted$q && (cmd_account == posted_account$q) && (cmd_cl_ord_id == posted_cl_ord_id$q);
        quick_insert = 1'b0;
        run_ended = 1'b0;
        done = quick_done$q;
        quick_done$d = 1'b0;
        found = 1'b0;
        found_slot = slots$read_data;
        key_matches = |used$read_data && (ids$read_data == cl_ord_id$q) && (accounts$read_data == account$q);
        stays = (homes$read_data != hole$q) && ((homes$read_data - hole$q) <= (at$q - hole$q));
        case (state$q)
            OrderIdState$Clearing:
                begin
                    write_at = sweep$q;
                    used$write_data = 1'b0;
                    used$write_enable = 1'b1;
                    sweep$d = sweep$q + 32'h1;
                    if (&sweep$q) begin
                        state$d = OrderIdState$Idle;
                    end
                end
            OrderIdState$Idle:
                begin
                    cmd_ready = 1'b1;
                    read_at = cmd_home;
                    quick_insert = cmd_valid && vacancy$q && ~command_is_posted_key && (cmd_op == op_insert) && (cmd_account == account$q) && (cmd_cl_ord_id == cl_ord_id$q);
                    if (cmd_valid) begin
                        vacancy$d = 1'b0;
                    end
                    if (quick_insert) begin
                        write_at = at$q;
                        homes$write_data = cmd_home;
                        ids$write_data = cmd_cl_ord_id;
                        accounts$write_data = cmd_account;
                        slots$write_data = cmd_slot;
                        homes$write_enable = 1'b1;
                        ids$write_enable = 1'b1;
                        accounts$write_enable = 1'b1;
                        slots$write_enable = 1'b1;
                        used$write_enable = 1'b1;
                        quick_done$d = 1'b1;
                    end
                    else if (cmd_valid) begin
                        op$d = cmd_op;
                        account$d = cmd_account;
                        cl_ord_id$d = cmd_cl_ord_id;
                        slot$d = cmd_slot;
                        home$d = cmd_home;
                        at$d = cmd_home;
                        state$d = OrderIdState$Probe;
                        if (command_is_posted_key) begin
                            op$d = op_remove;
                            posted$d = 1'b0;
                            running_posted$d = 1'b1;
                            then_command$d = 1'b1;
                            then_op$d = cmd_op;
                        end
                    end
                    else if (posted$q && (~vacancy$q || ~hold_posted || post_valid)) begin
                        op$d = op_remove;
                        account$d = posted_account$q;
                        cl_ord_id$d = posted_cl_ord_id$q;
                        home$d = posted_home$q;
                        at$d = posted_home$q;
                        posted$d = 1'b0;
                        running_posted$d = 1'b1;
                        then_command$d = 1'b0;
                        vacancy$d = 1'b0;
                        state$d = OrderIdState$Restart;
                    end
                end
            OrderIdState$Restart:
                begin
                    read_at = at$q;
                    state$d = OrderIdState$Probe;
                end
            OrderIdState$Probe:
                begin
                    if (op$q == op_insert) begin
                        if (~|used$read_data) begin
                            write_at = at$q;
                            homes$write_data = home$q;
                            homes$write_enable = 1'b1;
                            ids$write_data = cl_ord_id$q;
                            accounts$write_data = account$q;
                            slots$write_data = slot$q;
                            ids$write_enable = 1'b1;
                            accounts$write_enable = 1'b1;
                            slots$write_enable = 1'b1;
                            used$write_enable = 1'b1;
                            done = 1'b1;
                            state$d = OrderIdState$Idle;
                        end
                        else begin
                            at$d = at$q + 32'h1;
                        end
                    end
                    else if (~|used$read_data) begin
                        done = 1'b1;
                        run_ended = 1'b1;
                        vacancy$d = op$q == op_find;
                        state$d = OrderIdState$Idle;
                    end
                    else if (key_matches) begin
                        if (op$q == op_find) begin
                            done = 1'b1;
                            found = 1'b1;
                            state$d = OrderIdState$Idle;
                        end
                        else begin
                            hole$d = at$q;
                            removed_slot$d = slots$read_data;
                            at$d = at$q + 32'h1;
                            state$d = OrderIdState$Shift;
                        end
                    end
                    else begin
                        at$d = at$q + 32'h1;
                    end
                end
            OrderIdState$Shift:
                begin
                    if (~|used$read_data) begin
                        used$write_data = 1'b0;
                        used$write_enable = 1'b1;
                        done = 1'b1;
                        run_ended = 1'b1;
                        found = 1'b1;
                        found_slot = removed_slot$q;
                        state$d = OrderIdState$Idle;
                    end
                    else begin
                        if (~stays) begin
                            ids$write_enable = 1'b1;
                            accounts$write_enable = 1'b1;
                            slots$write_enable = 1'b1;
                            used$write_enable = 1'b1;
                            homes$write_enable = 1'b1;
                            hole$d = at$q;
                        end
                        at$d = at$q + 32'h1;
                    end
                end
            default:
                begin
                    state$d = OrderIdState$Clearing;
                end
        endcase
        if (run_ended && running_posted$q) begin
            done = 1'b0;
            running_posted$d = 1'b0;
            if (then_command$q) begin
                op$d = then_op$q;
                at$d = home$q;
                state$d = OrderIdState$Restart;
            end
        end
        ids$read_address = read_at;
        accounts$read_address = read_at;
        slots$read_address = read_at;
        used$read_address = read_at;
        homes$read_address = read_at;
        ids$write_address = write_at;
        accounts$write_address = write_at;
        slots$write_address = write_at;
        used$write_address = write_at;
        homes$write_address = write_at;
        if (post_valid && ~posted$q) begin
            posted$d = 1'b1;
            posted_account$d = post_account;
            posted_cl_ord_id$d = post_cl_ord_id;
            posted_home$d = post_home;
        end
        if (reset) begin
            state$d = OrderIdState$Clearing;
            sweep$d = 32'h0;
            vacancy$d = 1'b0;
            quick_done$d = 1'b0;
            posted$d = 1'b0;
            running_posted$d = 1'b0;
            then_command$d = 1'b0;
        end
    end
    
endmodule // gatebook_wide$matcher$order_ids


module gatebook_wide$matcher$order_ids$account(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$account


module gatebook_wide$matcher$order_ids$accounts(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [16:0] read_address;
    input wire  read_clock;
    output reg  [31:0] read_data;
    input wire  [16:0] write_address;
    input wire  write_clock;
    input wire  [31:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[31:0] mem[131071:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$order_ids$accounts


module gatebook_wide$matcher$order_ids$at(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$at


module gatebook_wide$matcher$order_ids$cl_ord_id(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$cl_ord_id


module gatebook_wide$matcher$order_ids$hole(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$hole


module gatebook_wide$matcher$order_ids$home(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$home


module gatebook_wide$matcher$order_ids$homes(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [16:0] read_address;
    input wire  read_clock;
    output reg  [16:0] read_data;
    input wire  [16:0] write_address;
    input wire  write_clock;
    input wire  [16:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[16:0] mem[131071:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$order_ids$homes


module gatebook_wide$matcher$order_ids$ids(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [16:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [16:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[63:0] mem[131071:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$order_ids$ids


module gatebook_wide$matcher$order_ids$op(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$op


module gatebook_wide$matcher$order_ids$posted(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$posted


module gatebook_wide$matcher$order_ids$posted_account(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$posted_account


module gatebook_wide$matcher$order_ids$posted_cl_ord_id(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$posted_cl_ord_id


module gatebook_wide$matcher$order_ids$posted_home(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$posted_home


module gatebook_wide$matcher$order_ids$quick_done(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$quick_done


module gatebook_wide$matcher$order_ids$removed_slot(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$removed_slot


module gatebook_wide$matcher$order_ids$running_posted(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$running_posted


module gatebook_wide$matcher$order_ids$slot(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$slot


module gatebook_wide$matcher$order_ids$slots(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [16:0] read_address;
    input wire  read_clock;
    output reg  [15:0] read_data;
    input wire  [16:0] write_address;
    input wire  write_clock;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[15:0] mem[131071:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$order_ids$slots


module gatebook_wide$matcher$order_ids$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam OrderIdState$Clearing = 0;
    localparam OrderIdState$Idle = 1;
    localparam OrderIdState$Probe = 2;
    localparam OrderIdState$Shift = 3;
    localparam OrderIdState$Restart = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$state


module gatebook_wide$matcher$order_ids$sweep(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$sweep


module gatebook_wide$matcher$order_ids$then_command(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$then_command


module gatebook_wide$matcher$order_ids$then_op(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$order_ids$then_op


module gatebook_wide$matcher$order_ids$used(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [16:0] read_address;
    input wire  read_clock;
    output reg  read_data;
    input wire  [16:0] write_address;
    input wire  write_clock;
    input wire  write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[0:0] mem[131071:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$order_ids$used


module gatebook_wide$matcher$order_ids$vacancy(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_ids$vacancy


module gatebook_wide$matcher$order_market(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_market


module gatebook_wide$matcher$order_post_only(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_post_only


module gatebook_wide$matcher$order_price_q(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_price_q


module gatebook_wide$matcher$order_released(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_released


module gatebook_wide$matcher$order_sell(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_sell


module gatebook_wide$matcher$order_tif(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$order_tif


module gatebook_wide$matcher$post_only_eff(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$post_only_eff


module gatebook_wide$matcher$price_in_force(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$price_in_force


module gatebook_wide$matcher$r_level(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$r_level


module gatebook_wide$matcher$r_old_leaves(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$r_old_leaves


module gatebook_wide$matcher$r_old_rate(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$r_old_rate


module gatebook_wide$matcher$r_post_only(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$r_post_only


module gatebook_wide$matcher$r_sell(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$r_sell


module gatebook_wide$matcher$r_slot(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$r_slot


module gatebook_wide$matcher$r_stp(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$r_stp


module gatebook_wide$matcher$rate(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$rate


module gatebook_wide$matcher$released_less_qty(d,q,clock);
    
    // Module arguments
    input wire  [67:0] d;
    output reg  [67:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 68'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$released_less_qty


module gatebook_wide$matcher$remaining(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$remaining


module gatebook_wide$matcher$rep(d,q,clock);
    
    // Module arguments
    input wire  [399:0] d;
    output reg  [399:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 400'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$rep


module gatebook_wide$matcher$rep_pending(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$rep_pending


module gatebook_wide$matcher$rep_stamp(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$rep_stamp


module gatebook_wide$matcher$replacing(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$replacing


module gatebook_wide$matcher$reserved(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$reserved


module gatebook_wide$matcher$rest_new(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$rest_new


module gatebook_wide$matcher$rest_slot(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$rest_slot


module gatebook_wide$matcher$resume(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Step$Clearing = 0;
    localparam Step$Idle = 1;
    localparam Step$Emit = 2;
    localparam Step$Lookup = 3;
    localparam Step$MarketPrice = 4;
    localparam Step$Verdict = 5;
    localparam Step$FokLook = 6;
    localparam Step$FokAdd = 7;
    localparam Step$FokWait = 8;
    localparam Step$FokDecide = 9;
    localparam Step$ReleaseRead = 10;
    localparam Step$Release = 11;
    localparam Step$MatchTop = 12;
    localparam Step$MatchHead = 13;
    localparam Step$MatchMaker = 14;
    localparam Step$FillTaker = 15;
    localparam Step$FillGap = 16;
    localparam Step$FillMaker = 17;
    localparam Step$StpRemove = 18;
    localparam Step$MatchStopped = 19;
    localparam Step$MatchEnd = 20;
    localparam Step$RestAlloc = 21;
    localparam Step$RestRead = 22;
    localparam Step$RestLink = 23;
    localparam Step$Unlink0 = 24;
    localparam Step$Unlink1 = 25;
    localparam Step$UnlinkClearBest = 26;
    localparam Step$UnlinkSearchWait = 27;
    localparam Step$UnlinkForget = 28;
    localparam Step$CancelCheck = 29;
    localparam Step$ReplaceCheck = 30;
    localparam Step$ReplaceRelease = 31;
    localparam Step$ReplaceRisk = 32;
    localparam Step$ReplaceVerdict = 33;
    localparam Step$ReplaceHeadroom = 34;
    localparam Step$ReplaceInPlace = 35;
    localparam Step$KillRead = 36;
    localparam Step$KillNext = 37;
    localparam Step$KillSlot = 38;
    localparam Step$KillTurn = 39;
    localparam Step$KillGive = 40;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$resume


module gatebook_wide$matcher$risk(is_replace,account_known,instrument_known,enabled,duplicate,market,tif,post_only,sell,price,qty,max_order_qty,max_order_notional,max_position,headroom,price_base,price_window,reference_price,collar,position,open_buy,open_sell,rate_buy,rate_sell,released_less_qty,released_margin,would_cross,has_free_slot,fails,reservation);
    
    // Module arguments
    input wire  is_replace;
    input wire  account_known;
    input wire  instrument_known;
    input wire  enabled;
    input wire  duplicate;
    input wire  market;
    input wire  [7:0] tif;
    input wire  post_only;
    input wire  sell;
    input wire  [31:0] price;
    input wire  [31:0] qty;
    input wire  [31:0] max_order_qty;
    input wire  [63:0] max_order_notional;
    input wire  [63:0] max_position;
    input wire  [63:0] headroom;
    input wire  [31:0] price_base;
    input wire  [31:0] price_window;
    input wire  [31:0] reference_price;
    input wire  [31:0] collar;
    input wire  [63:0] position;
    input wire  [63:0] open_buy;
    input wire  [63:0] open_sell;
    input wire  [31:0] rate_buy;
    input wire  [31:0] rate_sell;
    input wire  [67:0] released_less_qty;
    input wire  [63:0] released_margin;
    input wire  would_cross;
    input wire  has_free_slot;
    output reg  [13:0] fails;
    output reg  [63:0] reservation;
    
    // Constant declarations
    localparam  sign_fill = 68'hf0000000000000000;
    
    // Stub signals
    reg  [31:0] notional$a;
    reg  [31:0] notional$b;
    wire  [63:0] notional$product;
    reg  [31:0] margin_buy$a;
    reg  [31:0] margin_buy$b;
    wire  [63:0] margin_buy$product;
    reg  [31:0] margin_sell$a;
    reg  [31:0] margin_sell$b;
    wire  [63:0] margin_sell$product;
    
    // Local signals
    reg  [67:0] position_wide;
    reg  [67:0] position_room;
    reg  [67:0] room_if_buy;
    reg  [67:0] room_if_sell;
    reg  position_over;
    reg  [67:0] headroom_wide;
    reg  [67:0] margin_room;
    reg  [67:0] margin_room_buy;
    reg  [67:0] margin_room_sell;
    reg  margin_over;
    reg  f1;
    reg  f2;
    reg  f3;
    reg  f4;
    reg  f5;
    reg  f6;
    reg  f7;
    reg  f8;
    reg  f9;
    reg  f10;
    reg  f11;
    reg  f12;
    reg  f13;
    reg  f14;
    reg  invalid_order;
    reg  out_of_range;
    reg  outside_collar;
    
    // Sub module instances
    gatebook_wide$matcher$risk$notional notional(
        .a(notional$a),
        .b(notional$b),
        .product(notional$product)
    );
    gatebook_wide$matcher$risk$margin_buy margin_buy(
        .a(margin_buy$a),
        .b(margin_buy$b),
        .product(margin_buy$product)
    );
    gatebook_wide$matcher$risk$margin_sell margin_sell(
        .a(margin_sell$a),
        .b(margin_sell$b),
        .product(margin_sell$product)
    );
    
    // Update code
    always @(*) begin
        notional$a = price;
        notional$b = qty;
        margin_buy$a = qty;
        margin_buy$b = rate_buy;
        margin_sell$a = qty;
        margin_sell$b = rate_sell;
        reservation = margin_buy$product;
        if (sell) begin
            reservation = margin_sell$product;
        end
        invalid_order = (market && (tif == 32'h1)) || (post_only && (market || (tif != 32'h1)));
        out_of_range = (price < price_base) || (((price) & 33'h1ffffffff) >= (((price_base) & 33'h1ffffffff) + ((price_window) & 33'h1ffffffff)));
        if (price >= reference_price) begin
            outside_collar = (price - reference_price) > collar;
        end
        else begin
            outside_collar = (reference_price - price) > collar;
        end
        if (position[32'h3f]) begin
            position_wide = ((position) & 68'hfffffffffffffffff) | sign_fill;
        end
        else begin
            position_wide = ((position) & 68'hfffffffffffffffff);
        end
        position_room = ((max_position) & 68'hfffffffffffffffff) + released_less_qty;
        room_if_buy = position_room - ((open_buy) & 68'hfffffffffffffffff) - position_wide;
        room_if_sell = position_room - ((open_sell) & 68'hfffffffffffffffff) + position_wide;
        if (sell) begin
            position_over = room_if_sell[32'h43];
        end
        else begin
            position_over = room_if_buy[32'h43];
        end
        if (headroom[32'h3f]) begin
            headroom_wide = ((headroom) & 68'hfffffffffffffffff) | sign_fill;
        end
        else begin
            headroom_wide = ((headroom) & 68'hfffffffffffffffff);
        end
        margin_room = headroom_wide + ((released_margin) & 68'hfffffffffffffffff);
        margin_room_buy = margin_room - ((margin_buy$product) & 68'hfffffffffffffffff);
        margin_room_sell = margin_room - ((margin_sell$product) & 68'hfffffffffffffffff);
        if (sell) begin
            margin_over = margin_room_sell[32'h43];
        end
        else begin
            margin_over = margin_room_buy[32'h43];
        end
        f1 = ~account_known;
        f2 = ~instrument_known;
        f3 = ~enabled;
        f4 = ~is_replace && duplicate;
        f5 = invalid_order;
        f6 = qty == 32'h0;
        f7 = qty > max_order_qty;
        f8 = out_of_range;
        f9 = outside_collar;
        f10 = notional$product > max_order_notional;
        f11 = position_over;
        f12 = margin_over;
        f13 = post_only && would_cross;
        f14 = ~is_replace && (tif == 32'h1) && ~has_free_slot;
        fails = (((((f1) & 1'h1)) & 14'h3fff) << 32'h0) | (((((f2) & 1'h1)) & 14'h3fff) << 32'h1) | (((((f3) & 1'h1)) & 14'h3fff) << 32'h2) | (((((f4) & 1'h1)) & 14'h3fff) << 32'h3) | (((((f5) & 1'h1)) & 14'h3fff) << 32'h4) | (((((f6) & 1'h1)) & 14'h3fff) << 32'h5) | (((((f7) & 1'h1)) & 14'h3fff) << 32'h6) | (((((f8) & 1'h1)) & 14'h3fff) << 32'h7) | (((((f9) & 1'h1)) & 14'h3fff) << 32'h8) | (((((f10) & 1'h1)) & 14'h3fff) << 32'h9) | (((((f11) & 1'h1)) & 14'h3fff) << 32'ha) | (((((f12) & 1'h1)) & 14'h3fff) << 32'hb) | (((((f13) & 1'h1)) & 14'h3fff) << 32'hc) | (((((f14) & 1'h1)) & 14'h3fff) << 32'hd);
    end
    
endmodule // gatebook_wide$matcher$risk


module gatebook_wide$matcher$risk$margin_buy(a,b,product);
    
    // Module arguments
    input wire  [31:0] a;
    input wire  [31:0] b;
    output reg  [63:0] product;
    
    // Local signals
    reg  [31:0] low_low;
    reg  [31:0] low_high;
    reg  [31:0] high_low;
    reg  [31:0] high_high;
    
    // Update code
    always @(*) begin
        low_low = a[(32'h0)+:(16)] * b[(32'h0)+:(16)];
        low_high = a[(32'h0)+:(16)] * b[(32'h10)+:(16)];
        high_low = a[(32'h10)+:(16)] * b[(32'h0)+:(16)];
        high_high = a[(32'h10)+:(16)] * b[(32'h10)+:(16)];
        product = (((low_low) & 64'hffffffffffffffff) | (((high_high) & 64'hffffffffffffffff) << 32'h20)) + (((low_high) & 64'hffffffffffffffff) << 32'h10) + (((high_low) & 64'hffffffffffffffff) << 32'h10);
    end
    
endmodule // gatebook_wide$matcher$risk$margin_buy


module gatebook_wide$matcher$risk$margin_sell(a,b,product);
    
    // Module arguments
    input wire  [31:0] a;
    input wire  [31:0] b;
    output reg  [63:0] product;
    
    // Local signals
    reg  [31:0] low_low;
    reg  [31:0] low_high;
    reg  [31:0] high_low;
    reg  [31:0] high_high;
    
    // Update code
    always @(*) begin
        low_low = a[(32'h0)+:(16)] * b[(32'h0)+:(16)];
        low_high = a[(32'h0)+:(16)] * b[(32'h10)+:(16)];
        high_low = a[(32'h10)+:(16)] * b[(32'h0)+:(16)];
        high_high = a[(32'h10)+:(16)] * b[(32'h10)+:(16)];
        product = (((low_low) & 64'hffffffffffffffff) | (((high_high) & 64'hffffffffffffffff) << 32'h20)) + (((low_high) & 64'hffffffffffffffff) << 32'h10) + (((high_low) & 64'hffffffffffffffff) << 32'h10);
    end
    
endmodule // gatebook_wide$matcher$risk$margin_sell


module gatebook_wide$matcher$risk$notional(a,b,product);
    
    // Module arguments
    input wire  [31:0] a;
    input wire  [31:0] b;
    output reg  [63:0] product;
    
    // Local signals
    reg  [31:0] low_low;
    reg  [31:0] low_high;
    reg  [31:0] high_low;
    reg  [31:0] high_high;
    
    // Update code
    always @(*) begin
        low_low = a[(32'h0)+:(16)] * b[(32'h0)+:(16)];
        low_high = a[(32'h0)+:(16)] * b[(32'h10)+:(16)];
        high_low = a[(32'h10)+:(16)] * b[(32'h0)+:(16)];
        high_high = a[(32'h10)+:(16)] * b[(32'h10)+:(16)];
        product = (((low_low) & 64'hffffffffffffffff) | (((high_high) & 64'hffffffffffffffff) << 32'h20)) + (((low_high) & 64'hffffffffffffffff) << 32'h10) + (((high_low) & 64'hffffffffffffffff) << 32'h10);
    end
    
endmodule // gatebook_wide$matcher$risk$notional


module gatebook_wide$matcher$slot_full_q(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$slot_full_q


module gatebook_wide$matcher$slot_granted_q(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$slot_granted_q


module gatebook_wide$matcher$slot_homes(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [16:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [16:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[16:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$slot_homes


module gatebook_wide$matcher$slot_ids(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [95:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [95:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[95:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$slot_ids


module gatebook_wide$matcher$slot_ptr(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$slot_ptr


module gatebook_wide$matcher$slot_stamps(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [63:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [63:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[63:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$slot_stamps


module gatebook_wide$matcher$slot_terms(read_address,read_clock,read_data,write_address,write_clock,write_data,write_enable);
    
    // Module arguments
    input wire  [15:0] read_address;
    input wire  read_clock;
    output reg  [135:0] read_data;
    input wire  [15:0] write_address;
    input wire  write_clock;
    input wire  [135:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *)
    reg[135:0] mem[65535:0];
    
    always @(posedge read_clock) begin
       read_data <= mem[read_address];
    end
    
    always @(posedge write_clock) begin
       if (write_enable) begin
          mem[write_address] <= write_data;
       end
    end
endmodule // gatebook_wide$matcher$slot_terms


module gatebook_wide$matcher$state(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Enums
    localparam Step$Clearing = 0;
    localparam Step$Idle = 1;
    localparam Step$Emit = 2;
    localparam Step$Lookup = 3;
    localparam Step$MarketPrice = 4;
    localparam Step$Verdict = 5;
    localparam Step$FokLook = 6;
    localparam Step$FokAdd = 7;
    localparam Step$FokWait = 8;
    localparam Step$FokDecide = 9;
    localparam Step$ReleaseRead = 10;
    localparam Step$Release = 11;
    localparam Step$MatchTop = 12;
    localparam Step$MatchHead = 13;
    localparam Step$MatchMaker = 14;
    localparam Step$FillTaker = 15;
    localparam Step$FillGap = 16;
    localparam Step$FillMaker = 17;
    localparam Step$StpRemove = 18;
    localparam Step$MatchStopped = 19;
    localparam Step$MatchEnd = 20;
    localparam Step$RestAlloc = 21;
    localparam Step$RestRead = 22;
    localparam Step$RestLink = 23;
    localparam Step$Unlink0 = 24;
    localparam Step$Unlink1 = 25;
    localparam Step$UnlinkClearBest = 26;
    localparam Step$UnlinkSearchWait = 27;
    localparam Step$UnlinkForget = 28;
    localparam Step$CancelCheck = 29;
    localparam Step$ReplaceCheck = 30;
    localparam Step$ReplaceRelease = 31;
    localparam Step$ReplaceRisk = 32;
    localparam Step$ReplaceVerdict = 33;
    localparam Step$ReplaceHeadroom = 34;
    localparam Step$ReplaceInPlace = 35;
    localparam Step$KillRead = 36;
    localparam Step$KillNext = 37;
    localparam Step$KillSlot = 38;
    localparam Step$KillTurn = 39;
    localparam Step$KillGive = 40;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$state


module gatebook_wide$matcher$stp_eff(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$stp_eff


module gatebook_wide$matcher$sweep(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$sweep


module gatebook_wide$matcher$taker_sell(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$taker_sell


module gatebook_wide$matcher$terms_row(row,price,leaves,rate,instrument,sell,post_only,stp,level);
    
    // Module arguments
    input wire  [135:0] row;
    output reg  [31:0] price;
    output reg  [31:0] leaves;
    output reg  [31:0] rate;
    output reg  [15:0] instrument;
    output reg  sell;
    output reg  post_only;
    output reg  [2:0] stp;
    output reg  [15:0] level;
    
    // Update code
    always @(*) begin
        price = row[(32'h0)+:(32)];
        leaves = row[(32'h20)+:(32)];
        rate = row[(32'h40)+:(32)];
        instrument = row[(32'h60)+:(16)];
        sell = row[32'h70];
        post_only = row[32'h71];
        stp = row[(32'h74)+:(3)];
        level = row[(32'h78)+:(16)];
    end
    
endmodule // gatebook_wide$matcher$terms_row


module gatebook_wide$matcher$terms_write(row,new_leaves,with_leaves,new_price,new_rate,new_instrument,new_sell,new_post_only,new_stp,new_level,resting_row);
    
    // Module arguments
    input wire  [135:0] row;
    input wire  [31:0] new_leaves;
    output reg  [135:0] with_leaves;
    input wire  [31:0] new_price;
    input wire  [31:0] new_rate;
    input wire  [15:0] new_instrument;
    input wire  new_sell;
    input wire  new_post_only;
    input wire  [2:0] new_stp;
    input wire  [15:0] new_level;
    output reg  [135:0] resting_row;
    
    // Constant declarations
    localparam  all_but_leaves = 136'hffffffffffffffffff00000000ffffffff;
    
    // Update code
    always @(*) begin
        with_leaves = (row & all_but_leaves) | (((new_leaves) & 136'hffffffffffffffffffffffffffffffffff) << 32'h20);
        resting_row = ((new_price) & 136'hffffffffffffffffffffffffffffffffff) | (((new_leaves) & 136'hffffffffffffffffffffffffffffffffff) << 32'h20) | (((new_rate) & 136'hffffffffffffffffffffffffffffffffff) << 32'h40) | (((new_instrument) & 136'hffffffffffffffffffffffffffffffffff) << 32'h60) | (((((new_sell) & 1'h1)) & 136'hffffffffffffffffffffffffffffffffff) << 32'h70) | (((((new_post_only) & 1'h1)) & 136'hffffffffffffffffffffffffffffffffff) << 32'h71) | (((new_stp) & 136'hffffffffffffffffffffffffffffffffff) << 32'h74) | (((new_level) & 136'hffffffffffffffffffffffffffffffffff) << 32'h78);
    end
    
endmodule // gatebook_wide$matcher$terms_write


module gatebook_wide$matcher$took_slot(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$took_slot


module gatebook_wide$matcher$v_acct(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$v_acct


module gatebook_wide$matcher$v_counted(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$v_counted


module gatebook_wide$matcher$v_forget(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$v_forget


module gatebook_wide$matcher$v_home(d,q,clock);
    
    // Module arguments
    input wire  [16:0] d;
    output reg  [16:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 17'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$v_home


module gatebook_wide$matcher$v_id(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$v_id


module gatebook_wide$matcher$v_inst(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$v_inst


module gatebook_wide$matcher$v_level(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$v_level


module gatebook_wide$matcher$v_level_stays(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$v_level_stays


module gatebook_wide$matcher$v_release(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$v_release


module gatebook_wide$matcher$v_sell(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$v_sell


module gatebook_wide$matcher$v_slot(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$v_slot


module gatebook_wide$matcher$v_unrest(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$v_unrest


module gatebook_wide$matcher$verdict_code(fails,reason);
    
    // Module arguments
    input wire  [13:0] fails;
    output reg  [7:0] reason;
    
    // Local signals
    reg  early_any;
    reg  late_any;
    reg  early_1;
    reg  early_2;
    reg  early_4;
    reg  late_1;
    reg  late_2;
    reg  late_4;
    reg  code_8;
    reg  code_4;
    reg  code_2;
    reg  code_1;
    reg  [7:0] code_high;
    reg  [7:0] code_low;
    
    // Update code
    always @(*) begin
        early_any = fails[32'h0] || fails[32'h1] || fails[32'h2] || fails[32'h3] || fails[32'h4] || fails[32'h5] || fails[32'h6];
        late_any = fails[32'h7] || fails[32'h8] || fails[32'h9] || fails[32'ha] || fails[32'hb] || fails[32'hc] || fails[32'hd];
        early_1 = fails[32'h0] || (~fails[32'h1] && fails[32'h2]) || (~fails[32'h1] && ~fails[32'h2] && ~fails[32'h3] && fails[32'h4]) || (~fails[32'h1] && ~fails[32'h2] && ~fails[32'h3] && ~fails[32'h4] && ~fails[32'h5] && fails[32'h6]);
        early_2 = ~fails[32'h0] && ((fails[32'h1] || fails[32'h2]) || (~fails[32'h3] && ~fails[32'h4] && (fails[32'h5] || fails[32'h6])));
        early_4 = ~fails[32'h0] && ~fails[32'h1] && ~fails[32'h2] && (fails[32'h3] || fails[32'h4] || fails[32'h5] || fails[32'h6]);
        late_1 = (~fails[32'h7] && fails[32'h8]) || (~fails[32'h7] && ~fails[32'h8] && ~fails[32'h9] && fails[32'ha]) || (~fails[32'h7] && ~fails[32'h8] && ~fails[32'h9] && ~fails[32'ha] && ~fails[32'hb] && fails[32'hc]);
        late_2 = (~fails[32'h7] && ~fails[32'h8] && (fails[32'h9] || fails[32'ha])) || (~fails[32'h7] && ~fails[32'h8] && ~fails[32'h9] && ~fails[32'ha] && ~fails[32'hb] && ~fails[32'hc] && fails[32'hd]);
        late_4 = ~fails[32'h7] && ~fails[32'h8] && ~fails[32'h9] && ~fails[32'ha] && (fails[32'hb] || fails[32'hc] || fails[32'hd]);
        code_8 = ~early_any && late_any;
        if (early_any) begin
            code_4 = early_4;
            code_2 = early_2;
            code_1 = early_1;
        end
        else begin
            code_4 = late_4;
            code_2 = late_2;
            code_1 = late_1;
        end
        code_high = 32'h0;
        if (code_8 && code_4) begin
            code_high = 32'hc;
        end
        else if (code_8) begin
            code_high = 32'h8;
        end
        else if (code_4) begin
            code_high = 32'h4;
        end
        code_low = 32'h0;
        if (code_2 && code_1) begin
            code_low = 32'h3;
        end
        else if (code_2) begin
            code_low = 32'h2;
        end
        else if (code_1) begin
            code_low = 32'h1;
        end
        reason = code_high | code_low;
    end
    
endmodule // gatebook_wide$matcher$verdict_code


module gatebook_wide$matcher$verdict_fails(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // gatebook_wide$matcher$verdict_fails


module gatebook_wide$matcher$verdict_rate(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$verdict_rate


module gatebook_wide$matcher$verdict_reservation(d,q,clock);
    
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
          
endmodule // gatebook_wide$matcher$verdict_reservation
