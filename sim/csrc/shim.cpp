// C entry points around a Verilated pipeline, so Rust can drive it through a plain C ABI.
// One clock; every call leaves the model evaluated, so outputs always match the inputs.
//
// The default build (`Vgatebook_top`, functions `gb_card_*`) unless the including file names
// another build first: GB_MODEL (class), GB_MODEL_HEADER, GB_MODEL_NAME (top module),
// GB_STATE (this file's struct) and GB_FN(name) (the C function names).
#ifndef GB_MODEL
#define GB_MODEL Vgatebook_top
#define GB_MODEL_HEADER "Vgatebook_top.h"
#define GB_MODEL_NAME "gatebook_top"
#define GB_STATE gb_card
#define GB_FN(name) gb_card_##name
#endif
#include GB_MODEL_HEADER
#include "verilated.h"
#if VM_TRACE
#include "verilated_vcd_c.h"
#endif
#include <cstdint>
#include <cstring>

struct GB_STATE {
    VerilatedContext context;
    GB_MODEL* top;
#if VM_TRACE
    VerilatedVcdC* trace;
#endif
    uint64_t time;
};

extern "C" {

GB_STATE* GB_FN(new)(void) {
    GB_STATE* card = new GB_STATE();
    card->top = new GB_MODEL(&card->context, GB_MODEL_NAME);
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

void GB_FN(free)(GB_STATE* card) {
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
void GB_FN(set_inputs)(GB_STATE* card, const uint32_t* in_words, uint8_t in_valid,
                        uint8_t out_ready, uint8_t reset) {
    for (int i = 0; i < 16; i++) card->top->in_data[i] = in_words[i];
    card->top->in_valid = in_valid;
    card->top->out_ready = out_ready;
    card->top->reset = reset;
    card->top->clock = 0;
    card->top->eval();
}

uint8_t GB_FN(in_ready)(const GB_STATE* card) { return card->top->in_ready; }
uint8_t GB_FN(out_valid)(const GB_STATE* card) { return card->top->out_valid; }
uint8_t GB_FN(idle)(const GB_STATE* card) { return card->top->idle; }

void GB_FN(out_data)(const GB_STATE* card, uint32_t* out_words) {
    for (int i = 0; i < 16; i++) out_words[i] = card->top->out_data[i];
}

// The rising edge that ends the cycle: it commits the transfers the inputs set up. The
// next gb_card_set_inputs lowers the clock again, so each cycle costs two evaluations.
void GB_FN(tick)(GB_STATE* card) {
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
int GB_FN(trace_open)(GB_STATE* card, const char* path) {
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
