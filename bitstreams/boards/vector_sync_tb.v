// How long the pointer a RustHDL VectorSynchronizer carries across stays still around the
// clock edge at which its receiver loads it. Each of gatebook_pcie's asynchronous FIFOs
// passes its write pointer to the reader and its read pointer to the writer this way; this
// bench drives the one of reg_requests (write pointer, user_clk to core_clk) with a pointer
// that moves on every sending clock edge, the worst case, and measures each load:
//   before: load edge - the last change of the sender's held pointer;
//   after:  the next change of it - load edge.
// Between unrelated clocks both must stay well above a flop's setup and hold time plus the
// routing skew of the bus (say 1 ns): a load within 1 ns of a change may take some bits of
// the old pointer and some of the new. Between related clocks with aligned edges a change on
// the load edge itself is an ordinary synchronous hold check, which the timing tools close.
//
// Zero-delay simulation: iverilog, then vvp with
//   +send_ps=<sender period> +recv_ps=<receiver period> +phase_ps=<receiver's first edge>
//   [+loads=<count>] [+label=<text>]
// Sender edges fall at 0, send_ps, 2 send_ps, ...; receiver edges at phase_ps + k recv_ps.
// `make board-check` runs it for the build's clocks and for unrelated ones.
`timescale 1ps/1ps

module vector_sync_tb;
    integer send_ps = 4000;
    integer recv_ps = 12000;
    integer phase_ps = 0;
    integer loads_wanted = 20000;
    reg [8*96-1:0] label = "";

    reg send_clk = 1'b0;
    reg recv_clk = 1'b0;
    reg [4:0] pointer = 5'd0;
    wire busy;
    wire update;
    wire [4:0] received;

    gatebook_pcie$reg_requests$write_to_read sync (
        .clock_in(send_clk),
        .sig_in(pointer),
        .busy(busy),
        .send(~busy),
        .clock_out(recv_clk),
        .sig_out(received),
        .update(update)
    );

    initial begin
        if ($value$plusargs("send_ps=%d", send_ps)) begin end
        if ($value$plusargs("recv_ps=%d", recv_ps)) begin end
        if ($value$plusargs("phase_ps=%d", phase_ps)) begin end
        if ($value$plusargs("loads=%d", loads_wanted)) begin end
        if ($value$plusargs("label=%s", label)) begin end
    end

    initial begin
        #1;
        forever begin
            send_clk = 1'b1;
            #(send_ps / 2);
            send_clk = 1'b0;
            #(send_ps - send_ps / 2);
        end
    end

    initial begin
        #(1 + phase_ps);
        forever begin
            recv_clk = 1'b1;
            #(recv_ps / 2);
            recv_clk = 1'b0;
            #(recv_ps - recv_ps / 2);
        end
    end

    always @(posedge send_clk) pointer <= pointer + 5'd1;

    // The receiver loads sender.hold at the edge where, waiting for the flag to fall, it sees
    // the synchronized flag low (its state 1, WaitDone).
    wire loading = sync.recv.state.q == 1'b1 && !sync.recv.sync.sig_out;

    time last_change = 0;
    time last_load = 0;
    reg after_pending = 1'b0;
    time min_before = 64'hffffffff;
    time min_after = 64'hffffffff;
    integer loads = 0;
    integer on_edge = 0;
    integer tight = 0;

    always @(sync.sender.hold.q) begin
        last_change = $time;
        if (after_pending) begin
            if ($time - last_load < min_after) min_after = $time - last_load;
            if ($time == last_load) on_edge = on_edge + 1;
            else if ($time - last_load < 1000) tight = tight + 1;
            after_pending = 1'b0;
        end
    end

    always @(posedge recv_clk) begin
        if (loading && $time > 100 * recv_ps) begin
            loads = loads + 1;
            if ($time - last_change < min_before) min_before = $time - last_change;
            if ($time == last_change) on_edge = on_edge + 1;
            else if ($time - last_change < 1000) tight = tight + 1;
            last_load = $time;
            after_pending = 1'b1;
            if (loads == loads_wanted) begin
                $display("%0s: %0d loads; pointer still for at least %0d.%03d ns before and %0d.%03d ns after the load edge; changing on the load edge: %0d, within 1 ns of it: %0d",
                    label, loads, min_before / 1000, min_before % 1000, min_after / 1000,
                    min_after % 1000, on_edge, tight);
                $finish;
            end
        end
    end
endmodule
