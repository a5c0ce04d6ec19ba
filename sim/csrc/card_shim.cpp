// C entry points around the Verilated card (`gatebook_card`: the shell and the pipeline),
// so Rust can drive it through a plain C ABI. One clock; every call leaves the model
// evaluated, so outputs always match the inputs.
#include "Vgatebook_card.h"
#include "verilated.h"
#include <cstddef>
#include <cstdint>

// The card's inputs for one cycle (field order mirrors `ShellInputs` in src/ffi.rs).
struct gb_shell_inputs {
    uint32_t rd_resp_data[16];
    uint32_t mmio_addr;
    uint32_t mmio_wdata;
    uint8_t reset;
    uint8_t mmio_write;
    uint8_t mmio_read;
    uint8_t rd_req_ready;
    uint8_t rd_resp_valid;
    uint8_t rd_resp_status;  // 0, or the PCIe completion error code (bits 3..0)
    uint8_t wr_ready;
};

// The card's outputs in the current cycle (mirrors `ShellOutputs` in src/ffi.rs).
struct gb_shell_outputs {
    uint32_t wr_data[16];
    uint64_t rd_req_addr;
    uint64_t wr_addr;
    uint32_t mmio_rdata;
    uint8_t mmio_rvalid;
    uint8_t rd_req_valid;
    uint8_t rd_req_lines;
    uint8_t wr_valid;
};

struct gb_shell {
    VerilatedContext context;
    Vgatebook_card* card;
};

extern "C" {

gb_shell* gb_shell_new(void) {
    gb_shell* shell = new gb_shell();
    shell->card = new Vgatebook_card(&shell->context, "gatebook_card");
    Vgatebook_card* c = shell->card;
    c->clock = 0;
    c->reset = 0;
    c->mmio_addr = 0;
    c->mmio_wdata = 0;
    c->mmio_write = 0;
    c->mmio_read = 0;
    c->rd_req_ready = 0;
    c->rd_resp_valid = 0;
    c->rd_resp_status = 0;
    for (int i = 0; i < 16; i++) c->rd_resp_data[i] = 0;
    c->wr_ready = 0;
    c->eval();
    return shell;
}

void gb_shell_free(gb_shell* shell) {
    shell->card->final();
    delete shell->card;
    delete shell;
}

// Drives the inputs for the coming clock edge, with the clock low, and settles the
// combinational outputs: the low half of the cycle.
void gb_shell_set_inputs(gb_shell* shell, const gb_shell_inputs* in) {
    Vgatebook_card* c = shell->card;
    c->reset = in->reset;
    c->mmio_addr = in->mmio_addr;
    c->mmio_wdata = in->mmio_wdata;
    c->mmio_write = in->mmio_write;
    c->mmio_read = in->mmio_read;
    c->rd_req_ready = in->rd_req_ready;
    c->rd_resp_valid = in->rd_resp_valid;
    c->rd_resp_status = in->rd_resp_status & 0xf;
    for (int i = 0; i < 16; i++) c->rd_resp_data[i] = in->rd_resp_data[i];
    c->wr_ready = in->wr_ready;
    c->clock = 0;
    c->eval();
}

void gb_shell_outputs(const gb_shell* shell, gb_shell_outputs* out) {
    const Vgatebook_card* c = shell->card;
    out->mmio_rdata = c->mmio_rdata;
    out->mmio_rvalid = c->mmio_rvalid;
    out->rd_req_valid = c->rd_req_valid;
    out->rd_req_addr = c->rd_req_addr;
    out->rd_req_lines = c->rd_req_lines;
    out->wr_valid = c->wr_valid;
    out->wr_addr = c->wr_addr;
    for (int i = 0; i < 16; i++) out->wr_data[i] = c->wr_data[i];
}

// The rising edge that ends the cycle.
void gb_shell_tick(gb_shell* shell) {
    shell->card->clock = 1;
    shell->card->eval();
}

// The two structs as this compiler laid them out: each size, then each field's offset in
// declaration order (inputs, then outputs). Rust compares them with its own layout
// (`shell_layout` in src/ffi.rs), so the two declarations cannot drift apart unnoticed.
size_t gb_shell_layout(size_t* out, size_t capacity) {
    const size_t layout[] = {
        sizeof(struct gb_shell_inputs),
        offsetof(struct gb_shell_inputs, rd_resp_data),
        offsetof(struct gb_shell_inputs, mmio_addr),
        offsetof(struct gb_shell_inputs, mmio_wdata),
        offsetof(struct gb_shell_inputs, reset),
        offsetof(struct gb_shell_inputs, mmio_write),
        offsetof(struct gb_shell_inputs, mmio_read),
        offsetof(struct gb_shell_inputs, rd_req_ready),
        offsetof(struct gb_shell_inputs, rd_resp_valid),
        offsetof(struct gb_shell_inputs, rd_resp_status),
        offsetof(struct gb_shell_inputs, wr_ready),
        sizeof(struct gb_shell_outputs),
        offsetof(struct gb_shell_outputs, wr_data),
        offsetof(struct gb_shell_outputs, rd_req_addr),
        offsetof(struct gb_shell_outputs, wr_addr),
        offsetof(struct gb_shell_outputs, mmio_rdata),
        offsetof(struct gb_shell_outputs, mmio_rvalid),
        offsetof(struct gb_shell_outputs, rd_req_valid),
        offsetof(struct gb_shell_outputs, rd_req_lines),
        offsetof(struct gb_shell_outputs, wr_valid),
    };
    const size_t count = sizeof(layout) / sizeof(layout[0]);
    for (size_t i = 0; i < count && i < capacity; i++) out[i] = layout[i];
    return count;
}

}  // extern "C"
