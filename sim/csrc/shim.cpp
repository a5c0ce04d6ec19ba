// C entry points around the Verilated card, so Rust can drive it through a plain C ABI.
// One clock; every call leaves the model evaluated, so outputs always match the inputs.
#include "Vgatebook_top.h"
#include "verilated.h"
#if VM_TRACE
#include "verilated_vcd_c.h"
#endif
#include <cstdint>
#include <cstring>

struct gb_card {
    VerilatedContext context;
    Vgatebook_top* top;
#if VM_TRACE
    VerilatedVcdC* trace;
#endif
    uint64_t time;
};

extern "C" {

gb_card* gb_card_new(void) {
    gb_card* card = new gb_card();
    card->top = new Vgatebook_top(&card->context, "gatebook_top");
#if VM_TRACE
    card->trace = nullptr;
#endif
    card->time = 0;
    card->top->clock = 0;
    card->top->reset = 0;
    card->top->in_valid = 0;
    card->top->out_ready = 0;
    card->top->eval();
    return card;
}

void gb_card_free(gb_card* card) {
#if VM_TRACE
    if (card->trace) {
        card->trace->close();
        delete card->trace;
    }
#endif
    card->top->final();
    delete card->top;
    delete card;
}

// Drives the inputs for the coming clock edge, with the clock low, and settles the
// combinational outputs: the low half of the cycle.
void gb_card_set_inputs(gb_card* card, const uint32_t* in_words, uint8_t in_valid,
                        uint8_t out_ready, uint8_t reset) {
    for (int i = 0; i < 16; i++) card->top->in_data[i] = in_words[i];
    card->top->in_valid = in_valid;
    card->top->out_ready = out_ready;
    card->top->reset = reset;
    card->top->clock = 0;
    card->top->eval();
}

uint8_t gb_card_in_ready(const gb_card* card) { return card->top->in_ready; }
uint8_t gb_card_out_valid(const gb_card* card) { return card->top->out_valid; }

void gb_card_out_data(const gb_card* card, uint32_t* out_words) {
    for (int i = 0; i < 16; i++) out_words[i] = card->top->out_data[i];
}

// The rising edge that ends the cycle: it commits the transfers the inputs set up. The
// next gb_card_set_inputs lowers the clock again, so each cycle costs two evaluations.
void gb_card_tick(gb_card* card) {
#if VM_TRACE
    if (card->trace) card->trace->dump(card->time * 2);
#endif
    card->top->clock = 1;
    card->top->eval();
#if VM_TRACE
    if (card->trace) card->trace->dump(card->time * 2 + 1);
#endif
    card->time++;
}

// Starts a VCD waveform at `path`; 0 on success, -1 when built without tracing.
int gb_card_trace_open(gb_card* card, const char* path) {
#if VM_TRACE
    card->context.traceEverOn(true);
    card->trace = new VerilatedVcdC();
    card->top->trace(card->trace, 99);
    card->trace->open(path);
    return card->trace->isOpen() ? 0 : -1;
#else
    (void)card;
    (void)path;
    return -1;
#endif
}

}  // extern "C"
