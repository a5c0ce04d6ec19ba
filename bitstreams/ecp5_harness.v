// Timing harness of the card for a pin-limited FPGA (Lattice ECP5, 381-ball package).
//
// The card's 512-bit beats do not fit the pins: the inbound beat is shifted in 8 bits per
// cycle and the outbound beat is registered whole and read out 8 bits at a time. Every card
// port sits behind a flip-flop here, so each timed path starts and ends at a flip-flop or a
// block RAM port, and every output bit of the card stays observable (nothing is trimmed
// away). This is a harness for synthesis and timing, not a host interface.
module gatebook_ecp5(
    input  wire       clk,
    input  wire       reset_pin,
    input  wire [7:0] in_byte,
    input  wire       in_shift,
    input  wire       in_valid_pin,
    output reg        in_ready_pin,
    output reg  [7:0] out_byte,
    input  wire [5:0] out_sel,
    output reg        out_valid_pin,
    input  wire       out_ready_pin
);
    reg [511:0] in_beat;
    reg in_valid_r, reset_r, out_ready_r;
    always @(posedge clk) begin
        if (in_shift) in_beat <= {in_beat[503:0], in_byte};
        in_valid_r <= in_valid_pin;
        reset_r <= reset_pin;
        out_ready_r <= out_ready_pin;
    end

    wire [511:0] out_data;
    wire out_valid, in_ready;
    gatebook_top card(
        .clock(clk), .reset(reset_r),
        .in_data(in_beat), .in_valid(in_valid_r), .in_ready(in_ready),
        .out_data(out_data), .out_valid(out_valid), .out_ready(out_ready_r)
    );

    reg [511:0] out_beat;
    reg [5:0] sel_r;
    always @(posedge clk) begin
        out_beat <= out_data;
        sel_r <= out_sel;
        out_byte <= out_beat[sel_r * 8 +: 8];
        out_valid_pin <= out_valid;
        in_ready_pin <= in_ready;
    end
endmodule
